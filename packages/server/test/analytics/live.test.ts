import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { runOverSocket, sleep, startChildServer, subscribe, waitFor } from './live-helpers';

// Server A runs in this process; server B is another process on the same PostgreSQL database.
// Two processes cannot share an embedded PGlite: without a PostgreSQL server (README's second
// quick-start line on a bare machine) this file is skipped; live-embedded.test.ts covers PGlite.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
const test = onPostgres ? global.test : global.test.skip;
const beforeAll = onPostgres ? global.beforeAll : () => {};
let a: TestServer;
let b: { url: string; stop(): Promise<void> };
let acme: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  a = await startTestServer();
  b = await startChildServer((a.ds.options as { url: string }).url);
  acme = await createOrg(a);
  other = await createOrg(a, 'Other');
}, 120_000);
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

const gqlOn = async (url: string, query: string, variables: object, token: string) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return res.json();
};

test('a subscriber on server A hears of a deal won on server B; another org and other objects hear nothing', async () => {
  const sales = subscribe(a.url, acme.tokens.manager, ['Opportunity']);
  const cases = subscribe(a.url, acme.tokens.agent, ['Case']);
  const foreign = subscribe(a.url, other.tokens.admin, ['Opportunity', 'Case', 'Lead']);
  const onB = subscribe(b.url, acme.tokens.rep1, ['Opportunity']);
  await Promise.all([sales.connected, cases.connected, foreign.connected, onB.connected]);
  await sleep(300); // the subscriptions are registered once the server has started them
  try {
    const created = await gqlOn(b.url, `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`, { i: { name: 'Live deal', stageName: 'Negotiation/Review', closeDate: '2030-01-31', amount: 500, competitor: 'HubSpot' } }, acme.tokens.rep1);
    const id = created.data.createOpportunity.id;
    await waitFor(() => sales.events.length === 1 && onB.events.length === 1);
    sales.events.length = 0;
    onB.events.length = 0;
    await sleep(400); // past the coalescing window of the creation

    const won = await gqlOn(b.url, `mutation($id: ID!) { updateOpportunity(id: $id, input: { stageName: "Closed Won" }) { isWon } }`, { id }, acme.tokens.rep1);
    expect(won.data.updateOpportunity.isWon).toBe(true);
    await waitFor(() => sales.events.length >= 1);
    expect(sales.events[0].objectName).toBe('Opportunity');
    expect(Date.parse(sales.events[0].at)).toBeGreaterThan(Date.now() - 10_000);
    // No record data travels: only the object name and when.
    expect(Object.keys(sales.events[0]).sort()).toEqual(['at', 'objectName']);
    await sleep(500);
    expect(sales.events).toHaveLength(1);
    expect(foreign.events).toEqual([]);
    expect(cases.events).toEqual([]);
    expect([...sales.errors, ...cases.errors, ...foreign.errors]).toEqual([]);
  } finally {
    await Promise.all([sales.stop(), cases.stop(), foreign.stop(), onB.stop()]);
  }
});

test('changes written outside the API (any SQL statement) notify too, once per statement and organisation', async () => {
  const s = subscribe(b.url, acme.tokens.admin, ['Account', 'Lead']);
  await s.connected;
  await sleep(300);
  try {
    // One statement inserting many rows: one event.
    await a.ds.query(`INSERT INTO account ("orgId", "ownerId", name) SELECT $1, $2, 'Bulk ' || g FROM generate_series(1, 50) g`, [acme.org.id, acme.users.admin.id]);
    await waitFor(() => s.events.length >= 1);
    await sleep(500);
    expect(s.events.map((e) => e.objectName)).toEqual(['Account']);
  } finally {
    await s.stop();
  }
});

test('sockets without a valid token are refused; unknown objects are a BAD_USER_INPUT', async () => {
  for (const token of [null, 'not-a-token']) {
    const s = subscribe(a.url, token, ['Opportunity']);
    await waitFor(() => s.errors.length > 0);
    expect((s.errors[0] as { code?: number }).code).toBe(4403);
    await s.stop();
  }
  // A deactivated user is refused at connection time as on HTTP.
  await a.ds.query(`UPDATE "user" SET "isActive" = false WHERE id = $1`, [acme.users.rep3.id]);
  try {
    const s = subscribe(a.url, acme.tokens.rep3, ['Opportunity']);
    await waitFor(() => s.errors.length > 0);
    expect((s.errors[0] as { code?: number }).code).toBe(4403);
    await s.stop();
  } finally {
    await a.ds.query(`UPDATE "user" SET "isActive" = true WHERE id = $1`, [acme.users.rep3.id]);
  }
  const bad = subscribe(a.url, acme.tokens.rep1, ['Planet']);
  await waitFor(() => bad.errors.length > 0);
  expect(JSON.stringify(bad.errors[0])).toContain('BAD_USER_INPUT');
  await bad.stop();
  // Over HTTP, a subscription is refused plainly.
  const http = ok(await a.gql(`{ __typename }`, {}, acme.tokens.rep1));
  expect(http.__typename).toBe('Query');
});

test('a lost LISTEN connection is re-opened (back-off) and changes flow again on both servers', async () => {
  const onA = subscribe(a.url, acme.tokens.admin, ['Lead']);
  const onB = subscribe(b.url, acme.tokens.admin, ['Lead']);
  await Promise.all([onA.connected, onB.connected]);
  try {
    const killed = await a.ds.query(`SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'crm-live-listen' AND datname = current_database()`);
    expect(killed).toHaveLength(2);
    // Back within the first retry (250 ms) plus the connection time.
    const relistened = async () => Number((await a.ds.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'crm-live-listen' AND datname = current_database()`))[0].n);
    const end = Date.now() + 5000;
    while ((await relistened()) < 2 && Date.now() < end) await sleep(50);
    expect(await relistened()).toBe(2);
    await a.ds.query(`INSERT INTO lead ("orgId", "ownerId", "lastName", name, company, status) VALUES ($1, $2, 'Back', 'Back', 'Again', 'Open - Not Contacted')`, [acme.org.id, acme.users.admin.id]);
    await waitFor(() => onA.events.length >= 1 && onB.events.length >= 1);
    expect(onA.events[0].objectName).toBe('Lead');
  } finally {
    await Promise.all([onA.stop(), onB.stop()]);
  }
});

test('only subscriptions run over the socket; a user deactivated after connecting cannot subscribe again', async () => {
  const query = await runOverSocket(a.url, acme.tokens.rep1, `{ me { id } }`);
  expect(query.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
  expect(query.data).toBeUndefined();
  const mutation = await runOverSocket(a.url, acme.tokens.rep1, `mutation { createLead(input: { lastName: "X", company: "Y" }) { id } }`);
  expect(mutation.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  const s = subscribe(a.url, acme.tokens.rep2, ['Opportunity']);
  await s.connected;
  await a.ds.query(`UPDATE "user" SET "isActive" = false WHERE id = $1`, [acme.users.rep2.id]);
  try {
    const again = await new Promise<any>((resolve) => {
      s.client.subscribe({ query: `subscription { recordsChanged(objects: ["Case"]) { at } }` }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect(JSON.stringify(again)).toContain('UNAUTHENTICATED');
  } finally {
    await a.ds.query(`UPDATE "user" SET "isActive" = true WHERE id = $1`, [acme.users.rep2.id]);
    await s.stop();
  }
});
