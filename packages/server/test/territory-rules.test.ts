import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let modelId: string;
const ter: Record<string, string> = {};
const acc: Record<string, string> = {};

const as = (who: string) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, acme.tokens[who]);
const run = async (who: string, query: string, variables?: Record<string, unknown>) => ok(await as(who)(query, variables));
const code = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;

const RULE = `mutation($i: CreateTerritoryAssignmentRuleInput!) { createTerritoryAssignmentRule(input: $i) { id name items { sortOrder field operator value } } }`;
const UPDATE_RULE = `mutation($id: ID!, $i: UpdateTerritoryAssignmentRuleInput!) { updateTerritoryAssignmentRule(id: $id, input: $i) { id booleanFilter } }`;
const LINK = `mutation($r: ID!, $t: ID!, $d: Boolean) { createRuleTerritoryAssociation(input: { ruleId: $r, territoryId: $t, applyToDescendants: $d }) { id isInherited } }`;
const RESULT = `modelId isPreview accountsEvaluated assignmentsAdded assignmentsRemoved accountsAssigned accountsWithoutTerritory movesTotalCount
  moves { account { name } fromTerritories { name } toTerritories { name } }
  territories { territory { name } before { accountCount totalAnnualRevenue openPipeline } after { accountCount totalAnnualRevenue totalEmployees openPipeline } }`;
const RUN = `mutation($m: ID!) { runAssignmentRules(modelId: $m) { ${RESULT} } }`;

type Item = { field: string; operator: string; value: string };
const item = (field: string, operator: string, value: string): Item => ({ field, operator, value });
const rule = async (name: string, items: Item[], booleanFilter?: string, m = modelId, isActive = true) =>
  (await run('manager', RULE, { i: { modelId: m, name, items, booleanFilter, isActive } })).createTerritoryAssignmentRule;

/** Every stored account assignment of the org, readable. */
const stored = () =>
  t.ds.query(`SELECT a.name AS account, t.name AS territory, m.name AS model, o."associationCause" AS cause FROM object_territory_association o
    JOIN account a ON a.id = o."accountId" JOIN territory t ON t.id = o."territoryId" JOIN territory_model m ON m.id = t."modelId"
    WHERE o."orgId" = $1 ORDER BY 3, 1, 2`, [acme.org.id]);

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  modelId = ok(await t.gql(`mutation { createTerritoryModel(input: { name: "FY27" }) { id } }`, {}, acme.tokens.admin)).createTerritoryModel.id;
  const mk = async (name: string, parent?: string) => {
    const r = ok(await t.gql(`mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id } }`, { i: { modelId, name, parentId: parent ? ter[parent] : undefined } }, acme.tokens.admin));
    ter[name] = r.createTerritory.id;
  };
  await mk('World');
  await mk('US', 'World');
  await mk('US West', 'US');
  await mk('US East', 'US');
  await mk('Europe', 'World');
  await mk('DACH', 'Europe');
  ok(await t.gql(`mutation($id: ID!) { activateTerritoryModel(id: $id) { id } }`, { id: modelId }, acme.tokens.admin));
  const rows: Array<[string, string, string, number | null, number | null]> = [
    ['Acme SF', 'US', '94105', 5_000_000, 100], ['Beta NY', 'US', '10001', 20_000_000, 400], ['Gamma Berlin', 'Germany', '10115', 1_000_000, 10],
    ['Delta Zurich', 'Switzerland', '8001', 50_000_000, 1000], ['Epsilon Paris', 'France', '75001', 3_000_000, 30], ['Zeta LA', 'us', '90001', null, null],
    ['Eta Tokyo', 'Japan', '100-0001', 7_000_000, 70],
  ];
  for (const [name, country, zip, revenue, employees] of rows) {
    const [a] = await t.ds.query(
      `INSERT INTO account ("orgId", "ownerId", name, "billingCountry", "billingPostalCode", "annualRevenue", "numberOfEmployees") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [acme.org.id, acme.users.rep1.id, name, country, zip, revenue, employees]);
    acc[name] = a.id;
  }
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount, "isClosed", "isWon")
     VALUES ($1, $2, $3, 'Zurich deal', 'Prospecting', '2027-03-01', 'Pipeline', 100000, false, false),
            ($1, $2, $4, 'Paris deal', 'Prospecting', '2027-03-01', 'Pipeline', 50000, false, false),
            ($1, $2, $4, 'Paris won', 'Closed Won', '2027-01-15', 'Closed', 20000, true, true)`,
    [acme.org.id, acme.users.rep1.id, acc['Delta Zurich'], acc['Epsilon Paris']]);
});
afterAll(() => t?.stop());

