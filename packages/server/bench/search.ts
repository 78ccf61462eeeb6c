// `node -r @swc-node/register bench/search.ts` (NODE_ENV=production): the search benchmark,
// runnable alone. Builds the bench organisation (build-org.ts: 20,000 accounts, 20,000 contacts,
// 40,000 leads, 50,000 opportunities), gives a fifth of the accounts Korean or Chinese names and
// every account and contact a phone number, then times `search` over HTTP for an admin (whole
// org) and a rep (owner scope). PostgreSQL from BENCH_DATABASE_URL / TEST_DATABASE_URL, else PGlite.
import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../src/config/config';
import { openDatabase, type Database } from '../src/db/database';
import { startServer } from '../src/server';
import { BENCH_PASSWORD, buildOrg } from './build-org';
import { load, percentile } from './load';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const SEARCH = `query($term: String!) { search(term: $term) { objectApiName id name subtitle rank } }`;
const TERMS = ['Account 0123', 'account 01234', 'deal 4999', 'contact 777', '삼성전자 12', '科技 3', '科技', '서울', 'ac', '+82 10-1234-0', '555 0199', 'Acount 012345'];

async function database(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'warn' });
  if (!base) return { db: await openDatabase({ ...config, DATABASE_URL: undefined }, { inMemory: true }), drop: async () => {} };
  const name = `crm_bench_search_${process.pid}`;
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
    const { orgId, adminEmail } = await buildOrg(db.dataSource);
    await db.dataSource.query(
      `UPDATE account SET phone = '+82 10-' || lpad((1000 + n % 9000)::text, 4, '0') || '-' || lpad((n % 10000)::text, 4, '0'),
         name = CASE n % 10 WHEN 1 THEN '삼성전자 ' || n || ' 서울지사' WHEN 2 THEN '北京科技有限公司 ' || n ELSE name END
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM account WHERE "orgId" = $1) x WHERE account.id = x.id`, [orgId]);
    await db.dataSource.query(`UPDATE contact SET phone = '(415) 555-' || lpad((abs(hashtext(id::text)) % 10000)::text, 4, '0'), email = lower(replace(name, ' ', '.')) || '@example.com' WHERE "orgId" = $1`, [orgId]);
    await db.dataSource.query('VACUUM ANALYZE');
    const server = await startServer(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', REPORT_SQL_COUNT: 'true' }), { db });
    const gql = async (query: string, variables: object, token?: string) => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: any; errors?: unknown[]; extensions?: { sqlStatements?: number } };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    };
    const login = async (email: string) => (await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: BENCH_PASSWORD })).data.login.token as string;
    const [{ email: repEmail }] = await db.dataSource.query(`SELECT email FROM "user" WHERE "orgId" = $1 AND role = 'SALES_REP' ORDER BY email LIMIT 1`, [orgId]);
    const users = { admin: await login(adminEmail), rep: await login(repEmail) };
    console.log(`search on ${db.kind}: ${REQUESTS} requests per term, ${CONCURRENCY} concurrent clients\n`);
    console.log('term               user    hits  statements  p50 ms  p99 ms');
    const all: number[] = [];
    for (const term of TERMS) {
      for (const [who, token] of Object.entries(users)) {
        const first = await gql(SEARCH, { term }, token);
        const r = await load(REQUESTS, CONCURRENCY, async () => void (await gql(SEARCH, { term }, token)));
        all.push(...r.latencies);
        console.log(`${term.padEnd(18)} ${who.padEnd(6)} ${String(first.data.search.length).padStart(5)} ${String(first.extensions?.sqlStatements).padStart(11)} ${percentile(r.latencies, 50).toFixed(1).padStart(7)} ${percentile(r.latencies, 99).toFixed(1).padStart(7)}`);
      }
    }
    console.log(`\nall terms: p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms (statements include the session check)`);
    await server.stop();
  } finally {
    await db.close();
    await drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
