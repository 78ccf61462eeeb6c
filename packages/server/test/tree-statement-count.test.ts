import { createOrg, ok, startTestServer, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.stop());

/** A campaign tree with the given number of nodes per level, members and opportunities; returns the root. */
async function campaignTree(orgId: string, ownerId: string, levels: number[]): Promise<string> {
  await t.ds.query(`INSERT INTO campaign ("orgId", "ownerId", name) VALUES ($1, $2, 'L0-1')`, [orgId, ownerId]);
  for (let l = 1; l < levels.length; l++) {
    await t.ds.query(
      `INSERT INTO campaign ("orgId", "ownerId", name, "parentId", "budgetedCost")
       SELECT $1, $2, 'L${l}-' || g, (SELECT id FROM campaign WHERE "orgId" = $1 AND name = 'L${l - 1}-' || (1 + g % $4)), 100
       FROM generate_series(1, $3) g`,
      [orgId, ownerId, levels[l], levels[l - 1]],
    );
  }
  await t.ds.query(`INSERT INTO contact ("orgId", "ownerId", "lastName", name) SELECT $1, $2, 'K' || g, 'K' || g FROM generate_series(1, 10) g`, [orgId, ownerId]);
  await t.ds.query(
    `INSERT INTO campaign_member ("orgId", "campaignId", "contactId", status, "hasResponded")
     SELECT $1, c.id, k.id, 'Responded', true FROM campaign c CROSS JOIN (SELECT id FROM contact WHERE "orgId" = $1 LIMIT 3) k WHERE c."orgId" = $1`,
    [orgId],
  );
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "closeDate", "forecastCategoryName", "campaignId", amount, "isWon", "isClosed")
     SELECT $1, $2, 'W', 'Closed Won', DATE '2026-12-01', 'Closed', c.id, 10, true, true FROM campaign c WHERE c."orgId" = $1`,
    [orgId, ownerId],
  );
  return (await t.ds.query(`SELECT id FROM campaign WHERE "orgId" = $1 AND name = 'L0-1'`, [orgId]))[0].id;
}

const NODE = 'id name numberOfContacts numberOfResponses hierarchyNumberOfResponses hierarchyAmountWonOpportunities';
const Q1 = `query($id: ID!) { campaign(id: $id) { ${NODE} children { ${NODE} children { ${NODE} children { ${NODE} children { ${NODE} children { ${NODE} } } } } } } }`;

function count(node: any): number {
  return 1 + (node.children ?? []).reduce((s: number, c: any) => s + count(c), 0);
}

test('Q1: a campaign tree with roll-ups takes the same statements for 20 and for 2,000 campaigns', async () => {
  const small = await createOrg(t, 'Small');
  const large = await createOrg(t, 'Large');
  const smallRoot = await campaignTree(small.org.id, small.users.marketing.id, [1, 2, 4, 6, 7]);
  const largeRoot = await campaignTree(large.org.id, large.users.marketing.id, [1, 7, 49, 343, 1600]);
  const a = await t.gql(Q1, { id: smallRoot }, small.tokens.rep1);
  const b = await t.gql(Q1, { id: largeRoot }, large.tokens.rep1);
  expect(count(ok(a).campaign)).toBe(20);
  expect(count(ok(b).campaign)).toBe(2000);
  const root = ok(b).campaign;
  expect(root.hierarchyNumberOfResponses).toBe(2000 * 3);
  expect(root.hierarchyAmountWonOpportunities).toBe(2000 * 10);
  expect(root.children[0].children[0].numberOfContacts).toBe(3);
  expect(a.extensions?.sqlStatements).toBe(b.extensions?.sqlStatements);
  console.log(`Q1 statements: ${b.extensions?.sqlStatements}`);
});

const SHARED = 'id name numberSent members { totalCount }';
const Q3 = `query($id: ID!) { campaign(id: $id) { ${SHARED} children { ${SHARED} children { ${SHARED} children { ${SHARED} children { ${SHARED} children { ${SHARED} } } } } } } }`;

test('Q3 (shared shape): the campaign tree through JSON pages takes the same few statements for 20 and for 2,000 campaigns', async () => {
  const small = await createOrg(t, 'SmallQ3');
  const large = await createOrg(t, 'LargeQ3');
  const smallRoot = await campaignTree(small.org.id, small.users.marketing.id, [1, 2, 4, 6, 7]);
  const largeRoot = await campaignTree(large.org.id, large.users.marketing.id, [1, 7, 49, 343, 1600]);
  const a = await t.gql(Q3, { id: smallRoot }, small.tokens.rep1);
  const b = await t.gql(Q3, { id: largeRoot }, large.tokens.rep1);
  expect(count(ok(a).campaign)).toBe(20);
  expect(count(ok(b).campaign)).toBe(2000);
  const all = (c: any): any[] => [c, ...(c.children ?? []).flatMap(all)];
  expect(all(ok(b).campaign).every((c) => c.members.totalCount === 3)).toBe(true);
  expect(a.extensions?.sqlStatements).toBe(b.extensions?.sqlStatements);
  // One JSON statement: the session check, the root record and every level below.
  expect(b.extensions?.sqlStatements).toBe(1);
  console.log(`Q3 statements: ${b.extensions?.sqlStatements}`);
});
