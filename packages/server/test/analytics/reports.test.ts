import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { HAND_OPPS, RUN, insertOpp, insertRow } from './reports-fixture';

let t: TestServer;
let acme: OrgFixture;
let accountId: string;

beforeAll(async () => {
  process.env.CRM_TODAY = '2026-11-18';
  t = await startTestServer();
  acme = await createOrg(t);
  accountId = await insertRow(t, 'account', { orgId: acme.org.id, ownerId: acme.users.rep2.id, name: 'Globex Corp' });
  for (const o of HAND_OPPS) await insertOpp(t, acme, { ...o, accountId: o.name === 'A1' ? accountId : null });
});
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

const run = (d: Record<string, unknown>, token = acme.tokens.admin) => t.gql(RUN, { d: { reportType: 'opportunities', columns: ['name'], ...d } }, token);
const names = async (filters: unknown[], token = acme.tokens.admin) =>
  ok(await run({ filters, rowLimit: 100 }, token)).runReport.rows.map((r: any) => r.values[0]).sort();
const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const ALL = [
  { function: 'COUNT' }, { function: 'SUM', field: 'amount' }, { function: 'AVG', field: 'amount' },
  { function: 'MIN', field: 'amount' }, { function: 'MAX', field: 'amount' },
];

test('tabular: count, sum, avg, min, max over every row (blank amounts ignored by sum/avg/min/max)', async () => {
  const r = ok(await run({ columns: ['name', 'amount', 'closeDate', 'isWon'], aggregates: ALL })).runReport;
  expect(r.format).toBe('TABULAR');
  expect(r.totalCount).toBe(8);
  // 100 + 200 + 300 + 400 + 600 + 50 + 250 = 1900 over 7 amounts; A5 has none.
  expect(r.grandTotal).toEqual([
    { key: 'COUNT', value: 8 }, { key: 'SUM:amount', value: 1900 }, { key: 'AVG:amount', value: 1900 / 7 },
    { key: 'MIN:amount', value: 50 }, { key: 'MAX:amount', value: 600 },
  ]);
  expect(r.rows).toHaveLength(8);
  expect(r.rows[0]).toMatchObject({ values: ['A1', '100', '2026-11-02', 'true'], groupKeys: [] });
  expect(r.aggregates.map((a: any) => a.label)).toEqual(['Record Count', 'Sum of Amount', 'Average of Amount', 'Min of Amount', 'Max of Amount']);
});

test('summary by stage: subtotals per group, hand-computed', async () => {
  const r = ok(await run({ groupingsDown: [{ field: 'stageName' }], aggregates: ALL })).runReport;
  expect(r.format).toBe('SUMMARY');
  expect(r.groupsDown.map((g: any) => [g.key, g.count, g.aggregates])).toEqual([
    ['Closed Lost', 3, [3, 1100, 1100 / 3, 200, 600]],
    ['Closed Won', 3, [3, 750, 250, 100, 400]],
    ['Negotiation/Review', 1, [1, 50, 50, 50, 50]],
    ['Prospecting', 1, [1, null, null, null, null]],
  ]);
  expect(r.rows.map((x: any) => x.groupKeys[0])).toEqual(['Closed Lost', 'Closed Lost', 'Closed Lost', 'Closed Won', 'Closed Won', 'Closed Won', 'Negotiation/Review', 'Prospecting']);
});

test('Lost Reasons by Competitor: two groupings down, blank competitor ("" and null) grouped last as "-"', async () => {
  const r = ok(await run({
    filters: [{ field: 'stageName', operator: 'equals', value: 'Closed Lost' }],
    groupingsDown: [{ field: 'competitor' }, { field: 'lostReason' }],
    aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }],
  })).runReport;
  expect(r.groupsDown.map((g: any) => [g.key, g.label, g.count, g.aggregates, g.children.map((c: any) => [c.key, c.count, c.aggregates])])).toEqual([
    ['HubSpot', 'HubSpot', 1, [1, 200], [['Price', 1, [1, 200]]]],
    ['Salesforce', 'Salesforce', 1, [1, 300], [['Price', 1, [1, 300]]]],
    [null, '-', 1, [1, 600], [['Features', 1, [1, 600]]]],
  ]);
  expect(r.grandTotal).toEqual([{ key: 'COUNT', value: 3 }, { key: 'SUM:amount', value: 1100 }]);
});

