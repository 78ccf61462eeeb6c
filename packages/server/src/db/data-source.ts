import './pg-types';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { CountingLogger } from './sql-counter';
import { entities } from './entities';
import { migrations } from './migrations';

export interface DataSourceSettings {
  url: string;
  /** The embedded database has exactly one session: the pool must hold one connection. */
  embedded: boolean;
  poolSize?: number;
}

export function dataSourceOptions(s: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: s.url,
    entities,
    migrations,
    migrationsRun: false,
    // gen_random_uuid() is core since PostgreSQL 13 (and in PGlite): no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    logger: new CountingLogger(),
    maxQueryExecutionTime: 2000,
    extra: {
      max: s.embedded ? 1 : (s.poolSize ?? 10),
      // A second connection asked for inside a transaction would wait forever on the embedded
      // database: fail loudly instead.
      connectionTimeoutMillis: s.embedded ? 60_000 : 30_000,
      // Keep connections warm between bursts rather than reconnecting every 10 s.
      idleTimeoutMillis: 60_000,
      // JIT compilation costs more than it saves on short OLTP statements (measured: up to a
      // second on roll-up queries whose cost estimate crosses jit_above_cost).
      ...(s.embedded ? {} : { options: '-c jit=off' }),
    },
  };
}

export function createDataSource(s: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(s));
}
