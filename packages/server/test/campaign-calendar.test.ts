import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let globex: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  globex = await createOrg(t, 'Globex');
  const mk = (org: OrgFixture, name: string, startDate: string | null, endDate: string | null, type = 'Email') =>
    t.ds.query(`INSERT INTO campaign ("orgId", "ownerId", name, type, "startDate", "endDate") VALUES ($1, $2, $3, $4, $5, $6)`, [
      org.org.id, org.users.marketing.id, name, type, startDate, endDate,
    ]);
  // Around March 2026.
  await mk(acme, 'Ended in February', '2026-01-10', '2026-02-28');
  await mk(acme, 'Into March', '2026-02-20', '2026-03-02', 'Webinar');
  await mk(acme, 'Mid March', '2026-03-10', '2026-03-12');
  await mk(acme, 'Spans the quarter', '2026-01-01', '2026-06-30', 'Webinar');
  await mk(acme, 'Out of March', '2026-03-31', '2026-04-15');
  await mk(acme, 'April', '2026-04-01', '2026-04-30');
  await mk(acme, 'Open-ended before', '2026-02-01', null);
  await mk(acme, 'Open-ended on the 15th', '2026-03-15', null);
  await mk(acme, 'Undated', null, null);
  await mk(acme, 'Ends first day', '2026-02-01', '2026-03-01');
  await mk(globex, 'Other org', '2026-03-10', '2026-03-12');
});
afterAll(() => t?.stop());

const Q = `query($s: Date!, $e: Date!, $f: CampaignFilter) { campaignCalendar(start: $s, end: $e, filter: $f) { name startDate endDate } }`;
const names = async (s: string, e: string, f?: Record<string, unknown>, who = 'rep1') =>
  ok(await t.gql(Q, { s, e, f }, acme.tokens[who])).campaignCalendar.map((c: { name: string }) => c.name);

test('month, week and day views: campaigns overlapping the range, by start date', async () => {
  expect(await names('2026-03-01', '2026-03-31')).toEqual([
    'Spans the quarter', 'Ends first day', 'Into March', 'Mid March', 'Open-ended on the 15th', 'Out of March',
  ]);
  expect(await names('2026-03-09', '2026-03-15')).toEqual(['Spans the quarter', 'Mid March', 'Open-ended on the 15th']);
  expect(await names('2026-03-15', '2026-03-15')).toEqual(['Spans the quarter', 'Open-ended on the 15th']);
  expect(await names('2026-03-01', '2026-03-01')).toEqual(['Spans the quarter', 'Ends first day', 'Into March']);
  expect(await names('2026-03-01', '2026-03-31', { type: { eq: 'Webinar' } })).toEqual(['Spans the quarter', 'Into March']);
  expect(await names('2026-03-01', '2026-03-31', { _or: [{ name: { startsWith: 'Mid' } }, { name: { startsWith: 'Out' } }] })).toEqual(['Mid March', 'Out of March']);
  expect(await names('2030-01-01', '2030-01-31')).toEqual([]);
  expect(ok(await t.gql(Q, { s: '2026-03-10', e: '2026-03-10' }, acme.tokens.rep1)).campaignCalendar).toContainEqual({ name: 'Mid March', startDate: '2026-03-10', endDate: '2026-03-12' });
  // Another organisation's calendar holds only its own campaigns.
  expect(ok(await t.gql(Q, { s: '2026-03-01', e: '2026-03-31' }, globex.tokens.rep1)).campaignCalendar.map((c: any) => c.name)).toEqual(['Other org']);
});

test('bad ranges are refused: end before start, more than 400 days, malformed dates and filters', async () => {
  const err = async (s: string, e: string, f?: Record<string, unknown>) => (await t.gql(Q, { s, e, f }, acme.tokens.rep1)).errors?.[0]?.extensions;
  expect(await err('2026-03-31', '2026-03-01')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'end' });
  expect(await err('2026-01-01', '2027-02-05')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'end' }); // 401 days
  expect(await names('2026-01-01', '2027-02-04')).toHaveLength(9); // 400 days: every dated campaign
  expect(await err('2026-02-30', '2026-03-01')).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(await err('2026-03-01', '2026-03-31', { ownerId: { eq: 'nobody' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ownerId.eq' });
});

test('at most 500 campaigns, the earliest first', async () => {
  await t.ds.query(
    `INSERT INTO campaign ("orgId", "ownerId", name, "startDate", "endDate")
     SELECT $1, $2, 'Bulk ' || lpad(g::text, 3, '0'), DATE '2028-01-01' + (g % 28), DATE '2028-01-01' + (g % 28) FROM generate_series(1, 520) g`,
    [acme.org.id, acme.users.marketing.id],
  );
  const rows = ok(await t.gql(Q, { s: '2028-01-01', e: '2028-01-31' }, acme.tokens.rep1)).campaignCalendar;
  expect(rows).toHaveLength(500);
  const starts = rows.map((r: any) => r.startDate);
  expect([...starts].sort()).toEqual(starts);
  // The 20 left out are the latest: all 18 on January 28 and 2 of the 18 on January 27.
  expect(rows.filter((r: any) => r.startDate === '2028-01-28')).toHaveLength(0);
  expect(rows.filter((r: any) => r.startDate === '2028-01-27')).toHaveLength(16);
});
