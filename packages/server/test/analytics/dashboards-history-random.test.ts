import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

// Opportunity History's lost, pushed close dates and upsell against plain SQL over random changes:
// every viewer, with and without groupBy OWNER, filters, drill-down. History rows are backdated
// around the default period (LAST_N_DAYS:30 of 2030-06-15: 2030-05-16 to 2030-06-16, exclusive).
process.env.CRM_TODAY = '2030-06-15';
let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;
let campaignId: string;

let seed = 4242;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
const day = (iso: string, d: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + d * 86400000).toISOString().slice(0, 10);

const gql = async (token: string, q: string, v: object) => ok(await t.gql(q, v as Record<string, unknown>, token));
const create = async (org: OrgFixture, i: object) =>
  (await gql(org.tokens.admin, `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`, { i })).createOpportunity.id as string;
const update = (org: OrgFixture, id: string, i: object) =>
  gql(org.tokens.admin, `mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { id } }`, { id, i });

/** Random deals and writes; then every history row of the org moved to a random moment from 2030-04-25 to 2030-06-24. */
async function randomHistory(org: OrgFixture, deals: number) {
  const owners = ['rep1', 'rep2', 'rep3', 'manager'].map((k) => org.users[k].id);
  for (let i = 0; i < deals; i++) {
    const amount = rnd() < 0.15 ? null : Math.round(rnd() * 900) * 10;
    const id = await create(org, { name: `D${i}`, stageName: 'Prospecting', competitor: 'HubSpot', amount, closeDate: day('2030-07-01', Math.floor(rnd() * 60)), ownerId: pick(owners), campaignId: org === acme && rnd() < 0.4 ? campaignId : null });
    for (let k = Math.floor(rnd() * 5); k > 0; k--) {
      const r = rnd();
      if (r < 0.3) await update(org, id, { amount: rnd() < 0.1 ? null : Math.round(rnd() * 900) * 10 });
      else if (r < 0.6) await update(org, id, { closeDate: day('2030-07-01', Math.floor(rnd() * 90) - 30) });
      else if (r < 0.75) await update(org, id, { stageName: 'Closed Lost', lostReason: 'Price' });
      else if (r < 0.85) await update(org, id, { stageName: 'Closed Won' });
      else if (r < 0.95) await update(org, id, { stageName: 'Negotiation/Review' });
      else await update(org, id, { ownerId: pick(owners) });
    }
  }
  const rows: Array<{ id: string }> = await t.ds.query(`SELECT id FROM opportunity_field_history WHERE "orgId" = $1 ORDER BY id`, [org.org.id]);
  for (const { id } of rows) {
    const at = new Date(Date.parse('2030-04-25T00:00:00Z') + Math.floor(rnd() * 60 * 86400) * 1000).toISOString();
    await t.ds.query(`UPDATE opportunity_field_history SET "createdDate" = $2 WHERE id = $1`, [id, at]);
  }
}

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
  campaignId = (await gql(acme.tokens.marketing, `mutation { createCampaign(input: { name: "Spring" }) { id } }`, {})).createCampaign.id;
  await randomHistory(acme, 40);
  await randomHistory(other, 8);
});
afterAll(async () => {
  await t?.stop();
  delete process.env.CRM_TODAY;
});

type Row = { ownerId: string | null; n: number; amount: number; average: number | null };
type Kpi = 'lost' | 'pushed' | 'upsell';

// A counting change of each KPI on history row h (CASE: casts only on rows of the field).
const COUNTS: Record<Kpi, string> = {
  lost: `h.field = 'stageName' AND h."newValue" IN (SELECT "apiName" FROM opportunity_stage WHERE "orgId" = h."orgId" AND "isClosed" AND NOT "isWon")`,
  pushed: `h.field = 'closeDate' AND CASE WHEN h.field = 'closeDate' THEN h."newValue"::date > h."oldValue"::date END`,
  upsell: `h.field = 'amount' AND CASE WHEN h.field = 'amount' THEN h."newValue"::numeric > coalesce(h."oldValue", '0')::numeric END`,
};
const VALUE: Record<Kpi, string> = {
  lost: '0',
  pushed: `CASE WHEN h.field = 'closeDate' THEN h."newValue"::date - h."oldValue"::date END`,
  upsell: `CASE WHEN h.field = 'amount' THEN h."newValue"::numeric - coalesce(h."oldValue", '0')::numeric END`,
};
/** Deals of the org within the viewer's owners, the campaign and (drill-down) one owner: $1 org, $4 owners, $5 campaign, $6 owner. */
const DEALS = `o."orgId" = $1 AND ($4::uuid[] IS NULL OR o."ownerId" = ANY($4::uuid[])) AND ($5::uuid IS NULL OR o."campaignId" = $5::uuid)
  AND ($6::uuid IS NULL OR o."ownerId" = $6::uuid)`;
const IN_PERIOD = `h."opportunityId" = o.id AND h."orgId" = $1 AND h."createdDate" >= $2::timestamptz AND h."createdDate" < $3::timestamptz`;

