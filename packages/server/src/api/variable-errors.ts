import { getVariableValues, GraphQLError, Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/**
 * Where a graphql-js variable coercion message points: the variable itself (`n`, a missing `i`),
 * or the path inside an input object variable without the variable's name (`closeDate`,
 * `mapping[0].column`), as forms name their inputs; the full path stays in the message.
 */
export function variableErrorField(message: string, variable?: string): string | undefined {
  const name = variable ?? /Variable "\$(\w+)"/.exec(message)?.[1];
  const at = /at "([^"]+)"/.exec(message)?.[1] ?? name;
  const inner = /; Field "(\w+)" (?:of required type|is not defined by type)/.exec(message)?.[1];
  const path = at && inner ? `${at}.${inner}` : at;
  return name && path?.startsWith(`${name}.`) ? path.slice(name.length + 1) : path;
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
