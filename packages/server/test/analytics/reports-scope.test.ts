import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { insertRow, rng } from './reports-fixture';

// A report's scope (Show Me owner / team, territory) narrows what the caller sees, as a
// KpiFilter does; every result here is compared with a plain SQL query over hand-listed ids.
let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;
const u = (k: string) => acme.users[k].id;
// Territories (ACTIVE model): West > Bay > SF, and East. Accounts by territory, listed by hand.
const terr: Record<string, string> = {};
const acc: Record<string, string> = {};
let otherWest: string;
const IN_TERRITORY: Record<string, string[]> = { West: ['A1', 'A2', 'A5', 'A6'], Bay: ['A1', 'A5', 'A6'], SF: ['A6'], East: ['A3', 'A5'] };
// The manager hierarchy of createOrg: exec > manager > rep1, rep2; rep3 alone.
const TEAM: Record<string, string[]> = { exec: ['exec', 'manager', 'rep1', 'rep2'], manager: ['manager', 'rep1', 'rep2'], rep1: ['rep1'], rep3: ['rep3'] };
const OWNERS = ['exec', 'manager', 'rep1', 'rep2', 'rep3'];

beforeAll(async () => {
  process.env.CRM_TODAY = '2026-11-18';
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
  const org = acme.org.id;
  const model = await insertRow(t, 'territory_model', { orgId: org, name: 'FY27', state: 'ACTIVE' });
  terr.West = await insertRow(t, 'territory', { orgId: org, name: 'West', modelId: model });
  terr.Bay = await insertRow(t, 'territory', { orgId: org, name: 'Bay', modelId: model, parentId: terr.West });
  terr.SF = await insertRow(t, 'territory', { orgId: org, name: 'SF', modelId: model, parentId: terr.Bay });
  terr.East = await insertRow(t, 'territory', { orgId: org, name: 'East', modelId: model });
  const owners: Record<string, string> = { A1: 'rep1', A2: 'rep2', A3: 'rep3', A4: 'manager', A5: 'rep3', A6: 'exec' };
  for (const [name, owner] of Object.entries(owners)) acc[name] = await insertRow(t, 'account', { orgId: org, ownerId: u(owner), name });
  // A5 is in Bay and in East.
  for (const [a, tn] of [['A1', 'Bay'], ['A2', 'West'], ['A3', 'East'], ['A5', 'Bay'], ['A5', 'East'], ['A6', 'SF']]) {
    await insertRow(t, 'object_territory_association', { orgId: org, accountId: acc[a], territoryId: terr[tn] });
  }
  // rep3 is assigned to East, so reads A3 and A5 (accounts only).
  await insertRow(t, 'user_territory_association', { orgId: org, userId: u('rep3'), territoryId: terr.East });
  const om = await insertRow(t, 'territory_model', { orgId: other.org.id, name: 'FY27', state: 'ACTIVE' });
  otherWest = await insertRow(t, 'territory', { orgId: other.org.id, name: 'West', modelId: om });
  await insertRow(t, 'object_territory_association', { orgId: other.org.id, accountId: acc.A1, territoryId: otherWest });

  const r = rng(1795700001);
  const accounts = [...Object.keys(acc), null];
  const pickAcc = () => { const a = r.pick(accounts); return a && acc[a]; };
  const stages: Array<[string, number, string, boolean, boolean]> = [['Prospecting', 10, 'Pipeline', false, false], ['Closed Won', 100, 'Closed', true, true], ['Closed Lost', 0, 'Omitted', true, false]];
  const opps = Array.from({ length: 400 }, (_, i) => {
    const [stageName, probability, forecastCategoryName, isClosed, isWon] = r.pick(stages);
    const closeDate = new Date(Date.UTC(2025, 10, 1) + r.int(390) * 86_400_000).toISOString().slice(0, 10);
    return { orgId: org, ownerId: u(r.pick(OWNERS)), accountId: pickAcc(), name: `O${i}`, stageName, probability, forecastCategoryName, isClosed, isWon, closeDate, amount: r.int(1000) };
  });
  await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", amount, "closeDate", probability, "forecastCategoryName", "isClosed", "isWon")
    SELECT "orgId", "ownerId", "accountId", name, "stageName", amount, "closeDate", probability, "forecastCategoryName", "isClosed", "isWon" FROM json_populate_recordset(NULL::opportunity, $1::json)`, [JSON.stringify(opps)]);
  const day = () => `2026-11-${String(1 + r.int(28)).padStart(2, '0')}`;
  for (let i = 0; i < 60; i++) {
    const [ownerId, accountId, d] = [u(r.pick(OWNERS)), pickAcc(), day()];
    await insertRow(t, 'task', { orgId: org, ownerId, accountId, subject: `T${i}`, status: 'Completed', isClosed: true, taskSubtype: 'Call', activityDate: d });
    const [eo, ea, ed] = [u(r.pick(OWNERS)), pickAcc(), day()];
    if (i % 3) await insertRow(t, 'event', { orgId: org, ownerId: eo, accountId: ea, subject: `E${i}`, activityDate: ed, durationInMinutes: 30, startDateTime: `${ed}T10:00:00Z` });
  }
  for (let i = 0; i < 30; i++) {
    const a = pickAcc();
    await insertRow(t, 'contact', { orgId: org, ownerId: u(r.pick(OWNERS)), lastName: `C${i}`, name: `C${i}`, accountId: a });
    await insertRow(t, 'case', { orgId: org, ownerId: u(r.pick(OWNERS)), caseNumber: `${10000 + i}`, status: 'New', origin: 'Email', priority: 'Low', accountId: pickAcc() });
    const conv = pickAcc();
    await insertRow(t, 'lead', { orgId: org, ownerId: u(r.pick(OWNERS)), lastName: `L${i}`, name: `L${i}`, company: 'X', status: 'Open - Not Contacted', isConverted: !!conv, convertedDate: conv ? '2026-11-01' : null, convertedAccountId: conv });
  }
});
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

type Scope = { ownerId?: string; team?: boolean; territoryId?: string };
const RUN = `query($d: ReportDefinitionInput!, $s: ReportScopeInput) { runReport(definition: $d, scope: $s) { totalCount groupsDown { key count } } }`;
const run = (who: string, d: object, s?: Scope) => t.gql(RUN, { d: { columns: ['id'], rowLimit: 0, ...d }, s }, acme.tokens[who]);
const groups = (res: any) => Object.fromEntries(ok<any>(res).runReport.groupsDown.map((g: any) => [g.key, g.count]));

/** What a caller reads of a table (visibility), by hand: admins all, others their team's owners (rep3: East's accounts too). */
const ids = (keys: string[], m: (k: string) => string) => `ARRAY[${keys.map((k) => `'${m(k)}'`).join(', ') || 'NULL'}]::uuid[]`;
function plainWhere(who: string, a: string, s: Scope, cols: { owner: string; account?: string }, accountsRead = false): string {
  const where = [`${a}."orgId" = '${acme.org.id}'`];
  if (who !== 'admin') where.push(`(${cols.owner} = ANY(${ids(TEAM[who], u)})${accountsRead && who === 'rep3' ? ` OR ${a}.id = ANY(${ids(IN_TERRITORY.East, (k) => acc[k])})` : ''})`);
  const owner = s.ownerId ?? (s.team ? acme.users[who].id : null);
  if (owner) {
    const key = Object.keys(acme.users).find((k) => acme.users[k].id === owner)!;
    where.push(`${cols.owner} = ANY(${ids(s.team ? TEAM[key] : [key], u)})`);
  }
  if (s.territoryId) {
    const name = Object.keys(terr).find((k) => terr[k] === s.territoryId);
    where.push(`${cols.account} = ANY(${ids(name ? IN_TERRITORY[name] : [], (k) => acc[k])})`);
  }
  return where.join(' AND ');
}
const plainGroups = async (sql: string) => Object.fromEntries((await t.ds.query(sql)).map((x: any) => [x.k, x.n]));

const SCOPES: Array<[string, string, () => Scope]> = [
  ['admin', 'a manager\'s team', () => ({ ownerId: u('manager'), team: true })],
  ['admin', 'an executive\'s team (two levels)', () => ({ ownerId: u('exec'), team: true })],
  ['admin', 'one rep', () => ({ ownerId: u('rep1') })],
  ['manager', 'my team (no ownerId)', () => ({ team: true })],
  ['manager', 'a rep of the team', () => ({ ownerId: u('rep2') })],
  ['rep1', 'another rep: nothing (it narrows, never widens)', () => ({ ownerId: u('rep2') })],
  ['admin', 'West, with its child and grandchild', () => ({ territoryId: terr.West })],
  ['admin', 'Bay (a child territory)', () => ({ territoryId: terr.Bay })],
  ['manager', 'team and Bay', () => ({ team: true, territoryId: terr.Bay })],
  ['rep3', 'East', () => ({ territoryId: terr.East })],
  ['admin', 'another organisation\'s territory: nothing', () => ({ territoryId: otherWest })],
];

describe.each(SCOPES)('as %s, %s', (who, _name, scopeOf) => {
  test('opportunities (records and the monthly summary) equal plain SQL', async () => {
    const s = scopeOf();
    const where = plainWhere(who, 'o', s, { owner: 'o."ownerId"', account: 'o."accountId"' });
    const want = await plainGroups(`SELECT "stageName" AS k, count(*)::int AS n FROM opportunity o WHERE ${where} GROUP BY 1`);
    expect(groups(await run(who, { reportType: 'opportunities', groupingsDown: [{ field: 'stageName' }] }, s))).toEqual(want);
    // Whole months of close dates: the summary answers an owner or team scope, the records a territory one.
    const year = await plainGroups(`SELECT "stageName" AS k, count(*)::int AS n FROM opportunity o WHERE ${where} AND "closeDate" >= '2026-01-01' AND "closeDate" < '2027-01-01' GROUP BY 1`);
    expect(groups(await run(who, { reportType: 'opportunities', groupingsDown: [{ field: 'stageName' }], filters: [{ field: 'closeDate', operator: 'equals', value: 'THIS_YEAR' }] }, s))).toEqual(year);
  });

  test('activities: the task and the event branches both narrow', async () => {
    const s = scopeOf();
    const part = (table: string, kind: string) => `SELECT '${kind}' AS k, count(*)::int AS n FROM ${table} x WHERE ${plainWhere(who, 'x', s, { owner: 'x."ownerId"', account: 'x."accountId"' })} HAVING count(*) > 0`;
    const want = await plainGroups(`${part('task', 'Task')} UNION ALL ${part('event', 'Event')}`);
    expect(groups(await run(who, { reportType: 'activities', groupingsDown: [{ field: 'activityType' }] }, s))).toEqual(want);
  });

  test('accounts (the account itself), contacts, cases and leads (converted account)', async () => {
    const s = scopeOf();
    const count = async (type: string) => ok(await run(who, { reportType: type }, s)).runReport.totalCount;
    const plain = async (from: string, a: string, account: string, accountsRead = false) =>
      (await t.ds.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${plainWhere(who, a, s, { owner: `${a}."ownerId"`, account }, accountsRead)}`))[0].n;
    // One row per account and territory association.
    expect(await count('accountsWithTerritories')).toBe(await plain('account a LEFT JOIN object_territory_association ota ON ota."accountId" = a.id AND ota."orgId" = a."orgId"', 'a', 'a.id', true));
    expect(await count('contacts')).toBe(await plain('contact c', 'c', 'c."accountId"'));
    expect(await count('cases')).toBe(await plain('"case" cs', 'cs', 'cs."accountId"'));
    expect(await count('leads')).toBe(await plain('lead l', 'l', 'l."convertedAccountId"'));
  });
});

