import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// Tree levels through JSON pages (`@TreeChildren`, `@SqlValue`): each query runs as written and
// with `@include(if: true)` on every `name`, which sends it through the resolvers; both answers
// must be the same, for an admin and for a rep who sees only part of the records.
let t: TestServer;
let f: OrgFixture;
let rootCampaign: string;
beforeAll(async () => {
  t = await startTestServer();
  f = await createOrg(t, 'TreeJson');
  const { org, users } = f;
  // Campaigns: 1 root, 3, 6, 12 below (siblings share names so the id breaks ties), with members and deals.
  await t.ds.query(`INSERT INTO campaign ("orgId", "ownerId", name, "numberSent") VALUES ($1, $2, 'C0', 1000.5)`, [org.id, users.marketing.id]);
  for (const [level, n] of [[1, 3], [2, 6], [3, 12]]) {
    await t.ds.query(
      `WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM campaign WHERE "orgId" = $1 AND name LIKE $4)
       INSERT INTO campaign ("orgId", "ownerId", name, "parentId", "numberSent")
       SELECT $1, $2, 'C${level}-' || (g % 2), p.ids[1 + g % array_length(p.ids, 1)], CASE WHEN g % 3 = 0 THEN NULL ELSE g * 10 END FROM p, generate_series(1, $3) g`,
      [org.id, users.marketing.id, n, `C${level - 1}%`],
    );
  }
  await t.ds.query(`INSERT INTO contact ("orgId", "ownerId", "lastName", name) SELECT $1, $2, 'K' || g, 'K' || g FROM generate_series(1, 4) g`, [org.id, users.rep3.id]);
  await t.ds.query(
    `INSERT INTO campaign_member ("orgId", "campaignId", "contactId", status, "hasResponded")
     SELECT $1, c.id, k.id, 'Sent', k."lastName" = 'K1' FROM campaign c JOIN contact k ON k."orgId" = $1 AND (length(c.name) + ascii(right(k."lastName", 1))) % 3 > 0 WHERE c."orgId" = $1`,
    [org.id],
  );
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "closeDate", "forecastCategoryName", "campaignId", amount, "isWon", "isClosed")
     SELECT $1, $2, 'W', 'Closed Won', DATE '2026-12-01', 'Closed', c.id, 12.5, true, true FROM campaign c WHERE c."orgId" = $1 AND c.name LIKE '%1'`,
    [org.id, users.rep3.id],
  );
  rootCampaign = (await t.ds.query(`SELECT id FROM campaign WHERE "orgId" = $1 AND name = 'C0'`, [org.id]))[0].id;

  // Territories: 2 roots, 4, 8 below; one account per territory, owned by rep1 or rep3 in turn, each with deals.
  const [m] = await t.ds.query(`INSERT INTO territory_model ("orgId", name, state) VALUES ($1, 'Tree', 'ACTIVE') RETURNING id`, [org.id]);
  for (const [level, n] of [[0, 2], [1, 4], [2, 8]]) {
    await t.ds.query(
      `WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM territory WHERE "modelId" = $2 AND name LIKE $5)
       INSERT INTO territory ("orgId", "modelId", name, "parentId")
       SELECT $1, $2, $3::text || g, CASE WHEN $4 = 0 THEN NULL ELSE p.ids[1 + g % array_length(p.ids, 1)] END FROM p, generate_series(1, $6) g`,
      [org.id, m.id, `T${level}-`, level, `T${level - 1}-%`, n],
    );
  }
  await t.ds.query(
    `INSERT INTO account ("orgId", "ownerId", name) SELECT $1, CASE WHEN g % 2 = 0 THEN $2::uuid ELSE $3::uuid END, 'Account ' || t.name || '/' || g
     FROM territory t, generate_series(1, 3) g WHERE t."modelId" = $4`,
    [org.id, users.rep1.id, users.rep3.id, m.id],
  );
  await t.ds.query(
    `INSERT INTO object_territory_association ("orgId", "accountId", "territoryId") SELECT $1, a.id, t.id FROM territory t JOIN account a ON a.name LIKE 'Account ' || t.name || '/%' AND a."orgId" = $1 WHERE t."modelId" = $2`,
    [org.id, m.id],
  );
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount, "isClosed", "isWon")
     SELECT $1, CASE WHEN g = 2 THEN $3::uuid ELSE $2::uuid END, a.id, 'Deal ' || g, 'x', DATE '2027-01-01' + g, 'Pipeline', 100 * g, g = 3, false
     FROM account a, generate_series(1, 3) g WHERE a."orgId" = $1`,
    [org.id, users.rep1.id, users.rep3.id],
  );
});
afterAll(() => t?.stop());

/** The answer through JSON pages and through the resolvers, with the statements of each. */
async function both(query: string, token: string, variables: Record<string, unknown> = {}) {
  const json = await t.gql(query, variables, token);
  const resolved = await t.gql(query.replace(/(?<!field: )\bname\b(?!:)/g, 'name @include(if: true)'), variables, token);
  return { json: ok(json), resolved: ok(resolved), statements: [json.extensions!.sqlStatements!, resolved.extensions!.sqlStatements!] };
}

