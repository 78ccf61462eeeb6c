import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

/** mulberry32: a fixed seed gives the same hierarchy every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random campaign forest with members, conversions, responses and opportunities. */
async function randomHierarchy(orgId: string, ownerId: string, n: number, seed: number): Promise<string[]> {
  const rnd = prng(seed);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const parent = i > 2 && rnd() < 0.85 ? ids[Math.floor(rnd() * ids.length)] : null;
    const [{ id }] = await t.ds.query(
      `INSERT INTO campaign ("orgId", "ownerId", name, "parentId", "budgetedCost", "actualCost", "expectedRevenue", "numberSent")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [orgId, ownerId, `C${i}`, parent, Math.floor(rnd() * 1000), rnd() < 0.3 ? null : Math.floor(rnd() * 500), Math.floor(rnd() * 9000), Math.floor(rnd() * 300)],
    );
    ids.push(id);
  }
  await t.ds.query(
    `INSERT INTO lead ("orgId", "ownerId", "lastName", name, company, status, "isConverted")
     SELECT $1, $2, 'L' || g, 'L' || g, 'Co', 'Open - Not Contacted', false FROM generate_series(1, 300) g`,
    [orgId, ownerId],
  );
  await t.ds.query(`INSERT INTO contact ("orgId", "ownerId", "lastName", name) SELECT $1, $2, 'K' || g, 'K' || g FROM generate_series(1, 200) g`, [orgId, ownerId]);
  const leads: string[] = (await t.ds.query(`SELECT id FROM lead WHERE "orgId" = $1 ORDER BY "lastName"`, [orgId])).map((r: any) => r.id);
  const contacts: string[] = (await t.ds.query(`SELECT id FROM contact WHERE "orgId" = $1 ORDER BY "lastName"`, [orgId])).map((r: any) => r.id);
  const rows: unknown[][] = [];
  const seen = new Set<string>();
  for (let k = 0; k < 1500; k++) {
    const c = ids[Math.floor(rnd() * ids.length)];
    const isLead = rnd() < 0.6;
    const person = isLead ? leads[Math.floor(rnd() * leads.length)] : contacts[Math.floor(rnd() * contacts.length)];
    if (seen.has(c + person)) continue;
    seen.add(c + person);
    rows.push([c, isLead ? person : null, isLead ? null : person, rnd() < 0.4]);
  }
  await t.ds.query(
    `INSERT INTO campaign_member ("orgId", "campaignId", "leadId", "contactId", status, "hasResponded")
     SELECT $1, r.c, r.l, r.k, CASE WHEN r.h THEN 'Responded' ELSE 'Sent' END, r.h
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::bool[]) AS r(c, l, k, h)`,
    [orgId, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  );
  // Convert a fifth of the leads (their memberships stay lead memberships here).
  await t.ds.query(`UPDATE lead SET "isConverted" = true WHERE id = ANY($1)`, [leads.filter(() => rnd() < 0.2)]);
  const opps = Array.from({ length: 400 }, () => [ids[Math.floor(rnd() * ids.length)], Math.floor(rnd() * 100000) / 100, rnd() < 0.3]);
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "closeDate", "forecastCategoryName", "campaignId", amount, "isWon", "isClosed")
     SELECT $1, $2, 'O', CASE WHEN r.w THEN 'Closed Won' ELSE 'Prospecting' END, DATE '2026-12-01', 'Pipeline', r.c, r.a, r.w, r.w
     FROM unnest($3::uuid[], $4::numeric[], $5::bool[]) AS r(c, a, w)`,
    [orgId, ownerId, opps.map((o) => o[0]), opps.map((o) => o[1]), opps.map((o) => o[2])],
  );
  return ids;
}