test('rules are validated on write: field, operator, value and boolean filter, with nothing written', async () => {
  const before = await t.ds.query(`SELECT (SELECT count(*) FROM territory_assignment_rule)::int r, (SELECT count(*) FROM territory_rule_item)::int i`);
  const cases: Array<[Item[], string | undefined, string, RegExp]> = [
    [[item('billingCountry', 'EQUALS', 'US'), item('zip', 'EQUALS', '9')], undefined, 'items.1.field', /unknown field "zip"/],
    [[item('billingCountry', 'LIKE', 'US')], undefined, 'items.0.operator', /unknown operator "LIKE"/],
    [[item('billingCity', 'LESS_THAN', 'M')], undefined, 'items.0.operator', /LESS_THAN compares numbers, but billingCity is a text field/],
    [[item('annualRevenue', 'STARTS_WITH', '1')], undefined, 'items.0.operator', /compares text/],
    [[item('annualRevenue', 'GREATER_THAN', 'lots')], undefined, 'items.0.value', /not a number/],
    [[item('numberOfEmployees', 'IN', '10, 20, x')], undefined, 'items.0.value', /"x" is not a number/],
    [[item('industry', 'EQUALS', '  ')], undefined, 'items.0.value', /value is required/],
    [[], undefined, 'items', /at least one item/],
    [[item('billingCountry', 'EQUALS', 'US'), item('rating', 'EQUALS', 'Hot')], '1 AND (2', 'booleanFilter', /missing "\)"/],
    [[item('billingCountry', 'EQUALS', 'US'), item('rating', 'EQUALS', 'Hot')], '1 AND 9', 'booleanFilter', /item 9 does not exist/],
    [[item('billingCountry', 'EQUALS', 'US'), item('rating', 'EQUALS', 'Hot')], '1 AND 2 OR 1', 'booleanFilter', /parentheses when mixing AND and OR/],
    [[item('billingCountry', 'EQUALS', 'US'), item('rating', 'EQUALS', 'Hot')], '1 XOR 2', 'booleanFilter', /unexpected "X"/],
    [[item('billingCountry', 'EQUALS', 'US'), item('rating', 'EQUALS', 'Hot')], '1 AND', 'booleanFilter', /at the end/],
    [[item('billingCountry', 'EQUALS', 'US'), item('rating', 'EQUALS', 'Hot')], '(1 OR 2))', 'booleanFilter', /unexpected "\)"/],
  ];
  for (const [items, booleanFilter, field, message] of cases) {
    const r = await as('manager')(RULE, { i: { modelId, name: 'Bad', items, booleanFilter } });
    expect({ field: code(r)?.field, code: code(r)?.code }).toEqual({ field, code: 'BAD_USER_INPUT' });
    expect(r.errors![0].message).toMatch(message);
  }
  // Updates are checked against the rule's items as they will be.
  const ok1 = await rule('Two items', [item('billingCountry', 'EQUALS', 'US'), item('rating', 'EQUALS', 'Hot')], '1 AND NOT 2', modelId, false);
  expect(code(await as('manager')(UPDATE_RULE, { id: ok1.id, i: { booleanFilter: '1 OR 3' } }))).toMatchObject({ field: 'booleanFilter' });
  expect(code(await as('manager')(UPDATE_RULE, { id: ok1.id, i: { items: [item('billingCountry', 'EQUALS', 'US')] } }))).toMatchObject({ field: 'booleanFilter' });
  const after = await t.ds.query(`SELECT (SELECT count(*) FROM territory_assignment_rule)::int r, (SELECT count(*) FROM territory_rule_item)::int i`);
  expect(after).toEqual([{ r: before[0].r + 1, i: before[0].i + 2 }]);
  expect(code(await as('rep1')(RULE, { i: { modelId, name: 'Mine', items: [item('billingCountry', 'EQUALS', 'US')] } }))?.code).toBe('FORBIDDEN');
  expect(code(await as('rep1')(RUN, { m: modelId }))?.code).toBe('FORBIDDEN');
  await run('manager', `mutation($id: ID!) { deleteTerritoryAssignmentRule(id: $id) }`, { id: ok1.id });
});

