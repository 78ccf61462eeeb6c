import { getNamedType, isEnumType, isObjectType, isScalarType, type GraphQLObjectType } from 'graphql';
import { getSchema } from '../src/api/schema';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../src/seed/seed';
import { FIXED_ANCHOR } from '../src/seed/random';
import { ok, startTestServer, type TestServer } from './harness';

// Every relation declared with @ToMany, on the demo organisation: its page with every plain field
// and every @ToOne reference answers the same through JSON pages as through the resolvers (where
// `@include` on `id` sends it), for an admin and for a sales rep, in fewer statements.
let t: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestServer();
  await seedDemo(t.ds, { anchor: FIXED_ANCHOR });
  for (const key of ['admin', 'rep']) {
    const email = DEMO_USERS.find((u) => u.email.startsWith(`${key}@`))!.email;
    tokens[key] = ok(await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD })).login.token;
  }
}, 180_000);
afterAll(() => t?.stop());

interface Case {
  name: string;
  field: string;
  query: string;
}

/** One query per declared to-many relation whose parent type has a root list. */
async function cases(): Promise<Case[]> {
  const schema = await getSchema();
  const rootLists = new Map<string, string>();
  for (const f of Object.values(schema.getQueryType()!.getFields())) {
    const type = getNamedType(f.type);
    if (type.name.endsWith('Connection') && !f.args.some((a) => a.type.toString().endsWith('!'))) rootLists.set(type.name.slice(0, -'Connection'.length), f.name);
  }
  const out: Case[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || !rootLists.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.extensions?.toMany) continue;
      const nodeType = getNamedType((getNamedType(field.type) as GraphQLObjectType).getFields().nodes.type) as GraphQLObjectType;
      const query = `{ ${rootLists.get(type.name)}(first: 40) { nodes { id ${field.name}(first: 10) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${plainFields(nodeType)} } } } } } }`;
      out.push({ name: `${type.name}.${field.name}`, field: field.name, query });
    }
  }
  return out;
}

/** Every column field of a type (scalar, no resolver), and each declared reference's id. */
function plainFields(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .map((f) => {
      const named = getNamedType(f.type);
      if (f.extensions?.toOne) return `${f.name} { id __typename }`;
      return !f.resolve && !f.args.length && (isScalarType(named) || isEnumType(named)) ? f.name : null;
    })
    .filter(Boolean)
    .join(' ');
}

test('every declared relation answers the same through JSON pages and through the resolvers', async () => {
  const all = await cases();
  expect(all.map((c) => c.name)).toEqual(expect.arrayContaining(['Account.opportunities', 'Account.contacts', 'Account.cases', 'Campaign.members', 'Lead.tasks', 'Territory.accounts']));
  let rows = 0;
  for (const c of all) {
    for (const [user, token] of Object.entries(tokens)) {
      const json = await t.gql(c.query, {}, token);
      const resolved = await t.gql(c.query.replace(/\bid\b/g, 'id @include(if: true)'), {}, token);
      expect({ case: c.name, user, errors: json.errors ?? resolved.errors }).toEqual({ case: c.name, user, errors: undefined });
      expect({ case: c.name, user, data: json.data }).toEqual({ case: c.name, user, data: resolved.data });
      const parents = Object.values(json.data as Record<string, { nodes: Array<Record<string, any>> }>)[0].nodes;
      const nodes = parents.flatMap((p) => p[c.field].edges.map((e: { node: Record<string, unknown> }) => e.node));
      rows += nodes.length;
      // JSON pages answer the page and its references in one statement; resolvers need one more
      // per type of reference that is set.
      const referenced = nodes.some((n) => Object.values(n).some((v) => v !== null && typeof v === 'object'));
      if (referenced) expect({ case: c.name, fewer: json.extensions!.sqlStatements! < resolved.extensions!.sqlStatements! }).toEqual({ case: c.name, fewer: true });
    }
  }
  expect(rows).toBeGreaterThan(1000);
}, 120_000);
