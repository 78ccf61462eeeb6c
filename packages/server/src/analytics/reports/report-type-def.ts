import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { scopeQuery, type AccessPolicy } from '../../common/access';
import { ReportFieldType as T, type ReportTypeName } from './report-enums';

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
  branches(ctx: RequestContext): ReportBranch[];
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

export function reportType(name: ReportTypeName, label: string, fields: ReportFieldDef[], defaultColumns: string[], idField: string, branches: ReportTypeDef['branches']): ReportTypeDef {
  return { name, label, fields, byName: new Map(fields.map((f) => [f.name, f])), defaultColumns, idField, branches };
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