test('matrix: wins and losses by competitor (rows competitor, columns isWon), cells and column totals', async () => {
  const r = ok(await run({
    filters: [{ field: 'isClosed', operator: 'equals', value: 'true' }, { field: 'competitor', operator: 'notEqual' }],
    groupingsDown: [{ field: 'competitor' }], groupingsAcross: [{ field: 'isWon' }],
    aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }],
  })).runReport;
  expect(r.format).toBe('MATRIX');
  expect(r.groupsAcross).toEqual([
    { key: 'false', label: 'False', count: 2, aggregates: [2, 500] },
    { key: 'true', label: 'True', count: 3, aggregates: [3, 750] },
  ]);
  expect(r.groupsDown.map((g: any) => [g.key, g.count, g.aggregates, g.cells.map((c: any) => [c.key, c.count, c.aggregates])])).toEqual([
    ['HubSpot', 2, [2, 300], [['false', 1, [1, 200]], ['true', 1, [1, 100]]]],
    ['Salesforce', 3, [3, 950], [['false', 1, [1, 300]], ['true', 2, [2, 650]]]],
  ]);
  expect(r.grandTotal).toEqual([{ key: 'COUNT', value: 5 }, { key: 'SUM:amount', value: 1250 }]);
});

test('win rate by competitor: AVG of isWon over closed deals is won ÷ closed in percent', async () => {
  const r = ok(await run({
    filters: [{ field: 'isClosed', operator: 'equals', value: 'true' }, { field: 'competitor', operator: 'notEqual' }],
    groupingsDown: [{ field: 'competitor' }],
    aggregates: [{ function: 'AVG', field: 'isWon' }, { function: 'SUM', field: 'isWon' }],
  })).runReport;
  expect(r.aggregates.map((a: any) => a.dataType)).toEqual(['PERCENT', 'NUMBER']);
  expect(r.groupsDown.map((g: any) => [g.key, g.aggregates])).toEqual([['HubSpot', [50, 1]], ['Salesforce', [200 / 3, 2]]]);
  expect(r.grandTotal[0].value).toBeCloseTo(60);
});

test('date buckets: day, week (from Sunday), month, quarter, year', async () => {
  const buckets = async (g: string) => ok(await run({ groupingsDown: [{ field: 'closeDate', dateGranularity: g }] })).runReport.groupsDown.map((x: any) => [x.key, x.label, x.count]);
  expect(await buckets('MONTH')).toEqual([['2025-12-01', '2025-12', 1], ['2026-09-01', '2026-09', 1], ['2026-10-01', '2026-10', 1], ['2026-11-01', '2026-11', 4], ['2026-12-01', '2026-12', 1]]);
  expect(await buckets('WEEK')).toEqual([
    ['2025-12-28', '2025-12-28', 1], ['2026-09-27', '2026-09-27', 1], ['2026-10-11', '2026-10-11', 1],
    ['2026-11-01', '2026-11-01', 2], ['2026-11-08', '2026-11-08', 1], ['2026-11-15', '2026-11-15', 1], ['2026-12-20', '2026-12-20', 1],
  ]);
  expect(await buckets('QUARTER')).toEqual([['2025-10-01', '2025 Q4', 1], ['2026-07-01', '2026 Q3', 1], ['2026-10-01', '2026 Q4', 6]]);
  expect(await buckets('YEAR')).toEqual([['2025-01-01', '2025', 1], ['2026-01-01', '2026', 7]]);
  expect((await buckets('DAY')).map((b: any) => b[2])).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  // A date/time field buckets too (createdDate: A1 on 2026-11-18, the rest on 2026-10-01).
  const c = ok(await run({ groupingsDown: [{ field: 'createdDate', dateGranularity: 'MONTH' }] })).runReport.groupsDown;
  expect(c.map((x: any) => [x.key, x.count])).toEqual([['2026-10-01', 7], ['2026-11-01', 1]]);
});

