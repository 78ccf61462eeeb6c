import type { RequestContext } from '../../api/request-context';
import { badInput } from '../../common/errors';
import { fiscalYearFor } from '../fiscal-year';
import { analyticsToday, resolveDateLiteral, type DateRange } from '../relative-dates';
import { ReportFieldType as T, ReportFilterOperator as Op } from './report-enums';
import type { ReportFilter } from './report-definition.types';
import { isDate, isNumeric, isText, type ReportFieldDef, type ReportTypeDef } from './report-type-def';

const MAX_VALUES = 100;
const MAX_VALUE_LENGTH = 255;
const NUMBER = /^-?\d{1,15}(\.\d{1,6})?$/;
const COMPARISONS = new Set([Op.lessThan, Op.greaterThan, Op.lessOrEqual, Op.greaterOrEqual]);
const TEXT_ONLY = new Set([Op.contains, Op.notContain, Op.startsWith]);

/** A validated filter: SQL over a field expression, with its named parameters. */
export interface CompiledFilter {
  field: ReportFieldDef;
  sql(expr: string): string;
  params: Record<string, unknown>;
  /** Date filters: the days their bounds fall on (a monthly summary answers month starts only). */
  days?: string[];
}

/** The organisation's fiscal year start month for a run, read only when a filter value names a fiscal period. */
export const runFiscalYear = (ctx: RequestContext, filters: readonly ReportFilter[]): Promise<number | undefined> =>
  fiscalYearFor(ctx, filters.flatMap((f) => [f.value, ...(f.values ?? [])]));

/** The org parameter of picklist lookups (report-sql.ts sets it on every branch). */
export const ORG_PARAM = '__reportOrg';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filter's values: `values`, else the comma-separated `value`; none = blank. */
function valuesOf(f: ReportFilter, path: string): string[] {
  const raw = f.values?.length ? f.values : f.value == null ? [] : String(f.value).split(',');
  const vals = raw.map((v) => String(v).trim()).filter((v) => v !== '');
  if (vals.length > MAX_VALUES) throw badInput(`${path}.values`, `At most ${MAX_VALUES} values`);
  if (vals.some((v) => v.length > MAX_VALUE_LENGTH)) throw badInput(`${path}.value`, `A value is at most ${MAX_VALUE_LENGTH} characters`);
  return vals;
}

/**
 * Validates filter `index` against the type's allow-list and compiles it. Parameter names are
 * `rf<index>...` with `prefix`, so filters added at run time do not collide with saved ones.
 * FISCAL date literals resolve with `fiscalYearStartMonth` (the organisation's; default January).
 */
