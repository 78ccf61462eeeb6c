import { badInput } from '../../common/errors';
import { SortDirection } from '../../common/list/connection-types';
import { DateGranularity, dateBucketSql } from '../common/date-granularity';
import { ReportAggregateFunction as Fn, ReportFieldType as T, ReportFormat } from './report-enums';
import type { ReportDefinition, ReportFilter, ReportGrouping } from './report-definition.types';
import { compileFilter, type CompiledFilter } from './report-filters';
import { reportTypeDef } from './report-types';
import { compileScope, type CompiledScope, type ReportScope } from './report-scope';
import { isDate, isNumeric, type ReportFieldDef, type ReportTypeDef } from './report-type-def';

export const MAX_ROW_LIMIT = 2000;
export const MAX_GROUP_LIMIT = 2000;
const MAX_COLUMNS = 100;
const MAX_FILTERS = 20;
const MAX_AGGREGATES = 10;

export interface CompiledGrouping {
  field: ReportFieldDef;
  granularity: DateGranularity | null;
  desc: boolean;
  /** Sort by this aggregate (its index), the record count, or (null) the key. */
  sortBy: number | 'COUNT' | null;
}

export interface CompiledAggregate {
  fn: Fn;
  field: ReportFieldDef | null;
  key: string;
  label: string;
  dataType: T;
}

/** A definition checked against its type's allow-list: only field definitions from code remain. */
export interface CompiledReport {
  type: ReportTypeDef;
  columns: ReportFieldDef[];
  filters: CompiledFilter[];
  down: CompiledGrouping[];
  across: CompiledGrouping[];
  aggregates: CompiledAggregate[];
  rowLimit: number;
  /** Top N groups of the first row grouping; null = all. */
  groupLimit: number | null;
  format: ReportFormat;
  /** The run's owner / team / territory scope (null: what the caller may see). */
  scope: CompiledScope | null;
}

function column(type: ReportTypeDef, name: string, path: string): ReportFieldDef {
  const f = type.byName.get(String(name));
  if (!f) throw badInput(path, `${String(name).slice(0, 60)} is not a field of ${type.label}`);
  return f;
}

function grouping(type: ReportTypeDef, g: ReportGrouping, path: string, aggs: CompiledAggregate[] | null): CompiledGrouping {
  const field = column(type, g.field, `${path}.field`);
  if (!field.groupable) throw badInput(`${path}.field`, `${field.label} cannot be grouped`);
  if (g.dateGranularity && !isDate(field.dataType)) throw badInput(`${path}.dateGranularity`, `${field.label} is not a date`);
  if (g.sortOrder != null && !Object.values(SortDirection).includes(g.sortOrder)) throw badInput(`${path}.sortOrder`, 'sortOrder is ASC or DESC');
  let sortBy: CompiledGrouping['sortBy'] = null;
  if (g.sortAggregate != null) {
    if (!aggs) throw badInput(`${path}.sortAggregate`, 'Only row groupings sort by a summary');
    const key = String(g.sortAggregate);
    const i = aggs.findIndex((a) => a.key === key);
    if (i < 0 && key !== 'COUNT') throw badInput(`${path}.sortAggregate`, `${key.slice(0, 60)} is not an aggregate of the report (${['COUNT', ...aggs.map((a) => a.key)].join(', ')})`);
    sortBy = i < 0 ? 'COUNT' : i;
  }
  return { field, granularity: isDate(field.dataType) ? g.dateGranularity ?? DateGranularity.DAY : null, desc: g.sortOrder === SortDirection.DESC, sortBy };
}

const FN_LABEL: Record<Fn, string> = { COUNT: 'Count of', SUM: 'Sum of', AVG: 'Average of', MIN: 'Min of', MAX: 'Max of' };

function aggregate(type: ReportTypeDef, a: { function: Fn; field?: string | null }, path: string): CompiledAggregate {
  if (!Object.values(Fn).includes(a.function)) throw badInput(`${path}.function`, 'Unknown aggregate function');
  if (a.field == null || a.field === '') {
    if (a.function !== Fn.COUNT) throw badInput(`${path}.field`, `${a.function} needs a field`);
    return { fn: Fn.COUNT, field: null, key: 'COUNT', label: 'Record Count', dataType: T.NUMBER };
  }
  const field = column(type, a.field, `${path}.field`);
  const t = field.dataType;
  const fits = a.function === Fn.COUNT || (isNumeric(t) || t === T.BOOLEAN ? true : isDate(t) && (a.function === Fn.MIN || a.function === Fn.MAX));
  if (!fits || (a.function !== Fn.COUNT && !field.aggregatable)) throw badInput(`${path}.field`, `${a.function} does not apply to ${field.label} (${t})`);
  const dataType = a.function === Fn.COUNT ? T.NUMBER : t === T.BOOLEAN ? (a.function === Fn.AVG ? T.PERCENT : T.NUMBER) : t;
  return { fn: a.function, field, key: `${a.function}:${field.name}`, label: `${FN_LABEL[a.function]} ${field.label}`, dataType };
}

