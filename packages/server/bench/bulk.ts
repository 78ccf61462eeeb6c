// `pnpm --filter @crm/server bench:bulk` (NODE_ENV=production): mass update, import and export
// on the bench organisation, runnable alone; `pnpm bench` runs the same step after the queries.
// PostgreSQL from BENCH_DATABASE_URL / TEST_DATABASE_URL (a fresh database), else PGlite.
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { Client } from 'pg';
import { loadConfig } from '../src/config/config';
import { openDatabase, type Database } from '../src/db/database';
import { startServer } from '../src/server';
import { BENCH_PASSWORD, buildOrg } from './build-org';

const ROWS = Number(process.env.BENCH_BULK_ROWS ?? 10_000);
type Gql = (query: string, variables: object) => Promise<{ data?: any; extensions?: { sqlStatements?: number } }>;
type Sql = (sql: string, params: unknown[]) => Promise<any[]>;

const RESULT = 'total succeeded failed created updated errors { row field message }';
const MASS = `mutation($i: MassUpdateOpportunitiesInput!) { massUpdateOpportunities(input: $i) { ${RESULT} } }`;
const IMPORT = `mutation($i: ImportRecordsInput!) { importRecords(input: $i) { ${RESULT} } }`;
const EXPORT = `query { exportOpportunitiesCsv { rowCount truncated csv } }`;

