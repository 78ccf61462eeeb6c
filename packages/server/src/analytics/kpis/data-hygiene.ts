import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { scopeQuery } from '../../common/access';
import { User } from '../../identity/user.entity';
import { Opportunity } from '../../sales/opportunity.entity';
import { opportunityList } from '../../sales/opportunity.types';
import { analyticsToday } from '../relative-dates';
import { groupPoint, populationConditions, type KpiResultData, type KpiSpec } from './kpi-engine';
import type { CheckedFilter } from './kpi-filter';
import { DIMS, ownerGroup } from './kpi-dimensions';
import type { DataHygieneOwner } from './kpi.types';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** today and the first day of the 30-day window (today and the 29 days before it). */
const hygieneParams = () => {
  const today = analyticsToday().getTime();
  return { k_today: iso(today), k_since: iso(today - 29 * DAY_MS) };
};

/**
 * Each problem of an open deal as SQL on alias a, over columns of the open-deal indexes only
 * (migration OpportunityLastActivityDate1795680000000), so every statement is an index-only scan;
 * the partial indexes of missing amount and next step repeat those two expressions verbatim.
 * No activity: lastActivityDate (closed tasks and events, kept by triggers) blank or before the
 * window; a deal whose latest activity is still to come has activity, as in Salesforce.
 */
export const PROBLEMS = {
  pastCloseDate: (a: string) => `${a}."closeDate" < CAST(:k_today AS date)`,
  noActivity30Days: (a: string) => `(${a}."lastActivityDate" IS NULL OR ${a}."lastActivityDate" < CAST(:k_since AS date))`,
  missingAmount: (a: string) => `${a}.amount IS NULL`,
  missingCloseDate: (a: string) => `${a}."closeDate" IS NULL`,
  missingNextStep: (a: string) => `coalesce(btrim(${a}."nextStep"), '') = ''`,
};
export type Problem = keyof typeof PROBLEMS | 'needsAttention';

const anyProblem = (a: string) => `(${Object.values(PROBLEMS).map((p) => `(${p(a)})`).join(' OR ')})`;
const problemSql = (p: Problem) => (p === 'needsAttention' ? anyProblem : PROBLEMS[p]);

const spec = (f: CheckedFilter, problem: Problem): KpiSpec => ({
  entity: Opportunity, list: opportunityList as never, access: 'owner', dims: DIMS.opportunity, filter: f,
  date: { column: 'closeDate', type: 'date' }, defaultPeriod: null,
  where: (a) => [`NOT ${a}."isClosed"`, problemSql(problem)(a)], params: hygieneParams(),
  measure: 'count', amount: (a) => `${a}.amount`, group: ownerGroup(), byCount: true,
});

/** The caller's deals of a spec's population (alias a), grouped by owner. */
function perOwner(ctx: RequestContext, s: KpiSpec) {
  const qb = ctx.em.getRepository(Opportunity).createQueryBuilder('a');
  scopeQuery(ctx, qb, 'a', 'owner');
  const { where, params, range } = populationConditions(ctx, s, 'a');
  for (const w of where) qb.andWhere(w);
  qb.setParameters({ ...qb.getParameters(), ...params });
  return { qb: qb.select('a."ownerId"', 'ownerId').groupBy('a."ownerId"'), range };
}

/**
 * Per-owner rows named after aggregating: the join and the sort see one row per owner, not one
 * per deal (the cost of an org-wide count is then the index scan alone).
 */
function named(ctx: RequestContext, qb: SelectQueryBuilder<Opportunity>, extra: string[], order: string) {
  return ctx.em.createQueryBuilder()
    .select(['x.*', ...extra])
    .addSelect('ku.name', 'ownerName')
    .from(`(${qb.getQuery()})`, 'x')
    .leftJoin(User, 'ku', 'ku.id = x."ownerId"')
    .setParameters(qb.getParameters())
    .orderBy(order, 'DESC')
    .addOrderBy('ku.name', 'ASC', 'NULLS LAST')
    .getRawMany();
}

/** Open deals with the problem, one point per owner (most first); the points and total of runKpi, drill-down through its records. */
export async function hygieneKpi(ctx: RequestContext, f: CheckedFilter, problem: Problem): Promise<KpiResultData> {
  const s = spec(f, problem);
  const { qb, range } = perOwner(ctx, s);
  qb.addSelect('count(*)', 'n').addSelect('sum(a.amount)', 'amt');
  const rows = await named(ctx, qb, ['sum(x.n) OVER () AS "totalN"', 'sum(x.amt) OVER () AS "totalAmount"'], 'x.n');
  const points = rows.map((r) => groupPoint(r.ownerId, r.ownerName, { value: Number(r.n), count: Number(r.n), amount: Number(r.amt ?? 0), numerator: null, denominator: null, average: null }));
  const count = rows.length ? Number(rows[0].totalN) : 0;
  const amount = rows.length ? Number(rows[0].totalAmount ?? 0) : 0;
  return { value: count, count, amount, numerator: null, denominator: null, average: null, points, periodStart: range?.from ?? null, periodEnd: range?.to ?? null, spec: s };
}

/** Every owner's open deals and their problems: one statement. */
export async function hygienePerOwner(ctx: RequestContext, f: CheckedFilter): Promise<DataHygieneOwner[]> {
  const { qb } = perOwner(ctx, { ...spec(f, 'needsAttention'), where: (a) => [`NOT ${a}."isClosed"`] });
  qb.addSelect('count(*)', 'openOpportunities');
  for (const [name, sql] of Object.entries(PROBLEMS)) qb.addSelect(`count(*) FILTER (WHERE ${sql('a')})`, name);
  qb.addSelect(`count(*) FILTER (WHERE ${anyProblem('a')})`, 'needsAttention');
  const rows = await named(ctx, qb, [], 'x."needsAttention"');
  return rows.map((r) => ({
    ownerId: r.ownerId, ownerName: r.ownerName ?? '', key: JSON.stringify([null, r.ownerId, null]),
    openOpportunities: Number(r.openOpportunities), pastCloseDate: Number(r.pastCloseDate), noActivity30Days: Number(r.noActivity30Days),
    missingAmount: Number(r.missingAmount), missingCloseDate: Number(r.missingCloseDate), missingNextStep: Number(r.missingNextStep),
    needsAttention: Number(r.needsAttention),
  }));
}
