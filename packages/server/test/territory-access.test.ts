import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

/**
 * Territory-based account access (Enterprise Territory Management): users assigned to a
 * territory of the ACTIVE model read the accounts of that territory and of every territory
 * below it; PLANNING and ARCHIVED models grant nothing; the access is read-only.
 */

let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;
let activeModel: string;
let planningModel: string;
/** Territory ids by name. */
const ter: Record<string, string> = {};
/** Account ids by name; all owned by rep3, outside rep1's and rep2's manager hierarchy. */
const acc: Record<string, string> = {};

const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const run = async (token: string, query: string, variables?: Record<string, unknown>) => ok(await t.gql(query, variables, token));
const visible = async (token: string) =>
  (await run(token, `{ accounts(first: 100) { nodes { id } } }`)).accounts.nodes.map((n: { id: string }) => n.id).sort();
const names = (...keys: string[]) => keys.map((k) => acc[k]).sort();
const getAccount = (id: string, token: string) => t.gql(`query($id: ID!) { account(id: $id) { id name } }`, { id }, token);

const MODEL = `mutation($i: CreateTerritoryModelInput!) { createTerritoryModel(input: $i) { id } }`;
const TERRITORY = `mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id } }`;
const ASSIGN_USER = `mutation($i: CreateUserTerritoryAssociationInput!) { createUserTerritoryAssociation(input: $i) { id } }`;
const ASSIGN_ACCOUNT = `mutation($a: ID!, $t: ID!) { createObjectTerritoryAssociation(input: { accountId: $a, territoryId: $t }) { id } }`;
const ACTIVATE = `mutation($id: ID!) { activateTerritoryModel(id: $id) { state } }`;

