import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function names(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, out: Set<string>): Set<string> {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.add(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) names(info, s.selectionSet, out);
    else names(info, info.fragments[s.name.value]?.selectionSet, out);
  }
  return out;
}

/**
 * Whether a ReportResult selection asks for detail rows: a dashboard component that shows only
 * groups or totals skips reading (and sorting) the rows.
 */
export function selectsRows(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return true;
  const s = new Set<string>();
  info.fieldNodes.forEach((n) => names(info, n.selectionSet, s));
  return s.has('rows');
}
