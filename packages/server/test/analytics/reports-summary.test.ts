import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { rng } from './reports-fixture';

// A run without detail rows reads the monthly opportunity summary when every filter, grouping and
// aggregate is a summary column; with detail rows it reads the records. Both must agree.
let t: TestServer;
let acme: OrgFixture;
const STAGES: Array<[string, number, string, boolean, boolean]> = [
  ['Prospecting', 10, 'Pipeline', false, false], ['Negotiation/Review', 90, 'Commit', false, false],
  ['Closed Won', 100, 'Closed', true, true], ['Closed Lost', 0, 'Omitted', true, false],
];

beforeAll(async () => {
  process.env.CRM_TODAY = '2026-11-18';
  t = await startTestServer();
  acme = await createOrg(t);
  const r = rng(1795690001);
  const owners = ['rep1', 'rep2', 'rep3', 'manager'].map((k) => acme.users[k].id);
  // Dense enough that summary rows stand for several records (18 months, 2,000 deals).
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const [stageName, probability, forecastCategoryName, isClosed, isWon] = r.pick(STAGES);
    const closeDate = new Date(Date.UTC(2025, 6, 1) + r.int(540) * 86_400_000).toISOString().slice(0, 10);
    return {
      orgId: acme.org.id, ownerId: r.pick(owners), name: `S${i}`, stageName, probability, forecastCategoryName, isClosed, isWon, closeDate,
      amount: r.next() < 0.15 ? null : r.int(10_000), competitor: r.pick(['HubSpot', 'Salesforce', null, '']), lostReason: isWon ? null : r.pick(['Price', 'Features', null, '']),
    };
  });
  await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", amount, "closeDate", probability, "forecastCategoryName", "isClosed", "isWon", competitor, "lostReason")
    SELECT "orgId", "ownerId", name, "stageName", amount, "closeDate", probability, "forecastCategoryName", "isClosed", "isWon", competitor, "lostReason" FROM json_populate_recordset(NULL::opportunity, $1::json)`, [JSON.stringify(rows)]);
});
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

const GROUPS = `totalCount groupsDown { key label count aggregates children { key count aggregates } cells { key count aggregates } } groupsAcross { key count aggregates } grandTotal { key value }`;
const query = (rows: string) => `query($d: ReportDefinitionInput!) { runReport(definition: $d) { ${GROUPS} ${rows} } }`;
const fromSummary = async (d: object, who: string) => ok(await t.gql(query(''), { d: { reportType: 'opportunities', columns: ['name'], rowLimit: 0, ...d } }, acme.tokens[who])).runReport;
// With detail rows selected (and a row limit) the run reads the records.
const fromRecords = async (d: object, who: string) => {
  const { rows, ...rest } = ok(await t.gql(query('rows { recordId }'), { d: { reportType: 'opportunities', columns: ['name'], rowLimit: 1, ...d } }, acme.tokens[who])).runReport;
  expect(rows.length).toBe(1);
  return rest;
};
const ALL = [
  { function: 'COUNT' }, { function: 'SUM', field: 'amount' }, { function: 'AVG', field: 'amount' }, { function: 'COUNT', field: 'amount' },
  { function: 'SUM', field: 'isWon' }, { function: 'AVG', field: 'isWon' }, { function: 'COUNT', field: 'competitor' },
];
const DEFS: Record<string, object> = {
  'lost reasons by competitor, this year': {
    filters: [{ field: 'stageName', operator: 'equals', value: 'Closed Lost' }, { field: 'competitor', operator: 'notEqual' }, { field: 'lostReason', operator: 'notEqual' }, { field: 'closeDate', operator: 'equals', value: 'THIS_YEAR' }],
    groupingsDown: [{ field: 'competitor' }, { field: 'lostReason' }], aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }],
  },
  'competitor x close quarter, every summary aggregate': {
    filters: [{ field: 'isClosed', operator: 'equals', value: 'true' }, { field: 'closeDate', operator: 'equals', value: 'LAST_N_MONTHS:12' }],
    groupingsDown: [{ field: 'competitor' }, { field: 'closeDate', dateGranularity: 'QUARTER' }], aggregates: ALL,
  },
  'owner x won matrix, stages case-insensitive, before this year': {
    filters: [{ field: 'stageName', operator: 'in', values: ['closed WON', 'CLOSED LOST'] }, { field: 'closeDate', operator: 'lessThan', value: 'THIS_YEAR' }],
    groupingsDown: [{ field: 'ownerName', sortAggregate: 'SUM:amount', sortOrder: 'DESC' }], groupingsAcross: [{ field: 'isWon' }], aggregates: ALL, groupLimit: 3,
  },
  'by close year, not won, blank lost reason': {
    filters: [{ field: 'isWon', operator: 'notEqual', value: 'true' }, { field: 'lostReason', operator: 'equals' }, { field: 'stageName', operator: 'notEqual', value: 'prospecting' }],
    groupingsDown: [{ field: 'closeDate', dateGranularity: 'YEAR' }], aggregates: ALL,
  },
};

const close = (a: unknown, b: unknown): void => {
  if (typeof a === 'number' && typeof b === 'number') expect(a).toBeCloseTo(b, 6);
  else if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length).toBe(b.length);
    a.forEach((x, i) => close(x, b[i]));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(a)) close((a as any)[k], (b as any)[k]);
  } else expect(a).toEqual(b);
};

describe.each(['admin', 'manager', 'rep3'])('as %s', (who) => {
  test.each(Object.keys(DEFS))('%s: the summary answers as the records do', async (name) => {
    const [s, r] = [await fromSummary(DEFS[name], who), await fromRecords(DEFS[name], who)];
    expect(r.totalCount).toBeGreaterThan(0);
    close(s, r);
  });
});

test('the stage filter compares the stored stage names, case-insensitively, as plain SQL does', async () => {
  const count = async (filters: object[]) => (await fromSummary({ filters }, 'admin')).totalCount;
  const plain = async (where: string) => (await t.ds.query(`SELECT count(*)::int AS n FROM opportunity WHERE "orgId" = $1 AND ${where}`, [acme.org.id]))[0].n;
  expect(await count([{ field: 'stageName', operator: 'equals', value: 'closed lost' }])).toBe(await plain(`"stageName" = 'Closed Lost'`));
  expect(await count([{ field: 'stageName', operator: 'notEqual', value: 'CLOSED WON,prospecting' }])).toBe(await plain(`"stageName" NOT IN ('Closed Won', 'Prospecting')`));
  expect(await count([{ field: 'stageName', operator: 'equals', value: 'Closed' }])).toBe(0);
  expect(await count([{ field: 'stageName', operator: 'in', values: ['Negotiation/Review', 'no such stage'] }])).toBe(await plain(`"stageName" = 'Negotiation/Review'`));
});

test('only runs the summary answers read it: partial months, day buckets, MIN, other fields and detail rows read the records', async () => {
  const d = (x: object) => ({ aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }], ...x });
  const reads = {
    summary: [d({ filters: [{ field: 'closeDate', operator: 'equals', value: 'THIS_YEAR' }] }), d({ groupingsDown: [{ field: 'closeDate', dateGranularity: 'MONTH' }] })],
    records: [
      d({ filters: [{ field: 'closeDate', operator: 'equals', value: 'LAST_N_DAYS:400' }] }),
      d({ groupingsDown: [{ field: 'closeDate', dateGranularity: 'DAY' }] }),
      d({ aggregates: [{ function: 'MIN', field: 'amount' }] }),
      d({ filters: [{ field: 'amount', operator: 'greaterThan', value: '0' }] }),
      d({ groupingsDown: [{ field: 'type' }] }),
    ],
  };
  const before = await Promise.all([...reads.summary, ...reads.records].map((x) => fromSummary(x, 'admin')));
  // Summary rows that say 1,000 more records each: only the runs the summary answers change.
  await t.ds.query(`UPDATE analytics_opportunity_close_month SET n = n + 1000 WHERE "orgId" = $1`, [acme.org.id]);
  try {
    const after = await Promise.all([...reads.summary, ...reads.records].map((x) => fromSummary(x, 'admin')));
    reads.summary.forEach((_, i) => expect(after[i].totalCount).toBeGreaterThan(before[i].totalCount + 999));
    reads.records.forEach((_, j) => expect(after[reads.summary.length + j]).toEqual(before[reads.summary.length + j]));
    // With detail rows, or with summaries switched off, the records answer.
    expect((await fromRecords(reads.summary[0], 'admin')).totalCount).toBe(before[0].totalCount);
    process.env.ANALYTICS_SUMMARIES = 'off';
    expect((await fromSummary(reads.summary[0], 'admin')).totalCount).toBe(before[0].totalCount);
  } finally {
    delete process.env.ANALYTICS_SUMMARIES;
    await t.ds.query(`UPDATE analytics_opportunity_close_month SET n = n - 1000 WHERE "orgId" = $1`, [acme.org.id]);
  }
});
