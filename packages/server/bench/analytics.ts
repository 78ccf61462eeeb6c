// `pnpm bench:analytics` (and a step of `pnpm bench`): builds (or reuses) the analytics bench
// database, then measures every shipped dashboard component over HTTP with 10 concurrent viewers.
// BENCH_ANALYTICS_SCALE (default 1: 1,000,000 opportunities, 1,000,000 activities, 300,000 cases),
// BENCH_ANALYTICS_REQUESTS (per component, default 50), BENCH_ANALYTICS_ONLY (a substring of
// "dashboard / component"), BENCH_ANALYTICS_VIEWERS (e.g. "admin": one viewer, one request at a
// time: a query's own cost), BENCH_DATABASE_URL (PostgreSQL; the embedded one is too small).
import 'reflect-metadata';
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ANCHOR, BENCH_PASSWORD } from './analytics-sql';
import { kpiComponents, seedShippedDashboards, shippedComponents, type BenchComponent } from './analytics-components';
import { openBenchDatabase } from './analytics-db';
import { load, percentile } from './load';

/** The ten concurrent viewers: two who see the whole org, a VP (half), managers (a tenth), reps. */
const VIEWERS = process.env.BENCH_ANALYTICS_VIEWERS?.split(',').map((v) => v.trim()) ?? ['admin', 'ceo', 'vp1', 'manager1', 'manager5', 'rep1', 'rep12', 'rep33', 'rep57', 'rep80'];

interface Server { url: string; stop: () => Promise<void> }

const CACHE_OFF = process.env.BENCH_ANALYTICS_CACHE === 'off';

function serve(databaseUrl: string, countSql: boolean): Promise<Server> {
  const env = {
    NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MAX_QUERY_COST: '1000000',
    SEED_ON_EMPTY: 'false', REPORT_SQL_COUNT: String(countSql), CRM_TODAY: ANCHOR, DATABASE_URL: databaseUrl, DB_POOL_SIZE: '20', OUTBOX_WORKER: 'false',
    // BENCH_ANALYTICS_CACHE=off measures every request computed (the widget cache off).
    ...(CACHE_OFF ? { WIDGET_CACHE_TTL_MS: '0' } : {}),
  };
  const child = fork(path.join(__dirname, 'serve.ts'), [], { env: { ...process.env, ...env }, execArgv: ['--max-semi-space-size=64', '-r', '@swc-node/register'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve({ url: m.url, stop: () => new Promise((done) => { child.once('exit', () => done()); child.disconnect(); }) }));
    child.once('exit', (code) => reject(new Error(`the benchmark server exited (${code})`)));
  });
}

/** A component as the SPA runs it: its persisted query's hash and variables, the dashboard header. */
async function post(base: string, query: string, variables: object, token?: string, dashboardId?: string, hash?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (dashboardId) headers['x-crm-dashboard'] = dashboardId;
  const body = hash ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query, variables };
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { ok: res.ok, text: await res.text() };
}

async function login(base: string, user: string): Promise<string> {
  const r = await post(base, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: `${user}@bench.example`, p: BENCH_PASSWORD });
  return JSON.parse(r.text).data.login.token;
}

