import { getNamedType, getNullableType, isEnumType, isListType, Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLOutputType, type SelectionSetNode } from 'graphql';

/** SQL that writes GraphQL values as JSON text: the pieces JSON pages are built of. */

/** A selection this compiler does not handle: the field resolves the ordinary way. */
export class Unsupported extends Error {}

/** A column's value as JSON text, as GraphQL would serialise it. */
export function scalar(type: GraphQLOutputType, col: string, columnType: string): string {
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
export const jsonText = (parts: Array<[string, string]>) => `{${parts.map(([key, value]) => `"${key}":${value}`).join(',')}}`;

/** `{"a":…,"b":…}` from (key, SQL text expression) pairs. */
export function object(parts: Array<[string, string]>): string {
  if (!parts.length) throw new Unsupported();
  return parts.map(([key, value], i) => `'${i ? ',' : '{'}"${key}":' || ${value}`).join(' || ') + ` || '}'`;
}

/** The fields of a selection set on `type`, through fragments; anything conditional is unsupported. */
export function collect(env: { info: { fragments: Record<string, FragmentDefinitionNode> } }, type: GraphQLObjectType, set: SelectionSetNode | undefined, out: FieldNode[] = [], keys = new Set<string>()): FieldNode[] {
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
