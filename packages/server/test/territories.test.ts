import { randomUUID } from 'node:crypto';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;
let modelId: string;
let otherModelId: string;

const MODEL = `mutation($i: CreateTerritoryModelInput!) { createTerritoryModel(input: $i) { id state } }`;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
  modelId = ok(await t.gql(MODEL, { i: { name: 'FY27' } }, acme.tokens.admin)).createTerritoryModel.id;
  otherModelId = ok(await t.gql(MODEL, { i: { name: 'FY27' } }, other.tokens.admin)).createTerritoryModel.id;
});
afterAll(() => t?.stop());

const as = (who: string, org = acme) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, org.tokens[who]);
const CREATE = `mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id name description parent { id name } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateTerritoryInput!) { updateTerritory(id: $id, input: $i) { id name description parent { id name } } }`;
const DELETE = `mutation($id: ID!) { deleteTerritory(id: $id) }`;
const create = async (i: Record<string, unknown>, who = 'manager') => ok(await as(who)(CREATE, { i: { modelId, ...i } })).createTerritory;

test('territory CRUD with a parent, read org-wide', async () => {
  const emea = await create({ name: 'EMEA', description: 'Europe, Middle East, Africa' });
  const dach = await create({ name: 'DACH', parentId: emea.id }, 'admin');
  expect(dach.parent).toEqual({ id: emea.id, name: 'EMEA' });
  const read = ok(await as('rep3')(`query($id: ID!) { territory(id: $id) { name parent { name parent { id } } } }`, { id: dach.id })).territory;
  expect(read).toEqual({ name: 'DACH', parent: { name: 'EMEA', parent: null } });
  const list = ok(await as('agent')(`{ territories(orderBy: [{ field: name }]) { totalCount nodes { name } } }`)).territories;
  expect(list).toEqual({ totalCount: 2, nodes: [{ name: 'DACH' }, { name: 'EMEA' }] });
  const filtered = ok(await as('rep1')(`query($p: ID!) { territories(filter: { parentId: { eq: $p } }) { nodes { id } } }`, { p: emea.id })).territories;
  expect(filtered.nodes).toEqual([{ id: dach.id }]);
  const upd = ok(await as('exec')(UPDATE, { id: dach.id, i: { name: 'Germany, Austria, Switzerland', parentId: null } })).updateTerritory;
  expect(upd).toMatchObject({ name: 'Germany, Austria, Switzerland', description: null, parent: null });
  expect(ok(await as('manager')(DELETE, { id: dach.id })).deleteTerritory).toBe(dach.id);
  const gone = await as('manager')(`query($id: ID!) { territory(id: $id) { id } }`, { id: dach.id });
  expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  // Another organisation neither sees nor references it.
  expect((await as('admin', other)(`query($id: ID!) { territory(id: $id) { id } }`, { id: emea.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const foreign = await as('admin', other)(CREATE, { i: { name: 'Sneaky', modelId: otherModelId, parentId: emea.id } });
  expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  // Nor puts a territory into another organisation's model.
  const intoForeign = await as('admin', other)(CREATE, { i: { name: 'Sneaky', modelId } });
  expect(intoForeign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'modelId' });
});

test('bad input is refused with the field', async () => {
  expect((await as('manager')(CREATE, { i: { modelId, name: '' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  expect((await as('manager')(CREATE, { i: { modelId, name: 'X', parentId: randomUUID() } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  expect((await as('manager')(CREATE, { i: { modelId: randomUUID(), name: 'X' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'modelId' });
  expect((await as('manager')(CREATE, { i: { name: 'X' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const x = await create({ name: 'Blank test' });
  expect((await as('manager')(UPDATE, { id: x.id, i: { name: null } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
});

test('cycles are refused and a parent with children cannot be deleted', async () => {
  const americas = await create({ name: 'Americas' });
  const na = await create({ name: 'North America', parentId: americas.id });
  const west = await create({ name: 'US West', parentId: na.id });
  for (const [id, p] of [[americas.id, west.id], [na.id, na.id]]) {
    const r = await as('manager')(UPDATE, { id, i: { parentId: p } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  }
  const parents = await t.ds.query(`SELECT name, "parentId" FROM territory WHERE id = ANY($1) ORDER BY name`, [[americas.id, na.id]]);
  expect(parents).toEqual([{ name: 'Americas', parentId: null }, { name: 'North America', parentId: americas.id }]);
  const del = await as('manager')(DELETE, { id: na.id });
  expect(del.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  expect(ok(await as('manager')(`query($id: ID!) { territory(id: $id) { name } }`, { id: na.id })).territory.name).toBe('North America');
});

test('only admins, executives and sales managers write territories', async () => {
  const x = await create({ name: 'Locked' });
  for (const who of ['rep1', 'marketing', 'agent']) {
    expect((await as(who)(CREATE, { i: { modelId, name: 'Mine' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(who)(UPDATE, { id: x.id, i: { name: 'Mine' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(who)(DELETE, { id: x.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  expect(ok(await as('rep1')(`query($id: ID!) { territory(id: $id) { name } }`, { id: x.id })).territory.name).toBe('Locked');
  expect(await t.ds.query(`SELECT count(*)::int n FROM territory WHERE name = 'Mine'`)).toEqual([{ n: 0 }]);
});
