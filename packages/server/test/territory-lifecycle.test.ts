import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

const as = (who: string) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, acme.tokens[who]);
const run = async (who: string, query: string, variables?: Record<string, unknown>) => ok(await as(who)(query, variables));

type Item = { field: string; operator: string; value: string };
const item = (field: string, operator: string, value: string): Item => ({ field, operator, value });

const model = async (name: string): Promise<string> =>
  (await run('admin', `mutation($n: String!) { createTerritoryModel(input: { name: $n }) { id } }`, { n: name })).createTerritoryModel.id;
const territory = async (modelId: string, name: string, parentId?: string): Promise<string> =>
  (await run('manager', `mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id } }`, { i: { modelId, name, parentId } })).createTerritory.id;
/** A rule attached to a territory (and its descendants when inherited). */
const rule = async (modelId: string, name: string, items: Item[], territoryId: string, inherited = false): Promise<string> => {
  const r = (await run('manager', `mutation($i: CreateTerritoryAssignmentRuleInput!) { createTerritoryAssignmentRule(input: $i) { id } }`,
    { i: { modelId, name, items } })).createTerritoryAssignmentRule;
  await run('manager', `mutation($r: ID!, $t: ID!, $d: Boolean) { createRuleTerritoryAssociation(input: { ruleId: $r, territoryId: $t, applyToDescendants: $d }) { id } }`,
    { r: r.id, t: territoryId, d: inherited });
  return r.id;
};
const manual = (accountId: string, territoryId: string) =>
  run('manager', `mutation($a: ID!, $t: ID!) { createObjectTerritoryAssociation(input: { accountId: $a, territoryId: $t }) { id } }`, { a: accountId, t: territoryId });
const activate = (id: string) => as('admin')(`mutation($id: ID!) { activateTerritoryModel(id: $id) { id state lastRunRulesEndDate } }`, { id });
/** An account written straight to the database: no save listener runs. */
const rawAccount = async (name: string, country: string | null, zip: string | null, revenue: number | null = null): Promise<string> =>
  (await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name, "billingCountry", "billingPostalCode", "annualRevenue") VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [acme.org.id, acme.users.rep1.id, name, country, zip, revenue]))[0].id;
const stale = (accountId: string, territoryId: string) =>
  t.ds.query(`INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause") VALUES ($1, $2, $3, 'TERRITORY_RULE')`,
    [acme.org.id, accountId, territoryId]);

/** Every stored account assignment of the org: "model / territory / account / cause". */
const stored = async (): Promise<string[]> =>
  (await t.ds.query(`SELECT m.name || ' / ' || t.name || ' / ' || a.name || ' / ' || o."associationCause" AS row FROM object_territory_association o
    JOIN account a ON a.id = o."accountId" JOIN territory t ON t.id = o."territoryId" JOIN territory_model m ON m.id = t."modelId"
    WHERE o."orgId" = $1`, [acme.org.id])).map((r: { row: string }) => r.row).sort();
const models = () => t.ds.query(`SELECT name, state, "activatedDate", "deactivatedDate", "lastRunRulesEndDate" FROM territory_model WHERE "orgId" = $1 ORDER BY name`, [acme.org.id]);

