import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

// Opportunity History KPIs (Query.opportunityHistory), read from opportunity field history.
let t: TestServer;
let acme: OrgFixture;

const create = async (token: string, i: object) =>
  ok(await t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`, { i: { stageName: 'Prospecting', ...i } }, token)).createOpportunity.id as string;
const update = async (token: string, id: string, i: object) => ok(await t.gql(`mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { id } }`, { id, i }, token));

const Q = `query($filter: KpiFilter) { opportunityHistory(filter: $filter) {
  newPipeline(granularity: null) { count amount }
  lost { count amount }
  pushedCloseDates { count amount average records { totalCount } }
  upsell { value count periodStart periodEnd }
} }`;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  // rep1: 100 closing 2030-01-31, pushed to 2030-03-31 (59 days), raised to 150, then pulled in to 2030-02-15.
  const a = await create(acme.tokens.rep1, { name: 'A', amount: 100, closeDate: '2030-01-31' });
  await update(acme.tokens.rep1, a, { closeDate: '2030-03-31' });
  await update(acme.tokens.rep1, a, { amount: 150 });
  await update(acme.tokens.rep1, a, { closeDate: '2030-02-15' });
  // rep2: 200, lost.
  const b = await create(acme.tokens.rep2, { name: 'B', amount: 200, closeDate: '2030-01-31' });
  await update(acme.tokens.rep2, b, { stageName: 'Closed Lost', lostReason: 'Price', competitor: 'HubSpot' });
  // rep3: 300 lowered to 250 (not an upsell).
  const c = await create(acme.tokens.rep3, { name: 'C', amount: 300, closeDate: '2030-01-31' });
  await update(acme.tokens.rep3, c, { amount: 250 });
});
afterAll(() => t?.stop());

test('hand-made: new pipeline, lost, pushed close dates and upsell over the default period', async () => {
  const r = ok(await t.gql(Q, {}, acme.tokens.admin)).opportunityHistory;
  expect(r.newPipeline).toEqual({ count: 3, amount: 600 });
  expect(r.lost).toEqual({ count: 1, amount: 200 });
  expect(r.pushedCloseDates).toEqual({ count: 1, amount: 150, average: 59, records: { totalCount: 1 } });
  expect(r.upsell).toMatchObject({ value: 50, count: 1 });
  expect(r.upsell.periodEnd > r.upsell.periodStart).toBe(true);
});

test('visibility and filters: a rep sees their own deals, a manager the team\'s; a past period is empty', async () => {
  const rep1 = ok(await t.gql(Q, {}, acme.tokens.rep1)).opportunityHistory;
  expect([rep1.newPipeline.count, rep1.lost.count, rep1.pushedCloseDates.count, rep1.upsell.count]).toEqual([1, 0, 1, 1]);
  const mgr = ok(await t.gql(Q, {}, acme.tokens.manager)).opportunityHistory;
  expect([mgr.newPipeline.count, mgr.lost.count, mgr.upsell.value]).toEqual([2, 1, 50]);
  const rep3Only = ok(await t.gql(Q, { filter: { ownerId: acme.users.rep3.id } }, acme.tokens.admin)).opportunityHistory;
  expect([rep3Only.newPipeline.amount, rep3Only.upsell.count]).toEqual([250, 0]);
  const past = ok(await t.gql(Q, { filter: { period: 'N_DAYS_AGO:5' } }, acme.tokens.admin)).opportunityHistory;
  expect([past.newPipeline.count, past.lost.count, past.pushedCloseDates.count, past.upsell.value]).toEqual([0, 0, 0, 0]);
  expect((await t.gql(Q, { filter: { period: 'SOON' } }, acme.tokens.admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.period' });
});

test('randomised: upsell and pushed close dates agree with plain SQL over the history table', async () => {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 12; i++) {
    const id = await create(acme.tokens.admin, { name: `R${i}`, amount: 1000, closeDate: '2031-06-15' });
    for (let k = 0; k < 3; k++) {
      if (rnd() < 0.5) await update(acme.tokens.admin, id, { amount: Math.round(500 + rnd() * 1000) });
      else await update(acme.tokens.admin, id, { closeDate: `2031-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-10` });
    }
  }
  const r = ok(await t.gql(Q, {}, acme.tokens.admin)).opportunityHistory;
  const [sql] = await t.ds.query(
    `SELECT
       (SELECT coalesce(sum("newValue"::numeric - "oldValue"::numeric), 0) FROM opportunity_field_history
         WHERE "orgId" = $1 AND field = 'amount' AND "newValue"::numeric > "oldValue"::numeric) AS raised,
       (SELECT count(DISTINCT "opportunityId") FROM opportunity_field_history
         WHERE "orgId" = $1 AND field = 'amount' AND "newValue"::numeric > "oldValue"::numeric) AS raisedN,
       (SELECT count(DISTINCT "opportunityId") FROM opportunity_field_history
         WHERE "orgId" = $1 AND field = 'closeDate' AND "newValue"::date > "oldValue"::date) AS pushed`,
    [acme.org.id],
  );
  expect(r.upsell.value).toBe(Number(sql.raised));
  expect(r.upsell.count).toBe(Number(sql.raisedn));
  expect(r.pushedCloseDates.count).toBe(Number(sql.pushed));
  expect(r.pushedCloseDates.count).toBeGreaterThan(1);
});
