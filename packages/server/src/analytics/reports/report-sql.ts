import type { RequestContext } from '../../api/request-context';
import { ReportAggregateFunction as Fn } from './report-enums';
import { exprOf, groupExpr, measureExpr, type CompiledReport } from './report-compiler';

/** One statement per run: every identifier from the type's allow-list, every value a parameter. */
export interface ReportSql {
  sql: string;
  params: unknown[];
}

/**
 * The base rows (each branch scoped and filtered by its query builder, UNION ALL for tasks +
 * events), then in ONE statement: the detail rows (first `limit`) and every group of every
 * grouping level with subtotals, as GROUPING SETS, each part as JSON text.
 */
export function buildReportSql(ctx: RequestContext, r: CompiledReport, limit: number, withRows = true): ReportSql {
  const params: Record<string, unknown> = {};
  const gNames = [...r.down.map((_, i) => `g${i}`), ...r.across.map(() => 'x0')];
  const parts = r.type.branches(ctx).map(({ key, qb }) => {
    const sel: string[] = [`${exprOf(r.type.byName.get(r.type.idField)!, key)} AS rid`];
    // Without detail rows no column is read: their joins (a visible account's name) then cost nothing.
    if (withRows) r.columns.forEach((c, i) => sel.push(`${exprOf(c, key)} AS c${i}`));
    r.down.forEach((g, i) => sel.push(`${groupExpr(g, key)} AS g${i}`));
    r.across.forEach((g) => sel.push(`${groupExpr(g, key)} AS x0`));
    r.aggregates.forEach((a, i) => {
      const m = measureExpr(a, key);
      if (m) sel.push(`${m} AS m${i}`);
    });
    qb.select(sel);
    for (const f of r.filters) qb.andWhere(f.sql(exprOf(f.field, key)), f.params);
    Object.assign(params, qb.getParameters());
    return qb.getQuery();
  });
  const base = parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' UNION ALL ');

  const aggs = r.aggregates.map((a, i) => {
    const fn = a.fn === Fn.COUNT ? (a.field ? `count(m${i})` : 'count(*)') : `${a.fn.toLowerCase()}(m${i})`;
    return `(${fn})::float8 AS a${i}`;
  });
  const sets: string[] = [];
  for (let k = r.down.length; k >= 0; k--) {
    const prefix = gNames.slice(0, k);
    if (r.across.length) sets.push(`(${[...prefix, 'x0'].join(', ')})`);
    sets.push(`(${prefix.join(', ')})`);
  }
  const gid = gNames.length ? `GROUPING(${gNames.join(', ')})` : '0';
  const order = [...gNames, 'c0'].filter((n) => n !== 'c0' || r.columns.length).map((n) => `${n} NULLS LAST`);
  params.__limit = limit;
  const sql = `WITH base AS NOT MATERIALIZED (${base}),
grp AS (SELECT ${[...gNames, `${gid} AS gid`, 'count(*)::int AS n', ...aggs].join(', ')} FROM base GROUP BY GROUPING SETS (${sets.join(', ')}))
SELECT ${withRows ? `(SELECT coalesce(json_agg(d), '[]'::json)::text FROM (SELECT rid, ${[...r.columns.map((_, i) => `c${i}`), ...gNames].join(', ') || 'NULL AS c'} FROM base
          ${order.length ? `ORDER BY ${order.join(', ')}` : ''} LIMIT CAST(:__limit AS int)) d)` : `'[]'`} AS rows,
       (SELECT coalesce(json_agg(grp ORDER BY ${[...gNames.map((n) => `${n} NULLS LAST`), 'gid'].join(', ')}), '[]'::json)::text FROM grp) AS groups`;
  const [text, values] = ctx.dataSource.driver.escapeQueryWithParameters(sql, params, {});
  return { sql: text, params: values };
}
