// The benchmark's server, in its own process as in production: the load generator's own work
// (receiving and parsing megabytes of JSON) must not share the server's event loop and heap.
import 'reflect-metadata';
import { loadConfig } from '../src/config/config';
import { openDatabase } from '../src/db/database';
import { startServer } from '../src/server';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config);
  const server = await startServer(config, { db });
  process.send?.({ url: server.url });
  process.on('disconnect', () => void server.stop().then(() => db.close()).then(() => process.exit(0)));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
