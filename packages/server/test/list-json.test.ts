import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// Top-level lists through JSON pages: the same answer as `loadPage` and the resolvers give
// (forced with `@include(if: true)` on every `name`), in a constant, small number of statements.
let t: TestServer;
let small: OrgFixture;
let large: OrgFixture;

/** `n` accounts owned by rep1 or rep3 in turn, each but the first with a parent, some with a hidden one. */
async function accounts(f: OrgFixture, n: number) {
  await t.ds.query(
    `INSERT INTO account ("orgId", "ownerId", name, "annualRevenue", "numberOfEmployees")
     SELECT $1, CASE WHEN g % 2 = 0 THEN $2::uuid ELSE $3::uuid END, 'Acct ' || lpad((g % 50)::text, 3, '0'), CASE WHEN g % 7 = 0 THEN NULL ELSE g * 1.5 END, g
     FROM generate_series(1, $4) g`,
    [f.org.id, f.users.rep1.id, f.users.rep3.id, n],
  );
  await t.ds.query(
    `UPDATE account a SET "parentId" = p.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM account WHERE "orgId" = $1) p,
       (SELECT id, row_number() OVER (ORDER BY id) AS i FROM account WHERE "orgId" = $1) c
     WHERE c.id = a.id AND p.i = (c.i + 1) / 2 AND c.i > 1`,
    [f.org.id],
  );
}

beforeAll(async () => {
  t = await startTestServer();
  small = await createOrg(t, 'ListSmall');
  large = await createOrg(t, 'ListLarge');
  await accounts(small, 5);
  await accounts(large, 600);
});
afterAll(() => t?.stop());

async function both(query: string, token: string, variables: Record<string, unknown> = {}) {
  const json = await t.gql(query, variables, token);
  const resolved = await t.gql(query.replace(/(?<!field: )\bname\b(?!:)/g, 'name @include(if: true)'), variables, token);
  return { json: ok(json) as any, resolved: ok(resolved) as any, statements: [json.extensions!.sqlStatements!, resolved.extensions!.sqlStatements!] };
}

const LIST = `query($after: String) { accounts(first: 500, after: $after) { totalCount __typename pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { id } } nodes { id name annualRevenue numberOfEmployees owner { name } parent { name owner { name } } } } }`;

test('500 accounts with references answer as the resolvers answer them, in a constant, small number of statements', async () => {
  for (const user of ['admin', 'rep1']) {
    const r = await both(LIST, large.tokens[user]);
    expect(r.json).toEqual(r.resolved);
    expect(r.statements[0]).toBeLessThan(r.statements[1]);
    const s = await both(LIST, small.tokens[user]);
    expect(s.json).toEqual(s.resolved);
    expect(s.statements[0]).toBe(r.statements[0]);
    // The session check and one statement for the whole page.
    expect(r.statements[0]).toBeLessThanOrEqual(2);
    if (user === 'admin') console.log(`500 accounts with references: ${r.statements[0]} statements (resolvers: ${r.statements[1]})`);
    const page = r.json.accounts;
    expect(page.totalCount).toBe(user === 'admin' ? 600 : 300);
    expect(page.nodes).toHaveLength(user === 'admin' ? 500 : 300);
    expect(page.pageInfo.hasNextPage).toBe(user === 'admin');
    // A rep sees a parent they cannot see as null.
    if (user === 'rep1') expect(page.nodes.some((n: any) => n.parent === null) && page.nodes.some((n: any) => n.parent)).toBe(true);
    if (user === 'rep1') expect(page.nodes.every((n: any) => n.owner.name === 'ListLarge rep1' && (!n.parent || n.parent.owner.name === 'ListLarge rep1'))).toBe(true);
  }
  // The next page, from the first page's end cursor.
  const first = await both(LIST, large.tokens.admin);
  const next = await both(LIST, large.tokens.admin, { after: first.json.accounts.pageInfo.endCursor });
  expect(next.json).toEqual(next.resolved);
  expect(next.json.accounts.nodes).toHaveLength(100);
  expect(next.json.accounts.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
});

test('filters, order, aliases, empty pages and the fall-back cases agree with the resolvers', async () => {
  const queries = [
    `{ a: accounts(first: 7, filter: { name: { startsWith: "Acct 01" } }, orderBy: [{ field: name, direction: DESC }]) { totalCount nodes { name numberOfEmployees } } }`,
    `{ accounts(filter: { annualRevenue: { gt: 100 } }, orderBy: [{ field: annualRevenue }]) { totalCount edges { cursor node { name annualRevenue } } } }`,
    `{ accounts(filter: { name: { eq: "nobody" } }) { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { name } } }`,
    `{ accounts { totalCount } contacts { totalCount nodes { name } } }`,
    `{ accounts(first: 0) { totalCount nodes { name } } }`,
    `{ accounts(last: 3) { totalCount nodes { name } } }`,
    `{ accounts(first: 3, after: "${Buffer.from('o:1000').toString('base64url')}") { totalCount nodes { name } } }`,
  ];
  for (const q of queries) {
    for (const user of ['admin', 'rep1']) {
      const r = await both(q, large.tokens[user]);
      expect({ q, user, answer: r.json }).toEqual({ q, user, answer: r.resolved });
    }
  }
  const counted = await both(`{ accounts { totalCount } }`, large.tokens.rep1);
  expect(counted.json.accounts.totalCount).toBe(300);
});

test('bad paging arguments are reported on the list, as before', async () => {
  for (const [args, field] of [['first: -1', 'first'], ['after: "zzz"', 'after'], ['first: 2, last: 2', 'last']]) {
    const r = await t.gql(`{ accounts(${args}) { nodes { name } } }`, {}, large.tokens.admin);
    expect(r.errors?.[0]).toMatchObject({ path: ['accounts'], extensions: { code: 'BAD_USER_INPUT', field } });
  }
});
