import { loadConfig } from '../../src/config/config';
import { openDatabase, type Database } from '../../src/db/database';
import { startServer, type RunningServer } from '../../src/server';
import { AuthService } from '../../src/identity/auth.service';
import { Organization } from '../../src/identity/organization.entity';
import { User } from '../../src/identity/user.entity';
import { UserRole } from '../../src/identity/user-role';
import { seedOrgDefaults } from '../../src/identity/org-defaults';
import { sleep, subscribe, waitFor } from './live-helpers';

// The embedded PGlite (one session, through pglite-socket) delivers the same NOTIFYs.
let db: Database;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_ON_EMPTY: 'false' });
  db = await openDatabase({ ...config, DATABASE_URL: undefined }, { inMemory: true });
  server = await startServer(config, { db });
  const org = await db.dataSource.getRepository(Organization).save({ name: 'Embedded' });
  await seedOrgDefaults(db.dataSource.manager, org.id);
  await db.dataSource.getRepository(User).save({ orgId: org.id, name: 'Admin', email: 'admin@embedded.test', passwordHash: await AuthService.hashPassword('pw-123456'), role: UserRole.ADMIN });
  const r = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { login(email: "admin@embedded.test", password: "pw-123456") { token } }` }) });
  token = (await r.json()).data.login.token;
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

test('on embedded PGlite, a lead created through the API reaches the subscriber', async () => {
  const s = subscribe(server.url, token, ['Lead']);
  await s.connected;
  await sleep(300);
  try {
    const r = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation { createLead(input: { lastName: "Kim", company: "Hanbit" }) { id } }` }),
    });
    expect((await r.json()).data.createLead.id).toBeDefined();
    await waitFor(() => s.events.length >= 1);
    expect(s.events.map((e) => e.objectName)).toEqual(['Lead']);
  } finally {
    await s.stop();
  }
});
