import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.stop());

/** n accounts, each with 7 contacts and 7 opportunities owned by the org's reps. */
async function orgWithAccounts(n: number): Promise<OrgFixture> {
  const f = await createOrg(t, `Org${n}`);
  const owners = [f.users.rep1.id, f.users.rep2.id, f.users.manager.id];
  await t.ds.query(
    `INSERT INTO account ("orgId", "ownerId", name) SELECT $1, ($2::uuid[])[1 + g % 3], 'Account ' || g FROM generate_series(1, $3) g`,
    [f.org.id, owners, n],
  );
  await t.ds.query(
    `INSERT INTO contact ("orgId", "ownerId", "accountId", "lastName", name)
     SELECT a."orgId", a."ownerId", a.id, 'Contact ' || g, 'Contact ' || g FROM account a, generate_series(1, 7) g WHERE a."orgId" = $1`,
    [f.org.id],
  );
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount)
     SELECT a."orgId", ($2::uuid[])[1 + g % 3], a.id, 'Deal ' || g, 'Prospecting', DATE '2026-12-01' + g, 'Pipeline', 1000 * g
     FROM account a, generate_series(1, 7) g WHERE a."orgId" = $1`,
    [f.org.id, owners],
  );
  return f;
}

const QUERY = `{
  accounts(first: 50) {
    totalCount
    edges { node {
      name
      contacts(first: 5) { totalCount edges { node { name account { name } } } }
      opportunities(first: 5) { totalCount edges { node { name amount owner { name manager { name } } } } }
    } }
  }
}`;

test('the statement count of a nested accounts query does not grow with the number of accounts', async () => {
  const small = await orgWithAccounts(5);
  const large = await orgWithAccounts(50);
  const a = await t.gql(QUERY, {}, small.tokens.admin);
  const b = await t.gql(QUERY, {}, large.tokens.admin);
  const ra = ok(a);
  const rb = ok(b);
  expect(ra.accounts.edges).toHaveLength(5);
  expect(rb.accounts.edges).toHaveLength(50);
  // Each parent gets its own page of 5 out of its 7 children.
  for (const e of rb.accounts.edges) {
    expect(e.node.contacts.totalCount).toBe(7);
    expect(e.node.contacts.edges).toHaveLength(5);
    expect(e.node.opportunities.edges).toHaveLength(5);
    expect(e.node.opportunities.edges[0].node.owner.name).toMatch(/Org50/);
  }
  expect(a.extensions?.sqlStatements).toBe(b.extensions?.sqlStatements);
  // The session check, then one per level: accounts, contacts, contact accounts, opportunities,
  // owners, managers.
  expect(b.extensions?.sqlStatements).toBeLessThanOrEqual(7);
});

test('a rep sees only their own rows in the same query, and the count stays flat', async () => {
  const large = await orgWithAccounts(20);
  const r = await t.gql(QUERY, {}, large.tokens.rep1);
  const data = ok(r);
  const mine = Number((await t.ds.query(`SELECT count(*) AS n FROM account WHERE "ownerId" = $1`, [large.users.rep1.id]))[0].n);
  expect(data.accounts.totalCount).toBe(mine);
  for (const e of data.accounts.edges) {
    for (const o of e.node.opportunities.edges) expect(o.node.owner.name).toBe('Org20 rep1');
  }
  expect(r.extensions?.sqlStatements).toBeLessThanOrEqual(7);
});
