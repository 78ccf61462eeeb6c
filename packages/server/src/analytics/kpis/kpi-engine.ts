import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { scopeQuery, type AccessPolicy } from '../../common/access';
import { badInput, isId } from '../../common/errors';
import type { ListDefinition } from '../../common/list/define-list';
import { loadPage, type ListArgs } from '../../common/list/list-query';
import { dateBucketSql, DateGranularity } from '../common/date-granularity';
import { dateExpr, dimensionConditions, kpiRange, rangeSql, type CheckedFilter, type Dimensions, type KpiDate } from './kpi-filter';
import type { KpiPoint } from './kpi.types';
import { summaryPlan, type KpiSummary } from './kpi-summary';

/*
 * Indexes the statements rely on (migration AnalyticsIndexes1795660000000, bench role): every
 * population is (orgId, date range) or the open records, so IDX_analytics_opp_created / _closed /
 * _open, lead_created / _converted, task_day, case_created / _closed / _open and their owner-leading
 * twins (for `ownerId IN team`) cover them; hygiene's activity probes use task/event_opportunity_day.
 * Date ranges are compared on the bare column (sargable); buckets are computed only in SELECT.
 */
type Sql = (a: string) => string;

/** A grouping: its SQL value, label and order, and the drill-down condition for one value. */
export interface KpiGroup {
  expr: Sql;
  label?: Sql;
  order?: Sql;
  join?: (qb: SelectQueryBuilder<ObjectLiteral>, a: string) => void;
  /** Drill-down: rows of the group value in parameter `p` (a sargable condition on the base row, no join). */
  match: (a: string, p: string) => string;
  matchNull: Sql;
  /** Values are ids (checked before they reach SQL). */
  isId?: boolean;
  /** The join repeats base rows (a lead in two campaigns): count distinct ids. */
  multiplies?: boolean;
  /** Base columns the grouping reads (it can then group summary rows that have them). */
  columns?: string[];
  /**
   * Labels read after aggregating, for the returned points only (one more statement), instead of
   * a join per row: for groups of many values with a limit (orders by count or amount only).
   */
  labels?: (ctx: RequestContext, values: string[]) => Promise<Map<string, string | null>>;
}

export interface KpiSpec {
  entity: EntityTarget<ObjectLiteral>;
  list: ListDefinition<ObjectLiteral>;
  access: AccessPolicy;
  dims: Dimensions;
  filter: CheckedFilter;
  /** The column whose day decides the period. */
  date?: KpiDate | null;
  defaultPeriod?: string | null;
  /** The KPI's population (SQL conditions on alias a), with `params`. */
  where?: (a: string) => string[];
  params?: Record<string, unknown>;
  numerator?: Sql;
  amount?: Sql;
  average?: Sql;
  secondaryAverage?: Sql;
  measure: 'count' | 'amount' | 'rate' | 'average' | 'secondary';
  granularity?: DateGranularity | null;
  group?: KpiGroup | null;
  subgroup?: KpiGroup | null;
  winLoss?: boolean;
  /** Points by count, most first (top lists), instead of the group's order. */
  byCount?: boolean;
  /** Points by amount, most first. */
  byAmount?: boolean;
  /** At most this many points (the first by the order above; the total still covers every row). */
  limit?: number | null;
  /** The same KPI over a pre-aggregated table, used when the filter and groupings allow (kpi-summary.ts). */
  summary?: KpiSummary;
}

export interface KpiResultData {
  value: number | null;
  count: number;
  amount: number | null;
  numerator: number | null;
  denominator: number | null;
  average: number | null;
  points: KpiPoint[];
  periodStart: string | null;
  periodEnd: string | null;
  spec: KpiSpec;
}

const num = (v: unknown) => (v == null ? null : Number(v));
/** Every condition of the KPI's population on alias `a` (visibility is scopeQuery's). */
export function populationConditions(ctx: RequestContext, spec: KpiSpec, a: string) {
  const { where, params } = dimensionConditions(ctx, spec.filter, spec.dims, a);
  where.push(...(spec.where?.(a) ?? []));
  Object.assign(params, spec.params);
  const range = spec.date ? kpiRange(spec.filter, spec.defaultPeriod ?? null) : null;
  if (range) where.push(rangeSql(spec.date!, a, range, 'k_from', 'k_to', params));
  return { where, params, range };
}

