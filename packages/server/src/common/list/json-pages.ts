import {
  getArgumentValues, getNamedType, getNullableType, isObjectType, GraphQLError,
  type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import type { EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import type { ToManySpec, ToOneSpec } from '../crud/relations';
import { scopeQuery, type AccessPolicy } from '../access';
import { arrayLiteral } from '../sql';
import { cursorSql, encodeCursor } from './cursor';
import { collect, jsonText, object, scalar, Unsupported } from './json-sql';
import { baseQuery, orderSql, orderTerms, pageWindow, type ListArgs, type ListSource, type Partition } from './list-query';

/**
 * JSON pages: a connection or tree level whose selection is plain data (columns, to-one and
 * to-many relations declared with `@ToOne` / `@ToMany`, tree fields declared with
 * `@TreeChildren`, values computed in SQL declared with `@SqlValue`) is answered by PostgreSQL
 * as JSON text, one statement for all parents and every level below. The rows never become
 * JavaScript objects: the text is spliced into the HTTP response (`api/raw-json.ts`). Access
 * scoping and filters are the lists' own (`baseQuery`, `scopeQuery`); anything else goes the
 * resolver way.
 */
export interface JsonPagesPlan {
  /** Named parameters, `:__parents` set per batch. */
  sql: string;
  params: Record<string, unknown>;
  /** The page of a parent without rows. */
  empty: string;
}

/** A tree over an adjacency list (`parentId`), children in `orderBy` then id order. */
export interface TreeSpec {
  entity: EntityTarget<ObjectLiteral>;
  access: AccessPolicy;
  orderBy: string;
}

/**
 * A computed field that SQL can answer: `sql(ids)` selects `id` and `column` (among others) for
 * the ids of the subquery `ids`; fields with the same `key` share one evaluation per statement.
 */
export interface SqlValueSpec {
  key: string;
  sql: (ids: string) => string;
  column: string;
}

/** Declares a tree field (a record's children), so that JSON pages can compile its levels. */
export const TreeChildren = (tree: TreeSpec) => Extensions({ treeChildren: tree });

/** Declares a computed field's SQL, so that it does not take its level off JSON pages. */
export const SqlValue = (spec: SqlValueSpec) => Extensions({ sqlValue: spec });

interface Env {
  ctx: RequestContext;
  info: GraphQLResolveInfo;
  ctes: string[];
  params: Record<string, unknown>;
  n: number;
  /**
   * Evaluations shared by every level of the statement that selects them (SqlValue fields,
   * count-only connections): their CTE, SQL over a subquery of ids, and the row CTEs whose ids
   * they cover. Each is computed once, over the ids of all those levels.
   */
  shared: Map<string, { cte: string; sql: (ids: string) => string; rows: Set<string> }>;
}

/** A row source of node JSON: a page's rows (`l."p_<column>"`) or a joined to-one record. */
interface Row {
  meta: EntityMetadata;
  col: (databaseName: string) => string;
  /** For a page's rows: their CTE, and the columns it must select (a joined record has all). */
  rows?: string;
  columns?: Set<string>;
  joins: string[];
  /** Shared CTEs already joined to these rows. */
  values?: Set<string>;
  /** Extra columns of the rows' CTE (correlated counts), given the SQL of the row's id. */
  extra?: Array<(id: string) => string>;
}

type Level = { select: string; empty: string };

/** The partition of a top-level list: every row in one page. */
const TOP: Partition = { key: `'*'::text` };
const TOP_PARENTS = ['*'];

function plan(ctx: RequestContext, info: GraphQLResolveInfo, level: (env: Env, type: GraphQLObjectType, set: SelectionSetNode | undefined) => Level): JsonPagesPlan | null {
  if (info.fieldNodes.length !== 1) return null;
  const env: Env = { ctx, info, ctes: [], params: {}, n: 0, shared: new Map() };
  try {
    const type = getNamedType(info.returnType);
    if (!isObjectType(type)) return null;
    const page = level(env, type, info.fieldNodes[0].selectionSet);
    for (const v of env.shared.values()) {
      env.ctes.push(`${v.cte} AS MATERIALIZED (${v.sql([...v.rows].map((r) => `SELECT "p_id" AS id FROM ${r}`).join(' UNION '))})`);
    }
    // RECURSIVE lets levels join the shared CTEs written after them (PostgreSQL reorders).
    const withKw = env.shared.size ? 'WITH RECURSIVE' : 'WITH';
    return { sql: `${withKw} ${env.ctes.join(',\n')}\n${page.select}`, params: env.params, empty: page.empty };
  } catch (e) {
    // Unsupported selections, and bad arguments that the resolvers report where they belong.
    if (e instanceof Unsupported || e instanceof GraphQLError) return null;
    throw e;
  }
}

/** The plan of a nested connection (a to-many field), or null for the resolver path. */
export function planJsonPages(ctx: RequestContext, spec: ToManySpec & { args: ListArgs }, info: GraphQLResolveInfo): JsonPagesPlan | null {
  return plan(ctx, info, (env, type, set) => connection(env, type, set, spec, spec.args, null));
}

/** The plan of a tree field (children of many parents), or null for the resolver path. */
export function planJsonTree(ctx: RequestContext, tree: TreeSpec, info: GraphQLResolveInfo): JsonPagesPlan | null {
  return plan(ctx, info, (env, type, set) => treeLevel(env, type, set, tree, null));
}

/** Runs a plan for a batch of parents: parent id → page JSON. */
export async function runJsonPages(ctx: RequestContext, plan: JsonPagesPlan, parentIds: readonly string[]): Promise<string[]> {
  const params = { ...plan.params, __parents: arrayLiteral(parentIds) ?? parentIds };
  const [sql, values] = ctx.em.connection.driver.escapeQueryWithParameters(plan.sql, params, {});
  const rows: Array<{ parent: string; page: string }> = await ctx.em.query(sql, values);
  const pages = new Map(rows.map((r) => [r.parent, r.page]));
  return parentIds.map((id) => pages.get(id) ?? plan.empty);
}

/**
 * A top-level list as `loadPage` answers it (same scope, filter, order and window), written as
 * JSON by one statement; null when the selection or arguments need the resolver path.
 */
export async function loadJsonList(ctx: RequestContext, spec: Pick<ToManySpec, 'service' | 'where'>, args: ListArgs, info: GraphQLResolveInfo): Promise<string | null> {
  const p = plan(ctx, info, (env, type, set) => connection(env, type, set, { ...spec, by: TOP }, args, null));
  return p && (await runJsonPages(ctx, p, TOP_PARENTS))[0];
}

/**
 * A single record (`x(id)`) with its fields and every level below, in one statement: null when
 * the selection needs the resolver path or the record is not visible to the caller (the
 * resolver then reports NOT_FOUND as always). Scoped as `findOne` is (the service's policy).
 */
export async function loadJsonRecord(ctx: RequestContext, record: RecordSpec, id: string, info: GraphQLResolveInfo, guard?: Guard): Promise<string | null> {
  const p = plan(ctx, info, (env, type, set) => recordLevel(env, type, set, record, id, guard));
  if (!p) return null;
  const params = { ...p.params, __parents: arrayLiteral(TOP_PARENTS) ?? TOP_PARENTS };
  const [sql, values] = ctx.em.connection.driver.escapeQueryWithParameters(p.sql, params, {});
  const rows: Array<{ page: string }> = await ctx.em.query(sql, values);
  return rows[0]?.page ?? null;
}

export interface RecordSpec {
  entity: EntityTarget<ObjectLiteral>;
  access: AccessPolicy;
}

/** A further condition of the record row (checked in the same statement), with its parameters. */
export interface Guard {
  sql: string;
  params: Record<string, unknown>;
}

/** The record level: the one visible row with this id, as the page of the top parent. */
function recordLevel(env: Env, type: GraphQLObjectType, set: SelectionSetNode | undefined, record: RecordSpec, id: string, guard?: Guard): Level {
  const { ctx } = env;
  const rowsCte = `l${env.n++}`;
  const slot = env.ctes.push('') - 1;
  const meta = ctx.em.connection.getMetadata(record.entity);
  const row: Row = { meta, col: (c) => `l."p_${c}"`, rows: rowsCte, columns: new Set(), joins: [] };
  const json = node(env, type, set, row);
  const qb = scopeQuery(ctx, ctx.em.getRepository(record.entity).createQueryBuilder('c'), 'c', record.access);
  qb.select(rowColumns(meta, row)).andWhere('c.id = :__recordId', { __recordId: id });
  if (guard) qb.andWhere(guard.sql, guard.params);
  Object.assign(env.params, qb.getParameters());
  env.ctes[slot] = `${rowsCte} AS (${qb.getQuery()})`;
  return { select: `SELECT ${json} AS page FROM ${rowsCte} l ${row.joins.join(' ')}`, empty: 'null' };
}

/**
 * One connection level: a CTE of the page rows of every parent, and a grouped SELECT of
 * (parent, page JSON). `parentRows` is the CTE of the parents' rows, or null at the top.
 */
function connection(
  env: Env,
  type: GraphQLObjectType,
  set: SelectionSetNode | undefined,
  spec: ToManySpec,
  args: ListArgs,
  parentRows: string | null,
): Level {
  const { ctx } = env;
  const k = env.n++;
  const win = pageWindow(args, ctx.config.MAX_PAGE_SIZE);
  if (win.fromEnd) throw new Unsupported();
  const fields = collect(env, type, set);
  const src = spec.service.source(spec.where) as ListSource<ObjectLiteral>;
  const partition: Partition = typeof spec.by === 'string' ? { key: `c."${spec.by}"` } : spec.by;
  const parentCond = parentRows ? `${partition.key} IN (SELECT "p_id" FROM ${parentRows})` : `${partition.key} = ANY(:__parents)`;
  const rowsCte = `l${k}`;
  // Only the total: a count per parent, whatever the window (no rows, no row numbers).
  if (countOnly(fields)) {
    const counts = baseQuery(ctx, src, args, 'c', `f${k}_`);
    partition.join?.(counts as never, 'c');
    counts.select(partition.key, '__parent').addSelect('COUNT(*)', '__total').andWhere(parentCond).groupBy(partition.key);
    Object.assign(env.params, counts.getParameters());
    env.ctes.push(`${rowsCte} AS (${counts.getQuery()})`);
    const parts = fields.map((f): [string, string] => [f.alias?.value ?? f.name.value, f.name.value === 'totalCount' ? 'l."__total"::text' : `'"${type.name}"'`]);
    const empty = fields.map((f): [string, string] => [f.alias?.value ?? f.name.value, f.name.value === 'totalCount' ? '0' : `"${type.name}"`]);
    return { select: `SELECT l."__parent" AS parent, ${object(parts)} AS page FROM ${rowsCte} l`, empty: jsonText(empty) };
  }
  const totals = fields.some((f) => f.name.value === 'totalCount' || f.name.value === 'pageInfo');
  // A parent without rows in its window (past the first page, or `first: 0`) would need a count of its own.
  if (totals && (win.offset > 0 || win.limit === 0)) throw new Unsupported();
  const meta = ctx.em.connection.getMetadata(src.entity);
  const slot = env.ctes.push('') - 1; // the rows come before the levels below, which read them
  const row: Row = { meta, col: (c) => `l."p_${c}"`, rows: rowsCte, columns: new Set(), joins: [] };
  const fieldOf = (name: string) => type.getFields()[name];
  const nodeType = getNamedType(fieldOf('nodes')?.type);
  if (!isObjectType(nodeType)) throw new Unsupported();

  const parts: Array<[string, string]> = [];
  const empty: Array<[string, string]> = [];
  const cursor = (n: string) => `'"' || ${cursorSql(n)} || '"'`;
  for (const f of fields) {
    const key = f.alias?.value ?? f.name.value;
    switch (f.name.value) {
      case '__typename':
        parts.push([key, `'"${type.name}"'`]);
        empty.push([key, `"${type.name}"`]);
        break;
      case 'totalCount':
        parts.push([key, 'max(l."__total")::text']);
        empty.push([key, '0']);
        break;
      case 'nodes':
        parts.push([key, `'[' || string_agg(${node(env, nodeType, f.selectionSet, row)}, ',' ORDER BY l."__rn") || ']'`]);
        empty.push([key, '[]']);
        break;
      case 'edges': {
        const edgeType = getNamedType(fieldOf('edges').type) as GraphQLObjectType;
        const edge: Array<[string, string]> = collect(env, edgeType, f.selectionSet).map((e) => {
          const ekey = e.alias?.value ?? e.name.value;
          if (e.name.value === 'node') return [ekey, node(env, nodeType, e.selectionSet, row)];
          if (e.name.value === 'cursor') return [ekey, cursor('l."__rn" - 1')];
          if (e.name.value === '__typename') return [ekey, `'"${edgeType.name}"'`];
          throw new Unsupported();
        });
        parts.push([key, `'[' || string_agg(${object(edge)}, ',' ORDER BY l."__rn") || ']'`]);
        empty.push([key, '[]']);
        break;
      }
      case 'pageInfo': {
        const infoType = getNamedType(fieldOf('pageInfo').type) as GraphQLObjectType;
        const pi = collect(env, infoType, f.selectionSet).map((p): [string, string, string] => {
          const pkey = p.alias?.value ?? p.name.value;
          switch (p.name.value) {
            case 'hasNextPage': return [pkey, `CASE WHEN ${win.offset} + count(*) < max(l."__total") THEN 'true' ELSE 'false' END`, 'false'];
            case 'hasPreviousPage': return [pkey, `'${win.offset > 0}'`, String(win.offset > 0)];
            case 'startCursor': return [pkey, `'"${encodeCursor(win.offset)}"'`, 'null'];
            case 'endCursor': return [pkey, cursor(`${win.offset} + count(*) - 1`), 'null'];
            case '__typename': return [pkey, `'"${infoType.name}"'`, `"${infoType.name}"`];
            default: throw new Unsupported();
          }
        });
        parts.push([key, object(pi.map(([a, b]) => [a, b]))]);
        empty.push([key, jsonText(pi.map(([a, , c]) => [a, c]))]);
        break;
      }
      default:
        throw new Unsupported();
    }
  }

  // The page rows: the list's own scoped, filtered query, windowed per parent.
  const inner = baseQuery(ctx, src, args, 'c', `f${k}_`);
  partition.join?.(inner as never, 'c');
  const order = orderSql(orderTerms(src.def, args.orderBy, 'c'));
  inner
    .select(rowColumns(meta, row, false))
    .addSelect(partition.key, '__parent')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${partition.key} ORDER BY ${order})`, '__rn')
    .andWhere(parentCond);
  if (totals) inner.addSelect(`COUNT(*) OVER (PARTITION BY ${partition.key})`, '__total');
  Object.assign(env.params, inner.getParameters());
  // Correlated counts only for the rows of the page, not for every row the window ranks.
  const extra = extraColumns(row, 'w."p_id"').map((x) => `, ${x}`).join('');
  env.ctes[slot] = `${rowsCte} AS (SELECT w.*${extra} FROM (${inner.getQuery()}) w WHERE w."__rn" > ${win.offset} AND w."__rn" <= ${win.offset + win.limit})`;
  const select = `SELECT l."__parent" AS parent, ${object(parts)} AS page FROM ${rowsCte} l ${row.joins.join(' ')} GROUP BY l."__parent"`;
  return { select, empty: jsonText(empty) };
}

/** The columns a level's row CTE selects, as `p_<column>`. */
function rowColumns(meta: EntityMetadata, row: Row, withExtra = true): string[] {
  const cols = meta.columns.filter((c) => row.columns!.has(c.databaseName));
  const own = cols.length ? cols.map((c) => `c."${c.databaseName}" AS "p_${c.databaseName}"`) : ['c.id AS "p_id"'];
  return withExtra ? [...own, ...extraColumns(row, 'c.id')] : own;
}

const extraColumns = (row: Row, id: string) => (row.extra ?? []).map((x) => x(id));

/** One tree level: every parent's children (visible to the caller), as a JSON array in sibling order. */
function treeLevel(env: Env, type: GraphQLObjectType, set: SelectionSetNode | undefined, tree: TreeSpec, parentRows: string | null): Level {
  const { ctx } = env;
  const rowsCte = `l${env.n++}`;
  const slot = env.ctes.push('') - 1;
  const meta = ctx.em.connection.getMetadata(tree.entity);
  const row: Row = { meta, col: (c) => `l."p_${c}"`, rows: rowsCte, columns: new Set(), joins: [] };
  const json = node(env, type, set, row);
  const qb = scopeQuery(ctx, ctx.em.getRepository(tree.entity).createQueryBuilder('c'), 'c', tree.access);
  qb.select(rowColumns(meta, row))
    .addSelect('c."parentId"', '__parent')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY c."parentId" ORDER BY c."${tree.orderBy}", c.id)`, '__rn')
    .andWhere(parentRows ? `c."parentId" IN (SELECT "p_id" FROM ${parentRows})` : `c."parentId" = ANY(:__parents)`);
  Object.assign(env.params, qb.getParameters());
  env.ctes[slot] = `${rowsCte} AS (${qb.getQuery()})`;
  const select = `SELECT l."__parent" AS parent, '[' || string_agg(${json}, ',' ORDER BY l."__rn") || ']' AS page FROM ${rowsCte} l ${row.joins.join(' ')} GROUP BY l."__parent"`;
  return { select, empty: '[]' };
}

