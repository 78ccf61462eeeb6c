import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

// A randomised hierarchy, opportunities and adjustments; the grid is checked against a plain SQL
// query (original amounts) and an independent recursive computation (adjusted amounts).
let t: TestServer;
let acme: OrgFixture;
let typeId: string;
let seed = 20261204;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

const CATS = ['Pipeline', 'Best Case', 'Most Likely', 'Commit', 'Closed', 'Omitted'];
const MONTHS = ['2027-01-01', '2027-02-01', '2027-03-01'];
const KEYS = ['openPipeline', 'bestCaseForecast', 'commitForecast', 'closedOnly'] as const;
const GRID = `query($i: ForecastGridInput!) { forecastGrid(input: $i) { rows { id cells { startDate
  ${KEYS.map((k) => `${k} { ownerOnlyAmount amountWithoutAdjustments forecastAmount }`).join(' ')} } } } }`;
const parent = new Map<string, string | null>();

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'Rand');
  typeId = ok(await t.gql(`mutation { createForecastingType(input: { developerName: "Rev", masterLabel: "Revenue" }) { id } }`, {}, acme.tokens.admin)).createForecastingType.id;
  const u = acme.users;
  const ids = [u.exec.id, u.manager.id, u.rep1.id, u.rep2.id];
  for (const [k, v] of [['exec', null], ['manager', u.exec.id], ['rep1', u.manager.id], ['rep2', u.manager.id]] as const) parent.set(u[k].id, v);
  for (let i = 0; i < 14; i++) {
    const manager = pick(ids);
    const [row] = await t.ds.query(`INSERT INTO "user" ("orgId", name, email, "passwordHash", role, "managerId") VALUES ($1, $2, $3, 'x', 'SALES_REP', $4) RETURNING id`,
      [acme.org.id, `User ${String(i).padStart(2, '0')}`, `u${i}-${Math.random()}@rand.test`, manager]);
    ids.push(row.id);
    parent.set(row.id, manager);
  }
  for (let i = 0; i < 150; i++) {
    const day = `2027-0${1 + Math.floor(rand() * 4)}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "closeDate", "forecastCategoryName", amount) VALUES ($1, $2, 'R', 'x', $3, $4, $5)`,
      [acme.org.id, pick(ids), day, pick(CATS), rand() < 0.1 ? null : Math.round(rand() * 100000) / 100]);
  }
  // Adjustments: a subject, and the subject itself (owner) or one of its managers.
  for (let i = 0; i < 25; i++) {
    const subject = pick(ids);
    const chain = [subject];
    for (let p = parent.get(subject); p; p = parent.get(p) ?? null) chain.push(p);
    const by = pick(chain);
    await t.ds.query(
      `INSERT INTO forecasting_adjustment ("orgId", "forecastingTypeId", "ownerId", "subjectId", "adjustingNodeId", "startDate", "forecastingItemCategory", "adjustedAmount", "isOwnerAdjustment", "adjustedById")
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $4) ON CONFLICT DO NOTHING`,
      [acme.org.id, typeId, subject, by, pick(MONTHS), pick(['BEST_CASE_FORECAST', 'COMMIT_FORECAST']), Math.round(rand() * 50000), by === subject]);
  }
});
afterAll(() => t?.stop());

async function grid(who: string) {
  const r = await t.gql(GRID, { i: { forecastingTypeId: typeId, startPeriod: '2027-01-01', periodCount: 3 } }, acme.tokens[who]);
  const byKey = new Map<string, number[]>();
  for (const row of ok(r).forecastGrid.rows) for (const c of row.cells) for (const k of KEYS) {
    byKey.set(`${row.id}|${c.startDate}|${k}`, [c[k].ownerOnlyAmount, c[k].amountWithoutAdjustments, c[k].forecastAmount]);
  }
  return { byKey, statements: r.extensions?.sqlStatements };
}