test('runAssignmentRules on the active model assigns every account, keeps manual assignments and is idempotent', async () => {
  // NOT over a blank field: billingCity is null, item 3 is false (never unknown), NOT 3 is true.
  const west = await rule('US West', [item('billingCountry', 'EQUALS', 'US'), item('billingPostalCode', 'STARTS_WITH', '9'), item('billingCity', 'EQUALS', 'Nowhere')], '1 AND 2 AND NOT 3');
  const east = await rule('US East', [item('billingCountry', 'IN', 'USA, US'), item('billingPostalCode', 'STARTS_WITH', '0'), item('billingPostalCode', 'STARTS_WITH', '1')], '1 AND (2 OR 3)');
  const dach = await rule('DACH', [item('billingCountry', 'IN', 'Germany,Austria,Switzerland')]);
  const big = await rule('Big Europe', [item('annualRevenue', 'GREATER_OR_EQUAL', '10000000'), item('billingCountry', 'NOT_EQUALS', 'us')], '1 AND 2');
  const off = await rule('Inactive', [item('name', 'CONTAINS', 'a')], undefined, modelId, false);
  await run('manager', LINK, { r: west.id, t: ter['US West'] });
  await run('manager', LINK, { r: east.id, t: ter['US East'] });
  await run('manager', LINK, { r: dach.id, t: ter.DACH });
  expect((await run('manager', LINK, { r: big.id, t: ter.Europe, d: true })).createRuleTerritoryAssociation.isInherited).toBe(true);
  await run('manager', LINK, { r: off.id, t: ter.World });
  // Manual assignments (kept) and a stale rule assignment (removed).
  for (const [a, tt] of [['Epsilon Paris', 'Europe'], ['Gamma Berlin', 'US']]) {
    await run('manager', `mutation($a: ID!, $t: ID!) { createObjectTerritoryAssociation(input: { accountId: $a, territoryId: $t }) { id } }`, { a: acc[a], t: ter[tt] });
  }
  await t.ds.query(`INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause") VALUES ($1, $2, $3, 'TERRITORY_RULE')`, [acme.org.id, acc['Beta NY'], ter.DACH]);

  const first = await as('manager')(RUN, { m: modelId });
  const r1 = ok(first).runAssignmentRules;
  expect(r1).toMatchObject({ modelId, isPreview: false, accountsEvaluated: 7, assignmentsAdded: 6, assignmentsRemoved: 1, accountsAssigned: 6, accountsWithoutTerritory: 1 });
  const expected = [
    ['Acme SF', 'US West', 'TERRITORY_RULE'], ['Beta NY', 'US East', 'TERRITORY_RULE'], ['Delta Zurich', 'DACH', 'TERRITORY_RULE'],
    ['Delta Zurich', 'Europe', 'TERRITORY_RULE'], ['Epsilon Paris', 'Europe', 'TERRITORY_MANUAL'], ['Gamma Berlin', 'DACH', 'TERRITORY_RULE'],
    ['Gamma Berlin', 'US', 'TERRITORY_MANUAL'], ['Zeta LA', 'US West', 'TERRITORY_RULE'],
  ].map(([account, territory, cause]) => ({ account, territory, model: 'FY27', cause }));
  expect(await stored()).toEqual(expected);
  expect((await run('rep1', `query($id: ID!) { territoryModel(id: $id) { lastRunRulesEndDate } }`, { id: modelId })).territoryModel.lastRunRulesEndDate).toEqual(expect.any(String));
  expect((await run('manager', `query($a: ID!) { account(id: $a) { territories { name } } }`, { a: acc['Delta Zurich'] })).account.territories).toEqual([{ name: 'DACH' }, { name: 'Europe' }]);

  const second = ok(await as('manager')(RUN, { m: modelId })).runAssignmentRules;
  expect(second).toMatchObject({ assignmentsAdded: 0, assignmentsRemoved: 0, accountsAssigned: 6, accountsWithoutTerritory: 1, movesTotalCount: 0, moves: [] });
  expect(await stored()).toEqual(expected);

  // An account that changes moves on the next run, and the result says from where to where.
  await t.ds.query(`UPDATE account SET "billingPostalCode" = '02110' WHERE id = $1`, [acc['Zeta LA']]);
  const third = ok(await as('manager')(RUN, { m: modelId })).runAssignmentRules;
  expect(third).toMatchObject({ assignmentsAdded: 1, assignmentsRemoved: 1, movesTotalCount: 1 });
  expect(third.moves).toEqual([{ account: { name: 'Zeta LA' }, fromTerritories: [{ name: 'US West' }], toTerritories: [{ name: 'US East' }] }]);
  // Lock, rules, ONE statement for the run itself (whatever the number of rules or accounts), the run date, and the result's references.
  expect(first.extensions?.sqlStatements).toBeLessThanOrEqual(7);
});

