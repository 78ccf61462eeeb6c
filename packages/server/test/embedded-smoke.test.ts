/**
 * Smoke tests of the embedded database (PGlite served over the wire protocol), the one a
 * fresh clone runs on. This file always uses it, whatever TEST_DATABASE_URL / DATABASE_URL say:
 * CI runs it in its own step (`jest --testPathPatterns smoke`) after the PostgreSQL run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database';
import { AuthService } from '../src/identity/auth.service';
import { seedOrgDefaults } from '../src/identity/org-defaults';
import { Organization } from '../src/identity/organization.entity';
import { User } from '../src/identity/user.entity';
import { UserRole } from '../src/identity/user-role';
import { ok, startTestServer, type TestServer } from './harness';

// Jest gives each test file its own copy of process.env: this does not leak into other files.
delete process.env.TEST_DATABASE_URL;
delete process.env.DATABASE_URL;

const PASSWORD = 'smoke-password';

describe('embedded database server', () => {
  let t: TestServer;
  let email: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer();
    const org = await t.ds.getRepository(Organization).save({ name: 'Smoke Org' });
    await seedOrgDefaults(t.ds.manager, org.id);
    const users = t.ds.getRepository(User);
    email = 'smoke.rep@smoke.test';
    await users.save(
      users.create({ orgId: org.id, name: 'Smoke Rep', email, passwordHash: await AuthService.hashPassword(PASSWORD), role: UserRole.SALES_REP, managerId: null }),
    );
    token = ok(await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: PASSWORD })).login.token;
    ok(await t.gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: { name: 'Smoke Account' } }, token));
  });
  afterAll(() => t?.stop());

  test('/healthz and /readyz answer', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'ok' });
  });

  test('20 parallel GraphQL requests on its single connection all succeed', async () => {
    const loginThenMe = async () => {
      const login = ok(await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: PASSWORD }));
      return ok(await t.gql(`{ me { email } }`, {}, login.login.token)).me.email;
    };
    const accounts = async () => ok(await t.gql(`{ accounts(first: 5) { totalCount nodes { name } } }`, {}, token)).accounts;
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? accounts() : loginThenMe())));
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason));
    expect(failures).toEqual([]);
    for (const [i, r] of results.entries()) {
      const value = (r as PromiseFulfilledResult<unknown>).value;
      if (i % 2) expect(value).toMatchObject({ totalCount: 1, nodes: [{ name: 'Smoke Account' }] });
      else expect(value).toBe(email);
    }
  });
});

describe('embedded database data folder', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-smoke-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('keeps rows across a restart on the same folder', async () => {
    const settings = { DATABASE_URL: undefined, dataDir, DB_POOL_SIZE: 1 } as any;
    const first = await openDatabase(settings);
    let id: string;
    try {
      id = (await first.dataSource.getRepository(Organization).save({ name: 'Persisted Org' })).id;
    } finally {
      await first.close();
    }
    const second = await openDatabase(settings);
    try {
      expect(second.kind).toBe('embedded');
      const row = await second.dataSource.getRepository(Organization).findOneBy({ id });
      expect(row?.name).toBe('Persisted Org');
    } finally {
      await second.close();
    }
  });
});
