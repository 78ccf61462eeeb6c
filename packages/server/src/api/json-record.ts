import {
  getArgumentValues, getVariableValues, Kind,
  type ExecutionResult, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { CrudService } from '../common/crud/crud-service';
import { isId } from '../common/errors';
import { loadJsonRecord, type Guard } from '../common/list/json-pages';
import type { RequestContext } from './request-context';

/**
 * A query of one top-level record (`campaign(id)`, `account(id)` … from `createCrudResolver`)
 * whose selection is plain data, answered by ONE statement that PostgreSQL writes as JSON text:
 * the record, its fields and every level below. Null when it must execute the ordinary way
 * (other shapes, bad arguments, or a record the caller cannot see: the resolver says NOT_FOUND).
 * It runs before the session check, which it carries itself (`sessionGuard`).
 */
export async function executeJsonRecord(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  inputs: Record<string, unknown>,
  ctx: RequestContext,
): Promise<ExecutionResult | null> {
  const field = singleField(operation);
  const queryType = schema.getQueryType();
  const def = field && queryType?.getFields()[field.name.value];
  const svc = def?.extensions?.jsonRecord as CrudService<never> | undefined;
  if (!ctx.sessionUser || !field || !def || !svc || svc.findOne !== CrudService.prototype.findOne) return null;
  const vars = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  if (vars.errors) return null;
  let id: unknown;
  try {
    id = getArgumentValues(def, field, vars.coerced).id;
  } catch {
    return null;
  }
  if (!isId(id)) return null;
  const key = field.alias?.value ?? field.name.value;
  const info = { fieldNodes: [field], returnType: def.type, variableValues: vars.coerced, fragments } as unknown as GraphQLResolveInfo;
  const text = await loadJsonRecord(ctx, svc, id.toLowerCase(), info, sessionGuard(ctx));
  if (text === null) return null;
  const data: Record<string, unknown> = { [key]: {} };
  ctx.rawJson.add({ prev: undefined, key }, text);
  ctx.rawJson.splice(data);
  return { data };
}

/**
 * The session check folded into the record's statement, as `AuthService.confirm` decides it: the
 * user exists, is active, in the session's org, and still has the role the statement was planned
 * for. When it fails there is no row: the executor then confirms the session the ordinary way
 * (UNAUTHENTICATED for a deactivated user; a new role is taken and the query planned again).
 */
function sessionGuard(ctx: RequestContext): Guard {
  const s = ctx.sessionUser!;
  return {
    sql: `EXISTS (SELECT 1 FROM "user" su WHERE su.id = :__sessionId AND su."isActive" AND su."orgId" = :__sessionOrg AND su.role = :__sessionRole)`,
    params: { __sessionId: s.id, __sessionOrg: s.orgId, __sessionRole: s.role },
  };
}

/** The operation's only selection, when it is a query of one field without directives. */
function singleField(operation: OperationDefinitionNode): FieldNode | null {
  if (operation.operation !== 'query' || operation.directives?.length) return null;
  const [s, ...rest] = operation.selectionSet.selections;
  if (rest.length || s.kind !== Kind.FIELD || s.directives?.length) return null;
  return s;
}
