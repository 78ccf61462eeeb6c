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

const STATS = ['numberOfLeads', 'numberOfConvertedLeads', 'numberOfContacts', 'numberOfResponses', 'numberOfOpportunities',
  'numberOfWonOpportunities', 'amountAllOpportunities', 'amountWonOpportunities', 'budgetedCost', 'actualCost', 'expectedRevenue', 'numberSent'] as const;

// A literal keeps one hidden class for every total (Object.fromEntries made dictionaries).
const zero = (): HierarchyStats => ({
  numberOfLeads: 0, numberOfConvertedLeads: 0, numberOfContacts: 0, numberOfResponses: 0, numberOfOpportunities: 0,
  numberOfWonOpportunities: 0, amountAllOpportunities: 0, amountWonOpportunities: 0, budgetedCost: 0, actualCost: 0, expectedRevenue: 0, numberSent: 0,
});

const COLUMNS = STATS.map((f) => `own."${f}"::float8 AS "${f}"`).join(', ');

// Own statistics of the given campaigns.
const OWN_SQL = `WITH ids AS (SELECT id FROM campaign WHERE id = ANY($1) AND "orgId" = $2), ${OWN}
  SELECT own.id, NULL::uuid AS "parentId", ${COLUMNS} FROM own`;

// The whole subtrees under the given campaigns, each node with its parent and own statistics.
const SUBTREE_SQL = `WITH RECURSIVE tree(id) AS (
    SELECT id FROM campaign WHERE id = ANY($1) AND "orgId" = $2
    UNION SELECT c.id FROM campaign c JOIN tree ON c."parentId" = tree.id),
  ids AS (SELECT id FROM tree), ${OWN}
  SELECT own.id, c."parentId", ${COLUMNS} FROM own JOIN campaign c ON c.id = own.id`;

// The same statistics for JSON pages (`SqlValue`): counts as integers, amounts as float8.
const INTEGER = new Set(['numberOfLeads', 'numberOfConvertedLeads', 'numberOfContacts', 'numberOfResponses', 'numberOfOpportunities', 'numberOfWonOpportunities']);
const typed = (f: string, e: string) => `(${e})::${INTEGER.has(f) ? 'bigint' : 'float8'} AS "${f}"`;

/**
 * Own and hierarchy statistics of the campaigns of the subquery `ids` (a column `id`): own ones
 * under their names, hierarchy ones as `hierarchy<Name>`; members and opportunities are
 * aggregated once, over the campaigns and their subtrees.
 */
export const statisticsSql = (ids: string) => `WITH RECURSIVE starts AS (${ids}),
  tree(start, id) AS (SELECT id, id FROM starts UNION ALL SELECT tree.start, c.id FROM campaign c JOIN tree ON c."parentId" = tree.id),
  ids AS (SELECT DISTINCT id FROM tree), ${OWN}
  SELECT tree.start AS id,
    ${STATS.map((f) => typed(f, `max(own."${f}") FILTER (WHERE own.id = tree.start)`)).join(', ')},
    ${STATS.map((f) => typed(f, `sum(own."${f}")`).replace(` AS "${f}"`, ` AS "hierarchy${f[0].toUpperCase()}${f.slice(1)}"`)).join(', ')}
  FROM tree JOIN own ON own.id = tree.id GROUP BY tree.start`;

type Row = { id: string; parentId: string | null } & HierarchyStats;

/**
 * Per request: the own statistics of every campaign seen so far and, for loaded subtrees, the
 * tree itself. The first hierarchy field of a request loads the subtrees of its level in one
 * statement; the levels below are then summed from memory, with no further SQL.
 */
class RollupCache {
  readonly own = new Map<string, Row>();
  readonly children = new Map<string, Set<string>>();
  /** Campaigns whose complete subtree is in `own`. */
  readonly complete = new Set<string>();
  private readonly sums = new Map<string, HierarchyStats>();
  /** Subtree loads under way: the next level waits for them instead of loading again. */
  private readonly pending: Promise<void>[] = [];

  async settled(): Promise<void> {
    for (let seen = -1; seen !== this.pending.length; ) {
      seen = this.pending.length;
      await Promise.all(this.pending);
    }
  }

  loadSubtrees(load: Promise<Row[]>): Promise<void> {
    const p = load.then((rows) => this.add(rows, true));
    this.pending.push(p);
    return p;
  }

  add(rows: Row[], subtrees: boolean) {
    for (const r of rows) {
      this.own.set(r.id, r);
      if (subtrees) {
        this.complete.add(r.id);
        if (r.parentId) {
          if (!this.children.has(r.parentId)) this.children.set(r.parentId, new Set());
          this.children.get(r.parentId)!.add(r.id);
        }
      }
    }
  }

  /** Totals over the campaign and its subtree, each computed once from its children's. */
  sum(id: string): HierarchyStats {
    let total = this.sums.get(id);
    if (total) return total;
    total = zero();
    const row = this.own.get(id);
    if (row) for (const k of STATS) total[k] += Number(row[k]);
    for (const child of this.children.get(id) ?? []) {
      const sub = this.sum(child);
      for (const k of STATS) total[k] += sub[k];
    }
    this.sums.set(id, total);
    return total;
  }
}

const cacheOf = (ctx: RequestContext) => ctx.loaders.memo('campaignRollups', () => new RollupCache());

/** One statement per nesting level at most, and none once a level's subtrees are loaded. */
export const campaignStatistics = {
  /**
   * One statistic of a campaign (`own`) or of its whole subtree (`hierarchy`): synchronous once
   * loaded, which spares a promise per field on trees of thousands of campaigns.
   */
  field<K extends keyof HierarchyStats>(ctx: RequestContext, id: string, scope: 'own' | 'hierarchy', key: K): number | Promise<number> {
    const cache = cacheOf(ctx);
    const row = cache.own.get(id);
    if (scope === 'own' && row) return Number(row[key]);
    if (scope === 'hierarchy' && cache.complete.has(id)) return cache.sum(id)[key];
    return (scope === 'own' ? this.own(ctx, id) : this.hierarchy(ctx, id)).then((s) => Number((s as HierarchyStats)[key]));
  },

  own(ctx: RequestContext, id: string): Promise<CampaignStats> {
    const cache = cacheOf(ctx);
    return ctx.loaders
      .get('campaignStats:own', async (ids: readonly string[]) => {
        await cache.settled();
        const missing = ids.filter((i) => !cache.own.has(i));
        if (missing.length) cache.add(await ctx.em.query(OWN_SQL, [missing, ctx.orgId]), false);
        return ids.map((i) => cache.own.get(i)!);
      })
      .load(id);
  },
  hierarchy(ctx: RequestContext, id: string): Promise<HierarchyStats> {
    const cache = cacheOf(ctx);
    return ctx.loaders
      .get('campaignStats:hierarchy', async (ids: readonly string[]) => {
        await cache.settled();
        const missing = ids.filter((i) => !cache.complete.has(i));
        if (missing.length) await cache.loadSubtrees(ctx.em.query(SUBTREE_SQL, [missing, ctx.orgId]));
        return ids.map((i) => cache.sum(i));
      })
      .load(id);
  },
};
