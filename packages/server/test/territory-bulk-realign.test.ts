import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// Bulk account writes (import, mass update) re-evaluate the ACTIVE model's territory rules for
// exactly the written accounts, set-based, in the write's transaction.

let t: TestServer;
let acme: OrgFixture;
const ter: Record<string, string> = {};

const run = async (query: string, variables: Record<string, unknown>) => ok(await t.gql(query, variables, acme.tokens.admin));
const RESULT = 'total succeeded created updated errors { row field message }';
const IMPORT = `mutation($i: ImportRecordsInput!) { importRecords(input: $i) { ${RESULT} } }`;
const MASS = `mutation($i: MassUpdateAccountsInput!) { massUpdateAccounts(input: $i) { ${RESULT} } }`;
const mapping = [
  { column: 'Account Name', field: 'name' }, { column: 'External Id', field: 'externalId' },
  { column: 'Billing Country', field: 'billingCountry' }, { column: 'Billing Zip', field: 'billingPostalCode' },
];
const csv = (rows: Array<[string, string, string]>) =>
  ['Account Name,External Id,Billing Country,Billing Zip', ...rows.map(([name, country, zip]) => `${name},X-${name},${country},${zip}`)].join('\n');

/** The org's stored assignments as (account, territory, cause), readable. */
const stored = (names: string[]) =>
  t.ds.query(
    `SELECT a.name AS account, t.name AS territory, o."associationCause" AS cause FROM object_territory_association o
     JOIN account a ON a.id = o."accountId" JOIN territory t ON t.id = o."territoryId"
     WHERE o."orgId" = $1 AND a.name = ANY($2) ORDER BY 1, 2`,
    [acme.org.id, names],
  );

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  const modelId = (await run(`mutation { createTerritoryModel(input: { name: "FY27" }) { id } }`, {})).createTerritoryModel.id;
  for (const [name, parent] of [['World'], ['US West', 'World'], ['DACH', 'World']]) {
    const r = await run(`mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id } }`, { i: { modelId, name, parentId: parent ? ter[parent] : undefined } });
    ter[name] = r.createTerritory.id;
  }
  const rule = async (name: string, items: object[], territory: string) => {
    const r = await run(`mutation($i: CreateTerritoryAssignmentRuleInput!) { createTerritoryAssignmentRule(input: $i) { id } }`, { i: { modelId, name, items, isActive: true } });
    await run(`mutation($r: ID!, $t: ID!) { createRuleTerritoryAssociation(input: { ruleId: $r, territoryId: $t }) { id } }`, { r: r.createTerritoryAssignmentRule.id, t: ter[territory] });
  };
  // Like the demo org's: West Coast US by postal code, DACH by country.
  await rule('US West', [{ field: 'billingCountry', operator: 'EQUALS', value: 'US' }, { field: 'billingPostalCode', operator: 'STARTS_WITH', value: '9' }], 'US West');
  await rule('DACH', [{ field: 'billingCountry', operator: 'IN', value: 'Germany,Austria,Switzerland' }], 'DACH');
  await run(`mutation($id: ID!) { activateTerritoryModel(id: $id) { id } }`, { id: modelId });
});
afterAll(() => t?.stop());

test('imported accounts get the rules territories; the statements do not grow with the rows', async () => {
  const small = await t.gql(IMPORT, { i: { objectApiName: 'Account', csv: csv([['Acme SF', 'US', '94105'], ['Beta NY', 'US', '10001'], ['Gamma Berlin', 'Germany', '10115']]), mapping, matchBy: 'externalId' } }, acme.tokens.admin);
  expect(ok(small).importRecords).toMatchObject({ created: 3, errors: [] });
  expect(await stored(['Acme SF', 'Beta NY', 'Gamma Berlin'])).toEqual([
    { account: 'Acme SF', territory: 'US West', cause: 'TERRITORY_RULE' },
    { account: 'Gamma Berlin', territory: 'DACH', cause: 'TERRITORY_RULE' },
  ]);
  const many = Array.from({ length: 60 }, (_, i): [string, string, string] => [`Bulk ${i}`, i % 3 === 0 ? 'Austria' : 'US', i % 2 ? '98101' : '02110']);
  const big = await t.gql(IMPORT, { i: { objectApiName: 'Account', csv: csv(many), mapping, matchBy: 'externalId' } }, acme.tokens.admin);
  expect(ok(big).importRecords).toMatchObject({ created: 60, errors: [] });
  const rows = await stored(many.map(([name]) => name));
  const expected = many.flatMap(([account, country, zip]) =>
    country === 'Austria' ? [{ account, territory: 'DACH', cause: 'TERRITORY_RULE' }] : zip.startsWith('9') ? [{ account, territory: 'US West', cause: 'TERRITORY_RULE' }] : []);
  expect(rows).toEqual(expect.arrayContaining(expected));
  expect(rows).toHaveLength(expected.length);
  expect(big.extensions!.sqlStatements).toBe(small.extensions!.sqlStatements);
});

test('a mass update of a rule field moves exactly the written accounts; manual assignments stay; other fields do not realign', async () => {
  const ids = async (names: string[]) =>
    (await t.ds.query(`SELECT id FROM account WHERE "orgId" = $1 AND name = ANY($2) ORDER BY name`, [acme.org.id, names])).map((r: { id: string }) => r.id);
  const [sf] = await ids(['Acme SF']);
  await t.ds.query(`INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause") VALUES ($1, $2, $3, 'TERRITORY_MANUAL')`, [acme.org.id, sf, ter.World]);
  // An assignment the rules no longer want, on an account the update does not write: it stays.
  const [ny] = await ids(['Beta NY']);
  await t.ds.query(`INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause") VALUES ($1, $2, $3, 'TERRITORY_RULE')`, [acme.org.id, ny, ter.DACH]);
  const moved = await run(MASS, { i: { ids: await ids(['Acme SF', 'Bulk 1', 'Bulk 3']), values: [{ field: 'billingCountry', value: 'Germany' }] } });
  expect(moved.massUpdateAccounts).toMatchObject({ updated: 3, errors: [] });
  expect(await stored(['Acme SF', 'Beta NY', 'Bulk 1', 'Bulk 3'])).toEqual([
    { account: 'Acme SF', territory: 'DACH', cause: 'TERRITORY_RULE' },
    { account: 'Acme SF', territory: 'World', cause: 'TERRITORY_MANUAL' },
    { account: 'Beta NY', territory: 'DACH', cause: 'TERRITORY_RULE' },
    { account: 'Bulk 1', territory: 'DACH', cause: 'TERRITORY_RULE' },
    { account: 'Bulk 3', territory: 'DACH', cause: 'TERRITORY_RULE' },
  ]);
  // A field no rule reads: nothing to re-evaluate, three statements fewer than a rule field.
  const few = await ids(['Bulk 5', 'Bulk 7']);
  const plain = await t.gql(MASS, { i: { ids: few, values: [{ field: 'phone', value: '555' }] } }, acme.tokens.admin);
  const ruled = await t.gql(MASS, { i: { ids: few, values: [{ field: 'billingPostalCode', value: '10115' }] } }, acme.tokens.admin);
  expect(ok(ruled).massUpdateAccounts.updated).toBe(2);
  expect(ruled.extensions!.sqlStatements).toBe(plain.extensions!.sqlStatements! + 3);
  expect(await stored(['Bulk 5', 'Bulk 7'])).toEqual([]);
});