test('the fixture has records in every scope the tests compare', async () => {
  const n = async (s: Scope) => ok(await run('admin', { reportType: 'opportunities' }, s)).runReport.totalCount;
  const all = await n({});
  for (const s of [{ ownerId: u('manager'), team: true }, { ownerId: u('rep1') }, { territoryId: terr.West }, { territoryId: terr.SF }]) {
    expect(await n(s)).toBeGreaterThan(0);
    expect(await n(s)).toBeLessThan(all);
  }
  expect(await n({ territoryId: terr.West })).toBeGreaterThan(await n({ territoryId: terr.Bay }));
});

test('an owner or team scope reads the monthly summary, a territory scope the records', async () => {
  const d = { reportType: 'opportunities', filters: [{ field: 'closeDate', operator: 'equals', value: 'THIS_YEAR' }] };
  const scopes = [{ ownerId: u('manager'), team: true }, { ownerId: u('rep1') }, { territoryId: terr.West }];
  const total = async (s: Scope) => ok(await run('admin', d, s)).runReport.totalCount;
  const before = await Promise.all(scopes.map(total));
  await t.ds.query(`UPDATE analytics_opportunity_close_month SET n = n + 1000 WHERE "orgId" = $1`, [acme.org.id]);
  try {
    const after = await Promise.all(scopes.map(total));
    expect(after[0]).toBeGreaterThan(before[0] + 999);
    expect(after[1]).toBeGreaterThan(before[1] + 999);
    expect(after[2]).toBe(before[2]);
  } finally {
    await t.ds.query(`UPDATE analytics_opportunity_close_month SET n = n - 1000 WHERE "orgId" = $1`, [acme.org.id]);
  }
});

