import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../../config/config';
import { RequestContext, type SessionUser } from '../../api/request-context';
import { AuthService } from '../../identity/auth.service';
import type { ChangeFeed } from './change-feed';

/**
 * GraphQL over WebSocket (graphql-ws protocol) on the HTTP server's /graphql path, for
 * subscriptions. The connection is authenticated like HTTP: connectionParams.authorization
 * "Bearer <token>", and the user must still be active; otherwise the socket closes (4403).
 */
export function attachLiveServer(http: Server, schema: GraphQLSchema, dataSource: DataSource, config: Config, changeFeed: ChangeFeed) {
  const wss = new WebSocketServer({ server: http, path: '/graphql' });
  const auth = new AuthService(dataSource, config);
  const users = new WeakMap<WebSocket, SessionUser>();
  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          const header = ctx.connectionParams?.authorization;
          const user = await auth.verify(typeof header === 'string' ? header : undefined);
          if (!user) return false;
          await AuthService.confirm(dataSource, user);
          users.set(ctx.extra.socket, user);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => Object.assign(new RequestContext(dataSource, config, users.get(ctx.extra.socket) ?? null), { changeFeed }),
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
