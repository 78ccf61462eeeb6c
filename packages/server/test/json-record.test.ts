import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// A top-level record query (`account(id)`, `campaign(id)`) with a plain-data selection is
// answered by one JSON statement (api/json-record.ts). The same query with `@include(if: true)`
// on its first field goes through the resolvers: both answers, and NOT_FOUND, must be the same.
let t: TestServer;
let f: OrgFixture;
let other: OrgFixture;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestServer();
  f = await createOrg(t, 'JsonRecord');
  other = await createOrg(t, 'JsonRecordOther');
  const { org, users } = f;
  for (const [key, owner] of [['mine', users.rep1.id], ['theirs', users.rep3.id]]) {
    const [a] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, $3) RETURNING id`, [org.id, owner, `Account ${key}`]);
    ids[key] = a.id;
    await t.ds.query(
      `INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount, "isClosed", "isWon")
       SELECT $1, CASE WHEN g = 2 THEN $3::uuid ELSE $2::uuid END, $4, 'Deal ' || g, 'x', DATE '2027-01-01' + g, 'Pipeline', 100 * g, false, false FROM generate_series(1, 3) g`,
      [org.id, owner, users.rep3.id, a.id],
    );
  }
  const [o] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'Elsewhere') RETURNING id`, [other.org.id, other.users.rep1.id]);
  ids.otherOrg = o.id;
  const [root] = await t.ds.query(`INSERT INTO campaign ("orgId", "ownerId", name, "numberSent") VALUES ($1, $2, 'Root', 10) RETURNING id`, [org.id, users.marketing.id]);
  ids.campaign = root.id;
  await t.ds.query(`INSERT INTO campaign ("orgId", "ownerId", name, "parentId") SELECT $1, $2, 'Child ' || g, $3 FROM generate_series(1, 3) g`, [org.id, users.marketing.id, root.id]);
});
afterAll(() => t?.stop());

const ACCOUNT = `query($id: ID!) { account(id: $id) { id name owner { name } opportunities(first: 5) { totalCount nodes { name amount owner { name } } } } }`;
const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { id name numberSent members { totalCount } hierarchyNumberSent children { id name members { totalCount } children { name } } } }`;
const forced = (q: string) => q.replace('{ id name', '{ id name @include(if: true)');

async function both(query: string, token: string, id: string) {
  const json = await t.gql(query, { id }, token);
  const resolved = await t.gql(forced(query), { id }, token);
  return { json, resolved };
}

test('a visible account answers as the resolvers answer it, in fewer statements, for an admin and for a rep', async () => {
  for (const [user, id] of [['admin', ids.mine], ['admin', ids.theirs], ['rep1', ids.mine]]) {
    const r = await both(ACCOUNT, f.tokens[user], id);
    expect(ok(r.json)).toEqual(ok(r.resolved));
    // One JSON statement, the session check included.
    expect(r.json.extensions!.sqlStatements).toBe(1);
    expect(r.json.extensions!.sqlStatements!).toBeLessThan(r.resolved.extensions!.sqlStatements!);
  }
  // rep1 sees their own deals on their account only (rep3's deal is not theirs).
  const mine = ok(await t.gql(ACCOUNT, { id: ids.mine }, f.tokens.rep1)) as any;
  expect(mine.account.opportunities.totalCount).toBe(2);
  expect(mine.account.opportunities.nodes.every((o: any) => o.owner.name === 'JsonRecord rep1')).toBe(true);
});

test('an invisible or other-org record is NOT_FOUND on both paths, with the same error', async () => {
  for (const id of [ids.theirs, ids.otherOrg]) {
    const r = await both(ACCOUNT, f.tokens.rep1, id);
    for (const res of [r.json, r.resolved]) {
      expect(res.data ?? null).toBeNull();
      expect(res.errors).toHaveLength(1);
    }
    const shape = (e: any) => ({ message: e.message, path: e.path, code: e.extensions.code });
    expect(shape(r.json.errors![0])).toEqual(shape(r.resolved.errors![0]));
    expect(r.json.errors![0].extensions!.code).toBe('NOT_FOUND');
  }
  // A malformed id is the resolver's to report.
  const bad = await t.gql(ACCOUNT, { id: 'nope' }, f.tokens.admin);
  expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
});

test('a campaign with statistics and children answers as the resolvers do, in one statement', async () => {
  for (const user of ['admin', 'rep1']) {
    const r = await both(CAMPAIGN, f.tokens[user], ids.campaign);
    expect(ok(r.json)).toEqual(ok(r.resolved));
    expect((ok(r.json) as any).campaign.children).toHaveLength(3);
    expect(r.json.extensions!.sqlStatements).toBe(1);
  }
});

test('a selection the compiler does not handle still answers through the resolvers', async () => {
  const r = ok(await t.gql(`query($id: ID!) { campaign(id: $id) { name depth children { name depth } } }`, { id: ids.campaign }, f.tokens.admin)) as any;
  expect(r.campaign.depth).toBe(0);
  expect(r.campaign.children.map((c: any) => c.depth)).toEqual([1, 1, 1]);
});

test('the session check is in the statement: a new role applies at once, a deactivated user is refused at once', async () => {
  const org = await createOrg(t, 'JsonRecordSessions');
  const [a] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'Exec only') RETURNING id`, [org.org.id, org.users.exec.id]);
  const query = `query($id: ID!) { account(id: $id) { id name } }`;
  expect((await t.gql(query, { id: a.id }, org.tokens.rep3)).errors![0].extensions!.code).toBe('NOT_FOUND');
  const updateRep3 = (input: object) => t.gql(`mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }`, { id: org.users.rep3.id, i: input }, org.tokens.admin);
  ok(await updateRep3({ role: 'EXECUTIVE' }));
  // The token still says SALES_REP: the statement finds no row, the session is confirmed, the new role reads.
  expect(ok(await t.gql(query, { id: a.id }, org.tokens.rep3)).account.name).toBe('Exec only');
  // A token issued to the executive, then a demotion: the token's role no longer reads the record.
  const login = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: org.users.rep3.email, p: 'test-password' });
  const execToken = ok(login).login.token;
  expect(ok(await t.gql(query, { id: a.id }, execToken)).account.name).toBe('Exec only');
  ok(await updateRep3({ role: 'SALES_REP' }));
  expect((await t.gql(query, { id: a.id }, execToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
  ok(await updateRep3({ isActive: false }));
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${org.tokens.rep3}` }, body: JSON.stringify({ query, variables: { id: a.id } }) });
  expect(res.status).toBe(401);
  const body = await res.json();
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(body.data?.account).toBeFalsy();
  // An admin's own record query is unaffected.
  expect(ok(await t.gql(query, { id: a.id }, org.tokens.admin)).account.name).toBe('Exec only');
});
