import { MONTHLY_GRANULARITIES } from '../common/date-granularity';
import { ReportAggregateFunction as Fn, ReportFieldType as T } from './report-enums';
import { exprOf, type CompiledAggregate, type CompiledReport } from './report-compiler';
import type { ReportSummaryDef } from './report-type-def';
import { scopeFits } from './report-scope';

const monthStart = (day: string) => day.slice(8, 10) === '01';

/**
 * Whether a run without detail rows can read its type's summary table instead of the records:
 * every filter and grouping is a summary column (dates: month buckets, bounds on month starts),
 * and every aggregate is a count, or a SUM / AVG of a measure or of a checkbox column.
 * Visibility is unchanged: summary rows keep the owner, and the branch is scoped as the records;
 * so is a run's owner or team scope (a territory scope needs the accounts: the records answer).
 */
export function summaryOf(r: CompiledReport): ReportSummaryDef | null {
  const s = r.type.summary;
  if (!s || process.env.ANALYTICS_SUMMARIES === 'off' || !scopeFits(r.scope, s.scope)) return null;
  const dim = (name: string) => s.dims.includes(name);
  for (const f of r.filters) {
    if (f.field.name === s.dateField ? !(f.days ?? []).every(monthStart) : !dim(f.field.name)) return null;
  }
  for (const g of [...r.down, ...r.across]) {
    if (g.field.name === s.dateField ? !g.granularity || !MONTHLY_GRANULARITIES.has(g.granularity) : !dim(g.field.name)) return null;
  }
  const fits = (a: CompiledAggregate) => {
    if (!a.field) return true;
    if (a.fn === Fn.MIN || a.fn === Fn.MAX) return false;
    if (s.measures[a.field.name]) return true;
    const isDim = dim(a.field.name) || a.field.name === s.dateField;
    return isDim && (a.fn === Fn.COUNT || a.field.dataType === T.BOOLEAN);
  };
  return r.aggregates.every(fits) ? s : null;
}

/**
 * Per aggregate, its value and value count over one summary row (`v<i>`, `c<i>`), weighted by
 * the records the row stands for: a measure's sum and count columns, a checkbox as the row's
 * true records (x 100 for AVG, the share in percent), a dimension's count as its records.
 */
export function summaryInputs(s: ReportSummaryDef, r: CompiledReport, branch: string): string[] {
  return r.aggregates.flatMap((a, i) => {
    if (!a.field) return [];
    const m = s.measures[a.field.name];
    if (m) return [`${m.sum} AS v${i}`, `${m.count} AS c${i}`];
    const x = exprOf(a.field, branch);
    const count = `CASE WHEN (${x}) IS NOT NULL THEN ${s.rows} ELSE 0 END AS c${i}`;
    if (a.fn === Fn.COUNT) return [count];
    return [`CASE WHEN ${x} THEN ${a.fn === Fn.AVG ? 100 : 1} * ${s.rows} WHEN NOT ${x} THEN 0 END AS v${i}`, count];
  });
}
