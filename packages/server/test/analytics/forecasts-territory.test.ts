import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

// Territory forecasts on a hand-made active model: Region (exec) > Team A (manager) > Sub A1 (rep1); Region > Team B (rep3).
let t: TestServer;
let acme: OrgFixture;
let typeId: string;
const ter: Record<string, string> = {};

const code = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const GRID = `query($i: ForecastGridInput!) { forecastGrid(input: $i) { rows { id name depth canAdjust canAdjustOwn cells { quota attainment
  ${['openPipeline', 'bestCaseForecast', 'commitForecast', 'closedOnly'].map((k) => `${k} { ownerOnlyAmount amountWithoutAdjustments forecastAmount hasAdjustment hasOwnerAdjustment }`).join(' ')} } } } }`;
const ADJUST = `mutation($i: AdjustForecastInput!) { adjustForecast(input: $i) { id isOwnerAdjustment } }`;

async function grid(who: string) {
  return ok(await t.gql(GRID, { i: { forecastingTypeId: typeId, startPeriod: '2027-01-01', periodCount: 1 } }, acme.tokens[who])).forecastGrid;
}
const row = (g: any, name: string) => g.rows.find((r: any) => r.id === ter[name])?.cells[0];
const adjust = (who: string, territory: string, cat: string, amount: number) =>
  t.gql(ADJUST, { i: { forecastingTypeId: typeId, territoryId: ter[territory], startDate: '2027-01-01', forecastingItemCategory: cat, adjustedAmount: amount } }, acme.tokens[who]);

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  const u = acme.users;
  const admin = (q: string, v?: Record<string, unknown>) => t.gql(q, v, acme.tokens.admin).then(ok);
  typeId = (await admin(`mutation { createForecastingType(input: { developerName: "TerritoryRevenue", masterLabel: "Territory", roleType: TERRITORY }) { id } }`)).createForecastingType.id;
  const modelId = (await admin(`mutation { createTerritoryModel(input: { name: "FY27" }) { id } }`)).createTerritoryModel.id;
  for (const [name, parent, fuser] of [['Region', null, 'exec'], ['Team A', 'Region', 'manager'], ['Sub A1', 'Team A', 'rep1'], ['Team B', 'Region', 'rep3']] as const) {
    ter[name] = (await admin(`mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id } }`, { i: { modelId, name, parentId: parent && ter[parent], forecastUserId: u[fuser].id } })).createTerritory.id;
  }
  await admin(`mutation($id: ID!) { activateTerritoryModel(id: $id) { id } }`, { id: modelId });
  const acc: Record<string, string> = {};
  for (const name of ['acc1', 'acc2', 'acc3', 'acc4']) {
    acc[name] = (await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, $3) RETURNING id`, [acme.org.id, u.rep2.id, name]))[0].id;
  }
  // acc4 is in two territories of the same (no) type: a tie, so its opportunities have no territory.
  for (const [a, tt] of [['acc1', 'Team A'], ['acc2', 'Sub A1'], ['acc3', 'Team B'], ['acc4', 'Team A'], ['acc4', 'Team B']]) {
    await admin(`mutation($a: ID!, $t: ID!) { createObjectTerritoryAssociation(input: { accountId: $a, territoryId: $t }) { id } }`, { a: acc[a], t: ter[tt] });
  }
  for (const [a, fc, amount] of [['acc1', 'Commit', 100], ['acc2', 'Closed', 200], ['acc2', 'Best Case', 40], ['acc3', 'Pipeline', 300], ['acc4', 'Commit', 999]] as const) {
    await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount) VALUES ($1, $2, $3, 'D', 'x', '2027-01-10', $4, $5)`,
      [acme.org.id, u.rep2.id, acc[a], fc, amount]);
  }
  ok(await t.gql(`mutation($i: CreateForecastingQuotaInput!) { createForecastingQuota(input: $i) { id } }`,
    { i: { quotaOwnerId: u.manager.id, territoryId: ter['Team A'], startDate: '2027-01-01', quotaAmount: 500 } }, acme.tokens.exec));
});
afterAll(() => t?.stop());

