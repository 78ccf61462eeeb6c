import type { RequestContext } from '../../api/request-context';
import { DateGranularity } from '../common/date-granularity';
import { ReportFieldType as T } from './report-enums';
import { buildReportSql } from './report-sql';
import type { CompiledGrouping, CompiledReport } from './report-compiler';
import { ReportCell, ReportGroup, ReportGroupKey, ReportResult, ReportRow } from './report-result.types';

type Json = Record<string, unknown>;

/** A value as text: dates YYYY-MM-DD, date/times ISO 8601 (UTC), numbers and booleans as written. */
export function textOf(v: unknown, t: T): string | null {
  if (v == null) return null;
  if (t === T.DATETIME) return new Date(String(v)).toISOString();
  return String(v);
}

const Q = ['Q1', 'Q2', 'Q3', 'Q4'];

/** A group's label: "-" for blank, date buckets by their period. */
export function groupLabel(key: string | null, g: CompiledGrouping): string {
  if (key == null || key === '') return '-';
  if (g.field.dataType === T.BOOLEAN) return key === 'true' ? 'True' : 'False';
  if (!g.granularity) return key;
  const day = key.slice(0, 10);
  switch (g.granularity) {
    case DateGranularity.MONTH: return day.slice(0, 7);
    case DateGranularity.QUARTER: return `${day.slice(0, 4)} ${Q[Math.floor((Number(day.slice(5, 7)) - 1) / 3)]}`;
    case DateGranularity.YEAR: return day.slice(0, 4);
    default: return day;
  }
}

const keyText = (v: unknown, g: CompiledGrouping): string | null => (v == null ? null : g.granularity ? String(v).slice(0, 10) : textOf(v, g.field.dataType));

/** Runs a compiled report: one SQL statement, shaped into rows, groups, matrix cells and totals. */
export async function runCompiled(ctx: RequestContext, r: CompiledReport, limit = r.rowLimit, withRows = true): Promise<ReportResult> {
  const { sql, params } = buildReportSql(ctx, r, withRows ? limit : 0, withRows && limit > 0);
  const [raw]: Array<{ rows: string; groups: string }> = await ctx.em.query(sql, params);
  const rows: Json[] = JSON.parse(raw.rows);
  const groups: Json[] = JSON.parse(raw.groups);
  const nDown = r.down.length;
  const nBits = nDown + r.across.length;
  const aggs = (g: Json) => r.aggregates.map((_, i) => (g[`a${i}`] == null ? null : Number(g[`a${i}`])));
  // GROUPING() bit i (from the left) is 1 when that key is rolled up.
  const grouped = (g: Json, i: number) => ((Number(g.gid) >> (nBits - 1 - i)) & 1) === 0;
  const level = (g: Json) => r.down.filter((_, i) => grouped(g, i)).length;
  const hasAcross = (g: Json) => r.across.length > 0 && grouped(g, nDown);
  const downKey = (g: Json, i: number) => keyText(g[`g${i}`], r.down[i]);
  const path = (g: Json, depth: number) => JSON.stringify(Array.from({ length: depth }, (_, i) => downKey(g, i)));

  const result = Object.assign(new ReportResult(), {
    reportType: r.type.name, format: r.format, truncated: false, totalCount: 0,
    columns: r.columns.map((c) => ({ name: c.name, label: c.label, dataType: c.dataType })),
    aggregates: r.aggregates.map((a) => ({ key: a.key, function: a.fn, field: a.field?.name ?? null, label: a.label, dataType: a.dataType })),
    groupsDown: [] as ReportGroup[], groupsAcross: [] as ReportGroupKey[], grandTotal: [] as ReportResult['grandTotal'],
    rows: rows.slice(0, limit).map((row) => Object.assign(new ReportRow(), {
      recordId: row.rid == null ? null : String(row.rid),
      values: r.columns.map((c, i) => textOf(row[`c${i}`], c.dataType)),
      groupKeys: r.down.map((g, i) => keyText(row[`g${i}`], g)),
    })),
  });

  const byPath = new Map<string, ReportGroup>();
  const cellsOf: Array<[string, ReportCell]> = [];
  // Parents before children (the SQL orders by key; a stable sort by depth keeps that order).
  const ordered = groups.map((g) => [level(g), g] as const).sort((a, b) => a[0] - b[0]);
  for (const [depth, g] of ordered) {
    if (hasAcross(g)) {
      const key = keyText(g.x0, r.across[0]);
      if (depth === 0) result.groupsAcross.push(Object.assign(new ReportGroupKey(), { key, label: groupLabel(key, r.across[0]), count: Number(g.n), aggregates: aggs(g) }));
      else cellsOf.push([path(g, depth), Object.assign(new ReportCell(), { key, count: Number(g.n), aggregates: aggs(g) })]);
      continue;
    }
    if (depth === 0) {
      result.totalCount = Number(g.n);
      result.grandTotal = r.aggregates.map((a, i) => ({ key: a.key, value: aggs(g)[i] }));
      continue;
    }
    const key = downKey(g, depth - 1);
    const group = Object.assign(new ReportGroup(), { key, label: groupLabel(key, r.down[depth - 1]), count: Number(g.n), aggregates: aggs(g), children: [], cells: [] });
    byPath.set(path(g, depth), group);
    if (depth === 1) result.groupsDown.push(group);
    else byPath.get(path(g, 1))?.children.push(group);
  }
  // Cells in the order of the matrix columns, an empty cell where the group has no rows.
  const cellMap = new Map(cellsOf.map(([p, c]) => [`${p}|${c.key}`, c]));
  const empty = r.aggregates.map((a) => (a.fn === 'COUNT' || (a.fn === 'SUM' && a.field?.dataType === T.BOOLEAN) ? 0 : null));
  if (r.across.length) {
    for (const [p, group] of byPath) {
      group.cells = result.groupsAcross.map((col) => cellMap.get(`${p}|${col.key}`) ?? Object.assign(new ReportCell(), { key: col.key, count: 0, aggregates: empty }));
    }
  }
  result.truncated = result.totalCount > result.rows.length;
  return result;
}