const nest = (levels: number, node: string) => {
  let inner = '';
  for (let i = 0; i < levels; i++) inner = `children { ${node} ${inner} }`;
  return inner;
};

const CAMPAIGN = `id name numberSent __typename members { totalCount } parent { name } owner { name }
  numberOfContacts numberOfResponses numberOfWonOpportunities amountWonOpportunities
  hierarchyNumberOfContacts hierarchyNumberOfResponses hierarchyAmountWonOpportunities hierarchyNumberSent`;

test('a campaign tree with statistics answers as the resolvers answer it, in fewer statements', async () => {
  const query = `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN} ${nest(4, CAMPAIGN)} } }`;
  for (const user of ['admin', 'rep1']) {
    const r = await both(query, f.tokens[user], { id: rootCampaign });
    expect(r.json).toEqual(r.resolved);
    expect(r.statements[0]).toBeLessThan(r.statements[1]);
    const root = (r.json as any).campaign;
    expect(root.children).toHaveLength(3);
    // Sibling order: by name, then id; every level present.
    const names = root.children.map((c: any) => c.name);
    expect(names).toEqual([...names].sort());
    const all = (c: any): any[] => [c, ...(c.children ?? []).flatMap(all)];
    expect(all(root)).toHaveLength(22);
    expect(root.hierarchyNumberOfContacts).toBe(all(root).reduce((s, c) => s + c.members.totalCount, 0));
    expect(root.hierarchyAmountWonOpportunities).toBe(all(root).reduce((s, c) => s + c.amountWonOpportunities, 0));
    expect(all(root).some((c) => c.numberSent === null)).toBe(true);
    expect(root.children[0].parent).toEqual({ name: 'C0' });
  }
});

const ACCOUNTS = `accounts(first: 2, orderBy: [{ field: name, direction: DESC }]) { totalCount pageInfo { hasNextPage endCursor }
  nodes { id name owner { name } opportunities(first: 5, filter: { isClosed: { eq: false } }) { totalCount nodes { name amount owner { name } } }
  closed: opportunities(filter: { isClosed: { eq: true } }) { totalCount } all: opportunities { totalCount } } }`;
const TERRITORY = `id name kind: __typename parent { name } ${ACCOUNTS}`;

test('a territory tree with accounts answers as the resolvers answer it, for an admin and for a rep who sees part of it', async () => {
  const query = `{ activeTerritoryModel { rootTerritories { ${TERRITORY} ${nest(3, TERRITORY)} } } }`;
  const admin = await both(query, f.tokens.admin);
  const rep = await both(query, f.tokens.rep1);
  expect(admin.json).toEqual(admin.resolved);
  expect(rep.json).toEqual(rep.resolved);
  expect(admin.statements[0]).toBeLessThan(admin.statements[1]);
  const territories = (r: any): any[] => {
    const all = (x: any): any[] => [x, ...(x.children ?? []).flatMap(all)];
    return r.activeTerritoryModel.rootTerritories.flatMap(all);
  };
  const a = territories(admin.json);
  const p = territories(rep.json);
  expect(a).toHaveLength(14);
  expect(p).toHaveLength(14);
  // The admin sees the three accounts of each territory, rep1 only their own one or two, and only rep1's open deals.
  expect(a.every((x) => x.accounts.totalCount === 3)).toBe(true);
  expect(p.every((x) => x.accounts.totalCount < 3 && x.accounts.nodes.every((n: any) => n.owner.name === 'TreeJson rep1'))).toBe(true);
  expect(p.flatMap((x) => x.accounts.nodes.flatMap((n: any) => n.opportunities.nodes.map((o: any) => o.owner.name)))).toEqual(
    expect.arrayContaining(['TreeJson rep1']),
  );
  expect(p.flatMap((x) => x.accounts.nodes).every((n: any) => n.opportunities.totalCount === 1)).toBe(true);
  expect(a.flatMap((x) => x.accounts.nodes).every((n: any) => n.opportunities.totalCount === 2)).toBe(true);
  // Count-only connections (a correlated count per account row), scoped as the lists are:
  // the closed deal is rep1's; of the three deals, rep1 sees their two.
  expect(a.flatMap((x) => x.accounts.nodes).every((n: any) => n.closed.totalCount === 1 && n.all.totalCount === 3)).toBe(true);
  expect(p.flatMap((x) => x.accounts.nodes).every((n: any) => n.closed.totalCount === 1 && n.all.totalCount === 2)).toBe(true);
});

test('a tree level with a field the compiler does not know still answers through the resolvers', async () => {
  const query = `query($id: ID!) { campaign(id: $id) { children { name depth memberStatuses { label } children { name depth } } } }`;
  const r = ok(await t.gql(query, { id: rootCampaign }, f.tokens.admin)) as any;
  expect(r.campaign.children.map((c: any) => c.depth)).toEqual([1, 1, 1]);
  expect(r.campaign.children[0].children[0].depth).toBe(2);
});
