import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

// Hand-made data, numbers worked out by hand. Hierarchy (harness): exec > manager > rep1, rep2; rep3 has no manager.
let t: TestServer;
let acme: OrgFixture;
let typeId: string;

const code = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const as = (who: string) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, acme.tokens[who]);

const ITEM = 'ownerOnlyAmount amountWithoutAdjustments amountWithoutManagerAdjustment forecastAmount hasAdjustment hasOwnerAdjustment adjustment { adjustedAmount adjustmentNote adjustedBy { name } lastModifiedDate } ownerAdjustment { adjustedAmount }';
export const GRID = `query($i: ForecastGridInput!) { forecastGrid(input: $i) {
  periods { startDate endDate }
  rows { id name depth parentId hasChildren canAdjust canAdjustOwn
    cells { startDate quota attainment openPipeline { ${ITEM} } bestCaseForecast { ${ITEM} } commitForecast { ${ITEM} } closedOnly { ${ITEM} } } } } }`;
const ADJUST = `mutation($i: AdjustForecastInput!) { adjustForecast(input: $i) { id version adjustedAmount adjustmentNote isOwnerAdjustment adjustedBy { name } } }`;
const QUOTA = `mutation($i: CreateForecastingQuotaInput!) { createForecastingQuota(input: $i) { id quotaAmount } }`;

async function grid(who: string, i: Record<string, unknown> = {}) {
  const r = await as(who)(GRID, { i: { forecastingTypeId: typeId, periodType: 'MONTH', startPeriod: '2027-01-01', periodCount: 2, ...i } });
  return { ...ok(r).forecastGrid, statements: r.extensions?.sqlStatements };
}
const row = (g: any, key: string) => g.rows.find((r: any) => r.id === acme.users[key].id);
const adjust = (who: string, owner: string, cat: string, amount: number, extra: Record<string, unknown> = {}) =>
  as(who)(ADJUST, { i: { forecastingTypeId: typeId, ownerId: acme.users[owner].id, startDate: '2027-01-01', forecastingItemCategory: cat, adjustedAmount: amount, ...extra } });

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  const u = acme.users;
  typeId = ok(await as('admin')(`mutation { createForecastingType(input: { developerName: "OpportunityRevenue", masterLabel: "Opportunity Revenue" }) { id } }`)).createForecastingType.id;
  // [owner, forecast category, amount, close date]
  const opps: Array<[string, string, number, string]> = [
    ['rep1', 'Pipeline', 100, '2027-01-05'], ['rep1', 'Best Case', 200, '2027-01-10'], ['rep1', 'Commit', 400, '2027-01-31'],
    ['rep1', 'Closed', 800, '2027-01-02'], ['rep1', 'Omitted', 5000, '2027-01-03'], ['rep1', 'Commit', 1000, '2027-02-14'],
    ['rep1', 'Closed', 99999, '2027-04-01'], ['rep1', 'Closed', 77777, '2026-12-31'],
    ['rep2', 'Best Case', 30, '2027-01-20'], ['rep2', 'Closed', 70, '2027-01-21'],
    ['manager', 'Commit', 3, '2027-01-15'], ['exec', 'Closed', 9, '2027-02-01'], ['rep3', 'Pipeline', 11, '2027-01-01'],
  ];
  for (const [owner, fc, amount, close] of opps) {
    await t.ds.query(
      `INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "closeDate", "forecastCategoryName", amount, "isClosed", "isWon")
       VALUES ($1, $2, 'Deal', 'x', $3, $4, $5, $6, $6)`, [acme.org.id, u[owner].id, close, fc, amount, fc === 'Closed']);
  }
  for (const [owner, month, amount, who] of [['rep1', '2027-01-01', 1600, 'manager'], ['rep1', '2027-02-01', 400, 'manager'], ['manager', '2027-01-01', 2000, 'exec']] as const) {
    ok(await as(who)(QUOTA, { i: { quotaOwnerId: u[owner].id, startDate: month, quotaAmount: amount } }));
  }
});
afterAll(() => t?.stop());

