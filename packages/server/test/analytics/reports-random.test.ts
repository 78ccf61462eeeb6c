import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { RUN, rng } from './reports-fixture';

let t: TestServer;
let acme: OrgFixture;
interface Gen { ownerId: string; stageName: string; amount: number | null; closeDate: string; competitor: string | null; isWon: boolean }
const data: Gen[] = [];
const STAGES: Array<[string, number, string, boolean, boolean]> = [
  ['Prospecting', 10, 'Pipeline', false, false], ['Negotiation/Review', 90, 'Commit', false, false],
  ['Closed Won', 100, 'Closed', true, true], ['Closed Lost', 0, 'Omitted', true, false],
];

beforeAll(async () => {
  process.env.CRM_TODAY = '2026-11-18';
  t = await startTestServer();
  acme = await createOrg(t);
  const r = rng(20261118);
  const owners = ['rep1', 'rep2', 'rep3', 'manager'].map((k) => acme.users[k].id);
  const rows = [];
  for (let i = 0; i < 400; i++) {
    const [stageName, probability, forecastCategoryName, isClosed, isWon] = r.pick(STAGES);
    const day = new Date(Date.UTC(2025, 0, 1) + r.int(730) * 86_400_000).toISOString().slice(0, 10);
    const g: Gen = { ownerId: r.pick(owners), stageName, amount: r.next() < 0.1 ? null : r.int(10_000), closeDate: day, competitor: r.pick(['HubSpot', 'Salesforce', 'Microsoft Dynamics', null, '']), isWon };
    data.push(g);
    rows.push({ ...g, orgId: acme.org.id, name: `R${i}`, probability, forecastCategoryName, isClosed });
  }
  await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", amount, "closeDate", probability, "forecastCategoryName", "isClosed", "isWon", competitor)
    SELECT "orgId", "ownerId", name, "stageName", amount, "closeDate", probability, "forecastCategoryName", "isClosed", "isWon", competitor FROM json_populate_recordset(NULL::opportunity, $1::json)`, [JSON.stringify(rows)]);
});
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

const num = (v: unknown) => (v == null ? null : Number(v));
const closeTo = (a: Array<number | null>, b: Array<number | null>) => {
  expect(a.length).toBe(b.length);
  a.forEach((x, i) => (x == null || b[i] == null ? expect(x).toBe(b[i]) : expect(x).toBeCloseTo(b[i] as number, 6)));
};

test.each(['manager', 'rep3', 'admin'])('summary by competitor and close quarter, as %s, equals a plain SQL query', async (who) => {
  const def = {
    reportType: 'opportunities', columns: ['name', 'amount'],
    filters: [{ field: 'amount', operator: 'greaterOrEqual', value: '1000' }, { field: 'closeDate', operator: 'equals', value: 'LAST_N_MONTHS:12' }],
    groupingsDown: [{ field: 'competitor' }, { field: 'closeDate', dateGranularity: 'QUARTER' }],
    aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }, { function: 'AVG', field: 'amount' }, { function: 'MIN', field: 'amount' }, { function: 'MAX', field: 'amount' }],
  };
  const r = ok(await t.gql(RUN, { d: def }, acme.tokens[who])).runReport;
  const team = who === 'manager' ? [acme.users.manager.id, acme.users.rep1.id, acme.users.rep2.id] : who === 'rep3' ? [acme.users.rep3.id] : Object.values(acme.users).map((u) => u.id);
  // LAST_N_MONTHS:12 on 2026-11-18 = 2025-11-01 .. 2026-10-31.
  const sql = (keys: string, nKeys = 0) => t.ds.query(`SELECT ${keys ? `${keys}, ` : ''}count(*)::int AS n, sum(amount)::float8 AS s, avg(amount)::float8 AS a, min(amount)::float8 AS lo, max(amount)::float8 AS hi
    FROM opportunity WHERE "orgId" = $1 AND "ownerId" = ANY($2::uuid[]) AND amount >= 1000 AND "closeDate" >= '2025-11-01' AND "closeDate" < '2026-11-01'
    ${nKeys ? `GROUP BY ${Array.from({ length: nKeys }, (_, i) => i + 1).join(', ')}` : ''}`, [acme.org.id, team]);
  const leaf = await sql(`NULLIF(competitor, '') AS k1, to_char(date_trunc('quarter', "closeDate"), 'YYYY-MM-DD') AS k2`, 2);
  const top = await sql(`NULLIF(competitor, '') AS k1`, 1);
  const [total] = await sql('');
  expect(r.totalCount).toBe(total.n);
  closeTo(r.grandTotal.map((g: any) => g.value), [total.n, total.s, total.a, total.lo, total.hi]);
  expect(r.groupsDown.length).toBe(top.length);
  for (const g of r.groupsDown) {
    const want = top.find((x: any) => x.k1 === g.key);
    closeTo(g.aggregates, [want.n, num(want.s), num(want.a), num(want.lo), num(want.hi)]);
    expect(g.children.length).toBe(leaf.filter((x: any) => x.k1 === g.key).length);
    for (const c of g.children) {
      const w = leaf.find((x: any) => x.k1 === g.key && x.k2 === c.key);
      expect(c.count).toBe(w.n);
      closeTo(c.aggregates, [w.n, num(w.s), num(w.a), num(w.lo), num(w.hi)]);
    }
  }
  // Keys ascending, blank last.
  const keys = r.groupsDown.map((g: any) => g.key);
  expect(keys).toEqual([...keys.filter((k: any) => k != null).sort(), ...keys.filter((k: any) => k == null)]);
});

test('matrix stage x close week (from Sunday) equals the counts and sums computed in JavaScript', async () => {
  const r = ok(await t.gql(RUN, { d: {
    reportType: 'opportunities', columns: ['name'], rowLimit: 0,
    filters: [{ field: 'competitor', operator: 'notEqual' }],
    groupingsDown: [{ field: 'stageName' }], groupingsAcross: [{ field: 'closeDate', dateGranularity: 'WEEK' }],
    aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }, { function: 'AVG', field: 'isWon' }],
  } }, acme.tokens.manager)).runReport;
  const team = new Set([acme.users.manager.id, acme.users.rep1.id, acme.users.rep2.id]);
  const rows = data.filter((d) => team.has(d.ownerId) && d.competitor);
  const week = (day: string) => {
    const ms = Date.parse(`${day}T00:00:00Z`);
    return new Date(ms - new Date(ms).getUTCDay() * 86_400_000).toISOString().slice(0, 10);
  };
  const cells = new Map<string, { n: number; s: number | null; won: number }>();
  for (const d of rows) {
    const k = `${d.stageName}|${week(d.closeDate)}`;
    const c = cells.get(k) ?? { n: 0, s: null, won: 0 };
    c.n++;
    c.won += d.isWon ? 1 : 0;
    if (d.amount != null) c.s = (c.s ?? 0) + d.amount;
    cells.set(k, c);
  }
  const weeks = [...new Set(rows.map((d) => week(d.closeDate)))].sort();
  expect(r.groupsAcross.map((g: any) => g.key)).toEqual(weeks);
  expect(r.rows).toEqual([]);
  expect(r.truncated).toBe(true);
  let checked = 0;
  for (const g of r.groupsDown) {
    expect(g.cells.map((c: any) => c.key)).toEqual(weeks);
    for (const c of g.cells) {
      const want = cells.get(`${g.key}|${c.key}`);
      expect(c.count).toBe(want?.n ?? 0);
      if (want) {
        expect(c.aggregates[1]).toBe(want.s);
        expect(c.aggregates[2]).toBeCloseTo((100 * want.won) / want.n, 6);
        checked++;
      }
    }
  }
  expect(checked).toBe(cells.size);
  expect(r.totalCount).toBe(rows.length);
});
