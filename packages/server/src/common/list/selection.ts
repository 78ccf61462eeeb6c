import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Extensions } from 'type-graphql';
import type { EntityMetadata } from 'typeorm';

/**
 * Which columns a page must load for the fields the query selects under `nodes` / `edges.node`
 * of a connection (or, for a plain list of records, under the field itself), so that big nested
 * pages and trees do not parse and hold columns nobody asked for.
 *
 * A selected field needs the columns its resolver declares with `@Extensions({ columns })`;
 * else, without a resolver, its own column; a resolved `x` with an `xId` column is a to-one
 * relation; a connection pages children by the parent's id. Any other field may read anything,
 * so the page then loads every column (null). `id` loads when a selected field needs it.
 */
export function selectedColumns(info: GraphQLResolveInfo | undefined, meta: EntityMetadata): string[] | null {
  if (!info) return null;
  let perEntity = cache.get(info.fieldNodes[0]);
  if (!perEntity) cache.set(info.fieldNodes[0], (perEntity = new Map()));
  if (!perEntity.has(meta.name)) perEntity.set(meta.name, compute(info, meta));
  return perEntity.get(meta.name)!;
}

/** Declares a computed field that reads only its record's id (tree fields, roll-ups). */
export const ReadsId = () => Extensions({ columns: ['id'] });

// Every parent of a level shares the same field node: compute once per node and entity.
const cache = new WeakMap<FieldNode, Map<string, string[] | null>>();

function compute(info: GraphQLResolveInfo, meta: EntityMetadata): string[] | null {
  const returned = getNamedType(info.returnType);
  if (!isObjectType(returned)) return null;
  const names = new Set<string>();
  // A plain list of records (tree fields) selects the record's fields directly.
  if (!returned.name.endsWith('Connection')) {
    for (const node of info.fieldNodes) for (const f of fieldsOf(info, node.selectionSet)) names.add(f.name.value);
    return columnsFor(returned, names, meta);
  }
  const nodeType = getNamedType(returned.getFields().nodes?.type);
  if (!isObjectType(nodeType)) return null;
  for (const node of info.fieldNodes) {
    for (const f of fieldsOf(info, node.selectionSet)) {
      if (f.name.value === 'nodes') for (const n of fieldsOf(info, f.selectionSet)) names.add(n.name.value);
      if (f.name.value === 'edges') {
        for (const e of fieldsOf(info, f.selectionSet)) {
          if (e.name.value === 'node') for (const n of fieldsOf(info, e.selectionSet)) names.add(n.name.value);
        }
      }
    }
  }
  return columnsFor(nodeType, names, meta);
}

function columnsFor(nodeType: GraphQLObjectType, names: Set<string>, meta: EntityMetadata): string[] | null {
  const props = new Set(meta.columns.filter((c) => !c.isVirtual).map((c) => c.propertyName));
  const fields = nodeType.getFields();
  const need = new Set<string>();
  for (const name of names) {
    if (name === '__typename') continue;
    const field = fields[name];
    const declared = field?.extensions?.columns as string[] | undefined;
    if (declared) declared.forEach((c) => need.add(c));
    else if (!field?.resolve && props.has(name)) need.add(name);
    else if (field?.resolve && props.has(`${name}Id`)) need.add(`${name}Id`);
    else if (field && getNamedType(field.type).name.endsWith('Connection')) need.add('id');
    else return null;
  }
  if (!need.size) need.add('id'); // a page of nothing but totals or cursors still selects a column
  return [...need];
}

/** The fields of a selection set, through fragment spreads and inline fragments. */
function fieldsOf(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, out: FieldNode[] = []): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(info, s.selectionSet, out);
    else fieldsOf(info, info.fragments[s.name.value]?.selectionSet, out);
  }
  return out;
}

/** Whether the query asks a connection for its total (`totalCount`, or `pageInfo`, which needs it). */
export function selectsTotal(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return true;
  let asks = totals.get(info.fieldNodes[0]);
  if (asks === undefined) {
    asks = info.fieldNodes.some((n) => fieldsOf(info, n.selectionSet).some((f) => f.name.value === 'totalCount' || f.name.value === 'pageInfo'));
    totals.set(info.fieldNodes[0], asks);
  }
  return asks;
}

const totals = new WeakMap<FieldNode, boolean>();
