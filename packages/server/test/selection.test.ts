import { isObjectType, Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { getSchema } from '../src/api/schema';
import { selectedColumns, selectsTotal } from '../src/common/list/selection';
import { CampaignMember } from '../src/campaigns/campaign-member.entity';
import { Campaign } from '../src/campaigns/campaign.entity';
import { Territory } from '../src/territories/territory.entity';
import { Opportunity } from '../src/sales/opportunity.entity';
import { createOrg, ok, startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.stop());

/** The resolve info graphql would give the first field under `parentType` of `query`. */
async function infoFor(query: string, parentType: string): Promise<GraphQLResolveInfo> {
  const schema = await getSchema();
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const field = op.selectionSet.selections[0] as FieldNode;
  const type = schema.getType(parentType);
  if (!isObjectType(type)) throw new Error(parentType);
  return { fieldNodes: [field], returnType: type.getFields()[field.name.value].type, fragments } as unknown as GraphQLResolveInfo;
}

const columns = async (query: string, parentType: string, entity: Function) =>
  selectedColumns(await infoFor(query, parentType), t.ds.getMetadata(entity))?.sort() ?? null;

test('a nested page loads only the columns its selection needs', async () => {
  expect(await columns(`{ opportunities(first: 5) { nodes { name amount owner { name } } } }`, 'Account', Opportunity)).toEqual(['amount', 'name', 'ownerId']);
  // Computed fields declare what they read; fragments and edges count too; connections need the id.
  expect(
    await columns(
      `{ opportunities { totalCount edges { cursor node { expectedRevenue ...F tasks(first: 1) { totalCount } } } } } fragment F on Opportunity { stageName ... on Opportunity { closeDate } }`,
      'Account',
      Opportunity,
    ),
  ).toEqual(['amount', 'closeDate', 'id', 'probability', 'stageName']);
  // A computed field that declares nothing may read any column: everything is loaded.
  expect(await columns(`{ campaignMembers { nodes { name } } }`, 'Lead', CampaignMember)).toBeNull();
});

test('a tree level loads only the columns its selection needs', async () => {
  // Tree fields and roll-ups read only the id; a to-one reads its id column.
  expect(await columns(`{ children { name numberOfContacts hierarchyAmountWonOpportunities owner { name } children { id } } }`, 'Campaign', Campaign)).toEqual(['id', 'name', 'ownerId']);
  expect(await columns(`{ children { __typename } }`, 'Territory', Territory)).toEqual(['id']);
  // A computed field that declares nothing may read any column.
  expect(await columns(`{ children { name customFields { name } } }`, 'Campaign', Campaign)).toBeNull();
});

test('totals are counted only when the selection asks for them', async () => {
  expect(selectsTotal(await infoFor(`{ opportunities { nodes { name } } }`, 'Account'))).toBe(false);
  expect(selectsTotal(await infoFor(`{ opportunities { totalCount } }`, 'Account'))).toBe(true);
  expect(selectsTotal(await infoFor(`{ opportunities { ...P } } fragment P on OpportunityConnection { pageInfo { hasNextPage } }`, 'Account'))).toBe(true);
});

test('pruned pages answer exactly what full rows would', async () => {
  const f = await createOrg(t, 'Prune');
  const [acc] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'Pruned Co') RETURNING id`, [f.org.id, f.users.rep1.id]);
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount, probability)
     SELECT $1, $2, $3, 'Deal ' || g, 'Prospecting', DATE '2027-01-01' + g, 'Pipeline', 1000 * g, 10 * g FROM generate_series(1, 3) g`,
    [f.org.id, f.users.rep1.id, acc.id],
  );
  const paged = ok(
    await t.gql(`{ accounts(first: 5) { nodes { a: opportunities(first: 2) { pageInfo { hasNextPage } } b: opportunities(first: 2) { totalCount nodes { name } } } } }`, {}, f.tokens.rep1),
  ).accounts.nodes[0];
  expect(paged).toEqual({ a: { pageInfo: { hasNextPage: true } }, b: { totalCount: 3, nodes: [{ name: 'Deal 1' }, { name: 'Deal 2' }] } });
  const r = ok(
    await t.gql(
      `{ accounts(first: 5) { nodes { name opportunities(first: 5) { nodes { ...D owner { name } account { name } } } } } }
       fragment D on Opportunity { name expectedRevenue closeDate }`,
      {},
      f.tokens.rep1,
    ),
  );
  expect(r.accounts.nodes[0].opportunities.nodes).toEqual(
    [1, 2, 3].map((g) => ({
      name: `Deal ${g}`,
      expectedRevenue: (1000 * g * 10 * g) / 100,
      closeDate: `2027-01-0${1 + g}`,
      owner: { name: 'Prune rep1' },
      account: { name: 'Pruned Co' },
    })),
  );
});