test('on a PLANNING model the run is a preview: nothing stored changes; it reports moves and before/after balances', async () => {
  const planning = ok(await as('admin')(`mutation($id: ID!) { cloneTerritoryModel(id: $id, name: "FY28") { id state } }`, { id: modelId })).cloneTerritoryModel;
  expect(planning.state).toBe('PLANNING');
  const rules = (await run('manager', `query($id: ID!) { territoryModel(id: $id) { assignmentRules(filter: { name: { eq: "DACH" } }) { nodes { id } } } }`, { id: planning.id }))
    .territoryModel.assignmentRules.nodes;
  await run('manager', UPDATE_RULE, { id: rules[0].id, i: { items: [item('billingCountry', 'IN', 'Germany,Austria,Switzerland,France')] } });
  const storedBefore = await stored();
  const modelsBefore = await t.ds.query(`SELECT id, state, "lastRunRulesEndDate" FROM territory_model ORDER BY id`);

  const preview = await as('manager')(RUN, { m: planning.id });
  expect(preview.extensions?.sqlStatements).toBeLessThanOrEqual(6);
  const res = ok(preview).runAssignmentRules;
  expect(await stored()).toEqual(storedBefore);
  expect(await t.ds.query(`SELECT id, state, "lastRunRulesEndDate" FROM territory_model ORDER BY id`)).toEqual(modelsBefore);
  expect(res).toMatchObject({ modelId: planning.id, isPreview: true, accountsEvaluated: 7, assignmentsAdded: 7, assignmentsRemoved: 0, accountsAssigned: 6, accountsWithoutTerritory: 1, movesTotalCount: 1 });
  expect(res.moves).toEqual([{ account: { name: 'Epsilon Paris' }, fromTerritories: [{ name: 'Europe' }], toTerritories: [{ name: 'DACH' }, { name: 'Europe' }] }]);
  const by = Object.fromEntries(res.territories.map((x: any) => [x.territory.name, [x.before, x.after]]));
  const bal = (accountCount: number, totalAnnualRevenue: number, openPipeline: number) => ({ accountCount, totalAnnualRevenue, openPipeline });
  // Before: only the manual assignments the clone copied; after: those plus the rules' result.
  expect(by.DACH).toEqual([bal(0, 0, 0), { ...bal(3, 54_000_000, 150_000), totalEmployees: 1040 }]);
  expect(by.Europe).toEqual([bal(1, 3_000_000, 50_000), { ...bal(2, 53_000_000, 150_000), totalEmployees: 1030 }]);
  expect(by.US).toEqual([bal(1, 1_000_000, 0), { ...bal(1, 1_000_000, 0), totalEmployees: 10 }]);
  expect(by['US East'][1]).toMatchObject(bal(2, 20_000_000, 0));
  expect(by['US West'][1]).toMatchObject(bal(1, 5_000_000, 0));
  expect(by.World).toEqual([bal(0, 0, 0), { ...bal(0, 0, 0), totalEmployees: 0 }]);

  // The explicit preview of the active model shows that it is up to date.
  const q = ok(await as('manager')(`query($m: ID!) { previewAssignmentRules(modelId: $m, movesLimit: 5) { isPreview assignmentsAdded assignmentsRemoved movesTotalCount } }`, { m: modelId }));
  expect(q.previewAssignmentRules).toEqual({ isPreview: true, assignmentsAdded: 0, assignmentsRemoved: 0, movesTotalCount: 0 });
  expect(await stored()).toEqual(storedBefore);
  // A rule cannot be attached to a territory of another model.
  const other = await as('manager')(LINK, { r: rules[0].id, t: ter.DACH });
  expect(code(other)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'territoryId' });
});