/** A node's JSON, as a SQL text expression over `row`. */
function node(env: Env, type: GraphQLObjectType, set: SelectionSetNode | undefined, row: Row): string {
  const parts = collect(env, type, set).map((f): [string, string] => {
    const key = f.alias?.value ?? f.name.value;
    if (f.name.value === '__typename') return [key, `'"${type.name}"'`];
    const def = type.getFields()[f.name.value];
    if (!def) throw new Unsupported();
    const ext = def.extensions ?? {};
    const toMany = ext.toMany as ToManySpec | undefined;
    if (toMany) {
      const args = getArgumentValues(def, f, env.info.variableValues) as ListArgs;
      const count = sharedCount(env, named(def), f, toMany, args, row);
      return [key, count ?? below(env, row, (rows) => connection(env, named(def), f.selectionSet, toMany, args, rows))];
    }
    const tree = ext.treeChildren as TreeSpec | undefined;
    if (tree) {
      if (f.arguments?.length) throw new Unsupported();
      return [key, below(env, row, (rows) => treeLevel(env, named(def), f.selectionSet, tree, rows))];
    }
    if (ext.toOne) return [key, joined(env, def, f, ext.toOne as ToOneSpec, row)];
    if (ext.sqlValue) return [key, sqlValue(env, def, f, ext.sqlValue as SqlValueSpec, row)];
    if (def.resolve || f.arguments?.length) throw new Unsupported();
    const column = row.meta.findColumnWithPropertyName(f.name.value);
    if (!column || column.isVirtual) throw new Unsupported();
    row.columns?.add(column.databaseName);
    return [key, scalar(def.type, row.col(column.databaseName), String(column.type))];
  });
  return object(parts);
}