test('the territory tree rolls up; a tie of territories assigns no territory; territory quota and attainment', async () => {
  const g = await grid('exec');
  expect(g.rows.map((r: any) => [r.name, r.depth])).toEqual([['Region', 0], ['Team A', 1], ['Sub A1', 2], ['Team B', 1]]);
  const awa = (name: string) => ['openPipeline', 'bestCaseForecast', 'commitForecast', 'closedOnly'].map((k) => row(g, name)[k].amountWithoutAdjustments);
  expect(awa('Sub A1')).toEqual([40, 240, 200, 200]);
  expect(awa('Team A')).toEqual([140, 340, 300, 200]);
  expect(row(g, 'Team A').commitForecast.ownerOnlyAmount).toBe(100);
  expect(awa('Team B')).toEqual([300, 0, 0, 0]);
  expect(awa('Region')).toEqual([440, 340, 300, 200]);
  expect([row(g, 'Team A').quota, row(g, 'Team A').attainment]).toEqual([500, 0.4]);
});

test('visibility: forecast managers and assigned users see their territories and those below', async () => {
  expect((await grid('manager')).rows.map((r: any) => r.name)).toEqual(['Team A', 'Sub A1']);
  expect((await grid('rep1')).rows.map((r: any) => r.name)).toEqual(['Sub A1']);
  expect((await grid('rep3')).rows.map((r: any) => r.name)).toEqual(['Team B']);
  expect((await grid('rep2')).rows).toEqual([]);
  const m = await grid('manager');
  expect(m.rows.map((r: any) => [r.name, r.canAdjust, r.canAdjustOwn])).toEqual([['Team A', false, true], ['Sub A1', true, false]]);
});

test('adjustments by the forecast managers above, and by the territory\'s own forecast manager', async () => {
  expect(ok(await adjust('exec', 'Team A', 'COMMIT_FORECAST', 800)).adjustForecast.isOwnerAdjustment).toBe(false);
  ok(await adjust('manager', 'Sub A1', 'BEST_CASE_FORECAST', 500));
  expect(ok(await adjust('rep1', 'Sub A1', 'COMMIT_FORECAST', 250)).adjustForecast.isOwnerAdjustment).toBe(true);
  expect(code(await adjust('rep3', 'Team A', 'COMMIT_FORECAST', 1))).toMatchObject({ code: 'FORBIDDEN', field: 'territoryId' });
  expect(code(await adjust('rep1', 'Team A', 'COMMIT_FORECAST', 1))).toMatchObject({ code: 'FORBIDDEN', field: 'territoryId' });
  expect(code(await t.gql(ADJUST, { i: { forecastingTypeId: typeId, ownerId: acme.users.rep1.id, startDate: '2027-01-01', forecastingItemCategory: 'COMMIT_FORECAST', adjustedAmount: 1 } }, acme.tokens.manager)))
    .toMatchObject({ code: 'BAD_USER_INPUT', field: 'territoryId' });

  const m = await grid('manager');
  expect(row(m, 'Sub A1').bestCaseForecast).toMatchObject({ forecastAmount: 500, amountWithoutAdjustments: 240, hasAdjustment: true });
  expect(row(m, 'Sub A1').commitForecast).toMatchObject({ forecastAmount: 250, hasOwnerAdjustment: true });
  // Team A in the manager's view: own 100 + Sub A1's 250; the exec's 800 is not theirs to see.
  expect(row(m, 'Team A').commitForecast).toMatchObject({ forecastAmount: 350, amountWithoutAdjustments: 300, hasAdjustment: false });
  expect(row(m, 'Team A').bestCaseForecast.forecastAmount).toBe(600);
  const e = await grid('exec');
  expect(row(e, 'Team A').commitForecast).toMatchObject({ forecastAmount: 800, hasAdjustment: true });
  expect(row(e, 'Region').commitForecast.forecastAmount).toBe(800);
  expect(row(e, 'Region').commitForecast.amountWithoutAdjustments).toBe(300);
});
