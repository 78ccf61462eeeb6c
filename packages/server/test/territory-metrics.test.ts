import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let modelId: string;
const ter: Record<string, string> = {};
const acc: Record<string, string> = {};

const as = (who: string, org = acme) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, org.tokens[who]);
const run = async (who: string, query: string, variables?: Record<string, unknown>) => ok(await as(who)(query, variables));
const code = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;

const ASSIGN = `mutation($i: CreateUserTerritoryAssociationInput!) { createUserTerritoryAssociation(input: $i) { id roleInTerritory isActive } }`;
const QUOTA = `mutation($i: CreateForecastingQuotaInput!) { createForecastingQuota(input: $i) { id quotaAmount } }`;
const PERIOD = { s: '2027-01-01', e: '2027-03-31' };

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  const admin = (q: string, v?: Record<string, unknown>) => t.gql(q, v, acme.tokens.admin).then(ok);
  modelId = (await admin(`mutation { createTerritoryModel(input: { name: "FY27" }) { id } }`)).createTerritoryModel.id;
  for (const [name, parent] of [['Region', null], ['Team A', 'Region'], ['Team B', 'Region'], ['Sub A1', 'Team A']] as const) {
    ter[name] = (await admin(`mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id } }`, { i: { modelId, name, parentId: parent && ter[parent] } })).createTerritory.id;
  }
  await admin(`mutation($id: ID!) { activateTerritoryModel(id: $id) { id } }`, { id: modelId });
  const u = acme.users;
  for (const [name, owner, revenue, employees] of [['acc1', u.rep1, 1e6, 10], ['acc2', u.rep2, 2e6, 20], ['acc3', u.rep1, 4e6, 40], ['acc4', u.rep3, 8e6, 80], ['acc5', u.rep1, 16e6, 160]] as const) {
    const [a] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name, "annualRevenue", "numberOfEmployees") VALUES ($1, $2, $3, $4, $5) RETURNING id`, [acme.org.id, owner.id, name, revenue, employees]);
    acc[name] = a.id;
  }
  for (const [a, tt] of [['acc1', 'Team A'], ['acc2', 'Team A'], ['acc2', 'Sub A1'], ['acc3', 'Sub A1'], ['acc4', 'Team B']]) {
    await admin(`mutation($a: ID!, $t: ID!) { createObjectTerritoryAssociation(input: { accountId: $a, territoryId: $t }) { id } }`, { a: acc[a], t: ter[tt] });
  }
  // [account, owner, amount, state, close date]
  const opps: Array<[string, string, number, 'open' | 'won' | 'lost', string]> = [
    ['acc1', u.rep1.id, 100, 'open', '2027-02-01'], ['acc1', u.rep1.id, 1000, 'won', '2027-02-10'], ['acc2', u.rep2.id, 2000, 'won', '2027-03-31'],
    ['acc2', u.rep1.id, 5000, 'won', '2027-04-01'], ['acc3', u.rep1.id, 3000, 'won', '2027-01-01'], ['acc3', u.rep2.id, 300, 'open', '2027-05-01'],
    ['acc4', u.rep3.id, 4000, 'won', '2027-02-01'], ['acc4', u.rep3.id, 999, 'lost', '2027-02-01'], ['acc5', u.rep1.id, 7777, 'won', '2027-02-01'],
  ];
  for (const [a, owner, amount, state, close] of opps) {
    await t.ds.query(
      `INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount, "isClosed", "isWon")
       VALUES ($1, $2, $3, 'Deal', 'x', $4, 'Pipeline', $5, $6, $7)`, [acme.org.id, owner, acc[a], close, amount, state !== 'open', state === 'won']);
  }
  for (const [user, territory, role, isActive] of [['rep1', 'Team A', 'Sales Rep', true], ['rep2', 'Team A', 'Sales Engineer', true], ['rep1', 'Sub A1', 'Sales Rep', true],
    ['rep3', 'Team B', 'Territory Manager', true], ['rep2', 'Team B', 'Sales Rep', false]] as const) {
    await admin(ASSIGN, { i: { userId: u[user].id, territoryId: ter[territory], roleInTerritory: role, isActive } });
  }
  // [owner, territory, month, amount, who sets it]
  const quotas: Array<[string, string | null, string, number, string]> = [
    ['rep1', null, '2027-01-01', 1000, 'manager'], ['rep1', null, '2027-02-01', 1000, 'manager'], ['rep1', 'Sub A1', '2027-01-01', 500, 'manager'],
    ['rep2', 'Team A', '2027-03-01', 2000, 'manager'], ['rep2', null, '2027-04-01', 9999, 'manager'], ['rep3', 'Team B', '2027-01-01', 3000, 'admin'],
    ['rep2', null, '2027-02-01', 800, 'exec'],
  ];
  for (const [owner, territory, startDate, quotaAmount, who] of quotas) {
    ok(await t.gql(QUOTA, { i: { quotaOwnerId: u[owner].id, territoryId: territory && ter[territory], startDate, quotaAmount } }, acme.tokens[who]));
  }
});
afterAll(() => t?.stop());

const METRICS = `accountCount totalAnnualRevenue totalEmployees openPipeline closedWonAmount quota attainment`;

test('metrics, hierarchy metrics and rep metrics equal a hand computation, whatever the caller can see', async () => {
  const q = `query($s: Date!, $e: Date!) { activeTerritoryModel { rootTerritories { name
    metrics(periodStart: $s, periodEnd: $e) { ${METRICS} } hierarchyMetrics(periodStart: $s, periodEnd: $e) { ${METRICS} }
    children { name metrics(periodStart: $s, periodEnd: $e) { ${METRICS} } hierarchyMetrics(periodStart: $s, periodEnd: $e) { ${METRICS} }
      repMetrics(periodStart: $s, periodEnd: $e) { user { name } roleInTerritory quota closedWonAmount attainment }
      children { name metrics(periodStart: $s, periodEnd: $e) { ${METRICS} } } } } } }`;
  const res = await as('rep1')(q, PERIOD);
  const [region] = ok(res).activeTerritoryModel.rootTerritories;
  const m = (accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number, closedWonAmount: number, quota: number) =>
    ({ accountCount, totalAnnualRevenue, totalEmployees, openPipeline, closedWonAmount, quota, attainment: quota ? expect.closeTo(closedWonAmount / quota, 5) : null });
  expect(region.metrics).toEqual(m(0, 0, 0, 0, 0, 0));
  // Each account and each quota counted once over the subtree (acc2 is in Team A and Sub A1; rep1's quotas reach both).
  expect(region.hierarchyMetrics).toEqual(m(4, 15e6, 150, 400, 10000, 8300));
  const [teamA, teamB] = region.children;
  expect(teamA.name).toBe('Team A');
  expect(teamA.metrics).toEqual(m(2, 3e6, 30, 100, 3000, 4800));
  expect(teamA.hierarchyMetrics).toEqual(m(3, 7e6, 70, 400, 6000, 5300));
  expect(teamA.children[0]).toEqual({ name: 'Sub A1', metrics: m(2, 6e6, 60, 300, 5000, 2500) });
  // Team B's account belongs to rep3, whom rep1 cannot see: metrics count it anyway (roll-ups ignore sharing).
  expect(teamB.metrics).toEqual(m(1, 8e6, 80, 0, 4000, 3000));
  expect(teamA.repMetrics).toEqual([
    { user: { name: 'Acme rep1' }, roleInTerritory: 'Sales Rep', quota: 2000, closedWonAmount: 1000, attainment: 0.5 },
    { user: { name: 'Acme rep2' }, roleInTerritory: 'Sales Engineer', quota: 2800, closedWonAmount: 2000, attainment: expect.closeTo(2000 / 2800, 5) },
  ]);
  // The inactive assignment of rep2 does not count.
  expect(teamB.repMetrics).toEqual([{ user: { name: 'Acme rep3' }, roleInTerritory: 'Territory Manager', quota: 3000, closedWonAmount: 4000, attainment: expect.closeTo(4 / 3, 5) }]);
  // One statement per field and level: model, roots, own + hierarchy (root), children, own + hierarchy + reps + users, grandchildren, own.
  expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(12);
  expect(code(await as('rep1')(`query { territories(first: 1) { nodes { metrics(periodStart: "2027-02-01", periodEnd: "2027-01-01") { quota } } } }`))?.field).toBe('periodEnd');
});

test('team selling: assignments, Territory.users, User.territories and User.territoryAccounts in the active model', async () => {
  const users = await run('rep3', `query($id: ID!) { territory(id: $id) { users { user { name } roleInTerritory isActive } } }`, { id: ter['Team B'] });
  expect(users.territory.users).toEqual([
    { user: { name: 'Acme rep3' }, roleInTerritory: 'Territory Manager', isActive: true }, { user: { name: 'Acme rep2' }, roleInTerritory: 'Sales Rep', isActive: false },
  ]);
  // A planning model's assignments do not show.
  const plan = (await run('admin', `mutation($id: ID!) { cloneTerritoryModel(id: $id, name: "FY28") { id } }`, { id: modelId })).cloneTerritoryModel;
  const q = `query($u: ID!) { user(id: $u) { territories { name } territoryAccounts(first: 10) { totalCount nodes { name } } } }`;
  const asAdmin = (await run('admin', q, { u: acme.users.rep1.id })).user;
  expect(asAdmin.territories).toEqual([{ name: 'Sub A1' }, { name: 'Team A' }]);
  expect(asAdmin.territoryAccounts).toEqual({ totalCount: 3, nodes: [{ name: 'acc1' }, { name: 'acc2' }, { name: 'acc3' }] });
  // rep1 reads acc2 (owned by rep2) through the territory: ETM grants read access to its members.
  expect((await run('rep1', `{ me { territoryAccounts { totalCount nodes { name } } } }`)).me.territoryAccounts).toEqual({ totalCount: 3, nodes: [{ name: 'acc1' }, { name: 'acc2' }, { name: 'acc3' }] });
  expect((await run('admin', `query($a: ID!) { account(id: $a) { territories { name model { state } } } }`, { a: acc.acc2 })).account.territories)
    .toEqual([{ name: 'Sub A1', model: { state: 'ACTIVE' } }, { name: 'Team A', model: { state: 'ACTIVE' } }]);
  // The clone copied the manual assignments, so the planning model misses the same account.
  const without = await run('admin', `query($m: ID) { active: accountsWithoutTerritory { totalCount nodes { name } } plan: accountsWithoutTerritory(modelId: $m) { totalCount } }`, { m: plan.id });
  expect(without).toEqual({ active: { totalCount: 1, nodes: [{ name: 'acc5' }] }, plan: { totalCount: 1 } });

  const assign = { userId: acme.users.rep3.id, territoryId: ter['Team A'] };
  expect(code(await as('rep1')(ASSIGN, { i: assign }))?.code).toBe('FORBIDDEN');
  expect(code(await as('manager')(ASSIGN, { i: { ...assign, roleInTerritory: 'Boss' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleInTerritory' });
  const a = (await run('manager', ASSIGN, { i: assign })).createUserTerritoryAssociation;
  expect(a).toMatchObject({ roleInTerritory: null, isActive: true });
  expect(code(await as('manager')(ASSIGN, { i: assign }))).toMatchObject({ code: 'CONFLICT', field: 'userId' });
  expect((await run('manager', `mutation($id: ID!) { updateUserTerritoryAssociation(id: $id, input: { roleInTerritory: "Sales Engineer" }) { roleInTerritory } }`, { id: a.id }))
    .updateUserTerritoryAssociation.roleInTerritory).toBe('Sales Engineer');
  expect((await run('manager', `mutation($id: ID!) { deleteUserTerritoryAssociation(id: $id) }`, { id: a.id })).deleteUserTerritoryAssociation).toBe(a.id);
});

test('quotas: managers set their team, nobody sets their own, one per month', async () => {
  const base = { quotaOwnerId: acme.users.rep1.id, startDate: '2027-06-01', quotaAmount: 10 };
  expect(code(await as('manager')(QUOTA, { i: { ...base, quotaOwnerId: acme.users.manager.id } }))).toMatchObject({ code: 'FORBIDDEN', field: 'quotaOwnerId' });
  expect(code(await as('manager')(QUOTA, { i: { ...base, quotaOwnerId: acme.users.rep3.id } }))).toMatchObject({ code: 'FORBIDDEN', field: 'quotaOwnerId' });
  expect(code(await as('rep1')(QUOTA, { i: { ...base, quotaOwnerId: acme.users.rep2.id } }))?.code).toBe('FORBIDDEN');
  expect(code(await as('manager')(QUOTA, { i: { ...base, startDate: '2027-06-15' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate' });
  const q = (await run('manager', QUOTA, { i: base })).createForecastingQuota;
  expect(code(await as('manager')(QUOTA, { i: base }))).toMatchObject({ code: 'CONFLICT', field: 'startDate' });
  expect((await run('manager', `mutation($id: ID!) { updateForecastingQuota(id: $id, input: { quotaAmount: 25 }) { quotaAmount quotaOwner { name } } }`, { id: q.id }))
    .updateForecastingQuota).toEqual({ quotaAmount: 25, quotaOwner: { name: 'Acme rep1' } });
  expect((await run('rep2', `{ forecastingQuotas(filter: { startDate: { eq: "2027-06-01" } }) { totalCount } }`)).forecastingQuotas.totalCount).toBe(1);
});

/** An org with an active model of `sizes[k]` territories on level k, one account per territory, each with an open and a won deal. */
async function orgWithTree(name: string, sizes: number[]): Promise<OrgFixture> {
  const f = await createOrg(t, name);
  const [m] = await t.ds.query(`INSERT INTO territory_model ("orgId", name, state) VALUES ($1, 'Big', 'ACTIVE') RETURNING id`, [f.org.id]);
  for (const [level, n] of sizes.entries()) {
    await t.ds.query(
      `WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM territory WHERE "modelId" = $2 AND name LIKE $5)
       INSERT INTO territory ("orgId", "modelId", name, "parentId")
       SELECT $1, $2, $3::text || g, CASE WHEN $4 = 0 THEN NULL ELSE p.ids[1 + g % array_length(p.ids, 1)] END FROM p, generate_series(1, $6) g`,
      [f.org.id, m.id, `L${level}-`, level, `L${level - 1}-%`, n]);
  }
  await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) SELECT $1, $2, 'Account ' || t.name FROM territory t WHERE t."modelId" = $3`, [f.org.id, f.users.rep1.id, m.id]);
  await t.ds.query(
    `INSERT INTO object_territory_association ("orgId", "accountId", "territoryId") SELECT $1, a.id, t.id FROM territory t JOIN account a ON a.name = 'Account ' || t.name AND a."orgId" = $1 WHERE t."modelId" = $2`,
    [f.org.id, m.id]);
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount, "isClosed", "isWon")
     SELECT $1, $2, a.id, 'Deal ' || g, 'x', DATE '2027-01-01', 'Pipeline', 100 * g, g = 2, g = 2 FROM account a, generate_series(1, 2) g WHERE a."orgId" = $1`,
    [f.org.id, f.users.rep2.id]);
  return f;
}

const ACCOUNTS = `accounts(first: 20) { totalCount nodes { name opportunities(first: 5, filter: { isClosed: { eq: false } }) { nodes { name owner { name } } } } }`;
function nested(levels: number): string {
  let inner = '';
  for (let i = 0; i < levels; i++) inner = `children { name ${ACCOUNTS} ${inner} }`;
  return `{ activeTerritoryModel { rootTerritories { name ${ACCOUNTS} ${inner} } } }`;
}

test('Q2: the same number of statements for a tree of 20 and of 2,000 territories', async () => {
  const small = await orgWithTree('Small', [1, 2, 3, 4, 5, 5]);
  const big = await orgWithTree('Large', [10, 40, 150, 300, 500, 1000]);
  expect(await t.ds.query(`SELECT o.name, count(*)::int n FROM territory t JOIN organization o ON o.id = t."orgId" WHERE o.name IN ('Small', 'Large') GROUP BY 1 ORDER BY 1`))
    .toEqual([{ name: 'Large', n: 2000 }, { name: 'Small', n: 20 }]);
  const query = nested(5);
  const a = await t.gql(query, {}, small.tokens.admin);
  const b = await t.gql(query, {}, big.tokens.admin);
  const count = (r: any): number => r.name ? 1 + (r.children ?? []).reduce((s: number, c: any) => s + count(c), 0) : 0;
  const roots = (r: any): any[] => (ok(r) as any).activeTerritoryModel.rootTerritories;
  expect(roots(a).reduce((s: number, r: any) => s + count(r), 0)).toBe(20);
  expect(roots(b).reduce((s: number, r: any) => s + count(r), 0)).toBe(2000);
  const leaf = roots(b)[0].children[0].children[0].children[0].children[0].children[0];
  expect(leaf.accounts).toEqual({ totalCount: 1, nodes: [{ name: expect.stringMatching(/^Account L5-/), opportunities: { nodes: [{ name: 'Deal 1', owner: { name: 'Large rep2' } }] } }] });
  expect(a.extensions?.sqlStatements).toBe(b.extensions?.sqlStatements);
  // model, roots, 5 x children, 6 x (accounts, opportunities, owners)
  expect(b.extensions?.sqlStatements).toBeLessThanOrEqual(25);
  console.log(`Q2 statements: 20 territories ${a.extensions?.sqlStatements}, 2,000 territories ${b.extensions?.sqlStatements}`);
}, 240_000); // 2,000 territories take a while on embedded PGlite