/** The reference: descendants by a plain recursive query, then each statistic counted directly. */
const REFERENCE = `
  WITH RECURSIVE sub(id) AS (SELECT $1::uuid UNION ALL SELECT c.id FROM campaign c JOIN sub ON c."parentId" = sub.id)
  SELECT
    (SELECT count(*) FROM campaign_member m JOIN lead l ON l.id = m."leadId" WHERE m."campaignId" IN (SELECT id FROM sub) AND m."contactId" IS NULL AND NOT l."isConverted")::int AS "hierarchyNumberOfLeads",
    (SELECT count(*) FROM campaign_member m JOIN lead l ON l.id = m."leadId" WHERE m."campaignId" IN (SELECT id FROM sub) AND l."isConverted")::int AS "hierarchyNumberOfConvertedLeads",
    (SELECT count(*) FROM campaign_member m WHERE m."campaignId" IN (SELECT id FROM sub) AND m."contactId" IS NOT NULL)::int AS "hierarchyNumberOfContacts",
    (SELECT count(*) FROM campaign_member m LEFT JOIN lead l ON l.id = m."leadId" WHERE m."campaignId" IN (SELECT id FROM sub) AND m."hasResponded" AND (m."contactId" IS NOT NULL OR NOT l."isConverted"))::int AS "hierarchyNumberOfResponses",
    (SELECT count(*) FROM opportunity o WHERE o."campaignId" IN (SELECT id FROM sub))::int AS "hierarchyNumberOfOpportunities",
    (SELECT count(*) FROM opportunity o WHERE o."campaignId" IN (SELECT id FROM sub) AND o."isWon")::int AS "hierarchyNumberOfWonOpportunities",
    (SELECT coalesce(sum(amount), 0) FROM opportunity o WHERE o."campaignId" IN (SELECT id FROM sub))::float8 AS "hierarchyAmountAllOpportunities",
    (SELECT coalesce(sum(amount), 0) FROM opportunity o WHERE o."campaignId" IN (SELECT id FROM sub) AND o."isWon")::float8 AS "hierarchyAmountWonOpportunities",
    (SELECT coalesce(sum("budgetedCost"), 0) FROM campaign WHERE id IN (SELECT id FROM sub))::float8 AS "hierarchyBudgetedCost",
    (SELECT coalesce(sum("actualCost"), 0) FROM campaign WHERE id IN (SELECT id FROM sub))::float8 AS "hierarchyActualCost",
    (SELECT coalesce(sum("expectedRevenue"), 0) FROM campaign WHERE id IN (SELECT id FROM sub))::float8 AS "hierarchyExpectedRevenue",
    (SELECT coalesce(sum("numberSent"), 0) FROM campaign WHERE id IN (SELECT id FROM sub))::float8 AS "hierarchyNumberSent"`;

const FIELDS = `id hierarchyNumberOfLeads hierarchyNumberOfConvertedLeads hierarchyNumberOfContacts hierarchyNumberOfResponses
  hierarchyNumberOfOpportunities hierarchyNumberOfWonOpportunities hierarchyAmountAllOpportunities hierarchyAmountWonOpportunities
  hierarchyBudgetedCost hierarchyActualCost hierarchyExpectedRevenue hierarchyNumberSent`;

test('every hierarchy roll-up equals an independent recursive SQL computation on a random hierarchy', async () => {
  const ids = await randomHierarchy(acme.org.id, acme.users.marketing.id, 60, 42);
  const r = ok(await t.gql(`{ campaigns(first: 100) { nodes { ${FIELDS} } } }`, {}, acme.tokens.rep1));
  expect(r.campaigns.nodes).toHaveLength(60);
  for (const node of r.campaigns.nodes) {
    const [expected] = await t.ds.query(REFERENCE, [node.id]);
    const { id, ...actual } = node;
    for (const k of Object.keys(expected)) expect([id, k, actual[k]]).toEqual([id, k, expect.closeTo(expected[k], 2)]);
  }
  expect(ids).toHaveLength(60);
});

