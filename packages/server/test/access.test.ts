import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;
/** Opportunity ids by owner key. */
const opp: Record<string, string> = {};
let acmeAccount: string;

const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id).sort();
const list = async (token: string) =>
  ids(ok(await t.gql(`{ opportunities(first: 100) { totalCount nodes { id } } }`, {}, token)).opportunities.nodes);
const get = (id: string, token: string) => t.gql(`query($id: ID!) { opportunity(id: $id) { id name owner { id } } }`, { id }, token);
const update = (id: string, input: object, token: string) =>
  t.gql(`mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { id owner { id } } }`, { id, i: input }, token);
const row = async (id: string) => (await t.ds.query(`SELECT name, "ownerId" FROM opportunity WHERE id = $1`, [id]))[0];

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
  acmeAccount = ok(await t.gql(`mutation { createAccount(input: { name: "Shared Co" }) { id } }`, {}, acme.tokens.rep1)).createAccount.id;
  for (const key of ['rep1', 'rep2', 'rep3', 'manager']) {
    const input = { name: `${key} deal`, stageName: 'Prospecting', closeDate: '2030-01-01', ...(key === 'rep1' ? { accountId: acmeAccount } : {}) };
    const r = await t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`, { i: input }, acme.tokens[key]);
    opp[key] = ok(r).createOpportunity.id;
  }
  const r = await t.gql(`mutation { createOpportunity(input: { name: "other deal", stageName: "Prospecting", closeDate: "2030-01-01" }) { id } }`, {}, other.tokens.rep1);
  opp.other = ok(r).createOpportunity.id;
});
afterAll(() => t?.stop());

test("a rep neither reads nor changes another rep's opportunity", async () => {
  expect(errorOf(await get(opp.rep2, acme.tokens.rep1))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  const before = await row(opp.rep2);
  expect(errorOf(await update(opp.rep2, { name: 'Hijacked' }, acme.tokens.rep1))?.code).toBe('FORBIDDEN');
  expect(errorOf(await t.gql(`mutation($id: ID!) { deleteOpportunity(id: $id) }`, { id: opp.rep2 }, acme.tokens.rep1))?.code).toBe('FORBIDDEN');
  expect(await row(opp.rep2)).toEqual(before);
  expect(await list(acme.tokens.rep1)).toEqual([opp.rep1]);
});

test('a manager sees their team, executives and admins the whole org', async () => {
  expect(await list(acme.tokens.manager)).toEqual([opp.manager, opp.rep1, opp.rep2].sort());
  expect(errorOf(await get(opp.rep3, acme.tokens.manager))?.code).toBe('NOT_FOUND');
  expect(ok(await get(opp.rep1, acme.tokens.manager)).opportunity.id).toBe(opp.rep1);
  const all = [opp.manager, opp.rep1, opp.rep2, opp.rep3].sort();
  expect(await list(acme.tokens.exec)).toEqual(all);
  expect(await list(acme.tokens.admin)).toEqual(all);
  expect(ok(await get(opp.rep3, acme.tokens.exec)).opportunity.id).toBe(opp.rep3);
});

test('another organisation never sees a row of the first', async () => {
  for (const token of [other.tokens.admin, other.tokens.exec, other.tokens.rep1]) {
    expect(await list(token)).not.toEqual(expect.arrayContaining([opp.rep1]));
    for (const key of ['rep1', 'rep3']) expect(errorOf(await get(opp[key], token))?.code).toBe('NOT_FOUND');
    const accounts = ok(await t.gql(`{ accounts(first: 100) { nodes { id } } }`, {}, token)).accounts.nodes;
    expect(ids(accounts)).not.toContain(acmeAccount);
  }
  expect(await list(other.tokens.admin)).toEqual([opp.other]);
  expect(errorOf(await update(opp.rep1, { name: 'x' }, other.tokens.admin))?.code).toBe('NOT_FOUND');
  // Even a (corrupt) cross-organisation link stays invisible through a nested list.
  const theirs = ok(await t.gql(`mutation { createAccount(input: { name: "Their Co" }) { id } }`, {}, other.tokens.rep1)).createAccount.id;
  await t.ds.query(`UPDATE opportunity SET "accountId" = $1 WHERE id = $2`, [theirs, opp.rep2]);
  const nested = ok(await t.gql(`{ accounts { nodes { id opportunities { totalCount nodes { id } } } } }`, {}, other.tokens.admin)).accounts.nodes;
  expect(nested).toEqual([{ id: theirs, opportunities: { totalCount: 0, nodes: [] } }]);
  const mine = ok(await t.gql(`query($id: ID!) { account(id: $id) { opportunities { nodes { id } } } }`, { id: acmeAccount }, acme.tokens.rep1));
  expect(mine.account.opportunities.nodes).toEqual([{ id: opp.rep1 }]);
  await t.ds.query(`UPDATE opportunity SET "accountId" = NULL WHERE id = $1`, [opp.rep2]);
});

test('reps assign only within their team; managers to their reps', async () => {
  const before = await row(opp.rep1);
  expect(errorOf(await update(opp.rep1, { ownerId: acme.users.rep3.id }, acme.tokens.rep1))).toMatchObject({ code: 'FORBIDDEN', field: 'ownerId' });
  expect(await row(opp.rep1)).toEqual(before);
  const created = await t.gql(`mutation($o: ID!) { createOpportunity(input: { name: "gift", stageName: "Prospecting", closeDate: "2030-01-01", ownerId: $o }) { id } }`,
    { o: acme.users.rep3.id }, acme.tokens.rep1);
  expect(errorOf(created)).toMatchObject({ code: 'FORBIDDEN', field: 'ownerId' });
  expect(Number((await t.ds.query(`SELECT count(*) AS n FROM opportunity WHERE name = 'gift'`))[0].n)).toBe(0);
  expect(ok(await update(opp.manager, { ownerId: acme.users.rep1.id }, acme.tokens.manager)).updateOpportunity.owner.id).toBe(acme.users.rep1.id);
  expect(await list(acme.tokens.rep1)).toEqual([opp.manager, opp.rep1].sort());
  expect(errorOf(await update(opp.rep2, { ownerId: other.users.rep1.id }, acme.tokens.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
});

test('without a token: no data and no schema; with one, introspection works', async () => {
  const anon = await t.gql(`{ opportunities { totalCount } }`);
  expect(errorOf(anon)?.code).toBe('UNAUTHENTICATED');
  expect(anon.data?.opportunities).toBeFalsy();
  const intro = `{ __schema { queryType { name } } __type(name: "Opportunity") { fields { name } } }`;
  expect(errorOf(await t.gql(intro))?.code).toBe('UNAUTHENTICATED');
  const r = ok(await t.gql(intro, {}, acme.tokens.rep1));
  expect(r.__schema.queryType.name).toBe('Query');
  expect(r.__type.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['expectedRevenue', 'stageName', 'owner']));
});

test('a session follows its user: a new role applies at once, a deactivated user is refused at once', async () => {
  const org = await createOrg(t, 'Sessions');
  const mine = `{ opportunities(first: 100) { totalCount } }`;
  await t.gql(`mutation { createOpportunity(input: { name: "exec deal", stageName: "Prospecting", closeDate: "2030-01-01" }) { id } }`, {}, org.tokens.exec);
  expect(ok(await t.gql(mine, {}, org.tokens.rep3)).opportunities.totalCount).toBe(0);
  const updateRep3 = (input: object) => t.gql(`mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }`, { id: org.users.rep3.id, i: input }, org.tokens.admin);
  ok(await updateRep3({ role: 'EXECUTIVE' }));
  expect(ok(await t.gql(mine, {}, org.tokens.rep3)).opportunities.totalCount).toBe(1);
  ok(await updateRep3({ isActive: false }));
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${org.tokens.rep3}` }, body: JSON.stringify({ query: mine }) });
  expect(res.status).toBe(401);
  const body = await res.json();
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(body.data?.opportunities).toBeFalsy();
  // A refused mutation changes nothing.
  const write = await t.gql(`mutation { createAccount(input: { name: "Ghost Co" }) { id } }`, {}, org.tokens.rep3);
  expect(errorOf(write)?.code).toBe('UNAUTHENTICATED');
  expect(Number((await t.ds.query(`SELECT count(*) AS n FROM account WHERE name = 'Ghost Co'`))[0].n)).toBe(0);
});