/** One statement: every point and the total (GROUPING SETS), scoped by org and visibility. */
export async function runKpi(ctx: RequestContext, spec: KpiSpec): Promise<KpiResultData> {
  const a = 'a';
  const range = spec.date ? kpiRange(spec.filter, spec.defaultPeriod ?? null) : null;
  const plan = summaryPlan(ctx, spec, range);
  let qb: SelectQueryBuilder<ObjectLiteral>;
  if (plan) qb = plan.qb;
  else {
    qb = ctx.em.getRepository(spec.entity).createQueryBuilder(a);
    scopeQuery(ctx, qb, a, spec.access);
    const { where, params } = populationConditions(ctx, spec, a);
    for (const w of where) qb.andWhere(w);
    qb.setParameters({ ...qb.getParameters(), ...params });
  }
  const dims: Array<[string, string]> = [];
  // Summary rows carry the month's first day as a date.
  const day = plan ? `${a}."${spec.date!.column}"` : spec.date ? dateExpr(spec.date, a) : '';
  const bucket = spec.granularity && spec.date ? dateBucketSql(day, spec.granularity) : null;
  if (bucket) dims.push([bucket, 'p']);
  for (const [g, pre] of [[spec.group, 'g'], [spec.subgroup, 's']] as const) {
    if (!g) continue;
    g.join?.(qb, a);
    dims.push([g.expr(a), pre]);
    if (g.label) dims.push([g.label(a), `${pre}l`]);
    if (g.order) dims.push([g.order(a), `${pre}o`]);
  }
  const distinct = spec.group?.multiplies || spec.subgroup?.multiplies;
  const m = plan?.summary;
  const n = m ? m.count(a) : distinct ? `count(DISTINCT ${a}.id)` : 'count(*)';
  qb.select(n, 'n');
  if (spec.numerator) qb.addSelect(m ? m.numerator!(a) : distinct ? `count(DISTINCT ${a}.id) FILTER (WHERE ${spec.numerator(a)})` : `count(*) FILTER (WHERE ${spec.numerator(a)})`, 'num');
  if (spec.amount) qb.addSelect(m ? m.amount!(a) : `sum(${spec.amount(a)})`, 'amt');
  if (spec.average) qb.addSelect(m ? m.average!(a) : `avg(${spec.average(a)})`, 'avg');
  if (spec.secondaryAverage) qb.addSelect(`avg(${spec.secondaryAverage(a)})`, 'avg2');
  for (const [expr, alias] of dims) qb.addSelect(expr, alias);
  if (dims.length) {
    qb.addSelect(`GROUPING(${dims[0][0]})`, 'total');
    qb.groupBy(`GROUPING SETS ((${dims.map((d) => d[0]).join(', ')}), ())`);
    const order: Array<[string, 'ASC' | 'DESC']> = [[`GROUPING(${dims[0][0]})`, 'DESC']];
    if (bucket) order.push([bucket, 'ASC']);
    if (spec.group) {
      if (spec.byCount) order.push([n, 'DESC']);
      else if (spec.byAmount && spec.amount) order.push([m ? m.amount!(a) : `sum(${spec.amount(a)})`, 'DESC']);
      else if (spec.group.order) order.push([spec.group.order(a), 'ASC']);
      order.push([spec.group.label?.(a) ?? spec.group.expr(a), 'ASC']);
    }
    if (spec.subgroup) order.push([n, 'DESC'], [spec.subgroup.label?.(a) ?? spec.subgroup.expr(a), 'ASC']);
    for (const [expr, dir] of order) qb.addOrderBy(expr, dir, 'NULLS LAST');
    // The total sorts first: it and the top points.
    if (spec.limit) qb.limit(spec.limit + 1);
  }
  const rows = await qb.getRawMany();
  const totalRow = dims.length ? rows.find((r) => Number(r.total) === 1) : rows[0];
  const late = spec.group?.labels ? await spec.group.labels(ctx, rows.filter((r) => r !== totalRow && r.g != null).map((r) => String(r.g))) : null;
  const toData = (r: Record<string, unknown> | undefined) => {
    const count = r ? Number(r.n) : 0;
    const numerator = spec.numerator ? (r ? Number(r.num) : 0) : null;
    const amount = spec.amount ? (r ? num(r.amt) ?? 0 : 0) : null;
    const average = spec.secondaryAverage ? num(r?.avg2) : null;
    const value =
      spec.measure === 'count' ? count
      : spec.measure === 'amount' ? amount
      : spec.measure === 'rate' ? (count ? (numerator! * 100) / count : null)
      : spec.measure === 'secondary' ? average
      : num(r?.avg);
    return { value, count, amount, numerator, denominator: spec.numerator ? count : null, average };
  };
  const points = rows.filter((r) => r !== totalRow).map((r): KpiPoint => {
    const d = toData(r);
    const period = r.p == null ? null : String(r.p instanceof Date ? r.p.toISOString().slice(0, 10) : r.p).slice(0, 10);
    const group = r.g == null ? null : String(r.g);
    const subgroup = r.s == null ? null : String(r.s);
    const gl = late ? (r.g == null ? null : late.get(String(r.g)) ?? null) : spec.group?.label ? r.gl : r.g;
    const sl = spec.subgroup?.label ? r.sl : r.s;
    const labels = [period, spec.group ? (gl == null ? '(blank)' : String(gl)) : null, spec.subgroup ? (sl == null ? '(blank)' : String(sl)) : null];
    return {
      key: JSON.stringify([period, group, subgroup]),
      label: labels.filter((x) => x != null).join(' · ') || 'All',
      period, group, subgroup, ...d,
      wins: spec.winLoss ? d.numerator : null,
      losses: spec.winLoss ? d.count - (d.numerator ?? 0) : null,
    };
  });
  return { ...toData(totalRow), points, periodStart: range?.from ?? null, periodEnd: range?.to ?? null, spec };
}

