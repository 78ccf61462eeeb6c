import {
  getArgumentValues, getNamedType, getNullableType, isEnumType, isListType, isObjectType, Kind, GraphQLError,
  type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo, type SelectionSetNode,
} from 'graphql';
import type { EntityMetadata, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import type { ToManySpec, ToOneSpec } from '../crud/relations';
import { scopeQuery } from '../access';
import { arrayLiteral } from '../sql';
import { cursorSql, encodeCursor } from './cursor';
import { baseQuery, orderSql, orderTerms, pageWindow, type ListArgs, type ListSource, type Partition } from './list-query';

/**
 * JSON pages: a nested connection whose selection is plain data (columns, to-one and to-many
 * relations declared with `@ToOne` / `@ToMany`) is answered by PostgreSQL as JSON text, one
 * statement per level for all parents and every level below. The rows never become JavaScript
 * objects: the text is spliced into the HTTP response (`api/raw-json.ts`). Access scoping and
 * filters are the lists' own (`baseQuery`, `scopeQuery`); anything else goes the resolver way.
 */
export interface JsonPagesPlan {
  /** Named parameters, `:__parents` set per batch. */
  sql: string;
  params: Record<string, unknown>;
  /** The page of a parent without rows. */
  empty: string;
}

/** A selection this compiler does not handle: the field resolves the ordinary way. */
class Unsupported extends Error {}

interface Env {
  ctx: RequestContext;
  info: GraphQLResolveInfo;
  ctes: string[];
  params: Record<string, unknown>;
  n: number;
}

/** A row source of node JSON: a page's rows (`l."p_<column>"`) or a joined to-one record. */
interface Row {
  meta: EntityMetadata;
  col: (databaseName: string) => string;
  /** For a page's rows: their CTE, and the columns it must select (a joined record has all). */
  rows?: string;
  columns?: Set<string>;
  joins: string[];
}

export function planJsonPages(
  ctx: RequestContext,
  spec: ToManySpec & { args: ListArgs },
  info: GraphQLResolveInfo,
): JsonPagesPlan | null {
  if (info.fieldNodes.length !== 1) return null;
  const env: Env = { ctx, info, ctes: [], params: {}, n: 0 };
  try {
    const type = getNamedType(info.returnType);
    if (!isObjectType(type)) return null;
    const page = connection(env, type, info.fieldNodes[0].selectionSet, spec, spec.args, null);
    return { sql: `WITH ${env.ctes.join(',\n')}\n${page.select}`, params: env.params, empty: page.empty };
  } catch (e) {
    // Unsupported selections, and bad arguments that the resolvers report where they belong.
    if (e instanceof Unsupported || e instanceof GraphQLError) return null;
    throw e;
  }
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
): { select: string; empty: string } {
  const { ctx } = env;
  const k = env.n++;
  const win = pageWindow(args, ctx.config.MAX_PAGE_SIZE);
  if (win.fromEnd) throw new Unsupported();
  const fields = collect(env, type, set);
  const totals = fields.some((f) => f.name.value === 'totalCount' || f.name.value === 'pageInfo');
  // A parent without rows in its window (past the first page, or `first: 0`) would need a count of its own.
  if (totals && (win.offset > 0 || win.limit === 0)) throw new Unsupported();
  const src = spec.service.source(spec.where) as ListSource<ObjectLiteral>;
  const meta = ctx.em.connection.getMetadata(src.entity);
  const rowsCte = `l${k}`;
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
  const partition: Partition = typeof spec.by === 'string' ? { key: `c."${spec.by}"` } : spec.by;
  partition.join?.(inner as never, 'c');
  const order = orderSql(orderTerms(src.def, args.orderBy, 'c'));
  const cols = meta.columns.filter((c) => row.columns!.has(c.databaseName));
  inner
    .select(cols.length ? cols.map((c) => `c."${c.databaseName}" AS "p_${c.databaseName}"`) : ['c.id AS "p_id"'])
    .addSelect(partition.key, '__parent')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${partition.key} ORDER BY ${order})`, '__rn')
    .andWhere(parentRows ? `${partition.key} IN (SELECT "p_id" FROM ${parentRows})` : `${partition.key} = ANY(:__parents)`);
  if (totals) inner.addSelect(`COUNT(*) OVER (PARTITION BY ${partition.key})`, '__total');
  Object.assign(env.params, inner.getParameters());
  env.ctes[slot] = `${rowsCte} AS (SELECT * FROM (${inner.getQuery()}) w WHERE w."__rn" > ${win.offset} AND w."__rn" <= ${win.offset + win.limit})`;
  const select = `SELECT l."__parent" AS parent, ${object(parts)} AS page FROM ${rowsCte} l ${row.joins.join(' ')} GROUP BY l."__parent"`;
  return { select, empty: jsonText(empty) };
}

/** A node's JSON, as a SQL text expression over `row`. */
function node(env: Env, type: GraphQLObjectType, set: SelectionSetNode | undefined, row: Row): string {
  const parts = collect(env, type, set).map((f): [string, string] => {
    const key = f.alias?.value ?? f.name.value;
    if (f.name.value === '__typename') return [key, `'"${type.name}"'`];
    const def = type.getFields()[f.name.value];
    if (!def) throw new Unsupported();
    const toMany = def.extensions?.toMany as ToManySpec | undefined;
    const toOne = def.extensions?.toOne as ToOneSpec | undefined;
    if (toMany) return [key, nested(env, def, f, toMany, row)];
    if (toOne) return [key, joined(env, def, f, toOne, row)];
    if (def.resolve || f.arguments?.length) throw new Unsupported();
    const column = row.meta.findColumnWithPropertyName(f.name.value);
    if (!column || column.isVirtual) throw new Unsupported();
    row.columns?.add(column.databaseName);
    return [key, scalar(def.type, row.col(column.databaseName), String(column.type))];
  });
  return object(parts);
}

/** A to-many field under a page row: the level below, grouped by this row's id. */
function nested(env: Env, def: GraphQLField<unknown, unknown>, f: FieldNode, spec: ToManySpec, row: Row): string {
  if (!row.rows || !row.columns) throw new Unsupported(); // only under a page's rows, not a joined record
  const type = getNamedType(def.type);
  if (!isObjectType(type)) throw new Unsupported();
  const args = getArgumentValues(def, f, env.info.variableValues) as ListArgs;
  row.columns.add('id');
  const level = connection(env, type, f.selectionSet, spec, args, row.rows);
  const group = `g${env.n++}`;
  env.ctes.push(`${group} AS (${level.select})`);
  row.joins.push(`LEFT JOIN ${group} ON ${group}.parent = l."p_id"`);
  return `coalesce(${group}.page, '${level.empty}')`;
}

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

/** A column's value as JSON text, as GraphQL would serialise it. */
function scalar(type: GraphQLOutputType, col: string, columnType: string): string {
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) throw new Unsupported();
  if (isEnumType(named)) {
    const cases = named.getValues().map((v) => {
      if (typeof v.value !== 'string') throw new Unsupported();
      return `WHEN '${v.value.replace(/'/g, "''")}' THEN '"${v.name}"'`;
    });
    return `CASE ${col} ${cases.join(' ')} ELSE 'null' END`;
  }
  switch (named.name) {
    case 'ID':
    case 'String':
    case 'Date':
      return `coalesce(to_json(${col})::text, 'null')`;
    case 'Int':
    case 'Boolean':
      return `coalesce((${col})::text, 'null')`;
    case 'Float':
      return `coalesce(to_json((${col})::float8)::text, 'null')`;
    case 'DateTimeISO':
      // As Date#toISOString: UTC, milliseconds.
      if (columnType !== 'timestamptz') throw new Unsupported();
      return `coalesce('"' || to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"', 'null')`;
    case 'JSON':
      if (columnType !== 'jsonb' && columnType !== 'json') throw new Unsupported();
      return `coalesce((${col})::text, 'null')`;
    default:
      throw new Unsupported();
  }
}

/** `{"a":…,"b":…}` from (key, JSON text) pairs. */
const jsonText = (parts: Array<[string, string]>) => `{${parts.map(([key, value]) => `"${key}":${value}`).join(',')}}`;

/** `{"a":…,"b":…}` from (key, SQL text expression) pairs. */
function object(parts: Array<[string, string]>): string {
  if (!parts.length) throw new Unsupported();
  return parts.map(([key, value], i) => `'${i ? ',' : '{'}"${key}":' || ${value}`).join(' || ') + ` || '}'`;
}

/** The fields of a selection set on `type`, through fragments; anything conditional is unsupported. */
function collect(env: Env, type: GraphQLObjectType, set: SelectionSetNode | undefined, out: FieldNode[] = [], keys = new Set<string>()): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.directives?.length) throw new Unsupported();
    if (s.kind === Kind.FIELD) {
      const key = s.alias?.value ?? s.name.value;
      if (keys.has(key)) throw new Unsupported(); // merged fields: leave them to graphql
      keys.add(key);
      out.push(s);
      continue;
    }
    const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : env.info.fragments[s.name.value];
    if (!fragment || fragment.directives?.length || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) throw new Unsupported();
    collect(env, type, fragment.selectionSet, out, keys);
  }
  return out;
}