test('clone copies the forecasting quotas of the territories onto their clones, in the same single statement', async () => {
  const src = await model('Quota source');
  const north = await territory(src, 'North');
  const south = await territory(src, 'South', north);
  const QUOTA = `mutation($i: CreateForecastingQuotaInput!) { createForecastingQuota(input: $i) { id } }`;
  for (const [quotaOwnerId, territoryId, startDate, quotaAmount] of [
    [acme.users.rep1.id, north, '2027-01-01', 100_000], [acme.users.rep1.id, north, '2027-02-01', 120_000.5],
    [acme.users.rep2.id, south, '2027-01-01', 80_000], [acme.users.rep2.id, undefined, '2027-01-01', 50_000],
  ] as const) {
    await run('manager', QUOTA, { i: { quotaOwnerId, territoryId, startDate, quotaAmount } });
  }
  const res = await as('manager')(`mutation($id: ID!) { cloneTerritoryModel(id: $id, name: "Quota copy") { id } }`, { id: src });
  const copy = ok(res).cloneTerritoryModel.id;
  expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(5);
  const quotas = (modelId: string) => t.ds.query(
    `SELECT u.name AS owner, t.name AS territory, q."startDate", q."quotaAmount" FROM forecasting_quota q
     JOIN territory t ON t.id = q."territoryId" JOIN "user" u ON u.id = q."quotaOwnerId" WHERE t."modelId" = $1 ORDER BY 2, 1, 3`, [modelId]);
  expect(await quotas(copy)).toEqual([
    { owner: 'Acme rep1', territory: 'North', startDate: '2027-01-01', quotaAmount: 100_000 },
    { owner: 'Acme rep1', territory: 'North', startDate: '2027-02-01', quotaAmount: 120_000.5 },
    { owner: 'Acme rep2', territory: 'South', startDate: '2027-01-01', quotaAmount: 80_000 },
  ]);
  // The source keeps its own; the quota for every territory of its owner is not a model's to copy.
  expect(await quotas(src)).toEqual((await quotas(copy)));
  expect(await t.ds.query(`SELECT count(*)::int n FROM forecasting_quota WHERE "territoryId" IS NULL AND "orgId" = $1`, [acme.org.id])).toEqual([{ n: 1 }]);
  // Readable through the API on the cloned territory.
  const r = await run('manager', `query($m: ID!) { forecastingQuotas(filter: { quotaOwnerId: { eq: "${acme.users.rep2.id}" } }) { nodes { territoryId quotaAmount } } territoryModel(id: $m) { territories { nodes { id name } } } }`, { m: copy });
  const copiedSouth = r.territoryModel.territories.nodes.find((x: { name: string }) => x.name === 'South').id;
  expect(r.forecastingQuotas.nodes).toContainEqual({ territoryId: copiedSouth, quotaAmount: 80_000 });
  await run('admin', `mutation($id: ID!) { deleteTerritoryModel(id: $id) }`, { id: copy });
  await run('admin', `mutation($id: ID!) { deleteTerritoryModel(id: $id) }`, { id: src });
});

