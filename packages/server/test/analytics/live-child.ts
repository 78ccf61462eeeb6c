// A second server process on the same database (test/analytics/live.test.ts): prints its URL.
import { loadConfig } from '../../src/config/config';
import { startServer } from '../../src/server';

void (async () => {
  const server = await startServer(loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_ON_EMPTY: 'false', LOG_LEVEL: 'warn' }));
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
})();
