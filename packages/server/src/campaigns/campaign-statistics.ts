import type { RequestContext } from '../api/request-context';

/** Salesforce's campaign statistics, as computed for one campaign. */
export interface CampaignStats {
  numberOfLeads: number;
  numberOfConvertedLeads: number;
  numberOfContacts: number;
  numberOfResponses: number;
  numberOfOpportunities: number;
  numberOfWonOpportunities: number;
  amountAllOpportunities: number;
  amountWonOpportunities: number;
}

export interface HierarchyStats extends CampaignStats {
  budgetedCost: number;
  actualCost: number;
  expectedRevenue: number;
  numberSent: number;
}

// Per campaign in `ids`: member counts (leads exclude converted ones; responses are contacts and
// unconverted leads that responded) and primary-campaign-source opportunity totals. Like
// Salesforce's, these ignore record sharing: they count every record of the organisation.
const OWN = `
  m AS (SELECT cm."campaignId" AS id,
          count(*) FILTER (WHERE cm."leadId" IS NOT NULL AND cm."contactId" IS NULL AND NOT l."isConverted") AS "numberOfLeads",
          count(*) FILTER (WHERE l."isConverted") AS "numberOfConvertedLeads",
          count(*) FILTER (WHERE cm."contactId" IS NOT NULL) AS "numberOfContacts",
          count(*) FILTER (WHERE cm."hasResponded" AND (cm."contactId" IS NOT NULL OR NOT l."isConverted")) AS "numberOfResponses"
        FROM campaign_member cm LEFT JOIN lead l ON l.id = cm."leadId"
        WHERE cm."campaignId" IN (SELECT id FROM ids) GROUP BY 1),
  o AS (SELECT "campaignId" AS id, count(*) AS "numberOfOpportunities",
          count(*) FILTER (WHERE "isWon") AS "numberOfWonOpportunities",
          coalesce(sum(amount), 0) AS "amountAllOpportunities",
          coalesce(sum(amount) FILTER (WHERE "isWon"), 0) AS "amountWonOpportunities"
        FROM opportunity WHERE "campaignId" IN (SELECT id FROM ids) GROUP BY 1),
  own AS (SELECT c.id,
          coalesce(m."numberOfLeads", 0) AS "numberOfLeads", coalesce(m."numberOfConvertedLeads", 0) AS "numberOfConvertedLeads",
          coalesce(m."numberOfContacts", 0) AS "numberOfContacts", coalesce(m."numberOfResponses", 0) AS "numberOfResponses",
          coalesce(o."numberOfOpportunities", 0) AS "numberOfOpportunities", coalesce(o."numberOfWonOpportunities", 0) AS "numberOfWonOpportunities",
          coalesce(o."amountAllOpportunities", 0) AS "amountAllOpportunities", coalesce(o."amountWonOpportunities", 0) AS "amountWonOpportunities",
          coalesce(c."budgetedCost", 0) AS "budgetedCost", coalesce(c."actualCost", 0) AS "actualCost",
          coalesce(c."expectedRevenue", 0) AS "expectedRevenue", coalesce(c."numberSent", 0) AS "numberSent"
        FROM campaign c LEFT JOIN m ON m.id = c.id LEFT JOIN o ON o.id = c.id WHERE c.id IN (SELECT id FROM ids))`;

const SUMS = ['numberOfLeads', 'numberOfConvertedLeads', 'numberOfContacts', 'numberOfResponses', 'numberOfOpportunities',
  'numberOfWonOpportunities', 'amountAllOpportunities', 'amountWonOpportunities', 'budgetedCost', 'actualCost', 'expectedRevenue', 'numberSent']
  .map((f) => `sum(own."${f}")::float8 AS "${f}"`)
  .join(', ');

const OWN_SQL = `WITH ids AS (SELECT id FROM campaign WHERE id = ANY($1) AND "orgId" = $2), ${OWN}
  SELECT own.id, ${SUMS} FROM own GROUP BY own.id`;

// The campaign and all its descendants (adjacency list walked by a recursive CTE), summed per root.
const HIERARCHY_SQL = `WITH RECURSIVE tree(root, id) AS (
    SELECT id, id FROM campaign WHERE id = ANY($1) AND "orgId" = $2
    UNION ALL SELECT tree.root, c.id FROM campaign c JOIN tree ON c."parentId" = tree.id),
  ids AS (SELECT DISTINCT id FROM tree), ${OWN}
  SELECT tree.root AS id, ${SUMS} FROM tree JOIN own ON own.id = tree.id GROUP BY tree.root`;

function batch<T>(ctx: RequestContext, key: string, sql: string) {
  return ctx.loaders.get(key, async (ids: readonly string[]) => {
    const rows: Array<{ id: string } & T> = await ctx.em.query(sql, [ids, ctx.orgId]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) as T);
  });
}

/** One statement per nesting level for every campaign of that level. */
export const campaignStatistics = {
  own: (ctx: RequestContext, id: string) => batch<CampaignStats>(ctx, 'campaignStats:own', OWN_SQL).load(id),
  hierarchy: (ctx: RequestContext, id: string) => batch<HierarchyStats>(ctx, 'campaignStats:hierarchy', HIERARCHY_SQL).load(id),
};