test('activating a model runs its rules like a real run (manual assignments kept); a failing activation changes nothing', async () => {
  const fy26 = await model('FY26');
  const us = await territory(fy26, 'US');
  const europe = await territory(fy26, 'Europe');
  const dach = await territory(fy26, 'DACH', europe);
  await rule(fy26, 'US', [item('billingCountry', 'EQUALS', 'US')], us);
  await rule(fy26, 'Big Europe', [item('annualRevenue', 'GREATER_OR_EQUAL', '10000000'), item('billingCountry', 'NOT_EQUALS', 'US')], europe, true);
  const sf = await rawAccount('Acme SF', 'US', '94105');
  const zurich = await rawAccount('Delta Zurich', 'Switzerland', '8001', 50_000_000);
  const paris = await rawAccount('Epsilon Paris', 'France', '75001', 3_000_000);
  await manual(paris, europe);
  await stale(sf, dach);
  // Before the activation: a stale rule assignment and a manual one.
  expect(await stored()).toEqual(['FY26 / DACH / Acme SF / TERRITORY_RULE', 'FY26 / Europe / Epsilon Paris / TERRITORY_MANUAL']);

  const res = await activate(fy26);
  expect(ok(res).activateTerritoryModel).toMatchObject({ state: 'ACTIVE', lastRunRulesEndDate: expect.any(String) });
  const afterFirst = [
    'FY26 / DACH / Delta Zurich / TERRITORY_RULE', 'FY26 / Europe / Delta Zurich / TERRITORY_RULE',
    'FY26 / Europe / Epsilon Paris / TERRITORY_MANUAL', 'FY26 / US / Acme SF / TERRITORY_RULE',
  ];
  expect(await stored()).toEqual(afterFirst);
  // Locks, archiving the old model, the rules, ONE statement for the run itself, the model's save.
  expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(8);

  // The next model: its rules are fine, but one stored item cannot be evaluated (a corrupt value).
  const fy27 = await model('FY27');
  const world = await territory(fy27, 'World');
  await rule(fy27, 'Everyone', [item('billingCountry', 'NOT_EQUALS', 'Nowhere')], world);
  const broken = await rule(fy27, 'Broken', [item('annualRevenue', 'GREATER_THAN', '1')], world);
  await manual(sf, world);
  await t.ds.query(`UPDATE territory_rule_item SET value = 'lots' WHERE "ruleId" = $1`, [broken]);
  const storedBefore = await stored();
  const modelsBefore = await models();

  const failed = await activate(fy27);
  expect(failed.errors?.[0]).toMatchObject({ message: 'A value is out of range or malformed', extensions: { code: 'BAD_USER_INPUT' } });
  // Nothing changed: FY26 is still ACTIVE (its archiving rolled back), FY27 PLANNING, assignments as they were.
  expect(await models()).toEqual(modelsBefore);
  expect(modelsBefore.map((m: { name: string; state: string }) => [m.name, m.state])).toEqual([['FY26', 'ACTIVE'], ['FY27', 'PLANNING']]);
  expect(await stored()).toEqual(storedBefore);
  expect((await run('rep1', `{ activeTerritoryModel { name } }`)).activeTerritoryModel).toEqual({ name: 'FY26' });

  // Repaired, the activation goes through: FY26 archived (its assignments stay), FY27's rules applied.
  await t.ds.query(`UPDATE territory_rule_item SET value = '1' WHERE "ruleId" = $1`, [broken]);
  expect(ok(await activate(fy27)).activateTerritoryModel.state).toBe('ACTIVE');
  expect((await models()).map((m: { name: string; state: string }) => [m.name, m.state])).toEqual([['FY26', 'ARCHIVED'], ['FY27', 'ACTIVE']]);
  expect(await stored()).toEqual([
    ...afterFirst,
    'FY27 / World / Acme SF / TERRITORY_MANUAL', 'FY27 / World / Delta Zurich / TERRITORY_RULE', 'FY27 / World / Epsilon Paris / TERRITORY_RULE',
  ]);
});

