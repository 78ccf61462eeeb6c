import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { logger } from '../config/logger';
import { RequestContext } from '../api/request-context';
import { AuthService } from '../identity/auth.service';
import { runWithSqlTally } from '../db/sql-counter';
import { filesRouter } from '../files/files.route';
import { DASHBOARD_HEADER, dashboardRunAs } from '../analytics/dashboards/running-user';

export function clientDist(config: Config): string {
  return config.CLIENT_DIST ? path.resolve(config.CLIENT_DIST) : path.resolve(__dirname, '../../../client/dist');
}

/** One port: the GraphQL API, GraphiQL, the SPA, and health checks. */
export function createApp(apollo: ApolloServer<RequestContext>, dataSource: DataSource, config: Config): express.Express {
  const app = express();
  const auth = new AuthService(dataSource, config);
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: 'ok' });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '11mb' }),
    (req, _res, next) => (config.REPORT_SQL_COUNT ? runWithSqlTally({ count: 0 }, next) : next()),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        let user;
        try {
          user = await auth.verify(req.headers.authorization);
        } catch (err) {
          Object.assign((err as { extensions: object }).extensions, { http: { status: 401 } });
          throw err;
        }
        // A dashboard widget may run with the dashboard's running user (analytics/dashboards/running-user.ts).
        const ctx = new RequestContext(dataSource, config, await dashboardRunAs(dataSource, req.headers, req.body, user));
        const dashboardId = req.headers[DASHBOARD_HEADER];
        if (typeof dashboardId === 'string') ctx.dashboardId = dashboardId.toLowerCase();
        return ctx;
      },
    }),
  );

  app.use(filesRouter(dataSource, config));

  const dist = clientDist(config);
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    const f = path.join(dist, file);
    if (fs.existsSync(f)) res.sendFile(f);
    else res.status(503).type('text').send('The web client is not built: run `pnpm build`.');
  };
  app.get('/graphiql', page('graphiql.html'));
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|assets\/|files\/).*/, page('index.html'));

  // Bodies that are too large or not JSON get a GraphQL-shaped error, never an HTML page.
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = (err as { status?: number }).status ?? 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) logger.error({ err }, 'request failed');
    res.status(status).json({ errors: [{ message: status < 500 ? err.message : 'Internal server error', extensions: { code } }] });
  };
  app.use(onError);
  return app;
}
