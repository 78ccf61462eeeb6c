import fs from 'node:fs';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { jitGateway } from '../src/api/jit-executor';
import { SCHEMA_FILE } from '../src/api/schema';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

/** One request, with its HTTP status (the harness's `gql` gives only the body). */
async function post(query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${acme.tokens.admin}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: res.status, body };
}

const IMPORT = `mutation($i: ImportRecordsInput!) { importRecords(input: $i) { total } }`;
const FIRST = `query($n: Int) { accounts(first: $n) { totalCount } }`;
const ORDER = `query($o: [AccountOrderBy!]) { accounts(first: 1, orderBy: $o) { totalCount } }`;
// AccountFilter is recursive (_and, _or): such operations run on graphql-js, the others on graphql-jit.
const FILTER = `query($f: AccountFilter) { accounts(first: 1, filter: $f) { totalCount } }`;
const csv = 'Account Name\nA';
const mapping = [{ column: 'Account Name', field: 'name' }];

const cases: Array<[string, string, Record<string, unknown>, string]> = [
  ['a missing required variable', IMPORT, {}, 'i'],
  ['a missing required enum field of an input', IMPORT, { i: { csv, mapping } }, 'objectApiName'],
  ['an unknown enum value in an input', IMPORT, { i: { csv, mapping, objectApiName: 'Spaceship' } }, 'objectApiName'],
  ['a wrong scalar type', FIRST, { n: 'ten' }, 'n'],
  ['an unknown enum value in a list', ORDER, { o: [{ field: 'shoeSize' }] }, 'o[0].field'],
  ['a nested input field of the wrong type', IMPORT, { i: { csv, mapping: [{ column: 5, field: 'name' }], objectApiName: 'Account' } }, 'mapping[0].column'],
  ['an input field the type does not define', IMPORT, { i: { csv, mapping, objectApiName: 'Account', colour: 'red' } }, 'colour'],
  ['graphql-js path: a nested field of the wrong type', FILTER, { f: { name: { eq: 5 } } }, 'name.eq'],
  ['graphql-js path: an unknown enum value deep in a recursive input', FILTER, { f: { _or: [{ isPersonAccount: { eq: 'maybe' } }] } }, '_or[0].isPersonAccount.eq'],
  ['graphql-js path: a missing required variable', `query($f: AccountFilter!) { accounts(first: 1, filter: $f) { totalCount } }`, {}, 'f'],
];

// The field: the variable, or the path inside an input object variable (as forms name their inputs).
test.each(cases)('%s is BAD_USER_INPUT naming the variable', async (_label, query, variables, field) => {
  const { status, body } = await post(query, variables);
  expect(body.data).toBeUndefined();
  expect(body.errors?.length).toBeGreaterThan(0);
  for (const e of body.errors ?? []) expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(body.errors?.[0].extensions?.field).toBe(field);
  expect(body.errors?.[0].message).not.toBe('Internal server error');
  expect(status).toBe(400);
});

test('the same operations run when the variables are right (compiled once, errors not cached)', async () => {
  expect((await post(FIRST, { n: 'x' })).status).toBe(400);
  expect(ok(await t.gql(FIRST, { n: 1 }, acme.tokens.admin)).accounts.totalCount).toBe(0);
  expect(ok(await t.gql(ORDER, { o: [{ field: 'name' }] }, acme.tokens.admin)).accounts.totalCount).toBe(0);
  expect(ok(await t.gql(FILTER, { f: { name: { eq: 'x' } } }, acme.tokens.admin)).accounts.totalCount).toBe(0);
});

// The executor itself, without the server's plugins (the operation limits plugin coerces the
// variables first over HTTP): both graphql-jit and graphql-js report the same errors.
describe('the executor', () => {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  let executor: (rc: never) => Promise<{ data?: unknown; errors?: ReadonlyArray<{ message: string; extensions: Record<string, unknown> }> }>;
  beforeAll(async () => {
    const gateway = jitGateway(schema);
    executor = ((await gateway!.load({ apollo: {} } as never)) as unknown as { executor: typeof executor }).executor;
  });
  const run = (query: string, variables: Record<string, unknown>) => {
    const document = parse(query);
    return executor({ document, operation: getOperationAST(document), operationName: null, queryHash: query, request: { variables }, context: {} } as never);
  };

  test.each(cases)('%s', async (_label, query, variables, field) => {
    const r = await run(query, variables);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    for (const e of r.errors ?? []) expect(e.extensions.code).toBe('BAD_USER_INPUT');
  });
});
