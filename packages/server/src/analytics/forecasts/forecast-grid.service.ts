import type { RequestContext } from '../../api/request-context';
import { assertId, badInput } from '../../common/errors';
import { fiscalYearFor } from '../fiscal-year';
import { analyticsToday, resolveDateLiteral } from '../relative-dates';
import { ForecastingAdjustment, ForecastingItemCategory } from './forecasting-adjustment.entity';
import { ForecastingRoleType, ForecastingType } from './forecasting-type.entity';
import { forecastItemsSql } from './forecast-items.sql';
import { ForecastCell, ForecastGrid, ForecastGridInput, ForecastingItem, ForecastPeriod, ForecastPeriodType, ForecastRow } from './forecast-grid.types';
import { activeModelId, resolveForecastingType } from './forecasting-type.service';

interface NodeJson { id: string; parentId: string | null; name: string; forecastUserId: string | null; enabled: boolean }
interface ItemJson {
  node: string; m: string; cat: ForecastingItemCategory; ownerOnlyAmount: number; amountWithoutAdjustments: number;
  amountWithoutManagerAdjustment: number; forecastAmount: number; adjustment: Record<string, unknown> | null; ownerAdjustment: Record<string, unknown> | null;
}
interface Result { nodes: NodeJson[]; roots: Array<{ id: string }>; items: ItemJson[]; quotas: Array<{ node: string; m: string; v: number }> }

const CATEGORIES: Array<[keyof Pick<ForecastCell, 'openPipeline' | 'bestCaseForecast' | 'commitForecast' | 'closedOnly'>, ForecastingItemCategory]> = [
  ['openPipeline', ForecastingItemCategory.OPEN_PIPELINE], ['bestCaseForecast', ForecastingItemCategory.BEST_CASE_FORECAST],
  ['commitForecast', ForecastingItemCategory.COMMIT_FORECAST], ['closedOnly', ForecastingItemCategory.CLOSED_ONLY],
];

const iso = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The periods and their months, from the first period containing `startPeriod`'s first day
 * (FISCAL literals with the organisation's `fiscalYearStartMonth`; periods stay calendar).
 */
export function forecastPeriods(type: ForecastPeriodType, startPeriod: string | undefined, count: number, fiscalYearStartMonth?: number) {
  const from = startPeriod ? resolveDateLiteral(startPeriod, analyticsToday(), { field: 'startPeriod', fiscalYearStartMonth }).from : analyticsToday().toISOString().slice(0, 10);
  const y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7)) - 1;
  const span = type === ForecastPeriodType.QUARTER ? 3 : 1;
  if (span === 3) m -= m % 3;
  const periods: Array<ForecastPeriod & { months: string[] }> = [];
  for (let i = 0; i < count; i++) {
    const s = m + i * span;
    const months = Array.from({ length: span }, (_, k) => iso(y, s + k));
    const end = new Date(Date.UTC(y, s + span, 0)).toISOString().slice(0, 10);
    periods.push({ periodType: type, startDate: months[0], endDate: end, months });
  }
  return { periods, from: periods[0].startDate, to: iso(y, m + count * span) };
}

function toAdjustment(j: Record<string, unknown> | null): ForecastingAdjustment | null {
  if (!j) return null;
  return Object.assign(new ForecastingAdjustment(), j, {
    createdDate: new Date(j.createdDate as string), lastModifiedDate: new Date(j.lastModifiedDate as string), adjustedAmount: Number(j.adjustedAmount),
  });
}

function emptyItem(cat: ForecastingItemCategory): ForecastingItem {
  return { forecastingItemCategory: cat, ownerOnlyAmount: 0, amountWithoutAdjustments: 0, amountWithoutManagerAdjustment: 0, forecastAmount: 0,
    hasAdjustment: false, hasOwnerAdjustment: false, adjustment: null, ownerAdjustment: null };
}

/** Sums monthly items into a period's item; adjustment records are only shown for one-month periods. */
function addItem(into: ForecastingItem, it: ItemJson, single: boolean) {
  into.ownerOnlyAmount = round2(into.ownerOnlyAmount + it.ownerOnlyAmount);
  into.amountWithoutAdjustments = round2(into.amountWithoutAdjustments + it.amountWithoutAdjustments);
  into.amountWithoutManagerAdjustment = round2(into.amountWithoutManagerAdjustment + it.amountWithoutManagerAdjustment);
  into.forecastAmount = round2(into.forecastAmount + it.forecastAmount);
  into.hasAdjustment ||= !!it.adjustment;
  into.hasOwnerAdjustment ||= !!it.ownerAdjustment;
  if (single) {
    into.adjustment = toAdjustment(it.adjustment);
    into.ownerAdjustment = toAdjustment(it.ownerAdjustment);
  }
}