test('campaigns scope by the campaign owner, saved reports by their creator; no other dimension', async () => {
  const org = acme.org.id;
  const c1 = await insertRow(t, 'campaign', { orgId: org, ownerId: u('marketing'), name: 'Mine', type: 'Webinar' });
  const c2 = await insertRow(t, 'campaign', { orgId: org, ownerId: u('rep1'), name: 'Rep', type: 'Webinar' });
  const contacts = await t.ds.query(`SELECT id FROM contact WHERE "orgId" = $1 ORDER BY name LIMIT 2`, [org]);
  for (const [c, ct] of [[c1, contacts[0]], [c1, contacts[1]], [c2, contacts[0]]]) await insertRow(t, 'campaign_member', { orgId: org, campaignId: c, contactId: ct.id, status: 'Sent' });
  const members = async (s: Scope) => ok(await run('admin', { reportType: 'campaignsWithMembers' }, s)).runReport.totalCount;
  expect(await members({})).toBe(3);
  expect(await members({ ownerId: u('marketing') })).toBe(2);
  expect(await members({ ownerId: u('manager'), team: true })).toBe(1);
  const err = async (who: string, d: object, s: Scope) => (await run(who, d, s)).errors?.[0]?.extensions;
  expect(await err('admin', { reportType: 'campaignsWithMembers' }, { territoryId: terr.West })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.territoryId' });
  expect(await err('admin', { reportType: 'reports' }, { territoryId: terr.West })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.territoryId' });

  const save = async (who: string, name: string) => ok(await t.gql(`mutation($i: CreateReportInput!) { createReport(input: $i) { id } }`, { i: { name, definition: { reportType: 'opportunities', columns: ['name'] } } }, acme.tokens[who])).createReport.id;
  await save('admin', 'By admin');
  await save('admin', 'By admin 2');
  await save('rep1', 'By rep1');
  const reports = async (s: Scope) => ok(await run('admin', { reportType: 'reports' }, s)).runReport.totalCount;
  expect(await reports({ ownerId: u('admin') })).toBe(2);
  expect(await reports({ ownerId: u('manager'), team: true })).toBe(1);
});

test('bad scopes: ids are checked and named', async () => {
  const err = async (s: object) => (await t.gql(RUN, { d: { reportType: 'opportunities', columns: ['id'] }, s }, acme.tokens.admin)).errors?.[0]?.extensions;
  expect(await err({ ownerId: 'nobody' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.ownerId' });
  expect(await err({ territoryId: "1'; DROP TABLE opportunity; --" })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.territoryId' });
  expect(await err({ team: 'yes' })).toMatchObject({ code: 'BAD_USER_INPUT' });
  // An empty scope narrows nothing.
  const all = ok(await run('admin', { reportType: 'opportunities' })).runReport.totalCount;
  expect(ok(await run('admin', { reportType: 'opportunities' }, {})).runReport.totalCount).toBe(all);
  expect(ok(await run('admin', { reportType: 'opportunities' }, { team: false })).runReport.totalCount).toBe(all);
});

test('saved reports and the CSV export take the scope too; a refused scope counts no run', async () => {
  const id = ok(await t.gql(`mutation($i: CreateReportInput!) { createReport(input: $i) { id } }`, { i: { name: 'All opps', definition: { reportType: 'opportunities', columns: ['name'] } } }, acme.tokens.admin)).createReport.id;
  const team = { ownerId: u('manager'), team: true };
  const [{ n: want }] = await t.ds.query(`SELECT count(*)::int AS n FROM opportunity WHERE "orgId" = $1 AND "ownerId" = ANY($2::uuid[])`, [acme.org.id, TEAM.manager.map(u)]);
  const result = ok(await t.gql(`query($id: ID!, $s: ReportScopeInput) { savedReportResult(id: $id, scope: $s, rowLimit: 0) { totalCount } }`, { id, s: team }, acme.tokens.admin));
  expect(result.savedReportResult.totalCount).toBe(want);
  const RUN_SAVED = `mutation($id: ID!, $s: ReportScopeInput) { runSavedReport(id: $id, scope: $s, rowLimit: 0) { totalCount } }`;
  expect(ok(await t.gql(RUN_SAVED, { id, s: team }, acme.tokens.admin)).runSavedReport.totalCount).toBe(want);
  expect((await t.gql(RUN_SAVED, { id, s: { territoryId: 'x' } }, acme.tokens.admin)).errors?.[0]?.extensions).toMatchObject({ field: 'scope.territoryId' });
  expect((await t.ds.query(`SELECT "runCount" FROM report WHERE id = $1`, [id]))[0].runCount).toBe(1);
  const csv = ok(await t.gql(`query($id: ID, $s: ReportScopeInput) { exportReportCsv(reportId: $id, scope: $s) { rowCount } }`, { id, s: team }, acme.tokens.admin));
  expect(csv.exportReportCsv.rowCount).toBe(want);
});