/**
 * Validates a definition (BAD_USER_INPUT naming the input path) and keeps only allow-listed fields.
 * A run passes the organisation's `fiscalYearStartMonth` when a filter is a FISCAL literal (`runFiscalYear`).
 */
export function compileReport(def: ReportDefinition, extraFilters: ReportFilter[] = [], scopeIn?: ReportScope | null, fiscalYearStartMonth?: number): CompiledReport {
  const type = reportTypeDef(def.reportType);
  const scope = compileScope(type.scope, type.label, scopeIn);
  if (!Array.isArray(def.columns) || def.columns.length > MAX_COLUMNS) throw badInput('columns', `1-${MAX_COLUMNS} columns`);
  const columns = def.columns.map((c, i) => column(type, c, `columns.${i}`));
  const filters = def.filters ?? [];
  if (filters.length > MAX_FILTERS || extraFilters.length > MAX_FILTERS) throw badInput('filters', `At most ${MAX_FILTERS} filters`);
  const compiled = [
    ...filters.map((f, i) => compileFilter(type, f, i, 'filters', 'rf', fiscalYearStartMonth)),
    ...extraFilters.map((f, i) => compileFilter(type, f, i, 'filters', 'rx', fiscalYearStartMonth)),
  ];
  const downIn = def.groupingsDown ?? [];
  const acrossIn = def.groupingsAcross ?? [];
  if (downIn.length > 2) throw badInput('groupingsDown', 'At most two row groupings');
  if (acrossIn.length > 1) throw badInput('groupingsAcross', 'At most one column grouping');
  if (acrossIn.length && !downIn.length) throw badInput('groupingsAcross', 'A matrix needs a row grouping too');
  const aggIn = def.aggregates?.length ? def.aggregates : [{ function: Fn.COUNT, field: null }];
  if (aggIn.length > MAX_AGGREGATES) throw badInput('aggregates', `At most ${MAX_AGGREGATES} aggregates`);
  const aggregates = aggIn.map((a, i) => aggregate(type, a, `aggregates.${i}`));
  const keys = new Set<string>();
  aggregates.forEach((a, i) => {
    if (keys.has(a.key)) throw badInput(`aggregates.${i}`, `${a.label} is listed twice`);
    keys.add(a.key);
  });
  const down = downIn.map((g, i) => grouping(type, g, `groupingsDown.${i}`, aggregates));
  const across = acrossIn.map((g, i) => grouping(type, g, `groupingsAcross.${i}`, null));
  const rowLimit = def.rowLimit ?? MAX_ROW_LIMIT;
  if (!Number.isInteger(rowLimit) || rowLimit < 0 || rowLimit > MAX_ROW_LIMIT) throw badInput('rowLimit', `rowLimit is 0-${MAX_ROW_LIMIT}`);
  const groupLimit = def.groupLimit ?? null;
  if (groupLimit != null && (!Number.isInteger(groupLimit) || groupLimit < 1 || groupLimit > MAX_GROUP_LIMIT)) throw badInput('groupLimit', `groupLimit is 1-${MAX_GROUP_LIMIT}`);
  if (groupLimit != null && !down.length) throw badInput('groupLimit', 'groupLimit needs a row grouping');
  const format = across.length ? ReportFormat.MATRIX : down.length ? ReportFormat.SUMMARY : ReportFormat.TABULAR;
  return { type, columns, filters: compiled, down, across, aggregates, rowLimit, groupLimit, format, scope };
}

const NULL_OF: Record<T, string> = {
  STRING: 'NULL::text', PICKLIST: 'NULL::text', ID: 'NULL::uuid', NUMBER: 'NULL::numeric', CURRENCY: 'NULL::numeric',
  PERCENT: 'NULL::numeric', DATE: 'NULL::date', DATETIME: 'NULL::timestamptz', BOOLEAN: 'NULL::boolean',
};

/** A field's SQL in one branch (typed NULL where a union branch lacks it). */
export function exprOf(f: ReportFieldDef, branch: string): string {
  const sql = typeof f.sql === 'string' ? f.sql : f.sql[branch];
  return sql ?? NULL_OF[f.dataType];
}

/** A grouping key: date buckets, and empty text as blank (Salesforce groups both under "-"). */
export function groupExpr(g: CompiledGrouping, branch: string): string {
  const x = exprOf(g.field, branch);
  if (g.granularity) return dateBucketSql(x, g.granularity);
  return g.field.dataType === T.STRING || g.field.dataType === T.PICKLIST ? `NULLIF((${x})::text, '')` : x;
}

/** The input of an aggregate: booleans count as 1/0, dates as epoch milliseconds. */
export function measureExpr(a: CompiledAggregate, branch: string): string | null {
  if (!a.field) return null;
  const x = exprOf(a.field, branch);
  if (a.field.dataType === T.BOOLEAN && a.fn !== Fn.COUNT) return `CASE WHEN ${x} THEN ${a.fn === Fn.AVG ? 100 : 1} WHEN NOT ${x} THEN 0 END`;
  if (isDate(a.field.dataType) && a.fn !== Fn.COUNT) return `(extract(epoch FROM ${x}) * 1000)`;
  return x;
}
