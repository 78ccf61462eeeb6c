import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { logger } from '../config/logger';

/** Counts SQL statements per request (tests and benchmarks read it; it costs one increment). */
export interface SqlTally {
  count: number;
  statements?: string[];
}

const storage = new AsyncLocalStorage<SqlTally>();
let processTotal = 0;

/** Statements run by this process so far (no per-request context needed: benchmarks use it). */
export const processSqlStatements = () => processTotal;

export function runWithSqlTally<T>(tally: SqlTally, fn: () => T): T {
  return storage.run(tally, fn);
}

export function currentSqlTally(): SqlTally | undefined {
  return storage.getStore();
}

export class CountingLogger implements TypeOrmLogger {
  logQuery(query: string, parameters?: unknown[]) {
    if (logger.isLevelEnabled('trace')) logger.trace({ query, parameters }, 'sql');
    // Transaction control is not a data statement.
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) return;
    processTotal++;
    const tally = storage.getStore();
    if (!tally) return;
    tally.count++;
    tally.statements?.push(query);
  }
  logQueryError(error: string | Error, query: string) {
    logger.debug({ err: error, query }, 'query failed');
  }
  logQuerySlow(time: number, query: string) {
    logger.warn({ time, query: query.slice(0, 500) }, 'slow query');
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') logger.warn(message);
  }
}
