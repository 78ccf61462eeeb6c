import type { RequestContext } from '../../api/request-context';
import { teamSubquery } from '../../common/access';
import { assertId } from '../../common/errors';
import { fiscalYearFor, isFiscalLiteral } from '../fiscal-year';
import { analyticsToday, resolveDateLiteral, type DateRange } from '../relative-dates';
import type { KpiFilter } from './kpi.types';

/** A KpiFilter checked once per request: ids are UUIDs, the period a valid literal. */
export interface CheckedFilter {
  period: string | null;
  /** The organisation's fiscal year start month when `period` is a FISCAL literal (fiscal-year.ts), else undefined. */
  fiscalYearStartMonth: number | undefined;
  ownerId: string | null;
  team: boolean;
  territoryId: string | null;
  campaignId: string | null;
}

export async function checkFilter(ctx: RequestContext, f: KpiFilter | null | undefined): Promise<CheckedFilter> {
  const period = f?.period == null || f.period === '' ? null : f.period;
  const fiscalYearStartMonth = await fiscalYearFor(ctx, [period]);
  if (period != null) resolveDateLiteral(period, analyticsToday(), { field: 'filter.period', fiscalYearStartMonth });
  return {
    period,
    fiscalYearStartMonth,
    ownerId: f?.ownerId ? assertId(f.ownerId, 'filter.ownerId') : null,
    team: !!f?.team,
    territoryId: f?.territoryId ? assertId(f.territoryId, 'filter.territoryId') : null,
    campaignId: f?.campaignId ? assertId(f.campaignId, 'filter.campaignId') : null,
  };
}

/** The period of a KPI: the filter's, else the KPI's default (null: no period). */
export function kpiRange(f: CheckedFilter, defaultPeriod: string | null): DateRange | null {
  const literal = f.period ?? defaultPeriod;
  // checkFilter reads the setting for the filter's period only: a default must not be fiscal.
  if (f.period == null && isFiscalLiteral(literal)) throw new Error(`A KPI's default period cannot be fiscal (${literal})`);
  return literal ? resolveDateLiteral(literal, analyticsToday(), { field: 'filter.period', fiscalYearStartMonth: f.fiscalYearStartMonth }) : null;
}

/** The column whose day decides a KPI's period. */
export interface KpiDate {
  column: string;
  type: 'date' | 'timestamptz';
}

/** The date column on alias `a` as a UTC day (date columns as they are). */
export const dateExpr = (d: KpiDate, a: string) => (d.type === 'timestamptz' ? `${a}."${d.column}" AT TIME ZONE 'UTC'` : `${a}."${d.column}"`);

/** The bare column within the half-open day range `r` (sargable); sets parameters `from` and `to`. */
export function rangeSql(d: KpiDate, a: string, r: DateRange, from: string, to: string, params: Record<string, unknown>): string {
  const day = (v: string) => (d.type === 'date' ? v : `${v}T00:00:00Z`);
  params[from] = day(r.from);
  params[to] = day(r.to);
  const col = `${a}."${d.column}"`;
  return `${col} >= CAST(:${from} AS ${d.type}) AND ${col} < CAST(:${to} AS ${d.type})`;
}

/** How an object's rows meet the filter's owner, territory and campaign dimensions (SQL from code only). */
export interface Dimensions {
  owner: (a: string) => string | null;
  account: (a: string) => string | null;
  campaign: (a: string, param: string) => string | null;
}

/** Accounts assigned to the territory or one below it, in the caller's organisation. */
export const territoryAccountsSql = (terr: string, org: string) => `(WITH RECURSIVE kt(id) AS (
    SELECT id FROM territory WHERE id = CAST(${terr} AS uuid) AND "orgId" = CAST(${org} AS uuid)
    UNION SELECT c.id FROM territory c JOIN kt ON c."parentId" = kt.id)
  SELECT ota."accountId" FROM object_territory_association ota WHERE ota."territoryId" IN (SELECT id FROM kt))`;

/** SQL conditions and their parameters for the filter's dimensions on alias `a`. */
export function dimensionConditions(ctx: RequestContext, f: Omit<CheckedFilter, 'fiscalYearStartMonth'>, dims: Dimensions, a: string) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const owner = dims.owner(a);
  if (owner && (f.ownerId || f.team)) {
    params.k_owner = f.ownerId ?? ctx.user.id;
    where.push(f.team ? `${owner} IN ${teamSubquery(':k_owner')}` : `${owner} = CAST(:k_owner AS uuid)`);
  }
  const account = dims.account(a);
  if (account && f.territoryId) {
    params.k_terr = f.territoryId;
    params.k_org = ctx.orgId;
    where.push(`${account} IN ${territoryAccountsSql(':k_terr', ':k_org')}`);
  }
  if (f.campaignId) {
    const c = dims.campaign(a, ':k_campaign');
    if (c) {
      params.k_campaign = f.campaignId;
      where.push(c);
    }
  }
  return { where, params };
}
