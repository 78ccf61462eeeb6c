import type { RequestContext } from '../api/request-context';
import { badInput } from '../common/errors';
import type { TerritoryMetrics, TerritoryRepMetrics } from './territory-metrics.types';

// Metrics ignore record sharing (like Salesforce roll-ups) but never leave the organisation:
// every statement starts from territories of the caller's org. $1 territory ids, $2 org,
// $3 / $4 the period (inclusive dates).

/** (root, id): each territory with itself, or with its whole subtree (recursive CTE). */
const OWN_TREE = `tree(root, id) AS (SELECT id, id FROM territory WHERE id = ANY($1) AND "orgId" = $2)`;
const SUBTREE = `tree(root, id) AS (
    SELECT id, id FROM territory WHERE id = ANY($1) AND "orgId" = $2
    UNION ALL SELECT tree.root, c.id FROM territory c JOIN tree ON c."parentId" = tree.id)`;

/** Accounts, opportunities and quotas counted once per root even when several of its territories share them. */
const metricsSql = (tree: string) => `
WITH RECURSIVE ${tree},
  acc AS (SELECT DISTINCT tree.root, o."accountId" AS id FROM tree JOIN object_territory_association o ON o."territoryId" = tree.id),
  am AS (SELECT acc.root, count(*) AS n, sum(a."annualRevenue") AS rev, sum(a."numberOfEmployees") AS emp
         FROM acc JOIN account a ON a.id = acc.id GROUP BY acc.root),
  om AS (SELECT acc.root, sum(op.amount) FILTER (WHERE NOT op."isClosed") AS pipe,
           sum(op.amount) FILTER (WHERE op."isWon" AND op."closeDate" BETWEEN $3 AND $4) AS won
         FROM acc JOIN opportunity op ON op."accountId" = acc.id GROUP BY acc.root),
  qs AS (SELECT DISTINCT tree.root, q.id, q."quotaAmount" FROM tree
         JOIN user_territory_association u ON u."territoryId" = tree.id AND u."isActive"
         JOIN forecasting_quota q ON q."quotaOwnerId" = u."userId" AND (q."territoryId" = u."territoryId" OR q."territoryId" IS NULL)
           AND q."startDate" BETWEEN $3 AND $4 AND q."productFamily" IS NULL),
  qm AS (SELECT root, sum("quotaAmount") AS quota FROM qs GROUP BY root)
SELECT r.root AS id, coalesce(am.n, 0)::int AS "accountCount", coalesce(am.rev, 0)::float8 AS "totalAnnualRevenue",
  coalesce(am.emp, 0)::float8 AS "totalEmployees", coalesce(om.pipe, 0)::float8 AS "openPipeline",
  coalesce(om.won, 0)::float8 AS "closedWonAmount", coalesce(qm.quota, 0)::float8 AS quota
FROM (SELECT DISTINCT root FROM tree) r LEFT JOIN am ON am.root = r.root LEFT JOIN om ON om.root = r.root LEFT JOIN qm ON qm.root = r.root`;

const OWN_SQL = metricsSql(OWN_TREE);
const HIERARCHY_SQL = metricsSql(SUBTREE);

/** Per active assignment of each territory: the user's quota and won business on the territory's accounts. */
const REP_SQL = `
WITH ids AS (SELECT id FROM territory WHERE id = ANY($1) AND "orgId" = $2),
  reps AS (SELECT u."territoryId", u."userId", u."roleInTerritory", u."createdDate", u.id
           FROM user_territory_association u WHERE u."territoryId" IN (SELECT id FROM ids) AND u."isActive"),
  q AS (SELECT reps.id, sum(fq."quotaAmount") AS quota FROM reps
        JOIN forecasting_quota fq ON fq."quotaOwnerId" = reps."userId" AND (fq."territoryId" = reps."territoryId" OR fq."territoryId" IS NULL)
          AND fq."startDate" BETWEEN $3 AND $4 AND fq."productFamily" IS NULL GROUP BY reps.id),
  w AS (SELECT reps.id, sum(op.amount) AS won FROM reps
        JOIN object_territory_association o ON o."territoryId" = reps."territoryId"
        JOIN opportunity op ON op."accountId" = o."accountId" AND op."ownerId" = reps."userId" AND op."isWon"
          AND op."closeDate" BETWEEN $3 AND $4 GROUP BY reps.id)
SELECT reps."territoryId", reps."userId", reps."roleInTerritory", coalesce(q.quota, 0)::float8 AS quota, coalesce(w.won, 0)::float8 AS "closedWonAmount"
FROM reps LEFT JOIN q ON q.id = reps.id LEFT JOIN w ON w.id = reps.id ORDER BY reps."createdDate", reps.id`;

export interface Period {
  periodStart: string;
  periodEnd: string;
}

const attainment = (won: number, quota: number) => (quota > 0 ? Math.round((won / quota) * 1e6) / 1e6 : null);

function checkPeriod(p: Period) {
  if (p.periodEnd < p.periodStart) throw badInput('periodEnd', 'periodEnd must be on or after periodStart');
}

function metricsLoader(ctx: RequestContext, kind: 'own' | 'hierarchy', p: Period) {
  checkPeriod(p);
  return ctx.loaders.get(`territoryMetrics:${kind}:${p.periodStart}:${p.periodEnd}`, async (ids: readonly string[]) => {
    const rows: Array<TerritoryMetrics & { id: string }> = await ctx.em.query(kind === 'own' ? OWN_SQL : HIERARCHY_SQL, [ids, ctx.orgId, p.periodStart, p.periodEnd]);
    const byId = new Map(rows.map(({ id, ...m }) => [id, { ...m, attainment: attainment(m.closedWonAmount, m.quota) }]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** One statement per nesting level and period for every territory of the level. */
export const territoryMetrics = {
  own: (ctx: RequestContext, id: string, p: Period) => metricsLoader(ctx, 'own', p).load(id),
  hierarchy: (ctx: RequestContext, id: string, p: Period) => metricsLoader(ctx, 'hierarchy', p).load(id),
  reps(ctx: RequestContext, id: string, p: Period): Promise<TerritoryRepMetrics[]> {
    checkPeriod(p);
    return ctx.loaders
      .get(`territoryMetrics:reps:${p.periodStart}:${p.periodEnd}`, async (ids: readonly string[]) => {
        const rows: Array<TerritoryRepMetrics & { territoryId: string }> = await ctx.em.query(REP_SQL, [ids, ctx.orgId, p.periodStart, p.periodEnd]);
        return ids.map((tid) =>
          rows
            .filter((r) => r.territoryId === tid)
            .map(({ territoryId: _t, ...r }) => ({ ...r, attainment: attainment(r.closedWonAmount, r.quota) })),
        );
      })
      .load(id);
  },
};
