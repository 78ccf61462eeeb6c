import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { addComponent, createDashboard, day, post, sha, WON, wonDeal } from './dashboards-helpers';

const pq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const VARS = { filter: { period: 'LAST_N_DAYS:30' } };

describe('open mode (default): APQ registration, and component documents resolve by hash', () => {
  let t: TestServer;
  let acme: OrgFixture;
  beforeAll(async () => {
    t = await startTestServer();
    acme = await createOrg(t);
    await wonDeal(t, acme, 'rep1', 250, day());
  });
  afterAll(() => t?.stop());

  test('an unknown hash asks for the document (200, PERSISTED_QUERY_NOT_FOUND); once sent, the hash alone runs it', async () => {
    const doc = `query Mine($filter: KpiFilter) { salesKpis(filter: $filter) { opportunitiesWon(granularity: null) { amount } } }`;
    const miss = await post(t, { variables: VARS, extensions: pq(sha(doc)) }, acme.tokens.rep1);
    expect(miss.status).toBe(200);
    expect(miss.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const reg = await post(t, { query: doc, variables: VARS, extensions: pq(sha(doc)) }, acme.tokens.rep1);
    expect(reg.body.data.salesKpis.opportunitiesWon.amount).toBe(250);
    const hit = await post(t, { variables: VARS, extensions: pq(sha(doc)) }, acme.tokens.rep1);
    expect(hit.body.data).toEqual(reg.body.data);
    // A hash that is not the document's is refused, not run.
    const wrong = await post(t, { query: doc, extensions: pq(sha('something else')) }, acme.tokens.rep1);
    expect(wrong.status).toBe(400);
    expect(wrong.body.data).toBeUndefined();
    // Registered by the client only: not in the table.
    expect(await t.ds.query(`SELECT 1 FROM persisted_query WHERE hash = $1`, [sha(doc)])).toEqual([]);
  });

  test('a saved component\'s document runs by its hash at once, with the same result as the text (one compiled operation)', async () => {
    const d = ok(await createDashboard(t, acme.tokens.rep1, { title: 'Mine', developerName: 'Mine' })).createDashboard;
    ok(await addComponent(t, acme.tokens.rep1, d.id));
    const byHash = await post(t, { variables: VARS, extensions: pq(sha(WON)) }, acme.tokens.manager);
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.salesKpis.opportunitiesWon).toEqual({ count: 1, amount: 250 });
    const byText = await post(t, { query: WON, variables: VARS }, acme.tokens.manager);
    expect(byText.body.data).toEqual(byHash.body.data);
    // The hash resolves to the stored text for every caller, each with their own access.
    const rep2 = await post(t, { variables: VARS, extensions: pq(sha(WON)) }, acme.tokens.rep2);
    expect(rep2.body.data.salesKpis.opportunitiesWon).toEqual({ count: 0, amount: 0 });
  });
});

describe('strict mode (PERSISTED_QUERIES=strict): only registered hashes run', () => {
  let t: TestServer;
  let acme: OrgFixture;
  let other: OrgFixture;
  beforeAll(async () => {
    t = await startTestServer({ PERSISTED_QUERIES: 'strict' });
    acme = await createOrg(t);
    other = await createOrg(t, 'Other');
    await wonDeal(t, acme, 'rep1', 250, day());
    const d = ok(await createDashboard(t, acme.tokens.admin, { title: 'Board', developerName: 'Board', isPublic: true })).createDashboard;
    ok(await addComponent(t, acme.tokens.admin, d.id));
  });
  afterAll(() => t?.stop());

  test('the component hash runs; an unknown hash is a 400 PERSISTED_QUERY_NOT_FOUND; registering a new one is a 400 PERSISTED_QUERY_NOT_ALLOWED', async () => {
    const hit = await post(t, { variables: VARS, extensions: pq(sha(WON)) }, acme.tokens.rep1);
    expect(hit.status).toBe(200);
    expect(hit.body.data.salesKpis.opportunitiesWon).toEqual({ count: 1, amount: 250 });
    // Sending the registered document with its hash is fine too.
    expect((await post(t, { query: WON, variables: VARS, extensions: pq(sha(WON)) }, acme.tokens.rep1)).status).toBe(200);

    const doc = `{ salesKpis { opportunitiesWon { count } } }`;
    const miss = await post(t, { extensions: pq(sha(doc)) }, acme.tokens.rep1);
    expect(miss.status).toBe(400);
    expect(miss.body.errors).toHaveLength(1);
    expect(miss.body.errors?.[0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect(miss.body.errors?.[0].message).toMatch(/registered/);
    const reg = await post(t, { query: doc, extensions: pq(sha(doc)) }, acme.tokens.rep1);
    expect(reg.status).toBe(400);
    expect(reg.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(reg.body.data).toBeUndefined();
    // Still not registered afterwards.
    expect((await post(t, { extensions: pq(sha(doc)) }, acme.tokens.rep1)).status).toBe(400);
    // Garbage hashes and versions: 400s, never a 500.
    expect((await post(t, { extensions: pq('../../etc/passwd') }, acme.tokens.rep1)).status).toBe(400);
    expect((await post(t, { extensions: { persistedQuery: { version: 2, sha256Hash: sha(WON) } } }, acme.tokens.rep1)).status).toBe(400);
  });

  test('a hash registered for one organisation does not run for another, until that one saves it too', async () => {
    const r = await post(t, { variables: VARS, extensions: pq(sha(WON)) }, other.tokens.admin);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(r.body.data).toBeUndefined();
    const d = ok(await createDashboard(t, other.tokens.admin, { title: 'Same', developerName: 'Same' })).createDashboard;
    ok(await addComponent(t, other.tokens.admin, d.id));
    const after = await post(t, { variables: VARS, extensions: pq(sha(WON)) }, other.tokens.admin);
    expect(after.status).toBe(200);
    expect(after.body.data.salesKpis.opportunitiesWon).toEqual({ count: 0, amount: 0 });
  });

  test('ordinary requests (a document, no persisted-query extension) are not affected', async () => {
    const r = await post(t, { query: `{ me { id } }` }, acme.tokens.rep1);
    expect(r.status).toBe(200);
    expect(r.body.data.me.id).toBe(acme.users.rep1.id);
  });
});