test('cumulative categories per owner and the roll-up across three levels', async () => {
  const g = await grid('exec');
  expect(g.periods).toEqual([{ startDate: '2027-01-01', endDate: '2027-01-31' }, { startDate: '2027-02-01', endDate: '2027-02-28' }]);
  const sums = (r: any, p: number) => ['openPipeline', 'bestCaseForecast', 'commitForecast', 'closedOnly'].map((k) => [r.cells[p][k].ownerOnlyAmount, r.cells[p][k].amountWithoutAdjustments]);
  // rep1 January: OP 100+200+400, BC 200+400+800, CF 400+800, Closed 800; Omitted and other months nowhere.
  expect(sums(row(g, 'rep1'), 0)).toEqual([[700, 700], [1400, 1400], [1200, 1200], [800, 800]]);
  expect(sums(row(g, 'rep2'), 0)).toEqual([[30, 30], [100, 100], [70, 70], [70, 70]]);
  // manager: own 3 (Commit) + rep1 + rep2.
  expect(sums(row(g, 'manager'), 0)).toEqual([[3, 733], [3, 1503], [3, 1273], [0, 870]]);
  expect(sums(row(g, 'exec'), 0)).toEqual([[0, 733], [0, 1503], [0, 1273], [0, 870]]);
  // February: rep1's Commit 1000, the exec's own Closed 9.
  expect(sums(row(g, 'exec'), 1)).toEqual([[0, 1000], [9, 1009], [9, 1009], [9, 9]]);
  expect(sums(row(g, 'rep3'), 0)).toEqual([[11, 11], [0, 0], [0, 0], [0, 0]]);
  expect(g.rows.map((r: any) => [r.name.split(' ')[1], r.depth])).toEqual([['admin', 0], ['exec', 0], ['manager', 1], ['rep1', 2], ['rep2', 2], ['rep3', 0]]);
});

test('quota and attainment = closed / quota, months summed into quarters', async () => {
  const g = await grid('manager');
  expect([row(g, 'rep1').cells[0].quota, row(g, 'rep1').cells[0].attainment]).toEqual([1600, 0.5]);
  expect([row(g, 'rep1').cells[1].quota, row(g, 'rep1').cells[1].attainment]).toEqual([400, 0]);
  expect([row(g, 'manager').cells[0].quota, row(g, 'manager').cells[0].attainment]).toEqual([2000, 0.435]);
  expect([row(g, 'rep2').cells[0].quota, row(g, 'rep2').cells[0].attainment]).toEqual([null, null]);
  const q = await grid('manager', { periodType: 'QUARTER', periodCount: 1 });
  expect(q.periods).toEqual([{ startDate: '2027-01-01', endDate: '2027-03-31' }]);
  const c = row(q, 'rep1').cells[0];
  expect([c.quota, c.attainment, c.commitForecast.amountWithoutAdjustments, c.openPipeline.amountWithoutAdjustments]).toEqual([2000, 0.4, 2200, 1700]);
});