export async function benchAnalytics(): Promise<void> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base) {
    console.log('\nanalytics bench skipped: it needs PostgreSQL (BENCH_DATABASE_URL)');
    return;
  }
  const scale = Number(process.env.BENCH_ANALYTICS_SCALE ?? 1);
  const requests = Number(process.env.BENCH_ANALYTICS_REQUESTS ?? 50);
  const t0 = performance.now();
  const bench = await openBenchDatabase(base, scale);
  console.log(`\nanalytics bench database ${bench.reused ? 'reused' : 'built'} in ${((performance.now() - t0) / 1000).toFixed(1)} s (built once in ${bench.builtSeconds.toFixed(1)} s): ${JSON.stringify(bench.sizes)}`);
  const seedProblem = await seedShippedDashboards(bench.db.dataSource, bench.orgId);
  if (seedProblem) console.log(seedProblem);
  await bench.db.close();

  // Statements per request and a correctness pass (no errors), as admin, on a counting server.
  const counting = await serve(bench.url, true);
  const adminToken = await login(counting.url, 'admin');
  const gql = async (q: string, v: object = {}) => JSON.parse((await post(counting.url, q, v, adminToken)).text);
  let components: BenchComponent[] = await shippedComponents(gql);
  if (!components.length) {
    console.log('no shipped dashboards in the schema yet: measuring each KPI field instead');
    components = await kpiComponents(gql);
  }
  const only = process.env.BENCH_ANALYTICS_ONLY?.toLowerCase();
  if (only) components = components.filter((c) => `${c.dashboard} / ${c.title}`.toLowerCase().includes(only));
  const statements = new Map<BenchComponent, string>();
  const failed = new Map<BenchComponent, string>();
  for (const c of components) {
    const r = JSON.parse((await post(counting.url, c.document, c.variables, adminToken, c.dashboardId, c.hash)).text);
    if (r.errors) failed.set(c, JSON.stringify(r.errors[0]?.message ?? r.errors).slice(0, 120));
    statements.set(c, String(r.extensions?.sqlStatements ?? '?'));
  }
  await counting.stop();

  const server = await serve(bench.url, false);
  const tokens = await Promise.all(VIEWERS.map((v) => login(server.url, v)));
  const loadAvg = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`\nload average before: ${loadAvg()} (${os.cpus().length} cores)`);
  console.log(`\n${requests} requests per component, ${VIEWERS.length} concurrent viewers (${VIEWERS.join(', ')}); CRM_TODAY=${ANCHOR}`);
  console.log(CACHE_OFF ? 'widget cache off: every request computed\n' : 'widget cache on (as served): after each viewer\'s first request, until a record changes\n');
  const w = Math.max(20, ...components.map((c) => c.dashboard.length));
  const cw = Math.max(24, ...components.map((c) => c.title.length));
  console.log(`${'dashboard'.padEnd(w)}  ${'component'.padEnd(cw)}  p50 ms  p99 ms  statements  p50 admin  p50 reps`);
  const p50s: number[] = [];
  for (const c of components) {
    if (failed.has(c)) {
      console.log(`${c.dashboard.padEnd(w)}  ${c.title.padEnd(cw)}  error: ${failed.get(c)}`);
      continue;
    }
    let next = 0;
    const byViewer = new Map<string, number[]>();
    const once = async () => {
      const i = next++ % tokens.length;
      const t = performance.now();
      const r = await post(server.url, c.document, c.variables, tokens[i], c.dashboardId, c.hash);
      if (!r.ok || r.text.includes('"errors":')) throw new Error(`${c.dashboard} / ${c.title}: ${r.text.slice(0, 500)}`);
      byViewer.set(VIEWERS[i], [...(byViewer.get(VIEWERS[i]) ?? []), performance.now() - t]);
    };
    await Promise.all(tokens.map(() => once())); // warm: plans, caches, each viewer once
    byViewer.clear();
    const r = await load(requests, VIEWERS.length, once);
    const p50 = percentile(r.latencies, 50);
    p50s.push(p50);
    const of = (who: string[]) => who.flatMap((v) => byViewer.get(v) ?? []);
    const wide = of(VIEWERS.filter((v) => v === 'admin' || v === 'ceo'));
    const reps = of(VIEWERS.filter((v) => v.startsWith('rep')));
    const cell = (xs: number[]) => (xs.length ? percentile(xs, 50).toFixed(1) : '-').padStart(9);
    console.log(`${c.dashboard.padEnd(w)}  ${c.title.padEnd(cw)}  ${p50.toFixed(1).padStart(6)}  ${percentile(r.latencies, 99).toFixed(1).padStart(6)}  ${statements.get(c)!.padStart(10)}  ${cell(wide)}  ${cell(reps)}`);
  }
  await server.stop();
  console.log(`load average after: ${loadAvg()}`);
  const over = p50s.filter((p) => p >= 150).length;
  console.log(`\n${components.length} components, ${over} with p50 at or over 150 ms${failed.size ? `, ${failed.size} failed` : ''}`);
}

if (require.main === module) {
  benchAnalytics().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
