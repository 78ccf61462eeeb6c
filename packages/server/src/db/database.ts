import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { logger } from '../config/logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  kind: 'postgres' | 'embedded';
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PGlite in the data folder; runs migrations. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'dataDir' | 'DB_POOL_SIZE'>, opts: { inMemory?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(opts.inMemory ? undefined : config.dataDir);
    url = embedded.url;
    logger.info({ dataDir: opts.inMemory ? 'memory' : config.dataDir }, 'database: embedded PGlite');
  } else {
    logger.info({ host: new URL(url).host }, 'database: PostgreSQL');
  }
  const dataSource = createDataSource({ url, embedded: !!embedded, poolSize: config.DB_POOL_SIZE });
  await dataSource.initialize();
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
  // PGlite runs no autovacuum: its planner statistics are refreshed at each start instead.
  if (embedded && !opts.inMemory) await dataSource.query('ANALYZE');
  return {
    dataSource,
    kind: embedded ? 'embedded' : 'postgres',
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
