import type { RequestContext } from '../../api/request-context';
import { ReportAggregateFunction as Fn } from './report-enums';
import { exprOf, groupExpr, measureExpr, type CompiledAggregate, type CompiledReport } from './report-compiler';
import { ORG_PARAM } from './report-filters';
import { summaryInputs, summaryOf } from './report-summary';
import { aliasesOf, type ReportFieldDef, type Uses } from './report-type-def';
import { scopeConditions } from './report-scope';

/** One statement per run: every identifier from the type's allow-list, every value a parameter. */
export interface ReportSql {
  sql: string;
  params: unknown[];
}

/** How a group's measures come from base rows: directly, or as partials of finer groups and their combination. */
interface Measures {
  n: string;
  direct(a: CompiledAggregate, i: number): string;
  partial(a: CompiledAggregate, i: number): string[];
}

// Base rows are records (m<i>: the aggregate's input).
const RECORDS: Measures = {
  n: 'count(*)',
  direct: (a, i) => (a.fn === Fn.COUNT ? (a.field ? `count(m${i})` : 'count(*)') : `${a.fn.toLowerCase()}(m${i})`),
  partial: (a, i) => {
    if (!a.field) return [];
    if (a.fn === Fn.AVG) return [`sum(m${i}) AS p${i}`, `count(m${i}) AS q${i}`];
    return [`${a.fn === Fn.COUNT ? 'count' : a.fn.toLowerCase()}(m${i}) AS p${i}`];
  },
};

// Base rows are summary rows (sn records each; v<i>, c<i>: the aggregate's value and value count).
const SUMMARY_ROWS: Measures = {
  n: 'sum(sn)',
  direct: (a, i) => {
    if (!a.field) return 'sum(sn)';
    if (a.fn === Fn.COUNT) return `sum(c${i})`;
    // numeric division, as avg(): a checkbox's v<i> are integers.
    return a.fn === Fn.AVG ? `sum(v${i})::numeric / nullif(sum(c${i}), 0)` : `CASE WHEN sum(c${i}) > 0 THEN sum(v${i}) END`;
  },
  partial: (a, i) => {
    if (!a.field) return [];
    if (a.fn === Fn.AVG) return [`sum(v${i}) AS p${i}`, `sum(c${i}) AS q${i}`];
    return [`${SUMMARY_ROWS.direct(a, i)} AS p${i}`];
  },
};

/** An aggregate from the partials of finer groups (sums of counts and sums, min of mins, ...). */
function combine(a: CompiledAggregate, i: number): string {
  if (!a.field) return 'sum(n)';
  if (a.fn === Fn.AVG) return `sum(p${i}) / nullif(sum(q${i}), 0)`;
  return a.fn === Fn.MIN || a.fn === Fn.MAX ? `${a.fn.toLowerCase()}(p${i})` : `sum(p${i})`;
}

/** The aliases a run reads: lookups nobody reads are not joined (cheaper plans, index-only scans). */
function usesOf(r: CompiledReport, withRows: boolean): Uses {
  const fields: ReportFieldDef[] = [...r.down, ...r.across].map((g) => g.field);
  r.aggregates.forEach((a) => a.field && fields.push(a.field));
  r.filters.forEach((f) => fields.push(f.field));
  if (withRows) fields.push(r.type.byName.get(r.type.idField)!, ...r.columns);
  const aliases = new Set(fields.flatMap((f) => aliasesOf(typeof f.sql === 'string' ? f.sql : Object.values(f.sql).join(' '))));
  return (alias) => aliases.has(alias);
}

/**
 * The base rows (each branch scoped and filtered by its query builder, UNION ALL for tasks +
 * events; a summary table when it answers the run), then in ONE statement: the detail rows
 * (first `limit`) and every group of every grouping level with subtotals, as GROUPING SETS,
 * each part as JSON text. With two or more keys the finest groups are aggregated first and the
 * subtotals rolled up from them (one hash over the rows instead of one per grouping set).
 */
