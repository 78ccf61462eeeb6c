import { forecastPeriods } from '../../src/analytics/forecasts/forecast-grid.service';
import { ForecastPeriodType } from '../../src/analytics/forecasts/forecast-grid.types';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { withoutSummaries } from './kpis-fixture';

// Organization.fiscalYearStartMonth: every FISCAL literal of KPIs and reports resolves with the
// caller's organisation's setting; the figures are checked against plain SQL over hand-worked ranges.
process.env.CRM_TODAY = '2026-06-15';

/** [from, to) of THIS_FISCAL_YEAR and THIS_FISCAL_QUARTER on 2026-06-15, by start month, worked out by hand. */
const RANGES: Record<number, { FY: [string, string]; FQ: [string, string] }> = {
  1: { FY: ['2026-01-01', '2027-01-01'], FQ: ['2026-04-01', '2026-07-01'] }, // the calendar
  2: { FY: ['2026-02-01', '2027-02-01'], FQ: ['2026-05-01', '2026-08-01'] }, // Feb-Apr, May-Jul ...
  4: { FY: ['2026-04-01', '2027-04-01'], FQ: ['2026-04-01', '2026-07-01'] },
  11: { FY: ['2025-11-01', '2026-11-01'], FQ: ['2026-05-01', '2026-08-01'] }, // FY began last November; Nov-Jan, Feb-Apr, May-Jul
};

let t: TestServer;
let acme: OrgFixture;
let globex: OrgFixture;
let seed = 11;
const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const day = (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(r() * days) * 86_400_000 + Math.floor(r() * 86_400_000)).toISOString();
const STAGES: Array<[string, boolean, boolean]> = [['Prospecting', false, false], ['Closed Won', true, true], ['Closed Lost', true, false]];

