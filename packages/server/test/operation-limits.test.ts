import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer({ MAX_QUERY_DEPTH: '6', MAX_QUERY_COST: '2000' });
  acme = await createOrg(t);
});
afterAll(() => t?.stop());


test('a query deeper than the limit is refused before any resolver runs', async () => {
  const deep = `{ accounts(first: 1) { nodes { parent { parent { parent { parent { parent { name } } } } } } } }`;
  const r = await t.gql(deep, {}, acme.tokens.admin);
  expect(r.data).toBeUndefined();
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 6 });
  expect(r.extensions?.sqlStatements ?? 0).toBe(0);
});

test('a query over the cost limit is refused with the limit and the cost', async () => {
  const costly = `{ accounts(first: 100) { nodes { contacts(first: 100) { nodes { name } } } } }`;
  const r = await t.gql(costly, {}, acme.tokens.admin);
  expect(r.data).toBeUndefined();
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 2000 });
  expect(r.errors?.[0].extensions?.cost).toBeGreaterThan(2000);
  expect(r.extensions?.sqlStatements ?? 0).toBe(0);
});

test('fragments count towards depth', async () => {
  const q = `query { accounts(first: 1) { ...A } } fragment A on AccountConnection { nodes { parent { ...P } } } fragment P on Account { parent { parent { parent { name } } } }`;
  const r = await t.gql(q, {}, acme.tokens.admin);
  expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
});

test('queries within the limits run', async () => {
  const r = ok(await t.gql(`{ accounts(first: 10) { totalCount nodes { contacts(first: 10) { totalCount } } } }`, {}, acme.tokens.admin));
  expect(r.accounts.totalCount).toBe(0);
});

test('an operationName the document does not have is a clear error, not a server fault', async () => {
  const post = async (body: object) => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${acme.tokens.admin}` }, body: JSON.stringify(body) });
    return (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };
  const stale = await post({ query: 'query Me { me { name } }', operationName: 'Other' });
  expect(stale.data).toBeUndefined();
  expect(stale.errors?.[0]).toMatchObject({ message: 'The document has no operation named "Other"', extensions: { code: 'OPERATION_RESOLUTION_FAILURE', field: 'operationName' } });
  const several = await post({ query: 'query A { me { name } } query B { me { email } }' });
  expect(several.errors?.[0].extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  expect((await post({ query: 'query A { me { name } } query B { me { email } }', operationName: 'B' })).data).toEqual({ me: { email: expect.stringContaining('@') } });
});

test('a refused operation is a client error (HTTP 400), never a 500', async () => {
  const deep = `{ accounts(first: 1) { nodes { parent { parent { parent { parent { parent { name } } } } } } } }`;
  const costly = `{ accounts(first: 100) { nodes { contacts(first: 100) { nodes { name } } } } }`;
  for (const query of [deep, costly]) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${acme.tokens.admin}` },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).not.toMatch(/stack|at \w+ \(/);
  }
});