async function territory(token: string, modelId: string, name: string, parent?: string) {
  ter[name] = (await run(token, TERRITORY, { i: { modelId, name, parentId: parent && ter[parent] } })).createTerritory.id;
}

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
  const admin = acme.tokens.admin;

  // ACTIVE model:  West > California > Bay Area;  East (sibling of West).
  activeModel = (await run(admin, MODEL, { i: { name: 'FY27' } })).createTerritoryModel.id;
  await territory(admin, activeModel, 'West');
  await territory(admin, activeModel, 'California', 'West');
  await territory(admin, activeModel, 'Bay Area', 'California');
  await territory(admin, activeModel, 'East');
  await run(admin, ACTIVATE, { id: activeModel });
  // PLANNING model with its own West.
  planningModel = (await run(admin, MODEL, { i: { name: 'FY28' } })).createTerritoryModel.id;
  await territory(admin, planningModel, 'Plan West');

  const placed: Record<string, string> = {
    west: 'West', california: 'California', bayArea: 'Bay Area', east: 'East', plan: 'Plan West',
  };
  for (const key of [...Object.keys(placed), 'none']) {
    const r = await run(admin, `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: { name: key, ownerId: acme.users.rep3.id } });
    acc[key] = r.createAccount.id;
    if (placed[key]) await run(admin, ASSIGN_ACCOUNT, { a: acc[key], t: ter[placed[key]] });
  }
  await run(admin, ASSIGN_USER, { i: { userId: acme.users.rep1.id, territoryId: ter.West, roleInTerritory: 'Sales Rep' } });
  await run(admin, ASSIGN_USER, { i: { userId: acme.users.rep1.id, territoryId: ter['Plan West'], roleInTerritory: 'Sales Rep' } });
  // An inactive assignment counts nowhere.
  await run(admin, ASSIGN_USER, { i: { userId: acme.users.rep2.id, territoryId: ter.East, isActive: false } });
});
afterAll(() => t?.stop());

test('a rep assigned to a territory reads its accounts and those of every territory below it', async () => {
  expect(await visible(acme.tokens.rep1)).toEqual(names('west', 'california', 'bayArea'));
  for (const key of ['west', 'california', 'bayArea']) {
    expect(ok(await getAccount(acc[key], acme.tokens.rep1)).account.id).toBe(acc[key]);
  }
  // Through relations too: the account of an assignment resolves for the rep.
  const links = await run(acme.tokens.rep1, `query($t: ID!) { objectTerritoryAssociations(filter: { territoryId: { eq: $t } }) { nodes { account { id } } } }`, { t: ter['Bay Area'] });
  expect(links.objectTerritoryAssociations.nodes).toEqual([{ account: { id: acc.bayArea } }]);
});

test('no access to accounts of sibling territories, of no territory, or through an inactive assignment', async () => {
  for (const key of ['east', 'none']) {
    expect(errorOf(await getAccount(acc[key], acme.tokens.rep1))?.code).toBe('NOT_FOUND');
  }
  // rep2's assignment to East is inactive; rep1's territory does not reach their manager's team.
  expect(await visible(acme.tokens.rep2)).toEqual([]);
  expect(errorOf(await getAccount(acc.east, acme.tokens.rep2))?.code).toBe('NOT_FOUND');
  // Another organisation sees nothing of it, whatever its role.
  for (const token of [other.tokens.admin, other.tokens.rep1]) expect(await visible(token)).toEqual([]);
  // Admins still see everything.
  expect(await visible(acme.tokens.admin)).toEqual(names('west', 'california', 'bayArea', 'east', 'plan', 'none'));
});

test('a PLANNING model grants nothing', async () => {
  expect(await visible(acme.tokens.rep1)).not.toContain(acc.plan);
  expect(errorOf(await getAccount(acc.plan, acme.tokens.rep1))?.code).toBe('NOT_FOUND');
});

test('territory access is read-only: the rep cannot edit or delete the account', async () => {
  const before = (await t.ds.query(`SELECT name FROM account WHERE id = $1`, [acc.california]))[0];
  const upd = await t.gql(`mutation($id: ID!) { updateAccount(id: $id, input: { name: "Hijacked" }) { id } }`, { id: acc.california }, acme.tokens.rep1);
  expect(errorOf(upd)?.code).toBe('FORBIDDEN');
  const del = await t.gql(`mutation($id: ID!) { deleteAccount(id: $id) }`, { id: acc.california }, acme.tokens.rep1);
  expect(errorOf(del)?.code).toBe('FORBIDDEN');
  expect((await t.ds.query(`SELECT name FROM account WHERE id = $1`, [acc.california]))[0]).toEqual(before);
});

test('the statement count of accounts(first: 50) does not grow with the number of territory accounts', async () => {
  /** An org whose rep1 reaches n accounts (owned by rep3) through a parent territory of the ACTIVE model. */
  const orgWith = async (n: number) => {
    const f = await createOrg(t, `Terr${n}`);
    const m = (await run(f.tokens.admin, MODEL, { i: { name: 'Active' } })).createTerritoryModel.id;
    const parent = (await run(f.tokens.admin, TERRITORY, { i: { modelId: m, name: 'Parent' } })).createTerritory.id;
    const child = (await run(f.tokens.admin, TERRITORY, { i: { modelId: m, name: 'Child', parentId: parent } })).createTerritory.id;
    await run(f.tokens.admin, ACTIVATE, { id: m });
    await run(f.tokens.admin, ASSIGN_USER, { i: { userId: f.users.rep1.id, territoryId: parent } });
    await t.ds.query(
      `INSERT INTO account ("orgId", "ownerId", name) SELECT $1, $2, 'Account ' || g FROM generate_series(1, $3) g`,
      [f.org.id, f.users.rep3.id, n],
    );
    await t.ds.query(
      `INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause")
       SELECT a."orgId", a.id, $2, 'TERRITORY_MANUAL' FROM account a WHERE a."orgId" = $1`,
      [f.org.id, child],
    );
    return f;
  };
  const QUERY = `{ accounts(first: 50) { totalCount nodes { name owner { name } parent { name } territories { name } } } }`;
  const small = await orgWith(5);
  const large = await orgWith(60);
  const a = await t.gql(QUERY, {}, small.tokens.rep1);
  const b = await t.gql(QUERY, {}, large.tokens.rep1);
  expect(ok(a).accounts.totalCount).toBe(5);
  expect(ok(b).accounts.totalCount).toBe(60);
  expect(ok(b).accounts.nodes).toHaveLength(50);
  for (const node of ok(b).accounts.nodes) expect(node.territories).toEqual([{ name: 'Child' }]);
  expect(a.extensions?.sqlStatements).toBe(b.extensions?.sqlStatements);
  // One per level: accounts (with the territory scope inside), owners, parents, territories.
  expect(b.extensions?.sqlStatements).toBeLessThanOrEqual(4);
});

test('activating another model moves the access with it; the archived model grants nothing', async () => {
  await run(acme.tokens.admin, ACTIVATE, { id: planningModel });
  const state = await t.ds.query(`SELECT state FROM territory_model WHERE id = $1`, [activeModel]);
  expect(state).toEqual([{ state: 'ARCHIVED' }]);
  expect(await visible(acme.tokens.rep1)).toEqual(names('plan'));
  expect(errorOf(await getAccount(acc.west, acme.tokens.rep1))?.code).toBe('NOT_FOUND');
});
