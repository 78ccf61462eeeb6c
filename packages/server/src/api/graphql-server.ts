import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import { crmError } from '../common/errors';
import { currentSqlTally } from '../db/sql-counter';
import { AuthService } from '../identity/auth.service';
import { formatError } from './format-error';
import { jitGateway } from './jit-executor';
import { operationLimitsPlugin } from './operation-limits';
import { stringifyResult } from './raw-json';
import type { RequestContext } from './request-context';
import type { PersistedQueries } from './persisted-queries';
import { widgetCache } from '../analytics/dashboards/widget-cache';

/** Introspection is for signed-in users only (analysts in GraphiQL, codegen with a token). */
const introspectionGuard: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (contextValue.sessionUser) return;
        const json = JSON.stringify(document.definitions);
        if (json.includes('"__schema"') || json.includes('"__type"')) {
          throw crmError('UNAUTHENTICATED', 'Sign in to explore the schema');
        }
      },
    };
  },
};

/** With REPORT_SQL_COUNT, each response tells how many SQL statements it took. */
const sqlCountPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const tally = currentSqlTally();
        if (tally && response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: tally.count };
        }
      },
    };
  },
};

export function createApolloServer(schema: GraphQLSchema, config: Config, persisted?: PersistedQueries): ApolloServer<RequestContext> {
  const plugins: ApolloServerPlugin<RequestContext>[] = [
    // GraphiQL is served by us at /graphiql; Apollo's landing page would load from a CDN.
    ApolloServerPluginLandingPageDisabled(),
    // No HTTP caching of GraphQL responses: skip its per-field hook, which costs on large results.
    ApolloServerPluginCacheControlDisabled(),
    introspectionGuard,
    operationLimitsPlugin(schema, config.MAX_QUERY_DEPTH, config.MAX_QUERY_COST) as ApolloServerPlugin<RequestContext>,
  ];
  if (persisted) plugins.push(persisted.plugin());
  if (config.REPORT_SQL_COUNT) plugins.push(sqlCountPlugin);
  return new ApolloServer<RequestContext>({
    // The session is checked against its user once the operation has passed validation and
    // the limits: a refused operation touches no table.
    gateway: jitGateway(schema, {
      beforeExecute: (ctx) => (ctx.sessionUser ? AuthService.confirm(ctx.dataSource, ctx.sessionUser) : Promise.resolve()),
      widgetCache: widgetCache(config.WIDGET_CACHE_TTL_MS),
    }),
    introspection: true,
    // Dashboard widgets send document hashes (api/persisted-queries.ts).
    ...(persisted ? { persistedQueries: { cache: persisted.cache } } : {}),
    includeStacktraceInErrorResponses: false,
    formatError,
    // Writes the nested pages PostgreSQL answered as JSON text into the response as they are.
    stringifyResult,
    plugins,
  });
}
