import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
});
afterAll(() => t?.stop());

const as = (who: string, org = acme) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, org.tokens[who]);
const run = async (who: string, query: string, variables?: Record<string, unknown>, org = acme) => ok(await as(who, org)(query, variables));
const code = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;

const MODEL = `mutation($i: CreateTerritoryModelInput!) { createTerritoryModel(input: $i) { id name state } }`;
const ACTIVATE = `mutation($id: ID!) { activateTerritoryModel(id: $id) { id state activatedDate } }`;
const TERRITORY = `mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id name } }`;
const STATE = `query($id: ID!) { territoryModel(id: $id) { state deactivatedDate } }`;

const model = async (name: string, org = acme) => (await run('admin', MODEL, { i: { name } }, org)).createTerritoryModel;
const territory = async (modelId: string, name: string, parentId?: string) =>
  (await run('manager', TERRITORY, { i: { modelId, name, parentId } })).createTerritory;

test('one ACTIVE model per organisation: activating another archives the first, the index refuses a second', async () => {
  const a = await model('FY26');
  const b = await model('FY27');
  expect(a.state).toBe('PLANNING');
  const x = await territory(a.id, 'North');
  expect((await run('manager', ACTIVATE, { id: a.id })).activateTerritoryModel).toMatchObject({ state: 'ACTIVE', activatedDate: expect.any(String) });
  expect((await run('rep1', `{ activeTerritoryModel { id } }`)).activeTerritoryModel).toEqual({ id: a.id });

  expect((await run('exec', ACTIVATE, { id: b.id })).activateTerritoryModel.state).toBe('ACTIVE');
  expect((await run('rep1', STATE, { id: a.id })).territoryModel).toMatchObject({ state: 'ARCHIVED', deactivatedDate: expect.any(String) });
  expect((await run('rep1', `{ activeTerritoryModel { id } }`)).activeTerritoryModel).toEqual({ id: b.id });
  // Activating the active model again changes nothing; an archived one cannot come back.
  expect((await run('admin', ACTIVATE, { id: b.id })).activateTerritoryModel.state).toBe('ACTIVE');
  expect(code(await as('admin')(ACTIVATE, { id: a.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

  // The partial unique index refuses a second ACTIVE row whatever the code path.
  await expect(t.ds.query(`INSERT INTO territory_model ("orgId", name, state) VALUES ($1, 'Rogue', 'ACTIVE')`, [acme.org.id])).rejects.toThrow(/duplicate key/);
  await expect(t.ds.query(`UPDATE territory_model SET state = 'ACTIVE' WHERE id = $1`, [a.id])).rejects.toThrow(/duplicate key/);
  const active = await t.ds.query(`SELECT "orgId", count(*)::int n FROM territory_model WHERE state = 'ACTIVE' GROUP BY 1`);
  expect(active).toEqual([{ orgId: acme.org.id, n: 1 }]);
  // Another organisation has its own.
  const o = await model('FY27', other);
  expect((await run('admin', ACTIVATE, { id: o.id }, other)).activateTerritoryModel.state).toBe('ACTIVE');
  expect((await run('admin', STATE, { id: b.id })).territoryModel.state).toBe('ACTIVE');

  // An archived model is read-only.
  for (const [q, v] of [
    [TERRITORY, { i: { modelId: a.id, name: 'Late' } }],
    [`mutation($id: ID!) { updateTerritory(id: $id, input: { name: "Renamed" }) { id } }`, { id: x.id }],
    [`mutation($id: ID!) { deleteTerritory(id: $id) }`, { id: x.id }],
    [`mutation($id: ID!) { updateTerritoryModel(id: $id, input: { name: "Renamed" }) { id } }`, { id: a.id }],
    [`mutation($m: ID!) { createTerritoryAssignmentRule(input: { modelId: $m, name: "R", items: [{ field: "billingCountry", operator: "EQUALS", value: "US" }] }) { id } }`, { m: a.id }],
    [`mutation($m: ID!) { runAssignmentRules(modelId: $m) { accountsEvaluated } }`, { m: a.id }],
  ] as const) {
    expect(code(await as('admin')(q, v))?.code).toBe('FORBIDDEN');
  }
  expect(await t.ds.query(`SELECT name FROM territory WHERE "modelId" = $1`, [a.id])).toEqual([{ name: 'North' }]);
  expect(await t.ds.query(`SELECT count(*)::int n FROM territory_assignment_rule WHERE "modelId" = $1`, [a.id])).toEqual([{ n: 0 }]);
  // The active model cannot be deleted; an archived one can, with its territories.
  expect(code(await as('admin')(`mutation($id: ID!) { deleteTerritoryModel(id: $id) }`, { id: b.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  expect((await run('admin', `mutation($id: ID!) { deleteTerritoryModel(id: $id) }`, { id: a.id })).deleteTerritoryModel).toBe(a.id);
  expect(await t.ds.query(`SELECT count(*)::int n FROM territory WHERE "modelId" = $1`, [a.id])).toEqual([{ n: 0 }]);
});

test('only admins, executives and sales managers write models; everyone reads them', async () => {
  const m = await model('Read me');
  for (const who of ['rep1', 'marketing', 'agent']) {
    expect(code(await as(who)(MODEL, { i: { name: 'Mine' } }))?.code).toBe('FORBIDDEN');
    expect(code(await as(who)(ACTIVATE, { id: m.id }))?.code).toBe('FORBIDDEN');
    expect(code(await as(who)(`mutation($id: ID!) { cloneTerritoryModel(id: $id, name: "Mine") { id } }`, { id: m.id }))?.code).toBe('FORBIDDEN');
    expect(code(await as(who)(TERRITORY, { i: { modelId: m.id, name: 'Mine' } }))?.code).toBe('FORBIDDEN');
  }
  expect((await run('agent', `query($id: ID!) { territoryModel(id: $id) { name state } }`, { id: m.id })).territoryModel).toEqual({ name: 'Read me', state: 'PLANNING' });
  expect((await run('rep1', `{ territoryModels(filter: { name: { eq: "Read me" } }) { totalCount } }`)).territoryModels.totalCount).toBe(1);
  expect(code(await as('admin')(MODEL, { i: { name: 'Read me' } }))).toMatchObject({ code: 'CONFLICT', field: 'name' });
});

test('tree fields within a model; a parent must be in the same model', async () => {
  const m = await model('Tree');
  const global = await territory(m.id, 'Global');
  const americas = await territory(m.id, 'Americas', global.id);
  const emea = await territory(m.id, 'EMEA', global.id);
  const na = await territory(m.id, 'North America', americas.id);
  const west = await territory(m.id, 'US West', na.id);
  const q = `query($m: ID!, $id: ID!) {
    territoryModel(id: $m) { rootTerritories { name depth children { name children { name } } } territories { totalCount } }
    territory(id: $id) { name depth parent { name } ancestors { name } model { name } }
    root: territory(id: "${global.id}") { descendants { name } two: descendants(maxDepth: 2) { name } }
  }`;
  const r = await run('rep2', q, { m: m.id, id: west.id });
  expect(r.territoryModel.rootTerritories).toEqual([
    { name: 'Global', depth: 0, children: [{ name: 'Americas', children: [{ name: 'North America' }] }, { name: 'EMEA', children: [] }] },
  ]);
  expect(r.territoryModel.territories.totalCount).toBe(5);
  expect(r.territory).toEqual({ name: 'US West', depth: 3, parent: { name: 'North America' }, ancestors: [{ name: 'Global' }, { name: 'Americas' }, { name: 'North America' }], model: { name: 'Tree' } });
  expect(r.root.descendants.map((d: { name: string }) => d.name)).toEqual(['Americas', 'EMEA', 'North America', 'US West']);
  expect(r.root.two.map((d: { name: string }) => d.name)).toEqual(['Americas', 'EMEA', 'North America']);

  const elsewhere = await model('Elsewhere');
  const e = await as('manager')(TERRITORY, { i: { modelId: elsewhere.id, name: 'Stray', parentId: emea.id } });
  expect(code(e)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  const cycle = await as('manager')(`mutation($id: ID!, $p: ID!) { updateTerritory(id: $id, input: { parentId: $p }) { id } }`, { id: global.id, p: west.id });
  expect(code(cycle)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
});

test('clone copies territories (same tree), rules, links, user and manual account assignments into a PLANNING model', async () => {
  const src = await model('Clone source');
  const root = await territory(src.id, 'World');
  const north = await territory(src.id, 'North', root.id);
  const south = await territory(src.id, 'South', root.id);
  const leaf = await territory(src.id, 'Far North', north.id);
  const rule = (await run('manager', `mutation($m: ID!) { createTerritoryAssignmentRule(input: { modelId: $m, name: "Nordic", booleanFilter: "1 OR 2",
    items: [{ field: "billingCountry", operator: "EQUALS", value: "NO" }, { field: "billingCountry", operator: "EQUALS", value: "SE" }] }) { id } }`, { m: src.id })).createTerritoryAssignmentRule;
  await run('manager', `mutation($r: ID!, $t: ID!) { createRuleTerritoryAssociation(input: { ruleId: $r, territoryId: $t, applyToDescendants: true }) { id } }`, { r: rule.id, t: north.id });
  await run('manager', `mutation($u: ID!, $t: ID!) { createUserTerritoryAssociation(input: { userId: $u, territoryId: $t, roleInTerritory: "Sales Rep" }) { id } }`, { u: acme.users.rep1.id, t: leaf.id });
  const [acc1] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'Fjord AS') RETURNING id`, [acme.org.id, acme.users.rep1.id]);
  const [acc2] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'Sun SA') RETURNING id`, [acme.org.id, acme.users.rep1.id]);
  await run('manager', `mutation($a: ID!, $t: ID!) { createObjectTerritoryAssociation(input: { accountId: $a, territoryId: $t }) { associationCause } }`, { a: acc1.id, t: leaf.id });
  await t.ds.query(`INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause") VALUES ($1, $2, $3, 'TERRITORY_RULE')`, [acme.org.id, acc2.id, south.id]);

  const res = await as('manager')(`mutation($id: ID!) { cloneTerritoryModel(id: $id, name: "Clone copy") { id name state } }`, { id: src.id });
  const copy = ok(res).cloneTerritoryModel;
  expect(copy).toMatchObject({ name: 'Clone copy', state: 'PLANNING' });
  // Source, its lock, the new model, one INSERT ... SELECT for the whole content.
  expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(5);
  const tree = await t.ds.query(
    `SELECT c.name, p.name AS parent FROM territory c LEFT JOIN territory p ON p.id = c."parentId" WHERE c."modelId" = $1 ORDER BY c.name`, [copy.id]);
  expect(tree).toEqual([{ name: 'Far North', parent: 'North' }, { name: 'North', parent: 'World' }, { name: 'South', parent: 'World' }, { name: 'World', parent: null }]);
  expect(await t.ds.query(`SELECT count(*)::int n FROM territory c JOIN territory p ON p.id = c."parentId" WHERE c."modelId" = $1 AND p."modelId" <> $1`, [copy.id])).toEqual([{ n: 0 }]);
  const r = await run('rep1', `query($id: ID!) { territoryModel(id: $id) { assignmentRules { nodes { id name booleanFilter items { sortOrder field operator value }
    territoryAssociations { nodes { isInherited territory { name model { name } } } } } } } }`, { id: copy.id });
  const [copiedRule] = r.territoryModel.assignmentRules.nodes;
  expect(copiedRule.id).not.toBe(rule.id);
  expect(copiedRule).toMatchObject({ name: 'Nordic', booleanFilter: '1 OR 2', items: [{ sortOrder: 1, value: 'NO' }, { sortOrder: 2, value: 'SE' }] });
  expect(copiedRule.territoryAssociations.nodes).toEqual([{ isInherited: true, territory: { name: 'North', model: { name: 'Clone copy' } } }]);
  const assignments = await t.ds.query(
    `SELECT t.name, 'user' AS kind, u."roleInTerritory" AS what FROM user_territory_association u JOIN territory t ON t.id = u."territoryId" WHERE t."modelId" = $1
     UNION ALL SELECT t.name, 'account', o."associationCause" FROM object_territory_association o JOIN territory t ON t.id = o."territoryId" WHERE t."modelId" = $1
     ORDER BY 2, 1`, [copy.id]);
  // Rule-made assignments are not copied: running the rules recreates them.
  expect(assignments).toEqual([{ name: 'Far North', kind: 'account', what: 'TERRITORY_MANUAL' }, { name: 'Far North', kind: 'user', what: 'Sales Rep' }]);
  // The source is untouched.
  expect(await t.ds.query(`SELECT count(*)::int n FROM territory WHERE "modelId" = $1`, [src.id])).toEqual([{ n: 4 }]);
  expect(code(await as('manager')(`mutation($id: ID!) { cloneTerritoryModel(id: $id, name: "Clone copy") { id } }`, { id: src.id }))).toMatchObject({ code: 'CONFLICT', field: 'name' });
});

test('territory types are org-wide with unique priorities and cannot be deleted while used', async () => {
  const TYPE = `mutation($i: CreateTerritoryTypeInput!) { createTerritoryType(input: $i) { id name priority } }`;
  const region = (await run('manager', TYPE, { i: { name: 'Region', priority: 10 } })).createTerritoryType;
  expect(code(await as('manager')(TYPE, { i: { name: 'Area', priority: 10 } }))).toMatchObject({ code: 'CONFLICT', field: 'priority' });
  expect(code(await as('rep1')(TYPE, { i: { name: 'Area', priority: 5 } }))?.code).toBe('FORBIDDEN');
  const m = await model('Typed');
  const x = (await run('manager', `mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { type { name priority } } }`, { i: { modelId: m.id, name: 'Typed', typeId: region.id } })).createTerritory;
  expect(x.type).toEqual({ name: 'Region', priority: 10 });
  expect(code(await as('manager')(`mutation($id: ID!) { deleteTerritoryType(id: $id) }`, { id: region.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  expect((await run('marketing', `{ territoryTypes { nodes { name } } }`)).territoryTypes.nodes).toEqual([{ name: 'Region' }]);
});