test('roll-ups are current after a member is added, a deal won and a campaign re-parented', async () => {
  const mk = async (name: string, parentId?: string) =>
    ok(await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: { name, parentId } }, acme.tokens.marketing)).createCampaign.id;
  const root = await mk('Root');
  const child = await mk('Child', root);
  const other = await mk('Other');
  const q = async (id: string) =>
    ok(await t.gql(`query($id: ID!) { campaign(id: $id) { numberOfResponses hierarchyNumberOfResponses hierarchyNumberOfWonOpportunities hierarchyAmountWonOpportunities children { id } } }`, { id }, acme.tokens.rep1)).campaign;
  const [{ id: contactId }] = await t.ds.query(`INSERT INTO contact ("orgId", "ownerId", "lastName", name) VALUES ($1, $2, 'Z', 'Z') RETURNING id`, [acme.org.id, acme.users.rep1.id]);
  ok(await t.gql(`mutation($c: ID!, $k: ID!) { createCampaignMember(input: { campaignId: $c, contactId: $k, status: "Responded" }) { hasResponded } }`, { c: child, k: contactId }, acme.tokens.rep1));
  expect((await q(root)).hierarchyNumberOfResponses).toBe(1);
  expect((await q(child)).numberOfResponses).toBe(1);
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "closeDate", "forecastCategoryName", "campaignId", amount, "isWon", "isClosed")
     VALUES ($1, $2, 'Won', 'Closed Won', DATE '2026-12-01', 'Closed', $3, 1234.5, true, true)`,
    [acme.org.id, acme.users.rep1.id, child],
  );
  expect(await q(root)).toMatchObject({ hierarchyNumberOfWonOpportunities: 1, hierarchyAmountWonOpportunities: 1234.5, children: [{ id: child }] });
  ok(await t.gql(`mutation($id: ID!, $p: ID!) { updateCampaign(id: $id, input: { parentId: $p }) { id } }`, { id: child, p: other }, acme.tokens.marketing));
  expect(await q(root)).toMatchObject({ hierarchyNumberOfResponses: 0, hierarchyAmountWonOpportunities: 0, children: [] });
  expect(await q(other)).toMatchObject({ hierarchyNumberOfResponses: 1, hierarchyAmountWonOpportunities: 1234.5 });
});

test('two concurrent re-parentings cannot build a cycle', async () => {
  const mk = async (name: string) => ok(await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: { name } }, acme.tokens.marketing)).createCampaign.id;
  for (let round = 0; round < 5; round++) {
    const a = await mk(`A${round}`);
    const b = await mk(`B${round}`);
    const move = (id: string, p: string) => t.gql(`mutation($id: ID!, $p: ID!) { updateCampaign(id: $id, input: { parentId: $p }) { id } }`, { id, p }, acme.tokens.marketing);
    const [r1, r2] = await Promise.all([move(a, b), move(b, a)]);
    const failed = [r1, r2].filter((r) => r.errors);
    expect(failed).toHaveLength(1);
    expect(failed[0].errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const rows = await t.ds.query(`SELECT id, "parentId" FROM campaign WHERE id = ANY($1)`, [[a, b]]);
    expect(rows.filter((x: any) => x.parentId).length).toBe(1);
  }
});

test('a hierarchy deeper than the organisation allows is refused', async () => {
  await t.ds.query(`UPDATE organization SET "maxHierarchyDepth" = 3 WHERE id = $1`, [acme.org.id]);
  const mk = async (name: string, parentId?: string) => t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, { i: { name, parentId } }, acme.tokens.marketing);
  const l1 = ok(await mk('D1')).createCampaign.id;
  const l2 = ok(await mk('D2', l1)).createCampaign.id;
  const l3 = ok(await mk('D3', l2)).createCampaign.id;
  const r = await mk('D4', l3);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  expect(Number((await t.ds.query(`SELECT count(*) AS n FROM campaign WHERE name = 'D4'`))[0].n)).toBe(0);
  await t.ds.query(`UPDATE organization SET "maxHierarchyDepth" = 10 WHERE id = $1`, [acme.org.id]);
});