test('original amounts equal a plain SQL roll-up over each subtree', async () => {
  const { byKey } = await grid('exec');
  const expected: Array<{ node: string; m: string; op: number; bc: number; cf: number; cl: number }> = await t.ds.query(
    `WITH RECURSIVE sub(root, id) AS (SELECT id, id FROM "user" WHERE "orgId" = $1 UNION ALL SELECT sub.root, u.id FROM "user" u JOIN sub ON u."managerId" = sub.id)
     SELECT sub.root AS node, to_char(o."closeDate", 'YYYY-MM-01') AS m,
       coalesce(sum(o.amount) FILTER (WHERE o."forecastCategoryName" IN ('Pipeline', 'Best Case', 'Most Likely', 'Commit')), 0)::float8 AS op,
       coalesce(sum(o.amount) FILTER (WHERE o."forecastCategoryName" IN ('Best Case', 'Most Likely', 'Commit', 'Closed')), 0)::float8 AS bc,
       coalesce(sum(o.amount) FILTER (WHERE o."forecastCategoryName" IN ('Commit', 'Closed')), 0)::float8 AS cf,
       coalesce(sum(o.amount) FILTER (WHERE o."forecastCategoryName" = 'Closed'), 0)::float8 AS cl
     FROM sub JOIN opportunity o ON o."ownerId" = sub.id WHERE o."closeDate" >= '2027-01-01' AND o."closeDate" < '2027-04-01'
     GROUP BY 1, 2`, [acme.org.id]);
  expect(expected.length).toBeGreaterThan(20);
  let checked = 0;
  for (const e of expected) {
    if (!byKey.has(`${e.node}|${e.m}|openPipeline`)) continue; // marketing / service rows are not forecast rows
    const got = KEYS.map((k) => byKey.get(`${e.node}|${e.m}|${k}`)![1]);
    expect(got.map((v) => v.toFixed(2))).toEqual([e.op, e.bc, e.cf, e.cl].map((v) => v.toFixed(2)));
    checked++;
  }
  expect(checked).toBeGreaterThan(20);
});

test('adjusted amounts equal an independent recursive computation (the executive sees every adjustment)', async () => {
  const { byKey } = await grid('exec');
  const adj: Array<{ subjectId: string; adjustingNodeId: string; startDate: string; cat: string; v: number; own: boolean }> = await t.ds.query(
    `SELECT "subjectId", "adjustingNodeId", to_char("startDate", 'YYYY-MM-DD') AS "startDate", "forecastingItemCategory" AS cat, "adjustedAmount"::float8 AS v, "isOwnerAdjustment" AS own
     FROM forecasting_adjustment WHERE "orgId" = $1`, [acme.org.id]);
  const ownRows: Array<{ node: string; m: string; bc: number; cf: number }> = await t.ds.query(
    `SELECT "ownerId" AS node, to_char("closeDate", 'YYYY-MM-01') AS m,
       coalesce(sum(amount) FILTER (WHERE "forecastCategoryName" IN ('Best Case', 'Most Likely', 'Commit', 'Closed')), 0)::float8 AS bc,
       coalesce(sum(amount) FILTER (WHERE "forecastCategoryName" IN ('Commit', 'Closed')), 0)::float8 AS cf
     FROM opportunity WHERE "orgId" = $1 GROUP BY 1, 2`, [acme.org.id]);
  const own = new Map(ownRows.flatMap((r) => [[`${r.node}|${r.m}|bestCaseForecast`, r.bc], [`${r.node}|${r.m}|commitForecast`, r.cf]] as const));
  const depth = (id: string): number => (parent.get(id) ? 1 + depth(parent.get(id)!) : 0);
  const kids = (id: string) => [...parent.entries()].filter(([, p]) => p === id).map(([k]) => k);
  const key = { bestCaseForecast: 'BEST_CASE_FORECAST', commitForecast: 'COMMIT_FORECAST' } as const;
  const eff = (n: string, m: string, k: keyof typeof key): number => {
    const mine = adj.filter((a) => a.subjectId === n && a.startDate === m && a.cat === key[k]);
    const manager = mine.filter((a) => !a.own).sort((a, b) => depth(a.adjustingNodeId) - depth(b.adjustingNodeId))[0];
    const owner = mine.find((a) => a.own);
    if (manager) return manager.v;
    if (owner) return owner.v;
    return (own.get(`${n}|${m}|${k}`) ?? 0) + kids(n).reduce((s, c) => s + eff(c, m, k), 0);
  };
  let adjusted = 0;
  for (const id of parent.keys()) for (const m of MONTHS) for (const k of ['bestCaseForecast', 'commitForecast'] as const) {
    const got = byKey.get(`${id}|${m}|${k}`)!;
    expect([id, m, k, got[2].toFixed(2)]).toEqual([id, m, k, eff(id, m, k).toFixed(2)]);
    if (got[2].toFixed(2) !== got[1].toFixed(2)) adjusted++;
  }
  expect(adjusted).toBeGreaterThan(5);
});

test('the statement count is the same as on a tiny forecast', async () => {
  const big = await grid('exec');
  const small = await grid('rep1');
  expect(big.statements).toBeGreaterThan(0);
  expect(big.statements).toBeLessThanOrEqual(5);
  expect(Math.abs(big.statements! - small.statements!)).toBeLessThanOrEqual(1); // + the adjusters' names when adjustments are visible
});