test('saving an account re-evaluates it alone against the active model, in the same transaction', async () => {
  const fy28 = await model('FY28');
  const us = await territory(fy28, 'US');
  const west = await territory(fy28, 'US West', us);
  const east = await territory(fy28, 'US East', us);
  const europe = await territory(fy28, 'Europe');
  const dach = await territory(fy28, 'DACH', europe);
  const keyAccounts = await territory(fy28, 'Key Accounts');
  const energy = await territory(fy28, 'Energy');
  await rule(fy28, 'West', [item('billingCountry', 'EQUALS', 'US'), item('billingPostalCode', 'STARTS_WITH', '9')], west);
  await rule(fy28, 'East', [item('billingCountry', 'EQUALS', 'US'), item('billingPostalCode', 'STARTS_WITH', '1')], east);
  const big = await rule(fy28, 'Big', [item('annualRevenue', 'GREATER_OR_EQUAL', '10000000')], europe, true);
  await rule(fy28, 'Energy', [item('industry', 'EQUALS', 'energy')], energy);
  expect(ok(await activate(fy28)).activateTerritoryModel.state).toBe('ACTIVE');
  // A planning clone with the same rules: saves never touch it.
  await run('admin', `mutation($id: ID!) { cloneTerritoryModel(id: $id, name: "FY29") { id } }`, { id: fy28 });
  // This test's accounts, in this test's models (activating FY28 assigned the earlier accounts too).
  const inFy28 = async () => (await stored()).filter((r) => /^FY2[89] \/ .* \/ (Globex|Bystander) \//.test(r));

  // Another account with a stale rule assignment: saves of other accounts leave it alone.
  const bystander = await rawAccount('Bystander', 'France', '75001');
  await stale(bystander, dach);

  const CREATE = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`;
  const UPDATE = `mutation($id: ID!, $i: UpdateAccountInput!) { updateAccount(id: $id, input: $i) { id } }`;
  const globex = (await run('rep1', CREATE, { i: { name: 'Globex', billingCountry: 'US', billingPostalCode: '94105' } })).createAccount.id;
  expect(await inFy28()).toEqual(['FY28 / DACH / Bystander / TERRITORY_RULE', 'FY28 / US West / Globex / TERRITORY_RULE']);
  await manual(globex, keyAccounts);

  // Moved east: the West assignment goes, East comes, the manual one stays.
  const moved = await as('rep1')(UPDATE, { id: globex, i: { billingPostalCode: '10001' } });
  ok(moved);
  expect(await inFy28()).toEqual([
    'FY28 / DACH / Bystander / TERRITORY_RULE', 'FY28 / Key Accounts / Globex / TERRITORY_MANUAL', 'FY28 / US East / Globex / TERRITORY_RULE',
  ]);
  // Inherited rules reach the descendants; several rules add up.
  await run('rep1', UPDATE, { id: globex, i: { annualRevenue: 20_000_000, industry: 'Energy' } });
  const grown = [
    'FY28 / DACH / Bystander / TERRITORY_RULE', 'FY28 / DACH / Globex / TERRITORY_RULE', 'FY28 / Energy / Globex / TERRITORY_RULE',
    'FY28 / Europe / Globex / TERRITORY_RULE', 'FY28 / Key Accounts / Globex / TERRITORY_MANUAL', 'FY28 / US East / Globex / TERRITORY_RULE',
  ];
  expect(await inFy28()).toEqual(grown);

  // A field no rule reads: no re-evaluation (a stale assignment survives).
  await stale(globex, west);
  const plain = await as('rep1')(UPDATE, { id: globex, i: { description: 'Key customer', phone: '555-0100' } });
  ok(plain);
  expect(await inFy28()).toEqual([...grown, 'FY28 / US West / Globex / TERRITORY_RULE'].sort());
  // Same value again: nothing changed, nothing evaluated.
  ok(await as('rep1')(UPDATE, { id: globex, i: { industry: 'Energy' } }));
  expect(await inFy28()).toEqual([...grown, 'FY28 / US West / Globex / TERRITORY_RULE'].sort());
  // A rule field: the account is re-evaluated with a fixed number of statements.
  const realigned = await as('rep1')(UPDATE, { id: globex, i: { industry: 'Utilities' } });
  ok(realigned);
  expect(await inFy28()).toEqual(grown.filter((r) => !r.includes('Energy')));
  // Three more than a plain update: the lock, the active model with its rules, one statement for the run.
  expect(realigned.extensions!.sqlStatements!).toBe(plain.extensions!.sqlStatements! + 3);
  expect(moved.extensions!.sqlStatements!).toBe(plain.extensions!.sqlStatements! + 3);

  // The evaluation is part of the account's write: if it fails, the account is not saved either.
  await t.ds.query(`UPDATE territory_rule_item SET value = 'lots' WHERE "ruleId" = $1`, [big]);
  const failed = await as('rep1')(UPDATE, { id: globex, i: { billingCountry: 'Canada', name: 'Globex Canada' } });
  expect(failed.errors?.[0]).toMatchObject({ message: 'A value is out of range or malformed', extensions: { code: 'BAD_USER_INPUT' } });
  expect(await t.ds.query(`SELECT name, "billingCountry" FROM account WHERE id = $1`, [globex])).toEqual([{ name: 'Globex', billingCountry: 'US' }]);
  expect(await inFy28()).toEqual(grown.filter((r) => !r.includes('Energy')));
  await t.ds.query(`UPDATE territory_rule_item SET value = '10000000' WHERE "ruleId" = $1`, [big]);

  // Without an active model, saves assign nothing.
  await run('admin', `mutation($id: ID!) { archiveTerritoryModel(id: $id) { state } }`, { id: fy28 });
  const before = await stored();
  await run('rep1', CREATE, { i: { name: 'Initech', billingCountry: 'US', billingPostalCode: '90001' } });
  expect(await stored()).toEqual(before);
});
