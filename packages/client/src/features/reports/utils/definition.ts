import type { ChartKind } from '@/components/charts/chart-types';

/**
 * The builder's state and its mapping to ReportDefinitionInput. Filter rows keep a UI operator:
 * `blank` / `notBlank` are Salesforce's "equals (blank)" and "not equal to (blank)", sent as
 * equals / notEqual without a value.
 */
export type FilterOperator = 'equals' | 'notEqual' | 'lessThan' | 'greaterThan' | 'lessOrEqual' | 'greaterOrEqual' | 'contains' | 'notContain' | 'startsWith' | 'in';
export type UiOperator = FilterOperator | 'blank' | 'notBlank';
export type Granularity = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
export type AggregateFunction = 'COUNT' | 'SUM' | 'AVG' | 'MIN' | 'MAX';
export type FieldType = 'STRING' | 'PICKLIST' | 'NUMBER' | 'CURRENCY' | 'PERCENT' | 'DATE' | 'DATETIME' | 'BOOLEAN' | 'ID';

export const OPERATORS: readonly UiOperator[] = ['equals', 'notEqual', 'blank', 'notBlank', 'lessThan', 'greaterThan', 'lessOrEqual', 'greaterOrEqual', 'contains', 'notContain', 'startsWith', 'in'];
export const GRANULARITIES: readonly Granularity[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
export const AGGREGATE_FUNCTIONS: readonly AggregateFunction[] = ['COUNT', 'SUM', 'AVG', 'MIN', 'MAX'];

export interface FieldInfo {
  name: string;
  label: string;
  dataType: FieldType;
  groupable: boolean;
  aggregatable: boolean;
  picklistValues?: readonly string[] | null;
}

export interface FilterRow {
  field: string;
  operator: UiOperator;
  value: string;
}

export type SortOrder = 'ASC' | 'DESC';

export interface GroupingRow {
  field: string;
  dateGranularity: Granularity | null;
  /** Row groupings: the order of the groups, by key or by a summary (its key, or COUNT). */
  sortOrder?: SortOrder | null;
  sortAggregate?: string | null;
}

export interface AggregateRow {
  function: AggregateFunction;
  field: string | null;
}

export interface BuilderState {
  reportType: string;
  columns: string[];
  filters: FilterRow[];
  groupingsDown: GroupingRow[];
  groupingsAcross: GroupingRow[];
  aggregates: AggregateRow[];
  chart: ChartKind | null;
  /** Top N groups of the first row grouping; null = all. */
  groupLimit: number | null;
}

type GroupingInput = { field: string; dateGranularity?: Granularity | null; sortOrder?: SortOrder | null; sortAggregate?: string | null };

export interface DefinitionInput {
  reportType: string;
  columns: string[];
  filters: { field: string; operator: FilterOperator; value?: string | null; values?: string[] | null }[];
  groupingsDown: GroupingInput[];
  groupingsAcross: GroupingInput[];
  aggregates: { function: AggregateFunction; field?: string | null }[];
  chart?: { type: ChartKind } | null;
  groupLimit?: number | null;
}

/** The key the server gives a summary ("COUNT", "SUM:amount"): what sortAggregate names. */
export const aggregateKey = (a: AggregateRow) => (a.field ? `${a.function}:${a.field}` : 'COUNT');

export const isDateType = (t: FieldType) => t === 'DATE' || t === 'DATETIME';
export const isNumberType = (t: FieldType) => t === 'NUMBER' || t === 'CURRENCY' || t === 'PERCENT';

export function emptyState(reportType: string, columns: string[] = []): BuilderState {
  return { reportType, columns, filters: [], groupingsDown: [], groupingsAcross: [], aggregates: [{ function: 'COUNT', field: null }], chart: null, groupLimit: null };
}

export function toDefinition(s: BuilderState): DefinitionInput {
  const down = s.groupingsDown.filter((g) => g.field).slice(0, 2);
  // A sort by a summary that was removed falls back to the key.
  const keys = new Set(['COUNT', ...s.aggregates.map(aggregateKey)]);
  return {
    reportType: s.reportType,
    columns: s.columns,
    filters: s.filters
      .filter((f) => f.field)
      .map((f) => {
        if (f.operator === 'blank') return { field: f.field, operator: 'equals' as const, value: null };
        if (f.operator === 'notBlank') return { field: f.field, operator: 'notEqual' as const, value: null };
        if (f.operator === 'in') return { field: f.field, operator: 'in' as const, values: f.value.split(',').map((v) => v.trim()).filter(Boolean) };
        return { field: f.field, operator: f.operator, value: f.value.trim() === '' ? null : f.value };
      }),
    groupingsDown: down.map((g) => ({ ...grouping(g), sortAggregate: g.sortAggregate && keys.has(g.sortAggregate) ? g.sortAggregate : null })),
    groupingsAcross: s.groupingsAcross.filter((g) => g.field).slice(0, 1).map(grouping),
    aggregates: s.aggregates.map((a) => ({ function: a.function, field: a.function === 'COUNT' && !a.field ? null : a.field })),
    chart: s.chart ? { type: s.chart } : null,
    groupLimit: down.length ? s.groupLimit : null,
  };
}

const grouping = (g: GroupingRow) => ({ field: g.field, dateGranularity: g.dateGranularity ?? null, sortOrder: g.sortOrder ?? null });

/** A saved definition (parsed JSON of ReportDefinitionInput) back into the builder. */
export function fromDefinition(d: Partial<DefinitionInput> & { reportType: string }): BuilderState {
  return {
    reportType: d.reportType,
    columns: d.columns ?? [],
    filters: (d.filters ?? []).map((f) => {
      const noValue = (f.value == null || f.value === '') && !f.values?.length;
      if (noValue && f.operator === 'equals') return { field: f.field, operator: 'blank' as const, value: '' };
      if (noValue && f.operator === 'notEqual') return { field: f.field, operator: 'notBlank' as const, value: '' };
      return { field: f.field, operator: f.operator, value: f.values?.length ? f.values.join(', ') : (f.value ?? '') };
    }),
    groupingsDown: (d.groupingsDown ?? []).map((g) => ({ field: g.field, dateGranularity: g.dateGranularity ?? null, sortOrder: g.sortOrder ?? null, sortAggregate: g.sortAggregate ?? null })),
    groupingsAcross: (d.groupingsAcross ?? []).map((g) => ({ field: g.field, dateGranularity: g.dateGranularity ?? null, sortOrder: g.sortOrder ?? null })),
    aggregates: (d.aggregates ?? []).map((a) => ({ function: a.function, field: a.field ?? null })),
    chart: d.chart?.type ?? null,
    groupLimit: d.groupLimit ?? null,
  };
}

/** Operators that make sense for a field's type. */
export function operatorsFor(t: FieldType): readonly UiOperator[] {
  if (isNumberType(t) || isDateType(t)) return ['equals', 'notEqual', 'blank', 'notBlank', 'lessThan', 'greaterThan', 'lessOrEqual', 'greaterOrEqual'];
  if (t === 'BOOLEAN') return ['equals', 'notEqual'];
  return OPERATORS;
}