/** The measures of a KPI total or point. */
export type KpiValues = Pick<KpiPoint, 'value' | 'count' | 'amount' | 'numerator' | 'denominator' | 'average'>;

/** One group's point (no date bucket, no subgroup), keyed as records(key) expects. */
export function groupPoint(group: string | null, label: string | null | undefined, v: KpiValues): KpiPoint {
  return { key: JSON.stringify([null, group, null]), label: label ?? '(blank)', period: null, group, subgroup: null, ...v, wins: null, losses: null };
}

/** The next bucket's first day after `day` (a bucket's first day). */
function nextBucket(day: string, g: DateGranularity): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (g === DateGranularity.DAY) d.setUTCDate(d.getUTCDate() + 1);
  else if (g === DateGranularity.WEEK) d.setUTCDate(d.getUTCDate() + 7);
  else if (g === DateGranularity.MONTH) d.setUTCMonth(d.getUTCMonth() + 1);
  else if (g === DateGranularity.QUARTER) d.setUTCMonth(d.getUTCMonth() + 3);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

function parseKey(key: string): [string | null, string | null, string | null] {
  let v: any;
  try {
    v = JSON.parse(key);
  } catch {
    v = null;
  }
  const ok = Array.isArray(v) && v.length === 3 && v.every((x) => x === null || (typeof x === 'string' && x.length <= 300));
  if (!ok || (v[0] !== null && !/^\d{4}-\d{2}-\d{2}$/.test(v[0]))) throw badInput('key', 'Not a key of this KPI: pass a point\'s key');
  return v as [string | null, string | null, string | null];
}

/** The records behind the KPI (or one point of it, or its numerator) through the object's existing list. */
export function kpiRecords(ctx: RequestContext, spec: KpiSpec, args: ListArgs & { key?: string | null; numeratorOnly?: boolean | null }) {
  const [period, group, subgroup] = args.key ? parseKey(args.key) : [null, null, null];
  if (period && !(spec.granularity && spec.date)) throw badInput('key', 'This KPI has no date buckets');
  return loadPage(ctx, {
    entity: spec.entity,
    def: spec.list,
    access: spec.access,
    where: (qb, alias) => {
      const { where, params } = populationConditions(ctx, spec, alias);
      if (period) where.push(rangeSql(spec.date!, alias, { from: period, to: nextBucket(period, spec.granularity!) }, 'k_pfrom', 'k_pto', params));
      if (args.key) {
        for (const [g, value, p] of [[spec.group, group, 'k_g'], [spec.subgroup, subgroup, 'k_s']] as const) {
          if (!g) continue;
          if (value == null) where.push(g.matchNull(alias));
          else {
            if (g.isId && !isId(value)) throw badInput('key', 'Not a key of this KPI: pass a point\'s key');
            where.push(g.match(alias, `:${p}`));
            params[p] = value;
          }
        }
      }
      if (args.numeratorOnly && spec.numerator) where.push(spec.numerator(alias));
      for (const w of where) qb.andWhere(w);
      qb.setParameters({ ...qb.getParameters(), ...params });
    },
  }, args);
}
