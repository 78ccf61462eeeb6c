import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// Field history of opportunities: recorded in the write's transaction, nested and top-level, scoped.
let t: TestServer;
let acme: OrgFixture;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'History');
}, 180_000);
afterAll(() => t?.stop());

const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const createOpp = (i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`, { i }, token).then((r) => ok(r).createOpportunity.id as string);
const updateOpp = (id: string, i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { id } }`, { id, i }, token);
const base = { name: 'Deal', stageName: 'Prospecting', closeDate: '2030-06-30', amount: 1000 };
const HISTORY = 'totalCount nodes { field oldValue newValue opportunityId createdDate createdBy { id name } }';

test('creation and every tracked change are recorded, newest first, with who made them', async () => {
  const id = await createOpp(base);
  ok(await updateOpp(id, { stageName: 'Negotiation/Review', competitor: 'HubSpot', nextStep: 'not tracked' }));
  ok(await updateOpp(id, { amount: 2500.5, closeDate: '2030-07-15' }));
  ok(await updateOpp(id, { ownerId: acme.users.rep2.id }, acme.tokens.manager));
  ok(await updateOpp(id, { amount: 2500.5 }, acme.tokens.manager)); // no change: nothing recorded
  const o = ok(await t.gql(`query($id: ID!) { opportunity(id: $id) { history(first: 50) { ${HISTORY} } } }`, { id }, acme.tokens.manager)).opportunity;
  const rows = o.history.nodes.map((h: any) => [h.field, h.oldValue, h.newValue, h.createdBy.name]);
  // Newest first; within one write, in id order (unordered here).
  expect(rows[0]).toEqual(['ownerId', acme.users.rep1.id, acme.users.rep2.id, 'History manager']);
  expect(new Set(rows.slice(1, 3).map((r: any) => r[0]))).toEqual(new Set(['amount', 'closeDate']));
  expect(rows.slice(1, 3)).toEqual(expect.arrayContaining([['amount', '1000', '2500.5', 'History rep1'], ['closeDate', '2030-06-30', '2030-07-15', 'History rep1']]));
  expect(rows.slice(3, 6)).toEqual(expect.arrayContaining([
    ['stageName', 'Prospecting', 'Negotiation/Review', 'History rep1'], ['probability', '10', '90', 'History rep1'],
    ['forecastCategoryName', 'Pipeline', 'Commit', 'History rep1'],
  ]));
  expect(rows[6]).toEqual(['created', null, null, 'History rep1']);
  expect(o.history.totalCount).toBe(7);
});

test('a failed write records nothing', async () => {
  const id = await createOpp(base);
  expect(errorOf(await updateOpp(id, { stageName: 'Closed Won' }))).toMatchObject({ field: 'competitor' });
  expect(Number((await t.ds.query(`SELECT count(*) AS n FROM opportunity_field_history WHERE "opportunityId" = $1`, [id]))[0].n)).toBe(1);
});

test('the top-level list filters by field, period and opportunity, and shows only visible opportunities', async () => {
  const mine = await createOpp({ ...base, name: 'Mine' });
  const theirs = await createOpp({ ...base, name: 'Theirs' }, acme.tokens.rep2);
  ok(await updateOpp(mine, { stageName: 'Qualification' }));
  ok(await updateOpp(theirs, { stageName: 'Qualification' }, acme.tokens.rep2));
  const q = `query($f: OpportunityFieldHistoryFilter) { opportunityFieldHistories(first: 100, filter: $f) { ${HISTORY} } }`;
  const list = async (token: string, f: object) => ok(await t.gql(q, { f }, token)).opportunityFieldHistories;
  const stageOf = (ids: string[]) => ({ field: { eq: 'stageName' }, opportunityId: { in: ids } });
  expect((await list(acme.tokens.rep1, stageOf([mine, theirs]))).nodes.map((h: any) => h.opportunityId)).toEqual([mine]);
  expect((await list(acme.tokens.rep2, stageOf([mine, theirs]))).nodes.map((h: any) => h.opportunityId)).toEqual([theirs]);
  expect(new Set((await list(acme.tokens.manager, stageOf([mine, theirs]))).nodes.map((h: any) => h.opportunityId))).toEqual(new Set([mine, theirs]));
  expect((await list(acme.tokens.rep3, stageOf([mine, theirs]))).totalCount).toBe(0);
  expect((await list(acme.tokens.admin, stageOf([mine, theirs]))).totalCount).toBe(2);
  const future = new Date(Date.now() + 86_400_000).toISOString();
  expect((await list(acme.tokens.admin, { ...stageOf([mine, theirs]), createdDate: { after: future } })).totalCount).toBe(0);
  expect((await list(acme.tokens.admin, { ...stageOf([mine, theirs]), createdDate: { between: { start: '2020-01-01T00:00:00Z', end: future } } })).totalCount).toBe(2);
  // Another org sees none of it.
  const other = await createOrg(t, 'Other');
  expect((await list(other.tokens.admin, { opportunityId: { in: [mine, theirs] } })).totalCount).toBe(0);
});
