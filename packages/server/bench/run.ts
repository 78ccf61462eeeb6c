// graphql-js decides at load time whether to run its development-only checks: `pnpm bench`
// sets NODE_ENV=production before any module loads, as a deployed server runs.
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { loadConfig } from '../src/config/config';
import { openDatabase, type Database } from '../src/db/database';
import { startServer } from '../src/server';
import { BENCH_PASSWORD, buildOrg, SIZES } from './build-org';
import { floorQ1, floorQ2, floorQ3, floorQ4, floorQ5 } from './floor';
import { benchBulk } from './bulk';
import { benchAnalytics } from './analytics';
import { load, percentile } from './load';
import { Q1, Q2, Q3, Q4, Q5 } from './queries';

// `pnpm bench`: builds the large organisation, then runs Q1 to Q4 over HTTP with concurrent
// clients beside the same answers from hand-written SQL (the floor). PostgreSQL from
// BENCH_DATABASE_URL / DATABASE_URL / TEST_DATABASE_URL (a fresh database), else embedded PGlite.
// BENCH_QUERIES=Q3,Q4 runs only those queries; BENCH_REQUESTS and BENCH_CONCURRENCY set the load.

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

async function freshDatabase(): Promise<{ db: Database; pool?: Pool; url?: string; drop: () => Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'warn' });
  if (!base) return { db: await openDatabase({ ...config, DATABASE_URL: undefined }, { inMemory: true }), url: undefined, drop: async () => {} };
  const name = `crm_bench_${process.pid}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ ...config, DATABASE_URL: url.toString(), DB_POOL_SIZE: 20 });
  const pool = new Pool({ connectionString: url.toString(), max: CONCURRENCY });
  pool.on('error', () => {}); // idle clients are terminated when the database is dropped
  return { db, pool, url: url.toString(), drop: async () => { await pool.end(); await admin.query(`DROP DATABASE ${name} WITH (FORCE)`); await admin.end(); } };
}

const SERVER_ENV = { NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MAX_QUERY_COST: '1000000', SEED_ON_EMPTY: 'false' };

/**
 * On PostgreSQL the server runs in its own process, started as `pnpm start` runs it; the
 * embedded database lives in this process, so there the server does too.
 */
async function serve(db: Database, databaseUrl: string | undefined, countSql: boolean): Promise<{ url: string; stop: () => Promise<void> }> {
  const env = { ...SERVER_ENV, REPORT_SQL_COUNT: String(countSql) };
  if (!databaseUrl) {
    const server = await startServer(loadConfig(env), { db });
    return { url: server.url, stop: () => server.stop() };
  }
  const child = fork(path.join(__dirname, 'serve.ts'), [], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, DB_POOL_SIZE: '20' },
    execArgv: ['--max-semi-space-size=64', '-r', '@swc-node/register'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`the benchmark server exited (${code})`)));
  });
  return { url, stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.disconnect(); }) };
}

/** Numbers from GraphQL are compared to the floor's with cent tolerance. */
function normalise(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v), (_k, x) => (typeof x === 'number' ? Math.round(x * 100) / 100 : x));
}

async function main() {
  const { db, pool, url, drop } = await freshDatabase();
  const requests = Number(process.env.BENCH_REQUESTS ?? (pool ? 100 : 20));
  try {
    let t0 = performance.now();
    const { orgId, adminEmail, rootCampaignId } = await buildOrg(db.dataSource);
    console.log(`built the organisation in ${((performance.now() - t0) / 1000).toFixed(1)} s (${db.kind}): ${JSON.stringify(SIZES)}`);
    const post = (base: string, query: string, variables: object, token?: string) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const gql = async (base: string, query: string, variables: object, token?: string) => {
      const body = (await (await post(base, query, variables, token)).json()) as { data?: any; errors?: unknown[]; extensions?: { sqlStatements?: number } };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    };
    // Under load the client only receives each answer (checked above against the floor):
    // parsing megabytes of JSON is the client's work, on the same cores as the server's.
    const fetchOnly = async (base: string, query: string, variables: object, token: string) => {
      const res = await post(base, query, variables, token);
      const text = await res.text();
      if (!res.ok || text.includes('"errors":')) throw new Error(text.slice(0, 2000));
    };
    const sql = pool ? (s: string, p: unknown[]) => pool.query(s, p).then((r) => r.rows) : (s: string, p: unknown[]) => db.dataSource.query(s, p);
    const only = process.env.BENCH_QUERIES?.split(',').map((s) => s.trim().toUpperCase());
    const cases = [
      { name: 'Q1 campaigns', query: Q1, variables: { id: rootCampaignId }, floor: () => floorQ1(sql, rootCampaignId), floorStatements: 1 },
      { name: 'Q2 territories', query: Q2, variables: {}, floor: () => floorQ2(sql, orgId), floorStatements: 3 },
      { name: 'Q3 campaigns', query: Q3, variables: { id: rootCampaignId }, floor: () => floorQ3(sql, rootCampaignId), floorStatements: 1 },
      { name: 'Q4 territories', query: Q4, variables: {}, floor: () => floorQ4(sql, orgId), floorStatements: 3 },
      { name: 'Q5 accounts', query: Q5, variables: {}, floor: () => floorQ5(sql, orgId), floorStatements: 1 },
    ].filter((c) => !only || only.includes(c.name.split(' ')[0]));
    // Statements per request, from a server that counts them (counting costs every promise a
    // little, so the measured server does not count); the answers are checked against the floor.
    const counting = await serve(db, url, true);
    const login = async (base: string) => (await gql(base, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: adminEmail, p: BENCH_PASSWORD })).data.login.token;
    let token = await login(counting.url);
    const statements = new Map<string, number | undefined>();
    for (const c of cases) {
      const answer = await gql(counting.url, c.query, c.variables, token);
      statements.set(c.name, answer.extensions?.sqlStatements);
      assert.deepStrictEqual(normalise(answer.data), normalise(await c.floor()), `${c.name}: GraphQL and the floor disagree`);
    }
    await counting.stop();

    const server = await serve(db, url, false);
    token = await login(server.url);
    console.log(`\n${requests} requests each, ${CONCURRENCY} concurrent clients; the GraphQL server runs ${url ? 'in its own process' : 'in this process'}\n`);
    console.log('query            path      req/s    p50 ms   p99 ms   statements/request');
    for (const c of cases) {
      const graphql = () => fetchOnly(server.url, c.query, c.variables, token);
      const p50: number[] = [];
      for (const [path, task, stmts] of [['graphql', graphql, statements.get(c.name)], ['floor', c.floor, c.floorStatements]] as const) {
        await task();
        t0 = performance.now();
        const r = await load(requests, CONCURRENCY, async () => void (await task()));
        p50.push(percentile(r.latencies, 50));
        console.log(`${c.name.padEnd(16)} ${path.padEnd(8)} ${(requests / r.seconds).toFixed(1).padStart(7)} ${p50[p50.length - 1].toFixed(1).padStart(9)} ${percentile(r.latencies, 99).toFixed(1).padStart(8)}   ${stmts}`);
      }
      console.log(`${c.name.padEnd(16)} p50 GraphQL / floor: ${(p50[0] / p50[1]).toFixed(2)}x`);
    }
    // Mass update, import and export (they change the organisation: after the queries).
    if (process.env.BENCH_BULK !== 'false') await benchBulk((q, v) => gql(server.url, q, v, token), sql, orgId);
    await server.stop();
  } finally {
    await db.close();
    await drop();
  }
}

async function all() {
  await main();
  // The analytics bench (issue 12) on its own, reusable database; BENCH_ANALYTICS=false skips it.
  if (process.env.BENCH_ANALYTICS !== 'false') await benchAnalytics();
}

all().catch((e) => {
  console.error(e);
  process.exit(1);
});
