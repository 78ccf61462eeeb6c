import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// JSON pages (src/common/list/json-pages.ts) answer plain-data nested connections in SQL. Each
// query runs twice: as written (JSON pages), and with `@include(if: true)` on every `name`, which
// the compiler leaves to the resolvers; both answers must be the same.
let t: TestServer;
let f: OrgFixture;
let accountId: string;
beforeAll(async () => {
  t = await startTestServer();
  f = await createOrg(t, 'Json');
  const { rep1, rep2 } = f.users;
  const [a] = await t.ds.query(
    `INSERT INTO account ("orgId", "ownerId", name, "annualRevenue", "numberOfEmployees", description)
     VALUES ($1, $2, 'Quote "Co" \\ 한국 中文', 1234567.5, 42, E'two\\nlines') RETURNING id`,
    [f.org.id, rep1.id],
  );
  accountId = a.id;
  await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name, "parentId") VALUES ($1, $2, 'Child Co', $3), ($1, $2, 'Hidden Child', $3)`, [f.org.id, rep1.id, a.id]);
  await t.ds.query(`UPDATE account SET "ownerId" = $1 WHERE name = 'Hidden Child' AND "orgId" = $2`, [f.users.rep3.id, f.org.id]);
  const [mine, theirs] = await t.ds.query(
    `INSERT INTO contact ("orgId", "ownerId", "accountId", "firstName", "lastName", name, birthdate, "doNotCall")
     VALUES ($1, $2, $4, 'Ann', 'Mine', 'Ann Mine', DATE '1990-02-03', true), ($1, $3, $4, 'Bo', 'Theirs', 'Bo Theirs', NULL, false) RETURNING id`,
    [f.org.id, rep1.id, f.users.rep3.id, a.id],
  );
  await t.ds.query(`UPDATE contact SET "reportsToId" = $1 WHERE id = $2`, [theirs.id, mine.id]);
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", "accountId", "contactId", name, "stageName", "closeDate", "forecastCategoryName", amount, probability, "isClosed", "isWon")
     SELECT $1, CASE WHEN g = 4 THEN $3::uuid ELSE $2::uuid END, $4, CASE WHEN g % 2 = 0 THEN $5::uuid ELSE $6::uuid END, 'Deal ' || g, 'Prospecting',
            DATE '2027-01-01' + g, 'Pipeline', CASE WHEN g = 3 THEN NULL ELSE 1000.25 * g END, 10 * g, g = 5, false
     FROM generate_series(1, 6) g`,
    [f.org.id, rep1.id, f.users.rep3.id, a.id, mine.id, theirs.id],
  );
  await t.ds.query(`UPDATE opportunity SET "createdDate" = now() - interval '1 day' * random() WHERE "orgId" = $1`, [f.org.id]);
});
afterAll(() => t?.stop());

/** The answer through JSON pages and through the resolvers, with the statements of each. */
async function both(query: string, token: string, variables: Record<string, unknown> = {}) {
  const json = await t.gql(query, variables, token);
  const resolved = await t.gql(query.replace(/\bname\b(?!:)/g, 'name @include(if: true)'), variables, token);
  expect(json.errors).toBeUndefined();
  expect(resolved.errors).toBeUndefined();
  return { json: json.data, resolved: resolved.data, statements: [json.extensions!.sqlStatements!, resolved.extensions!.sqlStatements!] };
}

const OPPORTUNITY = `id name amount probability closeDate isClosed createdDate forecastCategoryName __typename
  owner { name role email } account { id name annualRevenue numberOfEmployees description } contact { name birthdate doNotCall reportsTo { name } }`;