test('users cannot set their own quota, nor the quota of someone not below them', async () => {
  const mine = await as('rep1')(QUOTA, { i: { quotaOwnerId: acme.users.rep1.id, startDate: '2027-03-01', quotaAmount: 1 } });
  expect(code(mine)).toMatchObject({ code: 'FORBIDDEN' });
  const peer = await as('manager')(QUOTA, { i: { quotaOwnerId: acme.users.rep3.id, startDate: '2027-03-01', quotaAmount: 1 } });
  expect(code(peer)).toMatchObject({ code: 'FORBIDDEN', field: 'quotaOwnerId' });
  const manager = await as('manager')(QUOTA, { i: { quotaOwnerId: acme.users.manager.id, startDate: '2027-03-01', quotaAmount: 1 } });
  expect(code(manager)).toMatchObject({ code: 'FORBIDDEN' });
  const blank = await as('manager')(QUOTA, { i: { quotaOwnerId: acme.users.rep1.id, startDate: '2027-03-01' } });
  expect(code(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotaAmount' });
});

test('visibility: a rep sees their row, a manager the team, drill-in stays inside it', async () => {
  expect((await grid('rep1')).rows.map((r: any) => r.id)).toEqual([acme.users.rep1.id]);
  const m = await grid('manager');
  expect(m.rows.map((r: any) => [r.id, r.depth, r.canAdjust, r.canAdjustOwn])).toEqual([
    [acme.users.manager.id, 0, false, true], [acme.users.rep1.id, 1, true, false], [acme.users.rep2.id, 1, true, false]]);
  expect((await grid('manager', { rootId: acme.users.rep2.id })).rows.map((r: any) => r.id)).toEqual([acme.users.rep2.id]);
  const r = await as('rep1')(GRID, { i: { forecastingTypeId: typeId, rootId: acme.users.rep2.id } });
  expect(code(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rootId' });
});

describe('adjustments', () => {
  beforeAll(async () => {
    ok(await adjust('manager', 'rep1', 'COMMIT_FORECAST', 1500, { adjustmentNote: 'Big deal likely' }));
    const own = ok(await adjust('rep2', 'rep2', 'BEST_CASE_FORECAST', 150)).adjustForecast;
    expect(own).toMatchObject({ isOwnerAdjustment: true, version: 1 });
    ok(await adjust('exec', 'manager', 'COMMIT_FORECAST', 2000));
  });

  test("the manager's view: adjusted values beside the originals", async () => {
    const g = await grid('manager');
    const cf = row(g, 'rep1').cells[0].commitForecast;
    expect(cf).toMatchObject({ forecastAmount: 1500, amountWithoutAdjustments: 1200, amountWithoutManagerAdjustment: 1200, hasAdjustment: true, hasOwnerAdjustment: false });
    expect(cf.adjustment).toMatchObject({ adjustedAmount: 1500, adjustmentNote: 'Big deal likely', adjustedBy: { name: 'Acme manager' } });
    const bc = row(g, 'rep2').cells[0].bestCaseForecast;
    expect(bc).toMatchObject({ forecastAmount: 150, amountWithoutManagerAdjustment: 150, amountWithoutAdjustments: 100, hasOwnerAdjustment: true, hasAdjustment: false });
    // manager: own 3 + rep1 1500 (adjusted) + rep2 70; Best Case 3 + 1400 + 150. The exec's adjustment is not visible here.
    const mgr = row(g, 'manager').cells[0];
    expect([mgr.commitForecast.forecastAmount, mgr.commitForecast.amountWithoutAdjustments, mgr.commitForecast.hasAdjustment]).toEqual([1573, 1273, false]);
    expect(mgr.bestCaseForecast.forecastAmount).toBe(1553);
    // Open pipeline and closed are never adjusted.
    expect(row(g, 'rep1').cells[0].openPipeline.forecastAmount).toBe(700);
  });

  test("the executive's view: their adjustment of the manager replaces the manager's total", async () => {
    const g = await grid('exec');
    const mgr = row(g, 'manager').cells[0].commitForecast;
    expect(mgr).toMatchObject({ forecastAmount: 2000, amountWithoutManagerAdjustment: 1573, amountWithoutAdjustments: 1273, hasAdjustment: true });
    expect(row(g, 'exec').cells[0].commitForecast.forecastAmount).toBe(2000);
    expect(row(g, 'exec').cells[0].bestCaseForecast.forecastAmount).toBe(1553);
  });

  test('the rep sees their own numbers, not the manager adjustment', async () => {
    const cf = row(await grid('rep1'), 'rep1').cells[0].commitForecast;
    expect(cf).toMatchObject({ forecastAmount: 1200, hasAdjustment: false, adjustment: null });
  });

  test('a second adjustment by the same manager replaces theirs (versioned); a higher manager keeps their own', async () => {
    const again = ok(await adjust('manager', 'rep1', 'COMMIT_FORECAST', 1400, { expectedVersion: 1 })).adjustForecast;
    expect([again.version, again.adjustedAmount, again.adjustmentNote]).toEqual([2, 1400, null]);
    const stale = await adjust('manager', 'rep1', 'COMMIT_FORECAST', 1300, { expectedVersion: 1 });
    expect(code(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    ok(await adjust('exec', 'rep1', 'COMMIT_FORECAST', 1700));
    expect(row(await grid('exec'), 'rep1').cells[0].commitForecast.forecastAmount).toBe(1700);
    expect(row(await grid('manager'), 'rep1').cells[0].commitForecast.forecastAmount).toBe(1400);
    // The quarter sums the months: 1400 (adjusted January) + 1000 (February) in the manager's view.
    const q = await grid('manager', { periodType: 'QUARTER', periodCount: 1 });
    expect(row(q, 'rep1').cells[0].commitForecast).toMatchObject({ forecastAmount: 2400, amountWithoutAdjustments: 2200, hasAdjustment: true, adjustment: null });
  });

  test('refused: non-managers, peers, unadjustable categories, bad input; nothing changes', async () => {
    const [{ n: before }] = await t.ds.query(`SELECT count(*)::int AS n FROM forecasting_adjustment WHERE "orgId" = $1`, [acme.org.id]);
    expect(code(await adjust('rep1', 'rep2', 'COMMIT_FORECAST', 1))).toMatchObject({ code: 'FORBIDDEN', field: 'ownerId' });
    expect(code(await adjust('rep1', 'manager', 'COMMIT_FORECAST', 1))).toMatchObject({ code: 'FORBIDDEN', field: 'ownerId' });
    expect(code(await adjust('manager', 'rep3', 'COMMIT_FORECAST', 1))).toMatchObject({ code: 'FORBIDDEN', field: 'ownerId' });
    expect(code(await adjust('manager', 'rep1', 'OPEN_PIPELINE', 1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forecastingItemCategory' });
    expect(code(await adjust('manager', 'rep1', 'CLOSED_ONLY', 1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forecastingItemCategory' });
    expect(code(await adjust('manager', 'rep1', 'COMMIT_FORECAST', 1, { adjustmentNote: 'x'.repeat(256) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adjustmentNote' });
    expect(code(await adjust('manager', 'rep1', 'COMMIT_FORECAST', 1, { startDate: '2027-01-15' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate' });
    expect(code(await adjust('manager', 'rep1', 'COMMIT_FORECAST', -5))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adjustedAmount' });
    const [{ n: after }] = await t.ds.query(`SELECT count(*)::int AS n FROM forecasting_adjustment WHERE "orgId" = $1`, [acme.org.id]);
    expect(after).toBe(before);
  });

  test('owner adjustments off: refused for the owner', async () => {
    const off = ok(await as('admin')(`mutation { createForecastingType(input: { developerName: "NoOwner", masterLabel: "No owner", hasOwnerAdjustments: false }) { id } }`)).createForecastingType.id;
    const r = await adjust('rep2', 'rep2', 'COMMIT_FORECAST', 1, { forecastingTypeId: off });
    expect(code(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forecastingTypeId' });
  });
});

test('statements per grid do not grow with periods or rows', async () => {
  const one = await grid('exec', { periodCount: 1 });
  const twelve = await grid('exec', { periodCount: 12 });
  const manager = await grid('manager', { periodCount: 12 });
  expect(one.statements).toBeGreaterThan(0);
  expect(twelve.statements).toBe(one.statements);
  expect(manager.statements).toBe(one.statements);
  // Without any visible adjustment there is no adjuster to load.
  expect((await grid('rep1', { periodCount: 12 })).statements).toBe(one.statements - 1);
});