/** Plain SQL, one correlated sum per deal: per owner and in total (ROLLUP's null owner). */
async function expected(kpi: Kpi, owners: string[] | null, from: string, to: string, campaign: string | null): Promise<Row[]> {
  const rows = await t.ds.query(
    `SELECT o."ownerId", count(*)::int AS n, coalesce(sum(${kpi === 'upsell' ? 'd.v' : 'o.amount'}), 0)::float AS amount, avg(d.v)::float AS average
     FROM opportunity o CROSS JOIN LATERAL (SELECT count(*) AS k, sum(${VALUE[kpi]}) AS v FROM opportunity_field_history h WHERE ${IN_PERIOD} AND ${COUNTS[kpi]}) d
     WHERE ${DEALS} AND d.k > 0 GROUP BY ROLLUP (o."ownerId")`,
    [acme.org.id, `${from}T00:00:00Z`, `${to}T00:00:00Z`, owners, campaign, null],
  );
  return rows.map((r: any) => ({ ...r, average: kpi === 'lost' || r.average == null ? null : Number(r.average) }));
}

/** The deal ids behind a KPI (or one owner's point), as plain SQL. */
async function expectedIds(kpi: Kpi, owners: string[] | null, from: string, to: string, campaign: string | null, owner?: string) {
  const rows = await t.ds.query(
    `SELECT o.id FROM opportunity o WHERE ${DEALS} AND EXISTS (SELECT 1 FROM opportunity_field_history h WHERE ${IN_PERIOD} AND ${COUNTS[kpi]}) ORDER BY o.id`,
    [acme.org.id, `${from}T00:00:00Z`, `${to}T00:00:00Z`, owners, campaign, owner ?? null],
  );
  return rows.map((r: { id: string }) => r.id).sort();
}

const FIELDS = `count amount value average points { key group count amount value average } records(first: 200) { totalCount nodes { id } }`;
const Q = `query($filter: KpiFilter) { opportunityHistory(filter: $filter) {
  lost { ${FIELDS} } pushedCloseDates { ${FIELDS} } upsell { ${FIELDS} periodStart periodEnd }
  lostByOwner: lost(groupBy: OWNER) { ${FIELDS} } pushedByOwner: pushedCloseDates(groupBy: OWNER) { ${FIELDS} } upsellByOwner: upsell(groupBy: OWNER) { ${FIELDS} }
} }`;

const CASES: Array<{ viewer: string; owners: () => string[] | null; filter?: () => object; from?: string; to?: string; campaign?: boolean }> = [
  { viewer: 'admin', owners: () => null },
  { viewer: 'rep1', owners: () => [acme.users.rep1.id] },
  { viewer: 'manager', owners: () => ['manager', 'rep1', 'rep2'].map((k) => acme.users[k].id) },
  { viewer: 'admin', owners: () => [acme.users.rep3.id], filter: () => ({ ownerId: acme.users.rep3.id }) },
  { viewer: 'admin', owners: () => null, filter: () => ({ campaignId }), campaign: true },
  { viewer: 'manager', owners: () => ['manager', 'rep1', 'rep2'].map((k) => acme.users[k].id), filter: () => ({ period: 'LAST_N_DAYS:10' }), from: '2030-06-05' },
];

test.each(CASES.map((c, i) => [i, c] as const))('case %i: each KPI, total and by owner, and its drill-down, agree with plain SQL', async (_i, c) => {
  const from = c.from ?? '2030-05-16';
  const to = c.to ?? '2030-06-16';
  const campaign = c.campaign ? campaignId : null;
  const r = (await gql(acme.tokens[c.viewer], Q, { filter: c.filter?.() ?? null })).opportunityHistory;
  expect([r.upsell.periodStart, r.upsell.periodEnd]).toEqual([from, to]);
  let nonEmpty = 0;
  for (const [kpi, field] of [['lost', 'lost'], ['pushed', 'pushedCloseDates'], ['upsell', 'upsell']] as const) {
    const rows = await expected(kpi, c.owners(), from, to, campaign);
    const total = rows.find((x) => x.ownerId == null)!;
    const byOwner = rows.filter((x) => x.ownerId != null).sort((x, y) => x.ownerId!.localeCompare(y.ownerId!));
    nonEmpty += total.n;
    for (const got of [r[field], r[`${kpi}ByOwner`]]) {
      expect([got.count, got.amount]).toEqual([total.n, total.amount]);
      expect(got.value).toBe(kpi === 'upsell' ? total.amount : total.n);
      if (kpi === 'pushed') expect(got.average ?? 0).toBeCloseTo(total.average ?? 0, 6);
      else expect(got.average).toBeNull();
      expect(got.records.totalCount).toBe(total.n);
      expect(got.records.nodes.map((x: { id: string }) => x.id).sort()).toEqual(await expectedIds(kpi, c.owners(), from, to, campaign));
    }
    expect(r[field].points).toEqual([]);
    const points = [...r[`${kpi}ByOwner`].points].sort((x: any, y: any) => x.group.localeCompare(y.group));
    expect(points.map((p: any) => [p.group, p.count, p.amount])).toEqual(byOwner.map((x) => [x.ownerId, x.n, x.amount]));
    for (const [k, p] of points.entries()) if (kpi === 'pushed') expect(p.average).toBeCloseTo(byOwner[k].average!, 6);
    // Drill-down of one owner's point: that owner's deals of the KPI.
    const p = points[0];
    if (p) {
      const d = await gql(acme.tokens[c.viewer], `query($filter: KpiFilter, $key: String) { opportunityHistory(filter: $filter) {
        k: ${field}(groupBy: OWNER) { records(key: $key, first: 200) { totalCount nodes { id } } } } }`, { filter: c.filter?.() ?? null, key: p.key });
      expect(d.opportunityHistory.k.records.nodes.map((x: { id: string }) => x.id).sort()).toEqual(await expectedIds(kpi, c.owners(), from, to, campaign, p.group));
    }
  }
  expect(nonEmpty).toBeGreaterThan(0);
});

