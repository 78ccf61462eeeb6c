import 'reflect-metadata';
import { loadConfig } from './config/config';
import { logger } from './config/logger';
import { startServer } from './server';
import { openDatabase } from './db/database';
import { DEMO_USERS, seedIfEmpty } from './seed/seed';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  // Seed before listening, so /readyz only answers once the demo data is there.
  const db = await openDatabase(config);
  if (config.SEED_ON_EMPTY) await seedIfEmpty(db.dataSource);
  const server = await startServer(config, { db });
  logger.info(`CRM ready: app ${server.url}/  API ${server.url}/graphql  GraphiQL ${server.url}/graphiql`);
  const where = db.kind === 'embedded' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  const users = DEMO_USERS.filter((u, i, all) => all.findIndex((v) => v.role === u.role) === i)
    .map((u) => `    ${u.email.padEnd(26)} ${u.password}  ${u.role}`)
    .join('\n');
  console.log(`\n  CRM is running (${where})\n  App:      ${server.url}/\n  GraphiQL: ${server.url}/graphiql\n  API:      ${server.url}/graphql\n  Demo sign-ins:\n${users}\n`);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
});
