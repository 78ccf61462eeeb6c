import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { scopeQuery } from '../../common/access';
import { MONTHLY_GRANULARITIES } from '../common/date-granularity';
import type { DateRange } from '../relative-dates';
import { dateExpr, dimensionConditions, rangeSql } from './kpi-filter';
import type { KpiSpec } from './kpi-engine';

type Sql = (a: string) => string;

/**
 * A pre-aggregated table (migration AnalyticsSummaries1795670000000): opportunities per org, owner,
 * calendar month of `date` and `columns`, with n, amountCount (rows with an amount) and amount.
 * Its columns carry the opportunity's names, so groupings and conditions read either.
 */
export interface SummaryTable {
  name: string;
  /** The month column (null: the table has none and answers only KPIs without a period). */
  date: string | null;
  columns: string[];
  /** false: no owner column, so it answers only callers who see the whole org, with no owner filter. */
  perOwner?: boolean;
}

export const OPPORTUNITY_CLOSE_MONTH: SummaryTable = {
  name: 'analytics_opportunity_close_month', date: 'closeDate', columns: ['ownerId', 'stageName', 'isClosed', 'isWon', 'competitor', 'lostReason'],
};
export const OPPORTUNITY_CREATED_MONTH: SummaryTable = { name: 'analytics_opportunity_created_month', date: 'createdDate', columns: ['ownerId', 'leadSource'] };
/** Open deals per account, without owners: one row per account (migration AnalyticsAccountSummary1795670000001). */
export const OPPORTUNITY_OPEN_ACCOUNT: SummaryTable = { name: 'analytics_opportunity_open_account', date: null, columns: ['accountId'], perOwner: false };

/** How a KPI reads a summary: its population and measures over summary rows (alias a). */
export interface KpiSummary {
  table: SummaryTable;
  where?: (a: string) => string[];
  count: Sql;
  numerator?: Sql;
  amount?: Sql;
  average?: Sql;
}

/** Aggregates over summary rows, for KpiSummary. */
export const S = {
  count: (a: string) => `sum(${a}.n)`,
  amountCount: (a: string) => `sum(${a}."amountCount")`,
  amount: (a: string) => `sum(${a}.amount)`,
  countWhere: (cond: Sql) => (a: string) => `coalesce(sum(${a}.n) FILTER (WHERE ${cond(a)}), 0)`,
  averageAmount: (a: string) => `(sum(${a}.amount) / nullif(sum(${a}."amountCount"), 0))`,
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (day: string) => {
  const d = new Date(`${monthStart(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return iso(d);
};

/** The whole months of a range (summary rows) and the days at its edges (base rows). */
export function splitMonths(r: DateRange): { months: DateRange; edges: DateRange[] } | null {
  const m1 = r.from === monthStart(r.from) ? r.from : nextMonth(r.from);
  const m2 = monthStart(r.to);
  if (m1 >= m2) return null;
  const edges = [{ from: r.from, to: m1 }, { from: m2, to: r.to }].filter((e) => e.from < e.to);
  return { months: { from: m1, to: m2 }, edges };
}

export interface SummaryPlan {
  qb: SelectQueryBuilder<ObjectLiteral>;
  summary: KpiSummary;
}

/** Whether the KPI can be answered from its summary: every filter, grouping and bucket is a summary column. */
export function eligible(ctx: RequestContext, spec: KpiSpec, range: DateRange | null): spec is KpiSpec & { summary: KpiSummary } {
  const s = spec.summary;
  if (!s || process.env.ANALYTICS_SUMMARIES === 'off') return false;
  if (s.table.date ? spec.date?.column !== s.table.date : range || spec.granularity) return false;
  if (s.table.perOwner === false && (!ctx.seesWholeOrg || spec.filter.ownerId || spec.filter.team)) return false;
  if (spec.filter.territoryId || spec.filter.campaignId) return false;
  if (spec.granularity && !MONTHLY_GRANULARITIES.has(spec.granularity)) return false;
  if ((spec.numerator && !s.numerator) || (spec.amount && !s.amount) || (spec.average && !s.average) || spec.secondaryAverage) return false;
  const has = (c: string) => c === 'orgId' || s.table.columns.includes(c);
  return [spec.group, spec.subgroup].every((g) => !g || (!g.multiplies && !!g.columns?.every(has)));
}

/**
 * The KPI's rows as summary rows: whole months from the summary, the partial months at the range's
 * edges aggregated from the base rows on the fly (UNION ALL, one statement). Both branches are
 * scoped as every read (organisation; owner visibility, the summary keeping the owner).
 */
export function summaryPlan(ctx: RequestContext, spec: KpiSpec, range: DateRange | null): SummaryPlan | null {
  if (!eligible(ctx, spec, range)) return null;
  const { table } = spec.summary;
  const split = range ? splitMonths(range) : { months: null, edges: [] };
  if (!split) return null;
  const params: Record<string, unknown> = {};
  const dimCols = table.columns.map((c) => `"${c}"`);

  const sum = ctx.em.createQueryBuilder().from(table.name, 's');
  scopeQuery(ctx, sum, 's', spec.access);
  const branch = (qb: SelectQueryBuilder<ObjectLiteral>, a: string) => {
    const dims = dimensionConditions(ctx, spec.filter, spec.dims, a);
    for (const w of dims.where) qb.andWhere(w);
    Object.assign(params, dims.params, qb.getParameters());
  };
  // Whole-org callers only for a table without owners: scopeQuery then adds the organisation alone.
  const dateCol = table.date ? [`s."${table.date}" AS "${table.date}"`] : [];
  sum.select([`s."orgId" AS "orgId"`, ...dateCol, ...dimCols.map((c) => `s.${c} AS ${c}`), 's.n AS n', 's."amountCount" AS "amountCount"', 's.amount AS amount']);
  sum.andWhere('s.n <> 0');
  if (split.months) {
    sum.andWhere(`s."${table.date}" >= CAST(:ks_from AS date) AND s."${table.date}" < CAST(:ks_to AS date)`);
    Object.assign(params, { ks_from: split.months.from, ks_to: split.months.to });
  }
  branch(sum, 's');
  const parts = [sum.getQuery()];

  if (split.edges.length && table.date) {
    const base = ctx.em.getRepository(spec.entity).createQueryBuilder('b');
    scopeQuery(ctx, base, 'b', spec.access);
    base.select([`b."orgId" AS "orgId"`, `CAST(date_trunc('month', ${dateExpr(spec.date!, 'b')}) AS date) AS "${table.date}"`, ...dimCols.map((c) => `b.${c} AS ${c}`),
      '1 AS n', 'CAST(b.amount IS NOT NULL AS int) AS "amountCount"', 'coalesce(b.amount, 0) AS amount']);
    base.andWhere(`(${split.edges.map((e, i) => `(${rangeSql(spec.date!, 'b', e, `ke${i}_from`, `ke${i}_to`, params)})`).join(' OR ')})`);
    branch(base, 'b');
    parts.push(base.getQuery());
  }
  // The population reads the union's columns (PostgreSQL pushes it into both branches).
  const qb = ctx.em.createQueryBuilder().from(`(${parts.join(' UNION ALL ')})`, 'a');
  for (const w of spec.summary.where?.('a') ?? []) qb.andWhere(w);
  qb.setParameters(params);
  return { qb, summary: spec.summary };
}
