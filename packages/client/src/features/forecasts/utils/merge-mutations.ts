import type { TypedDocumentNode } from '@apollo/client';
import {
  Kind, OperationTypeNode, visit,
  type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionNode, type VariableDefinitionNode,
} from 'graphql';

/** One generated single-field mutation with its variables, answered under `alias`. */
export interface MutationPart {
  alias: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

/**
 * Several generated mutations as ONE operation (one round trip): each root field under its part's
 * alias, each variable renamed `<alias>_<name>`. The server runs them in order, each in its own
 * transaction; an error's `path[0]` is the alias of the part that failed (later parts do not run).
 */
export function mergeMutations(name: string, parts: MutationPart[]) {
  const variableDefinitions: VariableDefinitionNode[] = [];
  const selections: SelectionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  const variables: Record<string, unknown> = {};
  for (const part of parts) {
    for (const def of part.document.definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      const renamed = visit(def, {
        Variable: (v) => ({ ...v, name: { ...v.name, value: `${part.alias}_${v.name.value}` } }),
      });
      variableDefinitions.push(...(renamed.variableDefinitions ?? []));
      for (const s of renamed.selectionSet.selections) {
        selections.push(s.kind === Kind.FIELD ? { ...s, alias: { kind: Kind.NAME, value: part.alias } } : s);
      }
    }
    for (const [k, v] of Object.entries(part.variables)) variables[`${part.alias}_${k}`] = v;
  }
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.MUTATION,
    name: { kind: Kind.NAME, value: name },
    variableDefinitions,
    selectionSet: { kind: Kind.SELECTION_SET, selections },
  };
  const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] } as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
  return { document, variables };
}
