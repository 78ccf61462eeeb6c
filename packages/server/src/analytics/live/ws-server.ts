import type { Server } from 'node:http';
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../../config/config';
import { formatError } from '../../api/format-error';
import { RequestContext, type SessionUser } from '../../api/request-context';
import { AuthService } from '../../identity/auth.service';
import type { ChangeFeed } from './change-feed';

const refuse = (message: string, code = 'BAD_REQUEST') => [new GraphQLError(message, { extensions: { code } })];

/**
 * GraphQL over WebSocket (graphql-ws protocol) on the HTTP server's /graphql path, for
 * subscriptions only (queries and mutations go through POST /graphql with its limits and plugins).
 * The connection is authenticated like HTTP: connectionParams.authorization "Bearer <token>" of an
 * active user, else the socket closes (4403); each subscription re-checks the token and the user.
 * Errors leave formatted as on HTTP (code, no internals).
 */
export function attachLiveServer(http: Server, schema: GraphQLSchema, dataSource: DataSource, config: Config, changeFeed: ChangeFeed) {
  const wss = new WebSocketServer({ server: http, path: '/graphql' });
  const auth = new AuthService(dataSource, config);
  const sessions = new WeakMap<WebSocket, string>();
  const session = async (header: string | undefined): Promise<SessionUser | null> => {
    const user = await auth.verify(header);
    if (user) await AuthService.confirm(dataSource, user);
    return user;
  };
  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        if (typeof header !== 'string') return false;
        try {
          if (!(await session(header))) return false;
        } catch {
          return false;
        }
        sessions.set(ctx.extra.socket, header);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        let user: SessionUser | null;
        try {
          user = await session(sessions.get(ctx.extra.socket));
        } catch (e) {
          return [e as GraphQLError];
        }
        if (!user) return refuse('Sign in first', 'UNAUTHENTICATED');
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [e as GraphQLError];
        }
        const errors = validate(schema, document);
        if (errors.length) return errors;
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return refuse('Only subscriptions run over WebSocket: send queries and mutations to POST /graphql');
        }
        const contextValue = Object.assign(new RequestContext(dataSource, config, user), { changeFeed });
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wss,
  );
  return {
    async stop() {
      await server.dispose();
      await new Promise((resolve) => wss.close(resolve));
    },
  };
}