export class ForecastGridService {
  /** One statement for the type (+ one for the active model of territory types) and ONE for every row, period and category. */
  async grid(ctx: RequestContext, input: ForecastGridInput): Promise<ForecastGrid> {
    const periodType = input.periodType ?? ForecastPeriodType.MONTH;
    const count = input.periodCount ?? 3;
    if (!Number.isInteger(count) || count < 1 || count > 12) throw badInput('periodCount', 'periodCount must be 1 to 12');
    const rootId = input.rootId ? assertId(input.rootId, 'rootId') : null;
    const type = await resolveForecastingType(ctx, input.forecastingTypeId, input.roleType);
    const { periods, from, to } = forecastPeriods(periodType, input.startPeriod, count, await fiscalYearFor(ctx, [input.startPeriod]));
    const territory = type.roleType === ForecastingRoleType.TERRITORY;
    const modelId = territory ? await activeModelId(ctx) : null;
    if (territory && !modelId) return { forecastingType: type, periodType, periods, rows: [] };
    const [res]: Result[] = await ctx.em.query(forecastItemsSql(type.roleType, type.isAmount, !!type.productFamily), [
      ctx.orgId, from, to, type.id, ctx.user.id, ctx.seesWholeOrg, type.productFamily, rootId, modelId, type.hasAdjustments, type.hasOwnerAdjustments,
    ]);
    if (rootId && !res.roots.length) throw badInput('rootId', 'No such user or territory in your forecast');
    return { forecastingType: type, periodType, periods, rows: this.rows(ctx, type, res, periods) };
  }

  private rows(ctx: RequestContext, type: ForecastingType, res: Result, periods: Array<ForecastPeriod & { months: string[] }>): ForecastRow[] {
    const territory = type.roleType === ForecastingRoleType.TERRITORY;
    const byId = new Map(res.nodes.map((n) => [n.id, n]));
    const children = new Map<string | null, NodeJson[]>();
    for (const n of res.nodes) {
      const p = n.parentId && byId.has(n.parentId) ? n.parentId : null;
      children.set(p, [...(children.get(p) ?? []), n]);
    }
    const items = new Map(res.items.map((i) => [`${i.node}|${i.m}|${i.cat}`, i]));
    const quotas = new Map(res.quotas.map((q) => [`${q.node}|${q.m}`, Number(q.v)]));
    // Manager adjustments: the caller is above the row (territories: forecast manager of a territory above).
    const acts = (n: NodeJson) => (territory ? n.forecastUserId === ctx.user.id : n.id === ctx.user.id);
    const above = (n: NodeJson) => {
      for (let p = n.parentId ? byId.get(n.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) if (acts(p)) return true;
      return false;
    };
    const out: ForecastRow[] = [];
    const walk = (n: NodeJson, depth: number) => {
      const kids = (children.get(n.id) ?? []).filter((c) => c.enabled).sort((a, b) => a.name.localeCompare(b.name));
      out.push({
        id: n.id, ownerId: territory ? n.forecastUserId : n.id, territoryId: territory ? n.id : null, name: n.name,
        parentId: depth === 0 ? null : n.parentId, depth, hasChildren: kids.length > 0,
        canAdjust: type.hasAdjustments && above(n), canAdjustOwn: type.hasOwnerAdjustments && acts(n),
        cells: periods.map((p) => this.cell(n.id, p.startDate, p.months, items, quotas)),
      });
      for (const k of kids) walk(k, depth + 1);
    };
    for (const r of (children.get(null) ?? []).filter((c) => c.enabled).sort((a, b) => a.name.localeCompare(b.name))) walk(r, 0);
    return out;
  }

  private cell(node: string, startDate: string, months: string[], items: Map<string, ItemJson>, quotas: Map<string, number>): ForecastCell {
    const cell = { startDate } as ForecastCell;
    for (const [key, cat] of CATEGORIES) {
      const item = emptyItem(cat);
      for (const m of months) {
        const it = items.get(`${node}|${m}|${cat}`);
        if (it) addItem(item, it, months.length === 1);
      }
      cell[key] = item;
    }
    const q = months.map((m) => quotas.get(`${node}|${m}`)).filter((v): v is number => v !== undefined);
    cell.quota = q.length ? round2(q.reduce((a, b) => a + b, 0)) : null;
    cell.attainment = cell.quota && cell.quota > 0 ? Math.round((cell.closedOnly.amountWithoutAdjustments / cell.quota) * 1e6) / 1e6 : null;
    return cell;
  }
}

export const forecastGridService = new ForecastGridService();
