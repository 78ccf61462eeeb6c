import type { RequestContext } from '../../api/request-context';
import { scopeQuery } from '../../common/access';
import { User } from '../../identity/user.entity';
import { Opportunity } from '../../sales/opportunity.entity';
import { opportunityList } from '../../sales/opportunity.types';
import { analyticsToday } from '../relative-dates';
import { populationConditions, runKpi, type KpiSpec } from './kpi-engine';
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

// Uncorrelated: the org's deals with an activity in the window are hashed once (an index-only
// scan), not probed per open deal (inside count(*) FILTER a correlated EXISTS runs per row).
const activity = (table: 'task' | 'event', a: string) =>
  `${a}.id IN (SELECT kx."opportunityId" FROM "${table}" kx WHERE kx."orgId" = :__orgId AND kx."opportunityId" IS NOT NULL AND kx."activityDate" >= CAST(:k_since AS date) AND kx."activityDate" <= CAST(:k_today AS date))`;

/** Each problem of an open deal as SQL on alias a. */
export const PROBLEMS = {
  pastCloseDate: (a: string) => `${a}."closeDate" < CAST(:k_today AS date)`,
  noActivity30Days: (a: string) => `NOT ${activity('task', a)} AND NOT ${activity('event', a)}`,
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
  measure: 'count', amount: (a) => `${a}.amount`, group: ownerGroup(),
});

/** Open deals with the problem, one point per owner (most first). */
export const hygieneKpi = (ctx: RequestContext, f: CheckedFilter, problem: Problem) => runKpi(ctx, { ...spec(f, problem), byCount: true });

/** Every owner's open deals and their problems: one statement. */
export async function hygienePerOwner(ctx: RequestContext, f: CheckedFilter): Promise<DataHygieneOwner[]> {
  const qb = ctx.em.getRepository(Opportunity).createQueryBuilder('a');
  scopeQuery(ctx, qb, 'a', 'owner');
  const { where, params } = populationConditions(ctx, { ...spec(f, 'needsAttention'), where: (a) => [`NOT ${a}."isClosed"`] }, 'a');
  for (const w of where) qb.andWhere(w);
  qb.setParameters({ ...qb.getParameters(), ...params });
  qb.leftJoin(User, 'ku', 'ku.id = a."ownerId"')
    .select('a."ownerId"', 'ownerId')
    .addSelect('ku.name', 'ownerName')
    .addSelect('count(*)', 'openOpportunities');
  for (const [name, sql] of Object.entries(PROBLEMS)) qb.addSelect(`count(*) FILTER (WHERE ${sql('a')})`, name);
  qb.addSelect(`count(*) FILTER (WHERE ${anyProblem('a')})`, 'needsAttention');
  const rows = await qb.groupBy('a."ownerId"').addGroupBy('ku.name').orderBy('"needsAttention"', 'DESC').addOrderBy('ku.name', 'ASC').getRawMany();
  return rows.map((r) => ({
    ownerId: r.ownerId, ownerName: r.ownerName ?? '', key: JSON.stringify([null, r.ownerId, null]),
    openOpportunities: Number(r.openOpportunities), pastCloseDate: Number(r.pastCloseDate), noActivity30Days: Number(r.noActivity30Days),
    missingAmount: Number(r.missingAmount), missingCloseDate: Number(r.missingCloseDate), missingNextStep: Number(r.missingNextStep),
    needsAttention: Number(r.needsAttention),
  }));
}
