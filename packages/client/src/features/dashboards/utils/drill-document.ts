import { Kind, parse, visit, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode, type VariableDefinitionNode } from 'graphql';

/**
 * The records behind a KPI component: its own document with the KPI field's selection replaced by
 * `records(key:, first:, after:)` (the KPI's drill-down connection, see KpiRecordsArgsBase on the
 * server), keeping the KPI's arguments and the dashboard filter variables. `probe` asks only for
 * the connection's type; `nodeSelection` then asks for the fields of that record type.
 */
export const NODE_SELECTIONS: Record<string, string> = {
  OpportunityConnection: 'id name stageName amount closeDate account { id name } owner { id name }',
  LeadConnection: 'id name company status leadSource createdDate owner { id name }',
  CaseConnection: 'id caseNumber subject status priority origin createdDate owner { id name }',
  TaskConnection: 'id subject status activityDate type owner { id name }',
  EventConnection: 'id subject startDateTime type owner { id name }',
  AccountConnection: 'id name industry owner { id name }',
  ContactConnection: 'id name email account { id name }',
  CampaignMemberConnection: 'id name status type hasResponded campaign { id name }',
  CampaignConnection: 'id name status type startDate',
};

const field = (name: string, selectionSet?: SelectionSetNode, args: FieldNode['arguments'] = []): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, arguments: args, selectionSet });

function recordsField(selection: string): FieldNode {
  const doc = parse(`query($key: String, $first: Int, $after: String) { records(key: $key, first: $first, after: $after) { ${selection} } }`);
  const op = doc.definitions[0] as OperationDefinitionNode;
  return op.selectionSet.selections[0] as FieldNode;
}

const EXTRA_VARS = parse('query($key: String, $first: Int, $after: String) { a }').definitions[0] as OperationDefinitionNode;

/** Null when the document does not contain the KPI's path. */
export function buildDrillDocument(document: string, kpiPath: string, selection: string): DocumentNode | null {
  let source: DocumentNode;
  try {
    source = parse(document);
  } catch {
    return null;
  }
  const op = source.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query');
  if (!op) return null;
  const names = kpiPath.split('.');
  const build = (set: SelectionSetNode, depth: number): FieldNode | null => {
    const f = set.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === names[depth]) ?? set.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === names[depth]);
    if (!f) return null;
    if (depth === names.length - 1) return field(f.name.value, { kind: Kind.SELECTION_SET, selections: [recordsField(selection)] }, f.arguments);
    if (!f.selectionSet) return null;
    const inner = build(f.selectionSet, depth + 1);
    return inner ? field(f.name.value, { kind: Kind.SELECTION_SET, selections: [inner] }, f.arguments) : null;
  };
  const root = build(op.selectionSet, 0);
  if (!root) return null;
  const used = new Set<string>();
  visit(root, { Variable: (v) => void used.add(v.name.value) });
  const vars: VariableDefinitionNode[] = [...(op.variableDefinitions ?? []), ...(EXTRA_VARS.variableDefinitions ?? [])].filter((v) => used.has(v.variable.name.value));
  const drill: OperationDefinitionNode = { kind: Kind.OPERATION_DEFINITION, operation: op.operation, name: { kind: Kind.NAME, value: 'ComponentRecords' }, variableDefinitions: vars, selectionSet: { kind: Kind.SELECTION_SET, selections: [root] } };
  return { kind: Kind.DOCUMENT, definitions: [drill] };
}

/** The variable names a document declares (so a widget sends only those). */
export function declaredVariables(document: string): Set<string> {
  try {
    const op = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return new Set((op?.variableDefinitions ?? []).map((v) => v.variable.name.value));
  } catch {
    return new Set();
  }
}

/** The records connection inside a drill-down answer (the only leaf object named records). */
export function findRecords(data: unknown): { __typename?: string; totalCount?: number; pageInfo?: { hasNextPage: boolean; endCursor: string | null }; nodes?: Record<string, unknown>[] } | null {
  if (!data || typeof data !== 'object') return null;
  const obj = data as Record<string, unknown>;
  if (obj.records && typeof obj.records === 'object') return obj.records as ReturnType<typeof findRecords>;
  for (const v of Object.values(obj)) {
    const found = findRecords(v);
    if (found) return found;
  }
  return null;
}
