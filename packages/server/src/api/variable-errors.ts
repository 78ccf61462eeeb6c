import { getVariableValues, GraphQLError, Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/**
 * Where a graphql-js variable coercion message points: the variable, the path inside it
 * (`at "i.mapping[0]"`), and the input field that is missing or unknown there.
 */
export function variableErrorField(message: string, variable?: string): string | undefined {
  const path = /at "([^"]+)"/.exec(message)?.[1] ?? variable ?? /Variable "\$(\w+)"/.exec(message)?.[1];
  const inner = /; Field "(\w+)" (?:of required type|is not defined by type)/.exec(message)?.[1];
  return path && inner ? `${path}.${inner}` : path;
}

/** A variable coercion error as the caller's input error (HTTP 400), naming the variable or path. */
export function badVariable(error: GraphQLError): GraphQLError {
  const node = error.nodes?.[0];
  const variable = node?.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : undefined;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { code: 'BAD_USER_INPUT', field: variableErrorField(error.message, variable), http: { status: 400 } },
  });
}

/** The operation's variable coercion errors (graphql-js's own rules), none if the variables are valid. */
export function variableErrors(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): GraphQLError[] {
  if (!operation.variableDefinitions?.length) return [];
  const result = getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 10 });
  return (result.errors ?? []).map(badVariable);
}
