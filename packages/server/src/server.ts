import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/config';
import { logger } from './config/logger';
import { openDatabase, type Database } from './db/database';
import { getSchema } from './api/schema';
import { createApolloServer } from './api/graphql-server';
import { createApp } from './http/app';
import { outboxWorkerFromConfig } from './outbox/outbox-runtime';
import { PersistedQueries } from './api/persisted-queries';
import { createChangeFeed } from './analytics/live/change-feed';
import { attachLiveServer } from './analytics/live/ws-server';

export interface RunningServer {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

/** Opens the database (running migrations), builds the schema and listens. */
export async function startServer(config: Config, opts: { inMemory?: boolean; db?: Database } = {}): Promise<RunningServer> {
  const db = opts.db ?? (await openDatabase(config, opts));
  const schema = await getSchema();
  const apollo = createApolloServer(schema, config, new PersistedQueries(db.dataSource, config.PERSISTED_QUERIES));
  await apollo.start();
  const app = createApp(apollo, db.dataSource, config);
  const http: Server = await new Promise((resolve) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
  });
  // Longer than the usual client and proxy idle timeouts, so kept-alive sockets are not reset.
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  // Live dashboards: subscriptions over WebSocket on /graphql, fed by LISTEN/NOTIFY.
  const changeFeed = createChangeFeed(db.dataSource, db.kind);
  await changeFeed.start();
  const live = attachLiveServer(http, schema, db.dataSource, config, changeFeed);
  // The outbox worker sends order notifications; tests start their own when they need one.
  const outbox = config.OUTBOX_WORKER && config.NODE_ENV !== 'test' ? outboxWorkerFromConfig(db.dataSource, config).start() : null;
  const { port } = http.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  return {
    url,
    db,
    async stop() {
      await live.stop();
      await changeFeed.stop();
      await new Promise((r) => http.close(r));
      await outbox?.stop();
      await apollo.stop();
      if (!opts.db) await db.close();
    },
  };
}