test('text, number and checkbox operators, with Salesforce blank semantics', async () => {
  expect(await names([{ field: 'name', operator: 'equals', value: 'a1' }])).toEqual(['A1']);
  expect(await names([{ field: 'name', operator: 'equals', value: 'A1, A2' }])).toEqual(['A1', 'A2']);
  expect(await names([{ field: 'name', operator: 'notEqual', value: 'A1' }])).toEqual(['A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
  expect(await names([{ field: 'amount', operator: 'lessThan', value: '200' }])).toEqual(['A1', 'A7']);
  expect(await names([{ field: 'amount', operator: 'greaterThan', value: '400' }])).toEqual(['A6']);
  expect(await names([{ field: 'amount', operator: 'lessOrEqual', value: '200' }])).toEqual(['A1', 'A2', 'A7']);
  expect(await names([{ field: 'amount', operator: 'greaterOrEqual', value: '400' }])).toEqual(['A4', 'A6']);
  expect(await names([{ field: 'amount', operator: 'equals' }])).toEqual(['A5']);
  expect(await names([{ field: 'amount', operator: 'notEqual', value: '' }])).toEqual(['A1', 'A2', 'A3', 'A4', 'A6', 'A7', 'A8']);
  // "not equal to 100" keeps the blank amount (Salesforce).
  expect(await names([{ field: 'amount', operator: 'notEqual', value: '100' }])).toEqual(['A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
  expect(await names([{ field: 'amount', operator: 'in', values: ['100', '600'] }])).toEqual(['A1', 'A6']);
  expect(await names([{ field: 'competitor', operator: 'contains', value: 'HUB' }])).toEqual(['A1', 'A2', 'A7']);
  expect(await names([{ field: 'competitor', operator: 'contains', value: 'hub,force' }])).toEqual(['A1', 'A2', 'A3', 'A4', 'A7', 'A8']);
  expect(await names([{ field: 'competitor', operator: 'notContain', value: 'hubspot' }])).toEqual(['A3', 'A4', 'A5', 'A6', 'A8']);
  expect(await names([{ field: 'competitor', operator: 'startsWith', value: 's' }])).toEqual(['A3', 'A4', 'A8']);
  expect(await names([{ field: 'competitor', operator: 'startsWith', value: 'alesforce' }])).toEqual([]);
  expect(await names([{ field: 'competitor', operator: 'in', values: ['HubSpot', 'salesforce'] }])).toEqual(['A1', 'A2', 'A3', 'A4', 'A7', 'A8']);
  // Blank: null and empty text alike.
  expect(await names([{ field: 'competitor', operator: 'equals' }])).toEqual(['A5', 'A6']);
  expect(await names([{ field: 'competitor', operator: 'notEqual' }])).toEqual(['A1', 'A2', 'A3', 'A4', 'A7', 'A8']);
  expect(await names([{ field: 'lostReason', operator: 'notEqual' }, { field: 'competitor', operator: 'notEqual' }])).toEqual(['A2', 'A3']);
  // LIKE wildcards in values are literal.
  expect(await names([{ field: 'name', operator: 'contains', value: '%' }])).toEqual([]);
  expect(await names([{ field: 'name', operator: 'startsWith', value: 'A_' }])).toEqual([]);
  expect(await names([{ field: 'isWon', operator: 'equals', value: 'true' }])).toEqual(['A1', 'A4', 'A8']);
  expect(await names([{ field: 'isWon', operator: 'notEqual', value: 'TRUE' }])).toEqual(['A2', 'A3', 'A5', 'A6', 'A7']);
});

test('relative date literals against analyticsToday (2026-11-18)', async () => {
  const f = (operator: string, value: string, field = 'closeDate') => names([{ field, operator, value }]);
  expect(await f('equals', 'THIS_MONTH')).toEqual(['A1', 'A2', 'A4', 'A7']);
  expect(await f('equals', 'THIS_MONTH,LAST_MONTH')).toEqual(['A1', 'A2', 'A3', 'A4', 'A7']);
  expect(await f('notEqual', 'THIS_MONTH')).toEqual(['A3', 'A5', 'A6', 'A8']);
  expect(await f('equals', 'LAST_N_DAYS:40')).toEqual(['A1', 'A2', 'A3', 'A4', 'A7']);
  expect(await f('equals', 'LAST_N_DAYS:30')).toEqual(['A1', 'A2', 'A4', 'A7']);
  expect(await f('lessThan', 'THIS_YEAR')).toEqual(['A6']);
  expect(await f('greaterThan', 'THIS_MONTH')).toEqual(['A5']);
  expect(await f('lessOrEqual', 'LAST_MONTH')).toEqual(['A3', 'A6', 'A8']);
  expect(await f('greaterOrEqual', 'THIS_QUARTER')).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A7']);
  expect(await f('equals', 'THIS_FISCAL_QUARTER')).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A7']);
  expect(await f('equals', '2026-11-02')).toEqual(['A1']);
  expect(await f('equals', 'TODAY')).toEqual(['A7']);
  expect(await f('equals', 'TODAY', 'createdDate')).toEqual(['A1']);
  expect(await f('lessThan', 'TODAY', 'createdDate')).toEqual(['A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
});

test('refused: unknown fields, operators that do not fit, malformed literals, too many groupings', async () => {
  const bad = async (d: Record<string, unknown>) => errorOf(await run(d));
  expect(await bad({ filters: [{ field: 'name', operator: 'equals', value: 'x' }, { field: 'passwordHash', operator: 'equals', value: 'x' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.1.field' });
  expect(await bad({ columns: ['name', 'o.ownerId'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns.1' });
  expect(await bad({ filters: [{ field: 'closeDate', operator: 'equals', value: 'THIS_MONTHS' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.value' });
  expect(await bad({ filters: [{ field: 'closeDate', operator: 'equals', value: 'LAST_N_DAYS:x' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.value' });
  expect(await bad({ filters: [{ field: 'amount', operator: 'contains', value: '1' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.operator' });
  expect(await bad({ filters: [{ field: 'stageName', operator: 'lessThan', value: 'B' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.operator' });
  expect(await bad({ filters: [{ field: 'amount', operator: 'equals', value: '1e3' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.value' });
  expect(await bad({ filters: [{ field: 'isWon', operator: 'equals', value: 'yes' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.value' });
  expect(await bad({ filters: [{ field: 'amount', operator: 'lessThan' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.value' });
  expect(await bad({ groupingsDown: [{ field: 'stageName' }, { field: 'competitor' }, { field: 'ownerName' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupingsDown' });
  expect(await bad({ groupingsDown: [{ field: 'stageName' }], groupingsAcross: [{ field: 'isWon' }, { field: 'type' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupingsAcross' });
  expect(await bad({ groupingsDown: [{ field: 'stageName', dateGranularity: 'MONTH' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupingsDown.0.dateGranularity' });
  expect(await bad({ groupingsDown: [{ field: 'id' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupingsDown.0.field' });
  expect(await bad({ aggregates: [{ function: 'SUM', field: 'stageName' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aggregates.0.field' });
  expect(await bad({ aggregates: [{ function: 'AVG' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aggregates.0.field' });
  expect(await bad({ rowLimit: 5000 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rowLimit' });
  // An operator or a report type outside the enums is refused by GraphQL before any SQL.
  const raw = await t.gql(RUN, { d: { reportType: 'opportunities', columns: ['name'], filters: [{ field: 'name', operator: "equals' OR 1=1 --", value: 'x' }] } }, acme.tokens.admin);
  expect(raw.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  expect(raw.data).toBeUndefined();
});

test('visibility: a rep sees own rows, a manager the team, joined accounts only when visible', async () => {
  const sum = async (token: string) => ok(await run({ columns: ['name', 'accountName'], aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }] }, token)).runReport;
  const rep1 = await sum(acme.tokens.rep1);
  expect(rep1.grandTotal).toEqual([{ key: 'COUNT', value: 3 }, { key: 'SUM:amount', value: 350 }]);
  // A1's account belongs to rep2: rep1 does not read it, so the name is blank for rep1.
  expect(rep1.rows.find((r: any) => r.values[0] === 'A1').values[1]).toBeNull();
  const mgr = await sum(acme.tokens.manager);
  expect(mgr.grandTotal).toEqual([{ key: 'COUNT', value: 6 }, { key: 'SUM:amount', value: 1300 }]);
  expect(mgr.rows.find((r: any) => r.values[0] === 'A1').values[1]).toBe('Globex Corp');
  expect((await sum(acme.tokens.rep3)).grandTotal[0].value).toBe(2);
  expect((await sum(acme.tokens.exec)).grandTotal[0].value).toBe(8);
  // Another organisation sees none of it.
  const other = await createOrg(t, 'Other');
  expect((await sum(other.tokens.admin)).totalCount).toBe(0);
});

test('opportunities with competitors: one row per opportunity and its Competitor record', async () => {
  const r = ok(await t.gql(RUN, { d: { reportType: 'opportunitiesWithCompetitors', columns: ['name', 'competitorName', 'competitorIsActive'], groupingsDown: [{ field: 'competitorName' }] } }, acme.tokens.admin)).runReport;
  expect(r.groupsDown.map((g: any) => [g.key, g.count])).toEqual([['HubSpot', 3], ['Salesforce', 3]]);
  expect(r.rows[0].values).toEqual(['A1', 'HubSpot', 'true']);
});

test('statement count does not grow with rows', async () => {
  const d = { groupingsDown: [{ field: 'stageName' }, { field: 'competitor' }], groupingsAcross: [{ field: 'isWon' }], aggregates: ALL };
  const before = (await run(d)).extensions?.sqlStatements;
  const other = await createOrg(t, 'Many');
  for (let i = 0; i < 150; i++) await insertOpp(t, other, { name: `M${i}`, owner: i % 2 ? 'rep1' : 'rep2', stageName: i % 3 ? 'Closed Won' : 'Prospecting', amount: i, closeDate: '2026-11-01', competitor: i % 4 ? 'HubSpot' : null });
  const r = await t.gql(RUN, { d: { reportType: 'opportunities', columns: ['name'], ...d } }, other.tokens.manager);
  expect(ok(r).runReport.totalCount).toBe(150);
  expect(before).toBeGreaterThan(0);
  expect(r.extensions?.sqlStatements).toBe(before);
});

test('a selection without rows (a dashboard widget) still gets groups and totals; truncated tells rows were left out', async () => {
  const r = ok(await t.gql(`query($d: ReportDefinitionInput!) { runReport(definition: $d) { totalCount truncated groupsDown { key count } } }`,
    { d: { reportType: 'opportunities', columns: ['name'], groupingsDown: [{ field: 'isWon' }] } }, acme.tokens.admin)).runReport;
  expect(r).toEqual({ totalCount: 8, truncated: true, groupsDown: [{ key: 'false', count: 5 }, { key: 'true', count: 3 }] });
  const withRows = ok(await run({ groupingsDown: [{ field: 'isWon' }], rowLimit: 5 })).runReport;
  expect([withRows.rows.length, withRows.truncated]).toEqual([5, true]);
  expect(ok(await run({ rowLimit: 8 })).runReport.truncated).toBe(false);
});

test('runSavedReport takes a constant number of statements', async () => {
  const def = { reportType: 'opportunities', columns: ['name', 'amount'], groupingsDown: [{ field: 'stageName' }] };
  const id = ok(await t.gql(`mutation($d: ReportDefinitionInput!) { createReport(input: { name: "Stmt", definition: $d }) { id } }`, { d: def }, acme.tokens.admin)).createReport.id;
  const runs = [];
  for (const filters of [[], [{ field: 'amount', operator: 'greaterThan', value: '0' }]]) {
    const r = await t.gql(`mutation($id: ID!, $f: [ReportFilterInput!]) { runSavedReport(id: $id, filters: $f) { totalCount rows { values } } }`, { id, f: filters }, acme.tokens.admin);
    ok(r);
    runs.push(r.extensions?.sqlStatements);
  }
  expect(runs[0]).toBe(runs[1]);
  expect(runs[0]).toBeLessThanOrEqual(5);
});