/** Times each bulk operation once (a single request each) and prints the seconds. */
export async function benchBulk(gql: Gql, sql: Sql, orgId: string): Promise<void> {
  const ids: string[] = (await sql(`SELECT id FROM opportunity WHERE "orgId" = $1 AND NOT "isClosed" ORDER BY id LIMIT $2`, [orgId, ROWS])).map((r) => r.id);
  const [{ email: repEmail }] = await sql(`SELECT email FROM "user" WHERE "orgId" = $1 AND role = 'SALES_REP' ORDER BY email LIMIT 1`, [orgId]);
  const step = async (label: string, run: () => Promise<{ data?: any; extensions?: { sqlStatements?: number } }>, check: (d: any) => void) => {
    const t0 = performance.now();
    const r = await run();
    const s = (performance.now() - t0) / 1000;
    check(r.data);
    const stmts = r.extensions?.sqlStatements;
    console.log(`${label.padEnd(52)} ${s.toFixed(2).padStart(6)} s${stmts ? `   ${stmts} statements` : ''}`);
  };
  const ok = (n: number, key = 'succeeded') => (d: any) => {
    const r = Object.values(d)[0] as Record<string, unknown>;
    assert.equal(r[key], n, JSON.stringify(r).slice(0, 500));
  };
  console.log(`\nbulk operations (one request each, ${ROWS.toLocaleString('en')} rows)`);
  await step(`mass update ${ids.length.toLocaleString('en')} opportunities by ids (stage, next step)`, () =>
    gql(MASS, { i: { ids, values: [{ field: 'stageName', value: 'Needs Analysis' }, { field: 'nextStep', value: 'Bench' }] } }), ok(ids.length));
  const amounts = ['id,amount', ...ids.map((id, i) => `${id},${1000 + i}`)].join('\n');
  await step(`mass update ${ids.length.toLocaleString('en')} opportunities from a CSV (id, amount)`, () => gql(MASS, { i: { csv: amounts } }), ok(ids.length));
  const leads = [
    'Company,Last Name,First Name,Email,City,Owner Email',
    ...Array.from({ length: ROWS }, (_, i) => `"${i % 2 ? '서울 상사' : '北京贸易'}, ${i}",${i % 2 ? '김' : '王'}${i},${i % 2 ? '민준' : '伟'},lead${i}@bulk.example,${i % 2 ? '서울' : '北京'},${repEmail}`),
  ].join('\r\n');
  const leadMap = [
    { column: 'Company', field: 'company' }, { column: 'Last Name', field: 'lastName' }, { column: 'First Name', field: 'firstName' },
    { column: 'Email', field: 'email' }, { column: 'City', field: 'city' }, { column: 'Owner Email', field: 'owner.email' },
  ];
  await step(`import ${ROWS.toLocaleString('en')} new leads (owner by email)`, () =>
    gql(IMPORT, { i: { objectApiName: 'Lead', csv: leads, mapping: leadMap, matchBy: 'email' } }), ok(ROWS, 'created'));
  await step(`import the same ${ROWS.toLocaleString('en')} leads again (matched by email)`, () =>
    gql(IMPORT, { i: { objectApiName: 'Lead', csv: leads.replace(/서울\r?$/gm, '부산'), mapping: leadMap, matchBy: 'email' } }), ok(ROWS, 'updated'));
  const accounts = (withParent: boolean) => [
    'Account Name,External Id,Industry,Billing City,Owner Email,Parent Account',
    ...Array.from({ length: ROWS }, (_, i) =>
      `"Bulk ${i % 2 ? '서울 상사' : '北京贸易'}, ${i}",${withParent ? 'P' : 'A'}-${i},Manufacturing,${i % 2 ? '서울' : '北京'},${repEmail},${withParent ? `Account ${String(1 + (i % 1000)).padStart(6, '0')}` : ''}`),
  ].join('\r\n');
  const mapping = [
    { column: 'Account Name', field: 'name' }, { column: 'External Id', field: 'externalId' }, { column: 'Industry', field: 'industry' },
    { column: 'Billing City', field: 'billingCity' }, { column: 'Owner Email', field: 'owner.email' }, { column: 'Parent Account', field: 'parent.name' },
  ];
  await step(`import ${ROWS.toLocaleString('en')} new accounts (owner by email)`, () =>
    gql(IMPORT, { i: { objectApiName: 'Account', csv: accounts(false), mapping, matchBy: 'externalId' } }), ok(ROWS, 'created'));
  await step(`import the same ${ROWS.toLocaleString('en')} accounts again (matched by externalId)`, () =>
    gql(IMPORT, { i: { objectApiName: 'Account', csv: accounts(false).replace(/Manufacturing/g, 'Retail'), mapping, matchBy: 'externalId' } }), ok(ROWS, 'updated'));
  await step(`import ${ROWS.toLocaleString('en')} new accounts with a parent by name`, () =>
    gql(IMPORT, { i: { objectApiName: 'Account', csv: accounts(true), mapping, matchBy: 'externalId' } }), ok(ROWS, 'created'));
  await step('export every opportunity as CSV (50,000 cap)', () => gql(EXPORT, {}), (d) => assert.ok(d.exportOpportunitiesCsv.rowCount > 0));
}

async function database(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'warn' });
  if (!base) return { db: await openDatabase({ ...config, DATABASE_URL: undefined }, { inMemory: true }), drop: async () => {} };
  const name = `crm_bench_bulk_${process.pid}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ ...config, DATABASE_URL: url.toString(), DB_POOL_SIZE: 10 });
  return { db, drop: async () => { await admin.query(`DROP DATABASE ${name} WITH (FORCE)`); await admin.end(); } };
}

async function main() {
  const { db, drop } = await database();
  try {
    const t0 = performance.now();
    const { orgId, adminEmail } = await buildOrg(db.dataSource);
    console.log(`built the organisation in ${((performance.now() - t0) / 1000).toFixed(1)} s (${db.kind})`);
    const server = await startServer(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', REPORT_SQL_COUNT: 'true', SEED_ON_EMPTY: 'false' }), { db });
    let token = '';
    const gql: Gql = async (query, variables) => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: any; errors?: unknown[]; extensions?: { sqlStatements?: number } };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
      return body;
    };
    token = (await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: adminEmail, p: BENCH_PASSWORD })).data.login.token;
    await benchBulk(gql, (s, p) => db.dataSource.query(s, p), orgId);
    await server.stop();
  } finally {
    await db.close();
    await drop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