test('every kind of field answers as the resolvers answer it, in fewer statements', async () => {
  const query = `{ accounts(first: 5, filter: { name: { startsWith: "Quote" } }) { nodes { name
    deals: opportunities(first: 4, orderBy: [{ field: amount, direction: DESC }]) {
      totalCount __typename pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor __typename node { ...O } }
    }
    open: opportunities(first: 10, filter: { isClosed: { eq: false } }) { nodes { name amount } }
    contacts(first: 5) { totalCount nodes { name account { name } owner { name } } }
    childAccounts { totalCount nodes { name owner { name } opportunities { totalCount } } }
  } } } fragment O on Opportunity { ${OPPORTUNITY} }`;
  const r = await both(query, f.tokens.rep1);
  expect(r.json).toEqual(r.resolved);
  expect(r.statements[0]).toBeLessThan(r.statements[1]);
  const acc = (r.json as any).accounts.nodes[0];
  // rep1 sees neither rep3's deal nor rep3's contact (nor the contact as a reference: null).
  expect(acc.deals.totalCount).toBe(5);
  expect(acc.deals.edges.map((e: any) => e.node.name)).toEqual(['Deal 6', 'Deal 5', 'Deal 2', 'Deal 1']);
  expect(acc.deals.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  expect(acc.deals.edges[0].node).toMatchObject({ amount: 6001.5, owner: { role: 'SALES_REP' }, account: { name: 'Quote "Co" \\ 한국 中文', description: 'two\nlines' } });
  expect(acc.deals.edges.find((e: any) => e.node.name === 'Deal 1').node.contact).toBeNull();
  expect(acc.contacts).toEqual({ totalCount: 1, nodes: [{ name: 'Ann Mine', account: { name: acc.name }, owner: { name: 'Json rep1' } }] });
  expect(acc.childAccounts).toEqual({ totalCount: 1, nodes: [{ name: 'Child Co', owner: { name: 'Json rep1' }, opportunities: { totalCount: 0 } }] });
});

test('an admin sees every record, and the answers still agree', async () => {
  const r = await both(`{ accounts(first: 5) { nodes { name opportunities(first: 10) { totalCount nodes { ...O } } contacts { nodes { name reportsTo { name } } } } } } fragment O on Opportunity { ${OPPORTUNITY} }`, f.tokens.admin);
  expect(r.json).toEqual(r.resolved);
  const acc = (r.json as any).accounts.nodes.find((a: any) => a.opportunities.totalCount);
  expect(acc.opportunities.totalCount).toBe(6);
  expect(acc.contacts.nodes).toHaveLength(2);
});

test('cursors page on, and aliases and variables reach the nested levels', async () => {
  const first = await both(`{ account(id: "${accountId}") { opportunities(first: 2) { edges { cursor node { name } } } } }`, f.tokens.admin);
  expect(first.json).toEqual(first.resolved);
  const after = (first.json as any).account.opportunities.edges[1].cursor;
  const query = `query($after: String, $n: Int) { account(id: "${accountId}") { id a: opportunities(first: $n, after: $after) { items: nodes { title: name } } } }`;
  const next = await both(query, f.tokens.admin, { after, n: 2 });
  expect(next.json).toEqual(next.resolved);
  expect((next.json as any).account.a.items).toEqual([{ title: 'Deal 3' }, { title: 'Deal 4' }]);
  const none = await both(`{ account(id: "${accountId}") { name opportunities(first: 0) { totalCount pageInfo { hasNextPage } nodes { name } } } }`, f.tokens.admin);
  expect(none.json).toEqual(none.resolved);
  expect((none.json as any).account.opportunities).toEqual({ totalCount: 6, pageInfo: { hasNextPage: true }, nodes: [] });
  // A filter variable runs the operation on graphql-js rather than graphql-jit: the same answer.
  const filtered = await both(`query($f: OpportunityFilter) { account(id: "${accountId}") { opportunities(filter: $f) { nodes { name } } } }`, f.tokens.admin, { f: { _or: [{ name: { eq: 'Deal 2' } }, { amount: { gt: 5000 } }] } });
  expect(filtered.json).toEqual(filtered.resolved);
  expect((filtered.json as any).account.opportunities.nodes.map((o: any) => o.name)).toEqual(['Deal 2', 'Deal 5', 'Deal 6']);
});

test('bad arguments on a nested level are reported on that field, as before', async () => {
  const r = await t.gql(`{ account(id: "${accountId}") { name opportunities(first: -1) { nodes { name } } } }`, {}, f.tokens.admin);
  expect(r.errors?.[0]).toMatchObject({ path: ['account', 'opportunities'], extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  const deep = await t.gql(`{ account(id: "${accountId}") { contacts(first: 1) { nodes { opportunities(first: -1) { nodes { name } } } } } }`, {}, f.tokens.admin);
  expect(deep.errors?.[0]).toMatchObject({ path: ['account', 'contacts', 'nodes', 0, 'opportunities'], extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
});
