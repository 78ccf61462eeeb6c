import { buildClientSchema, getIntrospectionQuery, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { loadConfig } from '../src/config/config';
import { createOrg, ok, startTestServer, type TestServer } from './harness';

let t: TestServer;
let schema: GraphQLSchema;

beforeAll(async () => {
  t = await startTestServer();
  const acme = await createOrg(t);
  schema = buildClientSchema(ok(await t.gql(getIntrospectionQuery(), {}, acme.tokens.rep1)));
});
afterAll(() => t?.stop());

const OBJECTS: Array<[string, string]> = [
  ['Account', 'accounts'], ['Contact', 'contacts'], ['Lead', 'leads'], ['Opportunity', 'opportunities'],
  ['Campaign', 'campaigns'], ['CampaignMember', 'campaignMembers'], ['CampaignMemberStatus', 'campaignMemberStatuses'],
  ['Territory', 'territories'], ['Case', 'cases'], ['Task', 'tasks'], ['Event', 'events'], ['User', 'users'],
];

test.each(OBJECTS)('%s has x(id), a connection with totalCount, and create/update/delete', (name, plural) => {
  const query = schema.getQueryType()!.getFields();
  const mutation = schema.getMutationType()!.getFields();
  const one = name[0].toLowerCase() + name.slice(1);
  expect(query[one]?.args.map((a) => a.name)).toEqual(['id']);
  expect(query[plural]?.args.map((a) => a.name).sort()).toEqual(['after', 'before', 'filter', 'first', 'last', 'orderBy']);
  const conn = schema.getType(`${name}Connection`) as GraphQLObjectType;
  expect(Object.keys(conn.getFields()).sort()).toEqual(['edges', 'nodes', 'pageInfo', 'totalCount']);
  for (const op of [`create${name}`, `update${name}`, `delete${name}`]) expect(mutation[op]).toBeDefined();
});

test('Salesforce field names are exposed', () => {
  const fields = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
  expect(fields('Opportunity')).toEqual(expect.arrayContaining([
    'stageName', 'amount', 'closeDate', 'probability', 'forecastCategoryName', 'isClosed', 'isWon', 'leadSource',
    'type', 'competitor', 'lostReason', 'campaign', 'owner', 'account',
  ]));
  expect(fields('Account')).toEqual(expect.arrayContaining(['parent', 'isPersonAccount', 'contacts', 'opportunities']));
  expect(fields('User')).toEqual(expect.arrayContaining(['name', 'email', 'role', 'manager']));
  expect(fields('Campaign')).toEqual(expect.arrayContaining(['parent', 'numberSent', 'budgetedCost', 'members']));
  expect(fields('Territory')).toEqual(expect.arrayContaining(['parent']));
  expect(schema.getQueryType()!.getFields().organization).toBeDefined();
  expect(schema.getQueryType()!.getFields().me).toBeDefined();
  expect(schema.getMutationType()!.getFields().login).toBeDefined();
});

test('a bad configuration is refused with a message naming each variable', () => {
  expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MAX_QUERY_DEPTH: '1' })).toThrow(
    /PORT:[\s\S]*DATABASE_URL: must be a postgres:\/\/[\s\S]*MAX_QUERY_DEPTH/,
  );
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET: required/);
  expect(loadConfig({}).PORT).toBe(4000);
});