function named(def: GraphQLField<unknown, unknown>): GraphQLObjectType {
  const type = getNamedType(def.type);
  if (!isObjectType(type)) throw new Unsupported();
  return type;
}

/** A level below a page row (a to-many or tree field), grouped by this row's id. */
function below(env: Env, row: Row, level: (rows: string) => Level): string {
  if (!row.rows || !row.columns) throw new Unsupported(); // only under a page's rows, not a joined record
  row.columns.add('id');
  const { select, empty } = level(row.rows);
  const group = `g${env.n++}`;
  // Computed once: with few statistics PostgreSQL would otherwise rescan it for every parent row.
  env.ctes.push(`${group} AS MATERIALIZED (${select})`);
  row.joins.push(`LEFT JOIN ${group} ON ${group}.parent = l."p_id"`);
  return `coalesce(${group}.page, '${empty}')`;
}

/** A computed field with SQL of its own: one evaluation per statement, for every level that selects it. */
function sqlValue(env: Env, def: GraphQLField<unknown, unknown>, f: FieldNode, spec: SqlValueSpec, row: Row): string {
  if (!row.rows || !row.columns || f.arguments?.length) throw new Unsupported();
  row.columns.add('id');
  const cte = share(env, row, `value:${spec.key}`, spec.sql, 'id');
  return scalar(def.type, `coalesce(${cte}."${spec.column}", 0)`, 'numeric');
}

