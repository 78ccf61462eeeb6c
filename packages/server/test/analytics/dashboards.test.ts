import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { addComponent, createDashboard, day, post, runWidget, sha, WON, wonDeal } from './dashboards-helpers';

let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
  // Won today: rep1 100, rep2 200 (both under manager), rep3 400 (no manager); rep1 1000 a year and a half ago.
  await wonDeal(t, acme, 'rep1', 100, day());
  await wonDeal(t, acme, 'rep2', 200, day());
  await wonDeal(t, acme, 'rep3', 400, day());
  await wonDeal(t, acme, 'rep1', 1000, day(-550));
});
afterAll(() => t?.stop());

const ALL_TIME = { filter: { period: 'LAST_N_DAYS:2000' } };
const wonOf = (r: { body: { data?: any } }) => r.body.data?.salesKpis.opportunitiesWon;
const code = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions?.code;

test('CRUD and visibility: own and public dashboards, administrators see all; owners and administrators write', async () => {
  const pub = ok(await createDashboard(t, acme.tokens.manager, { title: 'Team', developerName: 'Team_Board', isPublic: true, folder: 'Sales' })).createDashboard;
  const priv = ok(await createDashboard(t, acme.tokens.rep1, { title: 'Mine', developerName: 'Rep1_Board' })).createDashboard;
  expect(pub).toMatchObject({ dashboardType: 'LOGGED_IN_USER', isPublic: true, version: 1, runningUser: null, filters: [] });
  const names = async (token: string) => ok(await t.gql(`{ dashboards { developerName } }`, {}, token)).dashboards.map((d: any) => d.developerName);
  expect(await names(acme.tokens.rep2)).toEqual(['Team_Board']);
  expect(await names(acme.tokens.rep1)).toEqual(expect.arrayContaining(['Team_Board', 'Rep1_Board']));
  expect(await names(acme.tokens.admin)).toEqual(expect.arrayContaining(['Team_Board', 'Rep1_Board']));
  expect(await names(other.tokens.admin)).toEqual([]);
  // By developerName; another's private one is null.
  expect(ok(await t.gql(`{ dashboard(developerName: "Team_Board") { id } }`, {}, acme.tokens.rep2)).dashboard.id).toBe(pub.id);
  expect(ok(await t.gql(`query($id: ID) { dashboard(id: $id) { id } }`, { id: priv.id }, acme.tokens.rep2)).dashboard).toBeNull();

  const upd = (id: string, i: object, token: string) => t.gql(`mutation($id: ID!, $i: UpdateDashboardInput!) { updateDashboard(id: $id, input: $i) { title version } }`, { id, i }, token);
  expect(code(await upd(pub.id, { title: 'Mine now' }, acme.tokens.rep2))).toBe('FORBIDDEN');
  expect(code(await upd(priv.id, { title: 'Mine now' }, acme.tokens.rep2))).toBe('NOT_FOUND');
  expect(ok(await upd(priv.id, { title: 'Renamed', expectedVersion: 1 }, acme.tokens.rep1)).updateDashboard).toEqual({ title: 'Renamed', version: 2 });
  expect(code(await upd(priv.id, { title: 'Stale', expectedVersion: 1 }, acme.tokens.rep1))).toBe('CONFLICT');
  expect(ok(await upd(priv.id, { title: 'By admin' }, acme.tokens.admin)).updateDashboard.title).toBe('By admin');
  expect(code(await createDashboard(t, acme.tokens.rep2, { title: 'Dup', developerName: 'Team_Board' }))).toBe('CONFLICT');
  expect((await createDashboard(t, acme.tokens.rep2, { title: 'Bad', developerName: 'has space' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'developerName' });
  const badFilter = await createDashboard(t, acme.tokens.rep2, { title: 'F', developerName: 'F1', filters: [{ name: 'period', label: 'Period', defaultValue: 'LAST_FORTNIGHT' }] });
  expect(badFilter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

  // Components: in grid order; documents checked; the owner and admins write them.
  const c2 = ok(await addComponent(t, acme.tokens.manager, pub.id, { title: 'Second', position: { row: 1, col: 0, width: 12 } })).createDashboardComponent;
  const c1 = ok(await addComponent(t, acme.tokens.manager, pub.id, { title: 'First', position: { row: 0, col: 4, width: 8 }, settings: '{"valuePath":"amount"}' })).createDashboardComponent;
  expect(c1).toMatchObject({ documentHash: sha(WON), objects: expect.arrayContaining(['Opportunity']), position: { row: 0, col: 4, width: 8 }, kpi: 'salesKpis.opportunitiesWon' });
  const comps = ok(await t.gql(`query($id: ID) { dashboard(id: $id) { components { title } } }`, { id: pub.id }, acme.tokens.rep2)).dashboard.components;
  expect(comps.map((c: any) => c.title)).toEqual(['First', 'Second']);
  expect(code(await addComponent(t, acme.tokens.rep2, pub.id))).toBe('FORBIDDEN');
  expect(code(await addComponent(t, acme.tokens.rep2, priv.id))).toBe('NOT_FOUND');
  for (const [document, why] of [
    ['{ nope }', /not valid/],
    ['query A { salesKpis { opportunitiesWon { count } } } query B { me { id } }', /exactly one/],
    ['query($id: ID!) { opportunity(id: $id) { name } }', /\$id is not allowed/],
    ['mutation { deleteDashboard(id: "00000000-0000-0000-0000-000000000000") }', /runSavedReport/],
    ['subscription { recordsChanged(objects: ["Case"]) { at } }', /subscription/],
  ] as const) {
    const r = await addComponent(t, acme.tokens.manager, pub.id, { document });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    expect(r.errors?.[0].message).toMatch(why);
  }
  expect((await addComponent(t, acme.tokens.manager, pub.id, { objects: ['Planet'] })).errors?.[0].extensions).toMatchObject({ field: 'objects' });
  expect((await addComponent(t, acme.tokens.manager, pub.id, { settings: '[1]' })).errors?.[0].extensions).toMatchObject({ field: 'settings' });
  const moved = ok(await t.gql(`mutation($id: ID!) { updateDashboardComponent(id: $id, input: { position: { row: 2, col: 0, width: 6 }, title: "Moved" }) { title position { row } documentHash } }`, { id: c2.id }, acme.tokens.admin));
  expect(moved.updateDashboardComponent).toEqual({ title: 'Moved', position: { row: 2 }, documentHash: sha(WON) });
  expect(code(await t.gql(`mutation($id: ID!) { deleteDashboardComponent(id: $id) }`, { id: c2.id }, acme.tokens.rep2))).toBe('FORBIDDEN');
  expect(ok(await t.gql(`mutation($id: ID!) { deleteDashboardComponent(id: $id) }`, { id: c2.id }, acme.tokens.manager)).deleteDashboardComponent).toBe(c2.id);
  expect(code(await t.gql(`mutation($id: ID!) { deleteDashboard(id: $id) }`, { id: pub.id }, other.tokens.admin))).toBe('NOT_FOUND');
  expect(ok(await t.gql(`mutation($id: ID!) { deleteDashboard(id: $id) }`, { id: pub.id }, acme.tokens.manager)).deleteDashboard).toBe(pub.id);
  expect(Number((await t.ds.query(`SELECT count(*) AS n FROM dashboard_component WHERE "dashboardId" = $1`, [pub.id]))[0].n)).toBe(0);
  // Saved documents are registered as persisted queries of the organisation.
  expect(await t.ds.query(`SELECT "orgId" FROM persisted_query WHERE hash = $1`, [sha(WON)])).toEqual([{ orgId: acme.org.id }]);
});

test('running user: a SPECIFIED_USER dashboard runs its component documents, and only those, as the running user', async () => {
  // The manager's dashboard runs as the manager: rep1 sees the team's wins (100 + 200 + 1000), not only their own.
  const d = ok(await createDashboard(t, acme.tokens.manager, { title: 'As manager', developerName: 'As_Manager', isPublic: true, dashboardType: 'SPECIFIED_USER', runningUserId: acme.users.manager.id })).createDashboard;
  expect(d.runningUser.id).toBe(acme.users.manager.id);
  ok(await addComponent(t, acme.tokens.manager, d.id));
  const asRunning = await runWidget(t, acme.tokens.rep1, d.id, WON, ALL_TIME);
  expect(asRunning.status).toBe(200);
  expect(wonOf(asRunning)).toEqual({ count: 3, amount: 1300 });
  // Without the header the same document runs as rep1.
  const own = ok(await t.gql(WON, ALL_TIME, acme.tokens.rep1));
  expect(own.salesKpis.opportunitiesWon).toEqual({ count: 2, amount: 1100 });

  // The escalation attempt: another document (or the component's hash with another text) under the header.
  const otherDoc = `query Won($filter: KpiFilter) { salesKpis(filter: $filter) { opportunitiesWon(granularity: null) { count amount points { label } } } }`;
  const forged = await post(t, { query: otherDoc, variables: ALL_TIME }, acme.tokens.rep1, { 'x-crm-dashboard': d.id });
  expect(forged.status).toBe(403);
  expect(forged.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  expect(forged.body.data).toBeUndefined();
  const list = await post(t, { query: `{ opportunities { totalCount } }` }, acme.tokens.rep1, { 'x-crm-dashboard': d.id });
  expect(list.status).toBe(403);
  const mismatch = await post(t, { query: otherDoc, variables: ALL_TIME, extensions: { persistedQuery: { version: 1, sha256Hash: sha(WON) } } }, acme.tokens.rep1, { 'x-crm-dashboard': d.id });
  expect(mismatch.status).toBe(400);
  expect(mismatch.body.data).toBeUndefined();
  const batch = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${acme.tokens.rep1}`, 'x-crm-dashboard': d.id }, body: JSON.stringify([{ query: WON }]) });
  expect(batch.status).toBeGreaterThanOrEqual(400);
  expect((await post(t, { query: WON }, acme.tokens.rep1, { 'x-crm-dashboard': 'nope' })).status).toBe(400);
  expect((await post(t, { query: WON }, undefined, { 'x-crm-dashboard': d.id })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

  // A private dashboard of the manager is not for rep1, nor any dashboard for another org.
  const priv = ok(await createDashboard(t, acme.tokens.manager, { title: 'Private', developerName: 'As_Manager_Private', dashboardType: 'SPECIFIED_USER', runningUserId: acme.users.manager.id })).createDashboard;
  ok(await addComponent(t, acme.tokens.manager, priv.id));
  expect((await runWidget(t, acme.tokens.rep1, priv.id, WON, ALL_TIME)).status).toBe(404);
  expect((await runWidget(t, other.tokens.admin, d.id, WON, ALL_TIME)).status).toBe(404);

  // Nobody sets a running user whose records they could not see themselves.
  const up = await createDashboard(t, acme.tokens.rep1, { title: 'Up', developerName: 'Rep_As_Admin', dashboardType: 'SPECIFIED_USER', runningUserId: acme.users.admin.id });
  expect(up.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'runningUserId' });
  const sideways = await createDashboard(t, acme.tokens.rep1, { title: 'Side', developerName: 'Rep_As_Rep2', dashboardType: 'SPECIFIED_USER', runningUserId: acme.users.rep2.id });
  expect(sideways.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await createDashboard(t, acme.tokens.rep1, { title: 'None', developerName: 'No_Runner', dashboardType: 'SPECIFIED_USER' })).errors?.[0].extensions).toMatchObject({ field: 'runningUserId' });
  // An admin's dashboard running as the admin, owned by admin: rep1 cannot add a document to it.
  const adm = ok(await createDashboard(t, acme.tokens.admin, { title: 'Exec', developerName: 'As_Admin', isPublic: true, dashboardType: 'SPECIFIED_USER', runningUserId: acme.users.admin.id })).createDashboard;
  expect(code(await addComponent(t, acme.tokens.rep1, adm.id, { document: otherDoc }))).toBe('FORBIDDEN');
  ok(await addComponent(t, acme.tokens.admin, adm.id));
  expect(wonOf(await runWidget(t, acme.tokens.rep3, adm.id, WON, ALL_TIME))).toEqual({ count: 4, amount: 1700 });

  // A deactivated running user stops the dashboard (403), it does not fall back to anyone.
  const managerOwned = ok(await createDashboard(t, acme.tokens.manager, { title: 'As rep2', developerName: 'As_Rep2', isPublic: true, dashboardType: 'SPECIFIED_USER', runningUserId: acme.users.rep2.id })).createDashboard;
  ok(await addComponent(t, acme.tokens.manager, managerOwned.id));
  expect(wonOf(await runWidget(t, acme.tokens.rep3, managerOwned.id, WON, ALL_TIME))).toEqual({ count: 1, amount: 200 });
  await t.ds.query(`UPDATE "user" SET "isActive" = false WHERE id = $1`, [acme.users.rep2.id]);
  try {
    expect((await runWidget(t, acme.tokens.rep3, managerOwned.id, WON, ALL_TIME)).status).toBe(403);
  } finally {
    await t.ds.query(`UPDATE "user" SET "isActive" = true WHERE id = $1`, [acme.users.rep2.id]);
  }
});

test('LOGGED_IN_USER runs as the viewer; MY_TEAM_USER lets a manager view as a subordinate, not a rep as a peer', async () => {
  const mine = ok(await createDashboard(t, acme.tokens.manager, { title: 'Mine', developerName: 'Logged_In', isPublic: true })).createDashboard;
  ok(await addComponent(t, acme.tokens.manager, mine.id));
  expect(wonOf(await runWidget(t, acme.tokens.rep2, mine.id, WON, ALL_TIME))).toEqual({ count: 1, amount: 200 });
  expect(wonOf(await runWidget(t, acme.tokens.manager, mine.id, WON, ALL_TIME))).toEqual({ count: 3, amount: 1300 });

  const team = ok(await createDashboard(t, acme.tokens.manager, { title: 'Team view', developerName: 'My_Team', isPublic: true, dashboardType: 'MY_TEAM_USER' })).createDashboard;
  ok(await addComponent(t, acme.tokens.manager, team.id));
  const viewAs = (token: string, userId: string) => runWidget(t, token, team.id, WON, ALL_TIME, { 'x-crm-view-as': userId });
  expect(wonOf(await viewAs(acme.tokens.manager, acme.users.rep1.id))).toEqual({ count: 2, amount: 1100 });
  expect(wonOf(await viewAs(acme.tokens.exec, acme.users.rep3.id))).toEqual({ count: 1, amount: 400 });
  const peer = await viewAs(acme.tokens.rep1, acme.users.rep2.id);
  expect(peer.status).toBe(403);
  expect(peer.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'x-crm-view-as' });
  expect((await viewAs(acme.tokens.manager, acme.users.rep3.id)).status).toBe(403);
  expect(wonOf(await runWidget(t, acme.tokens.rep1, team.id, WON, ALL_TIME))).toEqual({ count: 2, amount: 1100 });
});

test('dashboard filters flow into the components as variables', async () => {
  const d = ok(await createDashboard(t, acme.tokens.admin, {
    title: 'Filtered', developerName: 'Filtered', isPublic: true,
    filters: [
      { name: 'period', label: 'Period', defaultValue: 'LAST_N_DAYS:7', options: [{ value: 'LAST_N_DAYS:7', label: 'Last 7 days' }, { value: 'LAST_N_DAYS:2000', label: 'All' }] },
      { name: 'team', label: 'Team', options: [{ value: acme.users.manager.id, label: 'Manager' }] },
    ],
  })).createDashboard;
  const kpi = ok(await addComponent(t, acme.tokens.admin, d.id)).createDashboardComponent;
  const REPORT = `query R($filters: [ReportFilterInput!]) { runReport(definition: { reportType: opportunities, columns: ["name"], filters: $filters, rowLimit: 0 }) { totalCount } }`;
  const report = ok(await addComponent(t, acme.tokens.admin, d.id, { kpi: null, settings: '{"periodField":"closeDate"}', document: REPORT })).createDashboardComponent;
  expect(report.objects).toEqual(['Opportunity']);
  const vars = async (filters: object | null) => {
    const r = ok(await t.gql(`query($id: ID, $f: DashboardFilterValuesInput) { dashboard(id: $id) { components { id variables(filters: $f) } } }`, { id: d.id, f: filters }, acme.tokens.rep1));
    return Object.fromEntries(r.dashboard.components.map((c: any) => [c.id, c.variables]));
  };
  const defaults = await vars(null);
  expect(defaults[kpi.id]).toEqual({ filter: { period: 'LAST_N_DAYS:7' } });
  expect(defaults[report.id]).toEqual({ filters: [{ field: 'closeDate', operator: 'equals', value: 'LAST_N_DAYS:7' }] });
  const chosen = await vars({ period: 'LAST_N_DAYS:2000', team: acme.users.manager.id, territory: acme.users.rep1.id });
  // territory is not a filter of this dashboard: ignored.
  expect(chosen[kpi.id]).toEqual({ filter: { period: 'LAST_N_DAYS:2000', ownerId: acme.users.manager.id, team: true } });

  // Executed with those variables (as the admin, who sees everything): the numbers follow the filters.
  expect(wonOf(await runWidget(t, acme.tokens.admin, d.id, WON, defaults[kpi.id]))).toEqual({ count: 3, amount: 700 });
  expect(wonOf(await runWidget(t, acme.tokens.admin, d.id, WON, chosen[kpi.id]))).toEqual({ count: 3, amount: 1300 });
  // The report component gets the period as a report filter on its periodField.
  const total = async (v: Record<string, unknown>) => (await runWidget(t, acme.tokens.admin, d.id, REPORT, v)).body.data.runReport.totalCount;
  expect(await total(defaults[report.id])).toBe(3);
  expect(await total(chosen[report.id])).toBe(4);
  const rep1Team = await vars({ period: 'LAST_N_DAYS:2000', team: acme.users.rep1.id });
  expect(wonOf(await runWidget(t, acme.tokens.admin, d.id, WON, rep1Team[kpi.id]))).toEqual({ count: 2, amount: 1100 });
  expect((await t.gql(`query($id: ID) { dashboard(id: $id) { components { variables(filters: { period: "SOMEDAY" }) } } }`, { id: d.id }, acme.tokens.rep1)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
});

test('a report component declaring $scope follows the dashboard\'s team and territory filters', async () => {
  const org = acme.org.id;
  const model = (await t.ds.query(`INSERT INTO territory_model ("orgId", name, state) VALUES ($1, 'FY', 'ACTIVE') RETURNING id`, [org]))[0].id;
  const west = (await t.ds.query(`INSERT INTO territory ("orgId", name, "modelId") VALUES ($1, 'West', $2) RETURNING id`, [org, model]))[0].id;
  const d = ok(await createDashboard(t, acme.tokens.admin, {
    title: 'Scoped', developerName: 'Scoped_Reports', isPublic: true,
    filters: [
      { name: 'period', label: 'Period', defaultValue: 'LAST_N_DAYS:2000', options: [{ value: 'LAST_N_DAYS:2000', label: 'All' }, { value: 'LAST_N_DAYS:7', label: 'Week' }] },
      { name: 'team', label: 'Team', options: [{ value: acme.users.manager.id, label: 'Manager' }, { value: acme.users.rep1.id, label: 'Rep 1' }] },
      { name: 'territory', label: 'Territory', options: [{ value: west, label: 'West' }] },
    ],
  })).createDashboard;
  const REPORT = `query S($filters: [ReportFilterInput!], $scope: ReportScopeInput) { runReport(definition: { reportType: opportunities, columns: ["name"], filters: $filters, rowLimit: 0 }, scope: $scope) { totalCount } }`;
  const c = ok(await addComponent(t, acme.tokens.admin, d.id, { kpi: null, settings: '{"periodField":"closeDate"}', document: REPORT })).createDashboardComponent;
  const vars = async (filters: object | null) => {
    const r = ok(await t.gql(`query($id: ID, $f: DashboardFilterValuesInput) { dashboard(id: $id) { components { id variables(filters: $f) } } }`, { id: d.id, f: filters }, acme.tokens.admin));
    return r.dashboard.components.find((x: any) => x.id === c.id).variables;
  };
  const period = [{ field: 'closeDate', operator: 'equals', value: 'LAST_N_DAYS:2000' }];
  expect(await vars(null)).toEqual({ filters: period });
  expect(await vars({ team: acme.users.manager.id })).toEqual({ filters: period, scope: { ownerId: acme.users.manager.id, team: true } });
  expect(await vars({ territory: west })).toEqual({ filters: period, scope: { territoryId: west } });

  // Won deals (beforeAll): rep1 100 and 1000, rep2 200 (the manager's team), rep3 400.
  const total = async (v: object) => {
    const r = await runWidget(t, acme.tokens.admin, d.id, REPORT, v as Record<string, unknown>);
    if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
    return r.body.data.runReport.totalCount;
  };
  expect(await total(await vars(null))).toBe(4);
  expect(await total(await vars({ team: acme.users.manager.id }))).toBe(3);
  expect(await total(await vars({ team: acme.users.rep1.id }))).toBe(2);
  expect(await total(await vars({ team: acme.users.manager.id, period: 'LAST_N_DAYS:7' }))).toBe(2);
  // No account of the org is in West yet; then rep2's deal's account is.
  expect(await total(await vars({ territory: west }))).toBe(0);
  const account = (await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'Westco') RETURNING id`, [org, acme.users.rep2.id]))[0].id;
  await t.ds.query(`UPDATE opportunity SET "accountId" = $1 WHERE "orgId" = $2 AND "ownerId" = $3`, [account, org, acme.users.rep2.id]);
  await t.ds.query(`INSERT INTO object_territory_association ("orgId", "accountId", "territoryId") VALUES ($1, $2, $3)`, [org, account, west]);
  expect(await total(await vars({ territory: west }))).toBe(1);
  expect(await total(await vars({ territory: west, team: acme.users.rep1.id }))).toBe(0);
});