test('every grouping: points add up to the total and each point drills down to its count', async () => {
  for (const groupBy of ['SOURCE', 'CAMPAIGN', 'COMPETITOR', 'TYPE', 'STAGE']) {
    const P = `(groupBy: ${groupBy}) { count points { key count } }`;
    const r = (await gql(acme.tokens.manager, `{ opportunityHistory { lost${P} pushedCloseDates${P} upsell${P} } }`, {})).opportunityHistory;
    for (const k of ['lost', 'pushedCloseDates', 'upsell']) {
      expect(r[k].points.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBe(r[k].count);
      const docs = r[k].points.map((p: { key: string }, i: number) => `p${i}: ${k}(groupBy: ${groupBy}) { records(key: ${JSON.stringify(p.key)}) { totalCount } }`);
      if (!docs.length) continue;
      const d = (await gql(acme.tokens.manager, `{ opportunityHistory { ${docs.join(' ')} } }`, {})).opportunityHistory;
      expect(r[k].points.map((_: unknown, i: number) => d[`p${i}`].records.totalCount)).toEqual(r[k].points.map((p: { count: number }) => p.count));
    }
  }
});

test('the data exercises every KPI, both sides of the period and the other org', async () => {
  const [s] = await t.ds.query(
    `SELECT count(*) FILTER (WHERE "createdDate" < '2030-05-16') AS before, count(*) FILTER (WHERE "createdDate" >= '2030-06-16') AS after,
            count(DISTINCT "orgId") AS orgs FROM opportunity_field_history WHERE field IN ('stageName', 'closeDate', 'amount')`,
  );
  expect([Number(s.before) > 0, Number(s.after) > 0, Number(s.orgs)]).toEqual([true, true, 2]);
  const all = await Promise.all((['lost', 'pushed', 'upsell'] as const).map((k) => expected(k, null, '2030-05-16', '2030-06-16', null)));
  for (const rows of all) expect(rows.find((x) => x.ownerId == null)!.n).toBeGreaterThan(1);
});

test('history rows follow their deal to a new owner: the team reads stay exact after reassignment', async () => {
  const org = acme.org.id;
  const mismatched = () => t.ds.query(`SELECT count(*)::int n FROM opportunity_field_history h JOIN opportunity o ON o.id = h."opportunityId"
    WHERE h."orgId" = $1 AND h."opportunityOwnerId" IS DISTINCT FROM o."ownerId"`, [org]).then((r: any[]) => r[0].n);
  expect(await mismatched()).toBe(0);
  // Half of rep1's deals go to rep3 in one statement (a mass reassignment), one more through the API.
  await t.ds.query(`UPDATE opportunity SET "ownerId" = $2 WHERE "orgId" = $1 AND "ownerId" = $3 AND right(id::text, 1) < '8'`, [org, acme.users.rep3.id, acme.users.rep1.id]);
  const [one] = await t.ds.query(`SELECT id FROM opportunity WHERE "orgId" = $1 AND "ownerId" = $2 LIMIT 1`, [org, acme.users.rep1.id]);
  await update(acme, one.id, { ownerId: acme.users.rep2.id });
  expect(await mismatched()).toBe(0);
  for (const [viewer, owners] of [['rep1', [acme.users.rep1.id]], ['rep3', [acme.users.rep3.id]]] as const) {
    const r = (await gql(acme.tokens[viewer], Q, { filter: null })).opportunityHistory;
    for (const [kpi, field] of [['lost', 'lost'], ['pushed', 'pushedCloseDates']] as const) {
      const total = (await expected(kpi, [...owners], '2030-05-16', '2030-06-16', null)).find((x) => x.ownerId == null)!;
      expect([r[field].count, r[field].amount]).toEqual([total.n, total.amount]);
    }
  }
});