async function insertOpps(o: OrgFixture, n: number) {
  const owners = [o.users.rep1.id, o.users.rep2.id, o.users.rep3.id, o.users.manager.id];
  const params: unknown[] = [];
  const values = Array.from({ length: n }, (_, i) => {
    const [stageName, isClosed, isWon] = pick(STAGES);
    const row = [o.org.id, pick(owners), `F${i}`, stageName, isClosed, isWon, r() < 0.85 ? Math.round(r() * 9000) + 0.5 : null, day('2025-06-01', 730).slice(0, 10), day('2025-03-01', 500)];
    return `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')}, 'Pipeline')`;
  });
  await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "isClosed", "isWon", amount, "closeDate", "createdDate", "forecastCategoryName")
    VALUES ${values.join(', ')}`, params);
}

/** Plain SQL: won, closed and created opportunities of `o` in [from, to), optionally of one owner. */
async function plain(o: OrgFixture, [from, to]: [string, string], ownerId: string | null = null) {
  const [row] = await t.ds.query(
    `SELECT count(*) FILTER (WHERE "isWon" AND "closeDate" >= $2::date AND "closeDate" < $3::date)::int AS won,
       coalesce(sum(amount) FILTER (WHERE "isWon" AND "closeDate" >= $2::date AND "closeDate" < $3::date), 0)::float AS "wonAmount",
       count(*) FILTER (WHERE "isClosed" AND "closeDate" >= $2::date AND "closeDate" < $3::date)::int AS closed,
       count(*) FILTER (WHERE "createdDate" >= ($2 || 'T00:00:00Z')::timestamptz AND "createdDate" < ($3 || 'T00:00:00Z')::timestamptz)::int AS opened
     FROM opportunity WHERE "orgId" = $1 AND ($4::uuid IS NULL OR "ownerId" = $4)`,
    [o.org.id, from, to, ownerId],
  );
  return row as { won: number; wonAmount: number; closed: number; opened: number };
}

const KPIS = `salesKpis(filter: $f) {
  won: opportunitiesWon(granularity: null) { count amount periodStart periodEnd }
  rate: winRate { numerator denominator }
  opened: opportunitiesOpened(granularity: null) { count periodStart periodEnd } }`;
const kpis = async (token: string, period: string) => {
  const res = await t.gql(`query($f: KpiFilter) { ${KPIS} }`, { f: { period } }, token);
  const k = ok(res).salesKpis;
  return {
    range: [k.won.periodStart, k.won.periodEnd], openedRange: [k.opened.periodStart, k.opened.periodEnd],
    figures: { won: k.won.count, wonAmount: k.won.amount, closed: k.rate.denominator, opened: k.opened.count },
    wins: k.rate.numerator, statements: res.extensions?.sqlStatements,
  };
};
const setMonth = (month: number, token = acme.tokens.admin) => t.gql(`mutation($m: Int!) { setFiscalYearStartMonth(month: $m) { id fiscalYearStartMonth } }`, { m: month }, token);
const errorOf = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions;

/** The KPIs of `period` equal plain SQL over `range`, with and without the monthly summaries. */
async function expectKpis(o: OrgFixture, period: string, range: [string, string], who = 'admin') {
  const expected = await plain(o, range, who === 'admin' ? null : o.users[who].id);
  expect(expected.won).toBeGreaterThan(0); // the range holds data: the comparison means something
  for (const k of [await kpis(o.tokens[who], period), await withoutSummaries(() => kpis(o.tokens[who], period))]) {
    expect(k.range).toEqual(range);
    expect(k.openedRange).toEqual(range);
    expect(k.figures.won).toBe(expected.won);
    expect(k.figures.wonAmount).toBeCloseTo(expected.wonAmount, 2);
    expect(k.figures.closed).toBe(expected.closed);
    expect(k.figures.opened).toBe(expected.opened);
    expect(k.wins).toBe(expected.won);
  }
}

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'Acme');
  globex = await createOrg(t, 'Globex');
  await insertOpps(acme, 400);
  await insertOpps(globex, 150);
});
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

test('setFiscalYearStartMonth: administrators only, 1 to 12', async () => {
  expect(ok(await t.gql('{ organization { fiscalYearStartMonth } }', {}, acme.tokens.rep1)).organization.fiscalYearStartMonth).toBe(1);
  expect(errorOf(await setMonth(4, acme.tokens.manager))).toMatchObject({ code: 'FORBIDDEN' });
  expect(errorOf(await setMonth(4, acme.tokens.exec))).toMatchObject({ code: 'FORBIDDEN' });
  expect(errorOf(await setMonth(0))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  expect(errorOf(await setMonth(13))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  expect(ok(await t.gql('{ organization { fiscalYearStartMonth } }', {}, acme.tokens.admin)).organization.fiscalYearStartMonth).toBe(1);
  expect(ok(await setMonth(4)).setFiscalYearStartMonth).toEqual({ id: acme.org.id, fiscalYearStartMonth: 4 });
  expect(ok(await t.gql('{ organization { fiscalYearStartMonth } }', {}, acme.tokens.rep1)).organization.fiscalYearStartMonth).toBe(4);
  const [row] = await t.ds.query(`SELECT "fiscalYearStartMonth" m FROM organization WHERE id = $1`, [acme.org.id]);
  expect(row.m).toBe(4);
  ok(await setMonth(1));
});

test('KPIs: THIS_FISCAL_YEAR and THIS_FISCAL_QUARTER before and after the change, as plain SQL', async () => {
  for (const month of [1, 4, 2, 11]) {
    ok(await setMonth(month));
    await expectKpis(acme, 'THIS_FISCAL_YEAR', RANGES[month].FY);
    await expectKpis(acme, 'THIS_FISCAL_QUARTER', RANGES[month].FQ);
    await expectKpis(acme, 'THIS_FISCAL_QUARTER', RANGES[month].FQ, 'rep1'); // a rep: own deals only
  }
  // Calendar literals do not move with the fiscal year.
  await expectKpis(acme, 'THIS_YEAR', ['2026-01-01', '2027-01-01']);
  await expectKpis(acme, 'THIS_QUARTER', ['2026-04-01', '2026-07-01']);
  // Start month 11: the quarter before May-Jul is Feb-Apr, the year before Nov 2024-Oct 2025.
  await expectKpis(acme, 'LAST_FISCAL_QUARTER', ['2026-02-01', '2026-05-01']);
  await expectKpis(acme, 'LAST_FISCAL_YEAR', ['2024-11-01', '2025-11-01']);
  ok(await setMonth(1));
});

test('fiscal quarters are whole months: the monthly summary answers THIS_FISCAL_QUARTER (start month 2)', async () => {
  ok(await setMonth(2));
  await expectKpis(acme, 'THIS_FISCAL_QUARTER', RANGES[2].FQ); // May-Jul, with and without the summary
  // The summary is what answers: a month row inside May-Jul, changed behind the triggers' back, shows.
  const before = (await kpis(acme.tokens.admin, 'THIS_FISCAL_QUARTER')).figures.won;
  const [[bumped]] = await t.ds.query(`UPDATE analytics_opportunity_close_month SET n = n + 1000 WHERE ctid = (SELECT ctid FROM analytics_opportunity_close_month
    WHERE "orgId" = $1 AND "closeDate" = '2026-06-01' AND "isWon" LIMIT 1) RETURNING ctid::text`, [acme.org.id]);
  try {
    expect((await kpis(acme.tokens.admin, 'THIS_FISCAL_QUARTER')).figures.won).toBe(before + 1000);
  } finally {
    await t.ds.query(`UPDATE analytics_opportunity_close_month SET n = n - 1000 WHERE ctid = $1::tid`, [bumped.ctid]);
  }
  expect((await plain(acme, RANGES[2].FQ)).won).toBe(before);
  ok(await setMonth(1));
});

test('the setting is read once per request, and only for a FISCAL literal', async () => {
  ok(await setMonth(4)); // THIS_FISCAL_QUARTER = THIS_QUARTER: the same KPI statements
  const calendar = await kpis(acme.tokens.admin, 'THIS_QUARTER');
  const fiscal = await kpis(acme.tokens.admin, 'THIS_FISCAL_QUARTER');
  expect(fiscal.figures).toEqual(calendar.figures);
  expect(fiscal.statements).toBe(calendar.statements! + 1); // three KPIs, one read of the organisation
  ok(await setMonth(1));
});

const REPORT = `query($d: ReportDefinitionInput!) { runReport(definition: $d) { totalCount rows { recordId } grandTotal { key value } } }`;
const NO_ROWS = `query($d: ReportDefinitionInput!) { runReport(definition: $d) { grandTotal { key value } groupsDown { key count } } }`;
const AGG = [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }];
const totals = (g: Array<{ key: string; value: number }>) => Object.fromEntries(g.map((x) => [x.key, x.value]));

async function reportSql(o: OrgFixture, cond: string, args: unknown[]) {
  const [row] = await t.ds.query(`SELECT count(*)::int n, sum(amount)::float a FROM opportunity WHERE "orgId" = $1 AND ${cond}`, [o.org.id, ...args]);
  return { COUNT: row.n, 'SUM:amount': row.a };
}

test('report relative date filters: THIS_FISCAL_QUARTER and THIS_FISCAL_YEAR, detail rows and summary', async () => {
  ok(await setMonth(2));
  const [from, to] = RANGES[2].FQ;
  const inQuarter = await reportSql(acme, `"closeDate" >= $2::date AND "closeDate" < $3::date`, [from, to]);
  expect(inQuarter.COUNT).toBeGreaterThan(0);
  const def = { reportType: 'opportunities', columns: ['name'], aggregates: AGG, rowLimit: 2000, filters: [{ field: 'closeDate', operator: 'equals', value: 'THIS_FISCAL_QUARTER' }] };
  const rows = ok(await t.gql(REPORT, { d: def }, acme.tokens.admin)).runReport;
  expect(rows.totalCount).toBe(inQuarter.COUNT);
  expect(rows.rows).toHaveLength(inQuarter.COUNT);
  expect(totals(rows.grandTotal)).toEqual({ COUNT: inQuarter.COUNT, 'SUM:amount': expect.closeTo(inQuarter['SUM:amount'], 2) });
  // Without detail rows (the monthly summary may answer), grouped by stage.
  const grouped = ok(await t.gql(NO_ROWS, { d: { ...def, groupingsDown: [{ field: 'stageName' }] } }, acme.tokens.admin)).runReport;
  expect(totals(grouped.grandTotal)).toEqual({ COUNT: inQuarter.COUNT, 'SUM:amount': expect.closeTo(inQuarter['SUM:amount'], 2) });
  const won = await reportSql(acme, `"isWon" AND "closeDate" >= $2::date AND "closeDate" < $3::date`, [from, to]);
  expect(grouped.groupsDown.find((g: any) => g.key === 'Closed Won').count).toBe(won.COUNT);
  // greaterOrEqual = from the start of the fiscal year (2026-02-01); createdDate (a date/time) in LAST_FISCAL_QUARTER (Feb-Apr).
  const fromYear = await reportSql(acme, `"closeDate" >= $2::date`, [RANGES[2].FY[0]]);
  const ge = ok(await t.gql(NO_ROWS, { d: { ...def, filters: [{ field: 'closeDate', operator: 'greaterOrEqual', value: 'THIS_FISCAL_YEAR' }] } }, acme.tokens.admin)).runReport;
  expect(totals(ge.grandTotal).COUNT).toBe(fromYear.COUNT);
  const created = await reportSql(acme, `"createdDate" >= '2026-02-01T00:00:00Z' AND "createdDate" < '2026-05-01T00:00:00Z'`, []);
  const c = ok(await t.gql(NO_ROWS, { d: { ...def, filters: [{ field: 'createdDate', operator: 'equals', value: 'LAST_FISCAL_QUARTER' }] } }, acme.tokens.admin)).runReport;
  expect(totals(c.grandTotal).COUNT).toBe(created.COUNT);
  // A saved report with the period added at run time (a dashboard's period filter).
  const saved = ok(await t.gql(`mutation($i: CreateReportInput!) { createReport(input: $i) { id } }`,
    { i: { name: 'Fiscal', definition: { ...def, filters: [] } } }, acme.tokens.admin)).createReport;
  const res = ok(await t.gql(`query($id: ID!, $f: [ReportFilterInput!]) { savedReportResult(id: $id, filters: $f) { grandTotal { key value } } }`,
    { id: saved.id, f: def.filters }, acme.tokens.admin)).savedReportResult;
  expect(totals(res.grandTotal).COUNT).toBe(inQuarter.COUNT);
  ok(await setMonth(1));
});

test("another organisation's setting does not leak", async () => {
  ok(await setMonth(11, globex.tokens.admin));
  ok(await setMonth(2));
  await expectKpis(globex, 'THIS_FISCAL_YEAR', RANGES[11].FY);
  await expectKpis(acme, 'THIS_FISCAL_YEAR', RANGES[2].FY);
  await expectKpis(globex, 'THIS_FISCAL_QUARTER', RANGES[11].FQ, 'rep2');
  ok(await setMonth(1));
  await expectKpis(acme, 'THIS_FISCAL_YEAR', RANGES[1].FY);
  await expectKpis(globex, 'THIS_FISCAL_YEAR', RANGES[11].FY);
  expect(ok(await t.gql('{ organization { fiscalYearStartMonth } }', {}, globex.tokens.rep1)).organization.fiscalYearStartMonth).toBe(11);
  // A report of Globex's reads Globex's year: Nov 2025 - Oct 2026.
  const sql = await reportSql(globex, `"closeDate" >= '2025-11-01' AND "closeDate" < '2026-11-01'`, []);
  const d = { reportType: 'opportunities', columns: ['name'], aggregates: AGG, filters: [{ field: 'closeDate', operator: 'equals', value: 'THIS_FISCAL_YEAR' }] };
  expect(totals(ok(await t.gql(NO_ROWS, { d }, globex.tokens.admin)).runReport.grandTotal).COUNT).toBe(sql.COUNT);
});

test('forecast startPeriod: a FISCAL literal starts at the fiscal period; periods stay calendar', () => {
  expect(forecastPeriods(ForecastPeriodType.MONTH, 'THIS_FISCAL_QUARTER', 2, 2).periods.map((p) => p.startDate)).toEqual(['2026-05-01', '2026-06-01']);
  expect(forecastPeriods(ForecastPeriodType.MONTH, 'THIS_FISCAL_YEAR', 1, 11).from).toBe('2025-11-01');
  // A quarter period containing 2026-05-01 is the calendar quarter April-June.
  expect(forecastPeriods(ForecastPeriodType.QUARTER, 'THIS_FISCAL_QUARTER', 1, 2).periods[0]).toMatchObject({ startDate: '2026-04-01', endDate: '2026-06-30' });
  expect(forecastPeriods(ForecastPeriodType.MONTH, 'THIS_FISCAL_QUARTER', 1).from).toBe('2026-04-01'); // January default
});