export function compileFilter(type: ReportTypeDef, f: ReportFilter, index: number, pathPrefix = 'filters', prefix = 'rf', fiscalYearStartMonth?: number): CompiledFilter {
  const path = `${pathPrefix}.${index}`;
  const field = type.byName.get(String(f.field));
  if (!field) throw badInput(`${path}.field`, `${String(f.field).slice(0, 60)} is not a field of ${type.label}`);
  const op = f.operator;
  if (!Object.values(Op).includes(op)) throw badInput(`${path}.operator`, 'Unknown operator');
  const vals = valuesOf(f, path);
  const p = `${prefix}${index}`;
  const params: Record<string, unknown> = {};
  const t = field.dataType;
  const misfit = () => badInput(`${path}.operator`, `${op} does not apply to ${field.label} (${t})`);

  if (!vals.length) {
    if (op === Op.equals) return { field, params, sql: (x) => (isText(t) ? `(${x} IS NULL OR (${x})::text = '')` : `(${x}) IS NULL`) };
    if (op === Op.notEqual) return { field, params, sql: (x) => (isText(t) ? `(${x} IS NOT NULL AND (${x})::text <> '')` : `(${x}) IS NOT NULL`) };
    throw badInput(`${path}.value`, `${op} needs a value`);
  }
  const single = () => {
    if (vals.length !== 1) throw badInput(`${path}.value`, `${op} takes one value`);
    return vals[0];
  };
  const negate = (x: string, cond: string) => `(${x} IS NULL OR NOT ${cond})`;

  if (isText(t)) {
    if (COMPARISONS.has(op)) throw misfit();
    if (op === Op.equals || op === Op.in || op === Op.notEqual) {
      params[p] = vals.map((v) => v.toLowerCase());
      // A picklist stored as its org values: the values equal case-insensitively, compared exactly
      // (an index condition), rather than lower() of every row.
      const sv = field.storedValues;
      const cond = sv
        ? (x: string) => `((${x})::text = ANY(ARRAY(SELECT pv."${sv.column}"::text FROM ${sv.table} pv WHERE pv."orgId" = :${ORG_PARAM} AND lower(pv."${sv.column}") = ANY(CAST(:${p} AS text[])))))`
        : (x: string) => `(lower((${x})::text) = ANY(CAST(:${p} AS text[])))`;
      return { field, params, sql: (x) => (op === Op.notEqual ? negate(x, cond(x)) : cond(x)) };
    }
    params[p] = vals.map((v) => (op === Op.startsWith ? `${likeEscape(v)}%` : `%${likeEscape(v)}%`));
    const cond = (x: string) => `((${x})::text ILIKE ANY(CAST(:${p} AS text[])))`;
    return { field, params, sql: (x) => (op === Op.notContain ? negate(x, cond(x)) : cond(x)) };
  }
  if (TEXT_ONLY.has(op)) throw misfit();

  if (t === T.BOOLEAN) {
    if (op !== Op.equals && op !== Op.notEqual) throw misfit();
    const v = single().toLowerCase();
    if (!['true', 'false', '1', '0'].includes(v)) throw badInput(`${path}.value`, 'A checkbox filter takes true or false');
    params[p] = v === 'true' || v === '1';
    return { field, params, sql: (x) => (op === Op.equals ? `((${x}) = CAST(:${p} AS boolean))` : `((${x}) IS DISTINCT FROM CAST(:${p} AS boolean))`) };
  }

  if (isNumeric(t)) {
    vals.forEach((v) => {
      if (!NUMBER.test(v)) throw badInput(`${path}.value`, `${v.slice(0, 40)} is not a number`);
    });
    if (COMPARISONS.has(op)) {
      params[p] = single();
      const sign = { lessThan: '<', greaterThan: '>', lessOrEqual: '<=', greaterOrEqual: '>=' }[op as string];
      return { field, params, sql: (x) => `((${x}) ${sign} CAST(:${p} AS numeric))` };
    }
    params[p] = vals;
    const cond = (x: string) => `((${x}) = ANY(CAST(:${p} AS numeric[])))`;
    return { field, params, sql: (x) => (op === Op.notEqual ? negate(x, cond(x)) : cond(x)) };
  }

  if (isDate(t)) {
    const today = analyticsToday();
    const ranges: DateRange[] = vals.map((v) => resolveDateLiteral(v, today, { field: `${path}.value`, fiscalYearStartMonth }));
    const cast = t === T.DATE ? 'date' : 'timestamptz';
    const at = (day: string) => (t === T.DATE ? day : `${day}T00:00:00Z`);
    const ref = (key: string, day: string) => {
      params[key] = at(day);
      return `CAST(:${key} AS ${cast})`;
    };
    if (COMPARISONS.has(op)) {
      const r = ranges.length === 1 ? ranges[0] : (single(), ranges[0]);
      const cmp = { lessThan: ['<', r.from], lessOrEqual: ['<', r.to], greaterThan: ['>=', r.to], greaterOrEqual: ['>=', r.from] }[op as string]!;
      const bound = ref(p, cmp[1]);
      return { field, params, days: [cmp[1]], sql: (x) => `((${x}) ${cmp[0]} ${bound})` };
    }
    const parts = ranges.map((r, j) => [ref(`${p}f${j}`, r.from), ref(`${p}t${j}`, r.to)] as const);
    const cond = (x: string) => `(${parts.map(([a, b]) => `((${x}) >= ${a} AND (${x}) < ${b})`).join(' OR ')})`;
    return { field, params, days: ranges.flatMap((r) => [r.from, r.to]), sql: (x) => (op === Op.notEqual ? negate(x, cond(x)) : cond(x)) };
  }
  throw misfit();
}
