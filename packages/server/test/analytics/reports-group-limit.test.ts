import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { HAND_OPPS, RUN, insertOpp, rng } from './reports-fixture';

let t: TestServer;
let acme: OrgFixture;
let many: OrgFixture;
interface Gen { ownerId: string; name: string; amount: number | null }
const data: Gen[] = [];

beforeAll(async () => {
  process.env.CRM_TODAY = '2026-11-18';
  t = await startTestServer();
  acme = await createOrg(t);
  for (const o of HAND_OPPS) await insertOpp(t, acme, o);
  // Many groups for the comparisons with plain SQL: 300 deals over 40 names, some amounts blank.
  many = await createOrg(t, 'Many');
  const r = rng(1795690000);
  const owners = ['rep1', 'rep2', 'rep3', 'manager'].map((k) => many.users[k].id);
  const rows = Array.from({ length: 300 }, (_, i) => {
    const g: Gen = { ownerId: r.pick(owners), name: i % 17 === 0 ? '' : `Deal ${r.int(40)}`, amount: r.next() < 0.1 ? null : r.int(1000) * 5 };
    data.push(g);
    return { ...g, orgId: many.org.id, stageName: 'Prospecting', closeDate: '2026-12-01', probability: 10, forecastCategoryName: 'Pipeline', isClosed: false, isWon: false };
  });
  await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", amount, "closeDate", probability, "forecastCategoryName", "isClosed", "isWon")
    SELECT "orgId", "ownerId", name, "stageName", amount, "closeDate", probability, "forecastCategoryName", "isClosed", "isWon" FROM json_populate_recordset(NULL::opportunity, $1::json)`, [JSON.stringify(rows)]);
});
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

const run = (d: Record<string, unknown>, org = acme, who = 'admin') => t.gql(RUN, { d: { reportType: 'opportunities', columns: ['name'], ...d } }, org.tokens[who]);
const groups = async (d: Record<string, unknown>) => ok(await run(d)).runReport.groupsDown.map((g: any) => [g.key, g.count, g.aggregates]);
const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const BY_COMPETITOR = { aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }] };

// HAND_OPPS by competitor: HubSpot A1 100, A2 200, A7 50 (3, 350); Salesforce A3 300, A4 400,
// A8 250 (3, 950); blank: A5 (no amount), A6 '' 600 (2, 600).
test('top N groups by an aggregate, by the record count, or by key; totals and rows still cover every row', async () => {
  const bySum = ok(await run({ ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor', sortAggregate: 'SUM:amount', sortOrder: 'DESC' }], groupLimit: 2 })).runReport;
  expect(bySum.groupsDown.map((g: any) => [g.key, g.label, g.count, g.aggregates])).toEqual([['Salesforce', 'Salesforce', 3, [3, 950]], [null, '-', 2, [2, 600]]]);
  expect(bySum.grandTotal).toEqual([{ key: 'COUNT', value: 8 }, { key: 'SUM:amount', value: 1900 }]);
  expect([bySum.totalCount, bySum.rows.length]).toEqual([8, 8]);
  // Without a limit the same order, every group.
  expect(await groups({ ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor', sortAggregate: 'SUM:amount', sortOrder: 'DESC' }] }))
    .toEqual([['Salesforce', 3, [3, 950]], [null, 2, [2, 600]], ['HubSpot', 3, [3, 350]]]);
  expect(await groups({ ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor', sortAggregate: 'SUM:amount' }], groupLimit: 1 })).toEqual([['HubSpot', 3, [3, 350]]]);
  // Equal counts (HubSpot, Salesforce: 3) keep key order; COUNT sorts by the record count even when not listed.
  expect(await groups({ ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor', sortAggregate: 'COUNT', sortOrder: 'DESC' }], groupLimit: 1 })).toEqual([['HubSpot', 3, [3, 350]]]);
  expect(await groups({ aggregates: [{ function: 'SUM', field: 'amount' }], groupingsDown: [{ field: 'competitor', sortAggregate: 'COUNT' }], groupLimit: 1 })).toEqual([[null, 2, [600]]]);
  // By key: descending, blank still last; a limit larger than the groups keeps them all.
  expect((await groups({ ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor', sortOrder: 'DESC' }] })).map((g: any) => g[0])).toEqual(['Salesforce', 'HubSpot', null]);
  expect((await groups({ ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor' }], groupLimit: 2 })).map((g: any) => g[0])).toEqual(['HubSpot', 'Salesforce']);
  expect((await groups({ ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor' }], groupLimit: 50 })).map((g: any) => g[0])).toEqual(['HubSpot', 'Salesforce', null]);
});

test('two levels and a matrix: the top groups keep their subgroups and cells, each level in its own order', async () => {
  const r = ok(await run({
    ...BY_COMPETITOR, groupLimit: 2,
    groupingsDown: [{ field: 'competitor', sortAggregate: 'SUM:amount', sortOrder: 'DESC' }, { field: 'stageName', sortAggregate: 'SUM:amount', sortOrder: 'DESC' }],
  })).runReport;
  // Salesforce: Closed Won A4 + A8 (650), Closed Lost A3 (300); blank: Closed Lost A6 (600), Prospecting A5 (no amount, last).
  expect(r.groupsDown.map((g: any) => [g.key, g.children.map((c: any) => [c.key, c.count, c.aggregates])])).toEqual([
    ['Salesforce', [['Closed Won', 2, [2, 650]], ['Closed Lost', 1, [1, 300]]]],
    [null, [['Closed Lost', 1, [1, 600]], ['Prospecting', 1, [1, null]]]],
  ]);
  const m = ok(await run({ ...BY_COMPETITOR, groupLimit: 1, groupingsDown: [{ field: 'competitor', sortAggregate: 'SUM:amount', sortOrder: 'DESC' }], groupingsAcross: [{ field: 'isWon', sortOrder: 'DESC' }] })).runReport;
  expect(m.groupsDown.map((g: any) => [g.key, g.cells.map((c: any) => [c.key, c.count, c.aggregates])])).toEqual([['Salesforce', [['true', 2, [2, 650]], ['false', 1, [1, 300]]]]]);
  // Column totals over every row: won A1, A4, A8 (750); not won A2, A3, A5, A6, A7 (1150).
  expect(m.groupsAcross.map((g: any) => [g.key, g.count, g.aggregates])).toEqual([['true', 3, [3, 750]], ['false', 5, [5, 1150]]]);
});

test.each(['admin', 'manager', 'rep3'])('top 7 names by SUM, COUNT and AVG of amount, as %s, equal a plain SQL query', async (who) => {
  const team = who === 'manager' ? [many.users.manager.id, many.users.rep1.id, many.users.rep2.id] : who === 'rep3' ? [many.users.rep3.id] : Object.values(many.users).map((u) => u.id);
  const aggregates = [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }, { function: 'AVG', field: 'amount' }];
  for (const [key, sql] of [['SUM:amount', 'sum(amount)'], ['COUNT', 'count(*)'], ['AVG:amount', 'avg(amount)']]) {
    const r = ok(await run({ aggregates, rowLimit: 0, groupingsDown: [{ field: 'name', sortAggregate: key, sortOrder: 'DESC' }], groupLimit: 7 }, many, who)).runReport;
    const want = await t.ds.query(`SELECT NULLIF(name, '') AS k, count(*)::int AS n, sum(amount)::float8 AS s, avg(amount)::float8 AS a FROM opportunity
      WHERE "orgId" = $1 AND "ownerId" = ANY($2::uuid[]) GROUP BY 1 ORDER BY ${sql} DESC NULLS LAST, 1 ASC NULLS LAST LIMIT 7`, [many.org.id, team]);
    expect(r.groupsDown.map((g: any) => g.key)).toEqual(want.map((w: any) => w.k));
    r.groupsDown.forEach((g: any, i: number) => {
      expect([g.count, g.aggregates[0], g.aggregates[1]]).toEqual([want[i].n, want[i].n, want[i].s]);
      if (want[i].a == null) expect(g.aggregates[2]).toBeNull();
      else expect(g.aggregates[2]).toBeCloseTo(want[i].a, 6);
    });
    const mine = data.filter((d) => team.includes(d.ownerId));
    expect(r.totalCount).toBe(mine.length);
    expect(r.grandTotal[1].value).toBe(mine.reduce((s, d) => s + (d.amount ?? 0), 0));
  }
});

test('refused: limits out of range or without a grouping, unknown or misplaced sort aggregates', async () => {
  const bad = async (d: Record<string, unknown>) => errorOf(await run(d));
  const down = [{ field: 'competitor' }];
  for (const groupLimit of [0, -1, 2001]) expect(await bad({ groupingsDown: down, groupLimit })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupLimit' });
  expect(await bad({ groupLimit: 5 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupLimit' });
  expect(await bad({ groupingsDown: [{ field: 'competitor', sortAggregate: 'SUM:amount' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupingsDown.0.sortAggregate' });
  expect(await bad({ ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor' }, { field: 'stageName', sortAggregate: 'MAX:amount' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupingsDown.1.sortAggregate' });
  expect(await bad({ ...BY_COMPETITOR, groupingsDown: down, groupingsAcross: [{ field: 'isWon', sortAggregate: 'COUNT' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupingsAcross.0.sortAggregate' });
  expect((await run({ groupingsDown: [{ field: 'competitor', sortOrder: 'SIDEWAYS' }] })).errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  // A saved report is validated the same way, and a stored definition too.
  const create = (definition: object) => t.gql(`mutation($i: CreateReportInput!) { createReport(input: $i) { id } }`, { i: { name: 'Top', definition: { reportType: 'opportunities', columns: ['name'], ...definition } } }, acme.tokens.admin);
  expect(errorOf(await create({ groupingsDown: down, groupLimit: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupLimit' });
  const id = ok(await create({ groupingsDown: down, groupLimit: 1 })).createReport.id;
  await t.ds.query(`UPDATE report SET "definitionData" = jsonb_set("definitionData", '{groupLimit}', '9999') WHERE id = $1`, [id]);
  expect(errorOf(await t.gql(`query($id: ID!) { savedReportResult(id: $id) { totalCount } }`, { id }, acme.tokens.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupLimit' });
});

test('saved reports keep the limit and the sort: stored, returned, and applied by savedReportResult and runSavedReport', async () => {
  const definition = { reportType: 'opportunities', columns: ['name'], ...BY_COMPETITOR, groupingsDown: [{ field: 'competitor', sortAggregate: 'SUM:amount', sortOrder: 'DESC' }], groupLimit: 1 };
  const saved = ok(await t.gql(`mutation($i: CreateReportInput!) { createReport(input: $i) { id definition { groupLimit groupingsDown { field sortOrder sortAggregate } } } }`,
    { i: { name: 'Top competitor', definition } }, acme.tokens.admin)).createReport;
  expect(saved.definition).toEqual({ groupLimit: 1, groupingsDown: [{ field: 'competitor', sortOrder: 'DESC', sortAggregate: 'SUM:amount' }] });
  const result = ok(await t.gql(`query($id: ID!) { savedReportResult(id: $id, rowLimit: 0) { groupsDown { key aggregates } grandTotal { value } } }`, { id: saved.id }, acme.tokens.admin)).savedReportResult;
  expect(result).toEqual({ groupsDown: [{ key: 'Salesforce', aggregates: [3, 950] }], grandTotal: [{ value: 8 }, { value: 1900 }] });
  // With a run-time filter (ANDed).
  const run = ok(await t.gql(`mutation($id: ID!, $f: [ReportFilterInput!]) { runSavedReport(id: $id, filters: $f) { groupsDown { key aggregates } } }`,
    { id: saved.id, f: [{ field: 'amount', operator: 'lessThan', value: '300' }] }, acme.tokens.admin)).runSavedReport;
  // amount < 300: HubSpot A1, A2, A7 (350), Salesforce A8 (250): HubSpot is the top one.
  expect(run.groupsDown).toEqual([{ key: 'HubSpot', aggregates: [3, 350] }]);
});
