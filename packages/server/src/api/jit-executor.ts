import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute, getNamedType, Kind, type FragmentDefinitionNode, GraphQLError, isInputObjectType, typeFromAST,
  type GraphQLInputObjectType, type GraphQLSchema, type OperationDefinitionNode, type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from './request-context';
import { executeJsonRecord } from './json-record';
import { variableErrors } from './variable-errors';
import type { WidgetCache } from '../analytics/dashboards/widget-cache';

type Gateway = ApolloServerOptionsWithGateway<RequestContext>['gateway'];

/**
 * Executes operations with graphql-jit instead of graphql-js: each operation is compiled once to
 * a JavaScript function (argument literals coerced once, not once per parent row), which on large
 * nested pages does the same work several times faster. Apollo still parses, validates, runs the
 * plugins and formats errors; only execution is swapped, through its documented gateway hook.
 * graphql-jit cannot coerce variables of recursive input types (our filters, through `_and` and
 * `_or`): such operations run on graphql-js.
 */
export function jitGateway(
  schema: GraphQLSchema,
  opts: { beforeExecute?: (ctx: RequestContext) => Promise<void>; maxCached?: number; widgetCache?: WidgetCache } = {},
): Gateway {
  const maxCached = opts.maxCached ?? 1000;
  const compiled = new Map<string, CompiledQuery | 'graphql-js'>();
  return {
    async load() {
      return {
        async executor(rc) {
          // No operation of the document matches the request's operationName (or the document
          // has several and no name was given): the caller's error, said plainly.
          if (!rc.operation) {
            const name = rc.request.operationName;
            const message = name ? `The document has no operation named "${name}"` : 'The document has several operations: give operationName';
            return { errors: [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', field: 'operationName' } })] };
          }
          const key = `${rc.queryHash}:${rc.operationName ?? ''}`;
          let query = compiled.get(key);
          if (query) {
            compiled.delete(key); // keep recently used operations last
          } else {
            if (hasRecursiveVariable(schema, rc.operation)) {
              query = 'graphql-js';
            } else {
              const result = compileQuery(schema, rc.document, rc.operationName ?? undefined);
              if (!isCompiledQuery(result)) return result;
              query = result;
            }
            if (compiled.size >= maxCached) compiled.delete(compiled.keys().next().value!);
          }
          compiled.set(key, query);
          const variables = rc.request.variables ?? {};
          // One record with a plain-data selection: one JSON statement, session check included (api/json-record.ts).
          if (query !== 'graphql-js') {
            const fragments = rc.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
            const fast = await executeJsonRecord(schema, rc.operation, Object.fromEntries(fragments.map((f) => [f.name.value, f])), variables, rc.context as RequestContext);
            if (fast) return fast;
          }
          await opts.beforeExecute?.(rc.context as RequestContext);
          // A dashboard widget asked again before its organisation's records changed (analytics/dashboards/widget-cache.ts).
          const ctx = rc.context as RequestContext;
          const cache = rc.operation.operation === 'query' ? opts.widgetCache : undefined;
          const cacheKey = cache?.key(ctx, rc.queryHash, variables) ?? null;
          const version = cacheKey ? cache!.version(ctx.orgId) : 0;
          if (cacheKey) {
            const hit = cache!.get(cacheKey, ctx.orgId);
            if (hit) return { data: hit };
          }
          const runJs = () => execute({ schema, document: rc.document, contextValue: rc.context, variableValues: variables, operationName: rc.operationName });
          let result = query === 'graphql-js' ? await runJs() : await query.query(undefined, rc.context, variables);
          // No data at all: the variables did not coerce, no resolver ran. graphql-js's coercion
          // (Apollo's standard) decides and names the variable; what only graphql-jit refuses (it
          // skips input field defaults inside lists) runs on graphql-js, from now on.
          if (result.errors?.length && result.data === undefined) {
            const bad = variableErrors(schema, rc.operation, variables);
            if (bad.length) return { errors: bad };
            if (query !== 'graphql-js') {
              query = 'graphql-js';
              compiled.set(key, query);
              result = await runJs();
            }
          }
          ctx.rawJson.splice(result.data);
          if (cacheKey && result.data && !result.errors?.length) cache!.set(cacheKey, version, result.data);
          return result.errors && query !== 'graphql-js' ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports errors with its own subclass of GraphQLError, whose `extensions` may be
 * undefined; Apollo's error formatting expects graphql-js's own.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(e) === GraphQLError.prototype) return e;
  const jit = e as { message: string; path?: ReadonlyArray<string | number>; locations?: SourceLocation[]; originalError?: Error; extensions?: Record<string, unknown> };
  const error = new GraphQLError(jit.message, { path: jit.path, originalError: jit.originalError, extensions: jit.extensions });
  Object.assign(error, { locations: jit.locations });
  return error;
}

function hasRecursiveVariable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((v) => {
    const type = getNamedType(typeFromAST(schema, v.type as never));
    return isInputObjectType(type) && cycles(type, new Set(), new Set());
  });
}

/** Whether an input type reachable from `type` (itself included) is part of a cycle. */
function cycles(type: GraphQLInputObjectType, path: Set<string>, done: Set<string>): boolean {
  if (path.has(type.name)) return true;
  if (done.has(type.name)) return false;
  path.add(type.name);
  for (const field of Object.values(type.getFields())) {
    const t = getNamedType(field.type);
    if (isInputObjectType(t) && cycles(t, path, done)) return true;
  }
  path.delete(type.name);
  done.add(type.name);
  return false;
}
