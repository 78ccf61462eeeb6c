import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { withoutSummaries } from './kpis-fixture';

// The monthly opportunity summaries (kpi-summary.ts): kept exact by the statement triggers through
// inserts, mass updates and deletes, and every KPI that reads them answers what the rows answer.
process.env.CRM_TODAY = '2026-06-15';

let t: TestServer;
let acme: OrgFixture;
let seed = 7;
const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const maybe = <T>(x: T, p = 0.8): T | null => (r() < p ? x : null);
const STAGES: Array<[string, boolean, boolean]> = [['Prospecting', false, false], ['Negotiation/Review', false, false], ['Closed Won', true, true], ['Closed Lost', true, false]];
const day = (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(r() * days) * 86_400_000).toISOString();

const accounts = new Map<string, string[]>();

async function insertOpps(n: number, o = acme) {
  const u = o.users;
  const owners = [u.rep1.id, u.rep2.id, u.rep3.id, u.manager.id];
  if (!accounts.has(o.org.id)) {
    const ids = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) SELECT $1, (ARRAY[$2, $3]::uuid[])[1 + g % 2], 'Account ' || g FROM generate_series(1, 8) g RETURNING id`,
      [o.org.id, u.rep1.id, u.rep2.id]);
    accounts.set(o.org.id, ids.map((x: { id: string }) => x.id));
  }
  const accountIds = accounts.get(o.org.id)!;
  const rows = Array.from({ length: n }, (_, i) => {
    const [stageName, isClosed, isWon] = pick(STAGES);
    return [o.org.id, pick(owners), `S${i}`, stageName, isClosed, isWon, maybe(Math.round(r() * 9000) + 0.25), day('2025-09-01', 420).slice(0, 10),
      day('2025-06-01', 380), maybe(pick(['Web', 'Phone'])), maybe(pick(['HubSpot', 'Zoho']), 0.6), !isWon && isClosed ? maybe(pick(['Price', 'Timing'])) : null, maybe(pick(accountIds), 0.9)];
  });
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')}, 'Pipeline')`);
  await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "isClosed", "isWon", amount, "closeDate", "createdDate", "leadSource", competitor, "lostReason", "accountId", "forecastCategoryName")
    VALUES ${values.join(', ')}`, params);
}

/** The summaries as they are, and as recomputed from the rows by plain SQL. */
async function summaries() {
  const q = (sql: string) => t.ds.query(sql, [acme.org.id]).then((rows: any[]) => rows.map((x) => JSON.stringify(x)).sort());
  const close = `"ownerId", "stageName", "isClosed", "isWon", competitor, "lostReason"`;
  return {
    close: await q(`SELECT to_char("closeDate", 'YYYY-MM') m, ${close}, n, "amountCount" c, amount::numeric(20,2)::text a FROM analytics_opportunity_close_month WHERE "orgId" = $1`),
    closeRows: await q(`SELECT to_char("closeDate", 'YYYY-MM') m, ${close}, count(*)::int n, count(amount)::int c, coalesce(sum(amount), 0)::numeric(20,2)::text a
      FROM opportunity WHERE "orgId" = $1 GROUP BY 1, ${close}`),
    created: await q(`SELECT to_char("createdDate", 'YYYY-MM') m, "ownerId", "leadSource", n, "amountCount" c, amount::numeric(20,2)::text a FROM analytics_opportunity_created_month WHERE "orgId" = $1`),
    createdRows: await q(`SELECT to_char("createdDate" AT TIME ZONE 'UTC', 'YYYY-MM') m, "ownerId", "leadSource", count(*)::int n, count(amount)::int c, coalesce(sum(amount), 0)::numeric(20,2)::text a
      FROM opportunity WHERE "orgId" = $1 GROUP BY 1, 2, 3`),
  };
}

const KPIS = [
  'winRate { value count numerator amount points { key value count numerator amount } }',
  'winRate(groupBy: OWNER) { value points { key label value wins losses } }',
  'winRate(granularity: MONTH) { value points { key value count } }',
  'opportunitiesWon(granularity: QUARTER) { count amount points { key count amount } }',
  'averageContractValue(groupBy: OWNER) { value count points { key value count } }',
  'competitorWinLoss { value points { key wins losses value amount } }',
  'topLostReasons { count points { key count amount } }',
  'topLostReasons(byCompetitor: true) { count points { key count } }',
  'pipelineByStage { amount count points { key label amount count } }',
  'opportunitiesOpened(granularity: MONTH) { count amount points { key count amount } }',
  'opportunitiesOpened(granularity: null, groupBy: SOURCE) { count amount points { key count amount } }',
  'opportunitiesOpened(granularity: null, groupBy: OWNER) { count amount points { key label count amount } }',
  'pipelineByAccount(limit: 3) { amount count points { key label amount count } }',
];
const PERIODS = [null, 'THIS_YEAR', 'THIS_QUARTER', 'LAST_N_DAYS:90', 'LAST_N_DAYS:7', 'LAST_YEAR'];

async function allKpis(token: string, team = false) {
  const out: unknown[] = [];
  for (const period of PERIODS) {
    const res = ok(await t.gql(`query($f: KpiFilter) { salesKpis(filter: $f) { ${KPIS.map((k, i) => `k${i}: ${k}`).join(' ')} } }`, { f: { period, team } }, token));
    out.push(res.salesKpis);
  }
  return JSON.parse(JSON.stringify(out, (_, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)));
}

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  await insertOpps(300);
  // Another organisation's deals in the same months: none of them may count for acme.
  await insertOpps(200, await createOrg(t, 'Globex'));
});
afterAll(() => t?.stop());

test('the statement triggers keep the summaries equal to the rows through inserts, mass updates and deletes', async () => {
  let s = await summaries();
  expect(s.close.length).toBeGreaterThan(20);
  expect(s.close).toEqual(s.closeRows);
  expect(s.created).toEqual(s.createdRows);
  const org = acme.org.id;
  // A mass move into another month and stage, an owner change, amounts cleared and set, a delete.
  await t.ds.query(`UPDATE opportunity SET "stageName" = 'Closed Won', "isClosed" = true, "isWon" = true, "lostReason" = NULL, "closeDate" = "closeDate" + 20
    WHERE "orgId" = $1 AND NOT "isClosed" AND amount > 4000`, [org]);
  await t.ds.query(`UPDATE opportunity SET "ownerId" = $2, amount = NULL WHERE "orgId" = $1 AND competitor = 'Zoho' AND "leadSource" = 'Web'`, [org, acme.users.rep3.id]);
  await t.ds.query(`UPDATE opportunity SET amount = 100, "createdDate" = "createdDate" - interval '40 days' WHERE "orgId" = $1 AND amount IS NULL AND "isClosed"`, [org]);
  await t.ds.query(`UPDATE opportunity SET "nextStep" = 'no key or measure changes' WHERE "orgId" = $1`, [org]);
  await t.ds.query(`DELETE FROM opportunity WHERE "orgId" = $1 AND "leadSource" = 'Phone' AND "isWon"`, [org]);
  await insertOpps(40);
  s = await summaries();
  expect(s.close).toEqual(s.closeRows);
  expect(s.created).toEqual(s.createdRows);
  // Keys that lost their last row are gone (no zero rows left behind).
  expect((await t.ds.query(`SELECT count(*)::int n FROM analytics_opportunity_close_month WHERE n = 0`))[0].n).toBe(0);
  // A failed statement leaves the summaries as they were.
  await expect(t.ds.query(`UPDATE opportunity SET "ownerId" = gen_random_uuid() WHERE "orgId" = $1`, [org])).rejects.toThrow();
  expect((await summaries()).close).toEqual(s.close);
});

test('every summarised KPI answers as the rows do: whole months from the summary, partial months from the rows', async () => {
  for (const [token, team] of [[acme.tokens.admin, false], [acme.tokens.manager, true], [acme.tokens.rep1, false]] as const) {
    const fast = await allKpis(token, team);
    const rows = await withoutSummaries(() => allKpis(token, team));
    PERIODS.forEach((period, i) => KPIS.forEach((kpi, k) => expect({ period, kpi, v: fast[i][`k${k}`] }).toEqual({ period, kpi, v: rows[i][`k${k}`] })));
  }
  // The rep sees only their own deals in both paths.
  const rep = await allKpis(acme.tokens.rep1);
  const owners = new Set(rep.flatMap((p: any) => p.k1.points.map((x: any) => x.key)));
  expect([...owners].every((k) => String(k).includes(acme.users.rep1.id))).toBe(true);
});

test('the summary is what the KPIs read (a tampered summary shows), and crm_analytics_rebuild repairs it', async () => {
  const q = `{ salesKpis(filter: { period: "THIS_YEAR" }) { winRate { count } } }`;
  const before = ok(await t.gql(q, {}, acme.tokens.admin)).salesKpis.winRate.count;
  await t.ds.query(`UPDATE analytics_opportunity_close_month SET n = n + 1000 WHERE "orgId" = $1 AND "isClosed" AND "closeDate" = '2026-02-01'`, [acme.org.id]);
  const tampered = ok(await t.gql(q, {}, acme.tokens.admin)).salesKpis.winRate.count;
  expect(tampered).toBeGreaterThanOrEqual(before + 1000);
  expect(ok(await withoutSummaries(() => t.gql(q, {}, acme.tokens.admin))).salesKpis.winRate.count).toBe(before);
  await t.ds.query(`SELECT crm_analytics_rebuild($1)`, [acme.org.id]);
  expect(ok(await t.gql(q, {}, acme.tokens.admin)).salesKpis.winRate.count).toBe(before);
  const s = await summaries();
  expect(s.close).toEqual(s.closeRows);
});

test('pipeline by account: the top accounts by open amount, from the per-account summary for the whole org, as plain SQL says', async () => {
  const q = `{ salesKpis { pipelineByAccount(limit: 3) { amount count points { group label amount count } } } }`;
  const expected = await t.ds.query(`SELECT a.id::text "group", a.name label, sum(coalesce(o.amount, 0))::float8 amount, count(*)::int count
    FROM opportunity o LEFT JOIN account a ON a.id = o."accountId" WHERE o."orgId" = $1 AND NOT o."isClosed"
    GROUP BY a.id, a.name ORDER BY 3 DESC LIMIT 3`, [acme.org.id]);
  const [total] = await t.ds.query(`SELECT sum(coalesce(amount, 0))::float8 amount, count(*)::int count FROM opportunity WHERE "orgId" = $1 AND NOT "isClosed"`, [acme.org.id]);
  const got = ok(await t.gql(q, {}, acme.tokens.admin)).salesKpis.pipelineByAccount;
  expect(got.points).toEqual(expected.map((e: any) => ({ ...e, label: e.label ?? '(blank)' })));
  expect([got.amount, got.count]).toEqual([total.amount, total.count]);
  await expect(t.gql(`{ salesKpis { pipelineByAccount(limit: 0) { amount } } }`, {}, acme.tokens.admin)).resolves.toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  // A rep: their own open deals only; accounts they may not see keep their key but not their name.
  const rep = ok(await t.gql(q, {}, acme.tokens.rep3)).salesKpis.pipelineByAccount;
  const [mine] = await t.ds.query(`SELECT count(*)::int count FROM opportunity WHERE "orgId" = $1 AND NOT "isClosed" AND "ownerId" = $2`, [acme.org.id, acme.users.rep3.id]);
  expect(rep.count).toBe(mine.count);
  expect(rep.points.every((p: any) => p.label === '(blank)')).toBe(true);
});

test('TRUNCATE empties the summaries', async () => {
  await t.ds.query(`TRUNCATE opportunity CASCADE`);
  const n = await t.ds.query(`SELECT (SELECT count(*) FROM analytics_opportunity_close_month)::int + (SELECT count(*) FROM analytics_opportunity_created_month)::int AS n`);
  expect(n[0].n).toBe(0);
});
