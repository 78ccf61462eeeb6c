import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../src/config/config';
import { openDatabase, type Database } from '../src/db/database';
import { startServer, type RunningServer } from '../src/server';
import { AuthService } from '../src/identity/auth.service';
import { Organization } from '../src/identity/organization.entity';
import { User } from '../src/identity/user.entity';
import { UserRole } from '../src/identity/user-role';
import { seedOrgDefaults } from '../src/identity/org-defaults';

export interface GqlResult<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  extensions?: { sqlStatements?: number };
}

export interface TestServer {
  url: string;
  ds: DataSource;
  config: Config;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}

const serverUrl = () => process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** A fresh database per test file: a new database on the PostgreSQL server, or in-memory PGlite. */
async function freshDatabase(config: Config): Promise<{ db: Database; drop: () => Promise<void> }> {
  const base = serverUrl();
  if (!base) {
    const db = await openDatabase({ ...config, DATABASE_URL: undefined }, { inMemory: true });
    return { db, drop: async () => {} };
  }
  const name = `crm_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ ...config, DATABASE_URL: url.toString() });
  return {
    db,
    drop: async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', REPORT_SQL_COUNT: 'true', SEED_ON_EMPTY: 'false', WIDGET_CACHE_TTL_MS: '0', ...overrides });
  const { db, drop } = await freshDatabase(config);
  const server: RunningServer = await startServer(config, { db });
  return {
    url: server.url,
    ds: db.dataSource,
    config,
    async gql(query, variables, token) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as Promise<GqlResult>;
    },
    async stop() {
      await server.stop();
      await db.close();
      await drop();
    },
  };
}

export interface OrgFixture {
  org: Organization;
  users: Record<string, User>;
  /** Bearer tokens by user key, obtained through the login mutation. */
  tokens: Record<string, string>;
}

const PASSWORD = 'test-password';

/**
 * An organisation with a small role hierarchy:
 * admin; exec; manager (over rep1 and rep2); rep3 (no manager); marketing; agent.
 */
export async function createOrg(t: TestServer, name = 'Acme'): Promise<OrgFixture> {
  const ds = t.ds;
  const org = await ds.getRepository(Organization).save({ name });
  await seedOrgDefaults(ds.manager, org.id);
  const hash = await AuthService.hashPassword(PASSWORD);
  const repo = ds.getRepository(User);
  const slug = `${name.toLowerCase().replace(/\W/g, '')}${Math.random().toString(36).slice(2, 6)}`;
  const mk = (key: string, role: UserRole, managerId: string | null = null) =>
    repo.save(repo.create({ orgId: org.id, name: `${name} ${key}`, email: `${key}@${slug}.test`, passwordHash: hash, role, managerId }));
  const users: Record<string, User> = {};
  users.admin = await mk('admin', UserRole.ADMIN);
  users.exec = await mk('exec', UserRole.EXECUTIVE);
  users.manager = await mk('manager', UserRole.SALES_MANAGER, users.exec.id);
  users.rep1 = await mk('rep1', UserRole.SALES_REP, users.manager.id);
  users.rep2 = await mk('rep2', UserRole.SALES_REP, users.manager.id);
  users.rep3 = await mk('rep3', UserRole.SALES_REP);
  users.marketing = await mk('marketing', UserRole.MARKETING_USER);
  users.agent = await mk('agent', UserRole.SERVICE_AGENT);
  const tokens: Record<string, string> = {};
  for (const [key, u] of Object.entries(users)) {
    const r = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: u.email, p: PASSWORD });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    tokens[key] = r.data.login.token;
  }
  return { org, users, tokens };
}

/** Fails with the server's errors when a GraphQL call did not succeed. */
export function ok<T>(r: GqlResult<T>): T {
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