export function buildReportSql(ctx: RequestContext, r: CompiledReport, limit: number, withRows = true): ReportSql {
  const params: Record<string, unknown> = {};
  const gNames = [...r.down.map((_, i) => `g${i}`), ...r.across.map(() => 'x0')];
  const summary = withRows ? null : summaryOf(r);
  const m = summary ? SUMMARY_ROWS : RECORDS;
  const uses = usesOf(r, withRows);
  const branches = summary ? [summary.branch(ctx, uses)] : r.type.branches(ctx, uses);
  const parts = branches.map(({ key, qb }) => {
    const sel: string[] = [];
    if (withRows) {
      sel.push(`${exprOf(r.type.byName.get(r.type.idField)!, key)} AS rid`);
      r.columns.forEach((c, i) => sel.push(`${exprOf(c, key)} AS c${i}`));
    }
    r.down.forEach((g, i) => sel.push(`${groupExpr(g, key)} AS g${i}`));
    r.across.forEach((g) => sel.push(`${groupExpr(g, key)} AS x0`));
    if (summary) sel.push(`${summary.rows} AS sn`, ...summaryInputs(summary, r, key));
    else r.aggregates.forEach((a, i) => {
      const x = measureExpr(a, key);
      if (x) sel.push(`${x} AS m${i}`);
    });
    qb.select(sel.length ? sel : ['1 AS one']);
    qb.setParameter(ORG_PARAM, ctx.orgId);
    for (const f of r.filters) qb.andWhere(f.sql(exprOf(f.field, key)), f.params);
    if (r.scope) {
      // Narrows the scoped rows: the visibility conditions of the branch stay.
      const { where, params: p } = scopeConditions(ctx, r.scope, summary ? summary.scope : r.type.scope, key);
      for (const w of where) qb.andWhere(w, p);
    }
    Object.assign(params, qb.getParameters());
    return qb.getQuery();
  });
  const base = parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' UNION ALL ');

  const twoPhase = gNames.length >= 2;
  const aggs = r.aggregates.map((a, i) => `(${twoPhase ? combine(a, i) : m.direct(a, i)})::float8 AS a${i}`);
  const fine = `fine AS (SELECT ${[...gNames, `${m.n} AS n`, ...r.aggregates.flatMap((a, i) => m.partial(a, i))].join(', ')} FROM base GROUP BY ${gNames.join(', ')}),\n`;
  const sets: string[] = [];
  for (let k = r.down.length; k >= 0; k--) {
    const prefix = gNames.slice(0, k);
    if (r.across.length) sets.push(`(${[...prefix, 'x0'].join(', ')})`);
    sets.push(`(${prefix.join(', ')})`);
  }
  const gid = gNames.length ? `GROUPING(${gNames.join(', ')})` : '0';
  const grp = `grp AS (SELECT ${[...gNames, `${gid} AS gid`, `(${twoPhase ? 'sum(n)' : m.n})::int AS n`, ...aggs].join(', ')} FROM ${twoPhase ? 'fine' : 'base'} GROUP BY GROUPING SETS (${sets.join(', ')}))`;

  // GROUPING() bit of key j (the leftmost key is the highest bit); a row of level d rolls up keys d.. (and the across key).
  const bit = (j: number) => 1 << (gNames.length - 1 - j);
  const levelGid = (d: number) => gNames.slice(d).reduce((acc, _, j) => acc | bit(d + j), 0);
  const sortKey = (j: number) => {
    const g = r.down[j];
    return { expr: g.sortBy == null ? `g${j}` : g.sortBy === 'COUNT' ? 'n' : `a${g.sortBy}`, dir: g.desc ? 'DESC' : 'ASC' };
  };
  // Each level's groups in their sort order (the engine keeps the order of siblings), blank keys last.
  const sortTerms = r.down.flatMap((g, j) => {
    if (g.sortBy == null && !g.desc) return [];
    const { expr, dir } = sortKey(j);
    return [`CASE WHEN gid = ${levelGid(j + 1)} THEN ${expr} END ${dir} NULLS LAST`];
  });
  const keyOrder = gNames.map((n) => `${n}${n === 'x0' && r.across[0].desc ? ' DESC' : ''} NULLS LAST`);
  let top = '';
  let keep = '';
  if (r.groupLimit != null) {
    // Top N first-level groups; every row of other first-level groups is left out, totals stay.
    const { expr, dir } = sortKey(0);
    params.__groupLimit = r.groupLimit;
    top = `,\ntop AS (SELECT g0 FROM grp WHERE gid = ${levelGid(1)} ORDER BY ${expr} ${dir} NULLS LAST, g0 NULLS LAST LIMIT CAST(:__groupLimit AS int))`;
    keep = ` WHERE (gid & ${bit(0)}) <> 0 OR g0 IN (SELECT g0 FROM top) OR (g0 IS NULL AND EXISTS (SELECT 1 FROM top WHERE g0 IS NULL))`;
  }
  const order = [...gNames, 'c0'].filter((n) => n !== 'c0' || r.columns.length).map((n) => `${n} NULLS LAST`);
  params.__limit = limit;
  const sql = `WITH base AS NOT MATERIALIZED (${base}),
${twoPhase ? fine : ''}${grp}${top}
SELECT ${withRows ? `(SELECT coalesce(json_agg(d), '[]'::json)::text FROM (SELECT rid, ${[...r.columns.map((_, i) => `c${i}`), ...gNames].join(', ') || 'NULL AS c'} FROM base
          ${order.length ? `ORDER BY ${order.join(', ')}` : ''} LIMIT CAST(:__limit AS int)) d)` : `'[]'`} AS rows,
       (SELECT coalesce(json_agg(grp ORDER BY ${[...sortTerms, ...keyOrder, 'gid'].join(', ')}), '[]'::json)::text FROM grp${keep}) AS groups`;
  const [text, values] = ctx.dataSource.driver.escapeQueryWithParameters(sql, params, {});
  return { sql: text, params: values };
}