/** Joins a shared evaluation (created on first use, by `key`) to a level's rows; returns its CTE. */
function share(env: Env, row: Row, key: string, sql: (ids: string) => string, idColumn: string): string {
  let v = env.shared.get(key);
  if (!v) env.shared.set(key, (v = { cte: `v${env.n++}`, sql, rows: new Set() }));
  v.rows.add(row.rows!);
  row.values ??= new Set();
  if (!row.values.has(v.cte)) {
    row.values.add(v.cte);
    row.joins.push(`LEFT JOIN ${v.cte} ON ${v.cte}.${idColumn} = l."p_id"`);
  }
  return v.cte;
}

const specIds = new WeakMap<ToManySpec, number>();
let nextSpecId = 0;

/**
 * A connection asked only for its total under a level's rows: one grouped count for every level
 * that asks it the same way (a tree's `members { totalCount }` at each depth is one scan).
 */
function sharedCount(env: Env, type: GraphQLObjectType, f: FieldNode, spec: ToManySpec, args: ListArgs, row: Row): string | null {
  if (!row.rows || !row.columns) return null;
  const fields = collect(env, type, f.selectionSet);
  if (!countOnly(fields)) return null;
  pageWindow(args, env.ctx.config.MAX_PAGE_SIZE); // bad arguments are the resolvers' to report
  let id = specIds.get(spec);
  if (id === undefined) specIds.set(spec, (id = nextSpecId++));
  const shape = fields.map((x) => `${x.alias?.value ?? x.name.value}=${x.name.value}`).join();
  const key = `count:${id}:${JSON.stringify(args)}:${shape}`;
  const k = env.n++;
  const src = spec.service.source(spec.where) as ListSource<ObjectLiteral>;
  const partition: Partition = typeof spec.by === 'string' ? { key: `c."${spec.by}"` } : spec.by;
  row.columns.add('id');
  const parts = (count: string) => fields.map((x): [string, string] => [x.alias?.value ?? x.name.value, x.name.value === 'totalCount' ? count : `'"${type.name}"'`]);
  const empty = jsonText(fields.map((x): [string, string] => [x.alias?.value ?? x.name.value, x.name.value === 'totalCount' ? '0' : `"${type.name}"`]));
  if (typeof spec.by === 'string' && leadsAnIndex(env, src, spec.by)) {
    // An index leads with the parent column: a correlated count per row reads only that row's
    // index range, with no grouping (a third faster than one grouped scan, as PostGraphile does).
    const alias = `n${k}`;
    const counts = baseQuery(env.ctx, src, args, alias, `f${k}_`);
    counts.select(object(parts('COUNT(*)::text'))).andWhere(`${alias}."${spec.by}" = __row_id__`);
    Object.assign(env.params, counts.getParameters());
    const sql = counts.getQuery();
    (row.extra ??= []).push((id) => `(${sql.replace('__row_id__', id)}) AS "p_n${k}"`);
    return `l."p_n${k}"`;
  }
  const cte = share(env, row, key, (ids) => {
    const counts = baseQuery(env.ctx, src, args, 'c', `f${k}_`);
    partition.join?.(counts as never, 'c');
    counts.select(partition.key, 'parent').addSelect(object(parts('COUNT(*)::text')), 'page').andWhere(`${partition.key} IN (${ids})`).groupBy(partition.key);
    Object.assign(env.params, counts.getParameters());
    return counts.getQuery();
  }, 'parent');
  return `coalesce(${cte}.page, '${empty}')`;
}

