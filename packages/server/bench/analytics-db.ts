import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { loadConfig } from '../src/config/config';
import { openDatabase, type Database } from '../src/db/database';
import { analyticsSizes, insertOrganisation, type AnalyticsSizes } from './analytics-data';

// The analytics bench's database: built once per generator version and scale, then reused
// (the marker table says it is complete); migrations added since run on open, as in production.

export interface BenchDatabase { db: Database; url: string; orgId: string; sizes: AnalyticsSizes; builtSeconds: number; reused: boolean }

/** The generator's own source decides the version: change it and the next run rebuilds. */
function generatorVersion(): string {
  const h = createHash('sha256');
  for (const f of ['analytics-data.ts', 'analytics-data-service.ts', 'analytics-sql.ts']) h.update(readFileSync(path.join(__dirname, f)));
  return h.digest('hex').slice(0, 12);
}

const BULK_TABLES = ['opportunity', 'opportunity_field_history', 'task', 'event', 'case', 'lead', 'account', 'contact', 'campaign_member'];

const CONFIG = { NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'warn' };

export async function openBenchDatabase(base: string, scale: number): Promise<BenchDatabase> {
  const sizes = analyticsSizes(scale);
  const version = generatorVersion();
  const name = `crm_bench_analytics_${String(scale).replace(/\W/g, '_')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    if (exists) {
      const marker = await readMarker(url.toString());
      if (marker?.version === version) {
        const db = await openDatabase({ ...loadConfig(CONFIG), DATABASE_URL: url.toString(), DB_POOL_SIZE: 4 });
        // Tables a new migration filled get their visibility map now (autovacuum would, later).
        await db.dataSource.query('VACUUM');
        await tuneDatabase(db, name);
        return { db, url: url.toString(), orgId: marker.orgId, sizes, builtSeconds: marker.seconds, reused: true };
      }
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const db = await openDatabase({ ...loadConfig(CONFIG), DATABASE_URL: url.toString(), DB_POOL_SIZE: 4 });
  const t0 = performance.now();
  const orgId = await db.dataSource.transaction(async (em) => {
    // Bulk build: no per-row triggers (foreign-key checks, the case-interaction trigger, change
    // notifications); the generator keeps references valid, and the analytics summaries are
    // rebuilt from the rows afterwards (crm_analytics_rebuild, when the migrations define it).
    await em.query(`SET LOCAL session_replication_role = replica`);
    await em.query(`SET LOCAL work_mem = '256MB'`);
    await em.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    // Secondary indexes are dropped and rebuilt once after the inserts (faster than 40 indexes
    // maintained row by row); the ones behind constraints stay.
    const indexes: Array<{ name: string; def: string }> = await em.query(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = to_regclass(quote_ident(i.indexname)))`,
      [BULK_TABLES],
    );
    for (const i of indexes) await em.query(`DROP INDEX "${i.name}"`);
    const id = await insertOrganisation(em, sizes);
    // Columns triggers keep (Opportunity.lastActivityDate, history rows' owner), before the indexes return.
    await rebuild(em, ['crm_opportunity_last_activity_rebuild', 'crm_history_owner_rebuild'], id);
    for (const i of indexes) await em.query(i.def);
    await em.query(`SET LOCAL session_replication_role = origin`);
    await rebuild(em, ['crm_analytics_rebuild'], id);
    return id;
  });
  await db.dataSource.query('VACUUM ANALYZE');
  await tuneDatabase(db, name);
  const seconds = (performance.now() - t0) / 1000;
  await db.dataSource.query(`CREATE TABLE bench_marker (version text NOT NULL, "orgId" uuid NOT NULL, seconds float8 NOT NULL, sizes jsonb NOT NULL)`);
  await db.dataSource.query(`INSERT INTO bench_marker VALUES ($1, $2, $3, $4)`, [version, orgId, seconds, JSON.stringify(sizes)]);
  return { db, url: url.toString(), orgId, sizes, builtSeconds: seconds, reused: false };
}

async function readMarker(url: string): Promise<{ version: string; orgId: string; seconds: number } | undefined> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(`SELECT version, "orgId", seconds FROM bench_marker WHERE to_regclass('bench_marker') IS NOT NULL LIMIT 1`).catch(() => undefined);
    return r?.rows[0];
  } finally {
    await c.end();
  }
}

/** The server settings the figures assume (docs/ARCHITECTURE.md, "Analytics performance"). */
async function tuneDatabase(db: Database, name: string) {
  // Cached data on SSD: an index probe costs about a sequential read (the default 4 assumes disks).
  await db.dataSource.query(`ALTER DATABASE ${name} SET random_page_cost = 1.1`);
  // Ten concurrent viewers on two cores: parallel workers triple an org-wide statement's processes
  // and starve everyone else's (Clean Your Room by owner: 224 -> 99 ms p50 without them).
  await db.dataSource.query(`ALTER DATABASE ${name} SET max_parallel_workers_per_gather = 0`);
}

/** Runs each repair function the migrations define (name from code), for one organisation. */
async function rebuild(em: EntityManager, functions: string[], orgId: string) {
  for (const fn of functions) {
    const [{ exists }] = await em.query(`SELECT to_regproc($1) IS NOT NULL AS exists`, [fn]);
    if (exists) await em.query(`SELECT ${fn}($1)`, [orgId]);
  }
}