test('an admin cannot deactivate or demote themselves, so the org keeps an active admin', async () => {
  const org = await createOrg(t, 'SelfAdmin');
  const updateSelf = (input: object) => t.gql(`mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }`, { id: org.users.admin.id, i: input }, org.tokens.admin);
  expect(errorOf(await updateSelf({ isActive: false, title: 'Gone' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'isActive' });
  expect(errorOf(await updateSelf({ role: 'SALES_REP' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  const [me] = await t.ds.query(`SELECT "isActive", role, title FROM "user" WHERE id = $1`, [org.users.admin.id]);
  expect(me).toEqual({ isActive: true, role: 'ADMIN', title: null });
  // Everything else about themselves stays theirs to change.
  ok(await updateSelf({ title: 'Head of Sales Ops', role: 'ADMIN', isActive: true }));
});

test('a marketing user reads every lead of the org (campaign audiences) but edits only their own', async () => {
  const lead = ok(await t.gql(`mutation { createLead(input: { lastName: "Prospect", company: "P Co" }) { id } }`, {}, acme.tokens.rep1)).createLead.id;
  const seen = ok(await t.gql(`{ leads(first: 50) { nodes { id } } }`, {}, acme.tokens.marketing)).leads.nodes.map((n: { id: string }) => n.id);
  expect(seen).toContain(lead);
  expect(ok(await t.gql(`{ leads(first: 50) { nodes { id } } }`, {}, acme.tokens.rep3)).leads.nodes.map((n: { id: string }) => n.id)).not.toContain(lead);
  const r = await t.gql(`mutation($id: ID!) { updateLead(id: $id, input: { company: "Mine now" }) { id } }`, { id: lead }, acme.tokens.marketing);
  expect(errorOf(r)?.code).toBe('FORBIDDEN');
  expect(ok(await t.gql(`{ opportunities(first: 100) { totalCount } }`, {}, acme.tokens.marketing)).opportunities.totalCount).toBe(0);
});