/** Whether an index of the listed entity has `column` as its first column. */
function leadsAnIndex(env: Env, src: ListSource<ObjectLiteral>, column: string): boolean {
  const meta = env.ctx.em.connection.getMetadata(src.entity);
  return meta.indices.some((i) => i.columns[0]?.databaseName === column || i.columns[0]?.propertyName === column);
}

const countOnly = (fields: FieldNode[]) => fields.length > 0 && fields.every((f) => f.name.value === 'totalCount' || f.name.value === '__typename');

/** A to-one field: the referenced record joined when the caller may see it, else null. */
function joined(env: Env, def: GraphQLField<unknown, unknown>, f: FieldNode, spec: ToOneSpec, row: Row): string {
  const type = getNamedType(def.type);
  // A non-null reference the caller might not see would be an error, not a null: resolvers decide.
  if (!isObjectType(type) || f.arguments?.length || (def.type !== getNullableType(def.type) && spec.target.access !== 'org')) throw new Unsupported();
  const fk = row.meta.findColumnWithPropertyName(spec.column);
  if (!fk) throw new Unsupported();
  row.columns?.add(fk.databaseName);
  const alias = `r${env.n++}`;
  const qb = scopeQuery(env.ctx, env.ctx.em.getRepository(spec.target.entity).createQueryBuilder(alias).select('*'), alias, spec.target.access);
  Object.assign(env.params, qb.getParameters());
  row.joins.push(`LEFT JOIN (${qb.getQuery()}) ${alias} ON ${alias}.id = ${row.col(fk.databaseName)}`);
  const target: Row = { meta: env.ctx.em.connection.getMetadata(spec.target.entity), col: (c) => `${alias}."${c}"`, joins: row.joins };
  return `CASE WHEN ${alias}.id IS NULL THEN 'null' ELSE ${node(env, type, f.selectionSet, target)} END`;
}
