import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { scopeQuery, type AccessPolicy } from '../../common/access';
import { ReportFieldType as T, type ReportTypeName } from './report-enums';
import type { ScopeColumns } from './report-scope';

/** A field of a report type: its SQL comes from code (aliases of the type's joins), never from input. */
export interface ReportFieldDef {
  name: string;
  label: string;
  dataType: T;
  /** SQL over the aliases of the type's query; per branch for a union type (activities). */
  sql: string | Record<string, string>;
  groupable: boolean;
  aggregatable: boolean;
  picklistValues?: readonly string[];
  /**
   * The org table whose values this picklist stores exactly (write-validated): equality filters
   * then compare to those values (sargable) instead of lower-casing every row.
   */
  storedValues?: { table: string; column: string };
}

/** One SELECT of a report type (a union type has several): scoped, joined, ready for columns and filters. */
export interface ReportBranch {
  key: string;
  qb: SelectQueryBuilder<ObjectLiteral>;
}

export interface ReportTypeDef {
  name: ReportTypeName;
  label: string;
  fields: ReportFieldDef[];
  byName: Map<string, ReportFieldDef>;
  defaultColumns: string[];
  /** The field whose value identifies the row's record (drill-down). */
  idField: string;
  /** The scoped SELECTs; `uses(alias)` says whether a run reads a lookup join's alias (else it is left out). */
  branches(ctx: RequestContext, uses: Uses): ReportBranch[];
  /** A pre-aggregated table that answers some runs without detail rows (report-summary.ts). */
  summary?: ReportSummaryDef;
  /** Its owner and account columns, for a run's scope (report-scope.ts); a dimension left out is refused. */
  scope?: ScopeColumns;
}

/** Whether a run reads an alias of the type's query. */
export type Uses = (alias: string) => boolean;
export const USES_ALL: Uses = () => true;

/**
 * A summary table of a report type: rows per org, owner, month of `dateField` and `dims`, with
 * `rows` (records in the row) and per measure field a sum and a count of values. Its columns carry
 * the fields' names, so the fields' SQL reads it under the type's main alias.
 */
export interface ReportSummaryDef {
  dateField: string;
  dims: readonly string[];
  rows: string;
  measures: Record<string, { sum: string; count: string }>;
  branch(ctx: RequestContext, uses: Uses): ReportBranch;
  /** The scope columns the summary keeps (a run whose scope needs another reads the records). */
  scope?: ScopeColumns;
}

const NUMERIC = new Set([T.NUMBER, T.CURRENCY, T.PERCENT]);

/** A field; groupable unless long text or an id, aggregatable when numeric or boolean (and dates for MIN/MAX). */
export function field(name: string, label: string, dataType: T, sql: ReportFieldDef['sql'], picklistValues?: readonly string[]): ReportFieldDef {
  return {
    name, label, dataType, sql, picklistValues,
    groupable: dataType !== T.ID && !/description|strengths|weaknesses|nextStep/i.test(name),
    aggregatable: NUMERIC.has(dataType) || dataType === T.BOOLEAN || dataType === T.DATE || dataType === T.DATETIME,
  };
}

export const isNumeric = (t: T) => NUMERIC.has(t);
export const isText = (t: T) => t === T.STRING || t === T.PICKLIST || t === T.ID;
export const isDate = (t: T) => t === T.DATE || t === T.DATETIME;

export function reportType(name: ReportTypeName, label: string, fields: ReportFieldDef[], defaultColumns: string[], idField: string, branches: ReportTypeDef['branches'], extra: Pick<ReportTypeDef, 'summary' | 'scope'> = {}): ReportTypeDef {
  return { name, label, fields, byName: new Map(fields.map((f) => [f.name, f])), defaultColumns, idField, branches, ...extra };
}

/** The aliases an SQL expression of a field reads (`acc.name` reads acc): field SQL is code, never input. */
export function aliasesOf(sql: string): string[] {
  return [...sql.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\."?[A-Za-z_]/g)].map((m) => m[1]);
}

/** The main records of a type, scoped by `scopeQuery` (organisation + record visibility). */
export function scopedFrom<E extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<E>, alias: string, policy: AccessPolicy): SelectQueryBuilder<ObjectLiteral> {
  const qb = ctx.em.createQueryBuilder(entity, alias) as unknown as SelectQueryBuilder<ObjectLiteral>;
  return scopeQuery(ctx, qb, alias, policy);
}

/**
 * Joins a referenced record only when the caller may see it (as its own lists decide, through
 * `scopeQuery`), so a report shows a blank account name where the account list shows nothing.
 */
export function joinVisible<E extends ObjectLiteral>(ctx: RequestContext, qb: SelectQueryBuilder<ObjectLiteral>, entity: EntityTarget<E>, alias: string, on: string, policy: AccessPolicy, inner = false): SelectQueryBuilder<ObjectLiteral> {
  const sub = scopedFrom(ctx, entity, `v_${alias}`, policy).select(`v_${alias}.id`);
  const cond = `${on} AND ${alias}."orgId" = :__orgId` + (policy === 'org' || ctx.seesWholeOrg ? '' : ` AND ${alias}.id IN (${sub.getQuery()})`);
  const params = { ...sub.getParameters(), __orgId: ctx.orgId };
  const target = entity as EntityTarget<ObjectLiteral> as never;
  return inner ? qb.innerJoin(target, alias, cond, params) : qb.leftJoin(target, alias, cond, params);
}
