import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { insertOpp } from './reports-fixture';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  process.env.CRM_TODAY = '2026-11-18';
  t = await startTestServer();
  acme = await createOrg(t);
  await insertOpp(t, acme, { name: 'Alpha', owner: 'rep1', stageName: 'Closed Won', amount: 100, closeDate: '2026-11-02', competitor: 'HubSpot' });
  await insertOpp(t, acme, { name: '=HYPERLINK("http://x")', owner: 'rep1', stageName: 'Closed Lost', amount: 200, closeDate: '2026-11-03', competitor: 'HubSpot', lostReason: 'Price' });
  await insertOpp(t, acme, { name: 'Beta, "quoted"', owner: 'rep2', stageName: 'Closed Lost', amount: 300, closeDate: '2026-11-04', competitor: 'Salesforce', lostReason: 'Price' });
});
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const DEF = {
  reportType: 'opportunities', columns: ['name', 'amount', 'competitor'],
  filters: [{ field: 'competitor', operator: 'notEqual' }], groupingsDown: [{ field: 'competitor' }],
  aggregates: [{ function: 'SUM', field: 'amount' }], chart: { type: 'BAR' },
};
const createFolder = (input: object, token: string) => t.gql(`mutation($i: ReportFolderInput!) { createReportFolder(input: $i) { id name accessType owner { id } } }`, { i: input }, token);
const createReport = (input: object, token: string) => t.gql(`mutation($i: CreateReportInput!) { createReport(input: $i) { id name format reportType runCount lastRunDate version folder { id name } owner { id }
  definition { reportType columns filters { field operator value } groupingsDown { field } aggregates { function field } chart { type } } definitionJson } }`, { i: input }, token);
const getReport = (id: string, token: string) => t.gql(`query($id: ID!) { report(id: $id) { id name runCount lastRunDate } }`, { id }, token);
const share = (folderId: string, userId: string, accessLevel: string, token: string) =>
  t.gql(`mutation($f: ID!, $u: ID!, $l: ReportFolderAccessLevel!) { shareReportFolder(folderId: $f, userId: $u, accessLevel: $l) { id accessType shares { accessLevel user { id } } } }`, { f: folderId, u: userId, l: accessLevel }, token);
const runSaved = (id: string, token: string, filters?: object[]) =>
  t.gql(`mutation($id: ID!, $f: [ReportFilterInput!]) { runSavedReport(id: $id, filters: $f) { totalCount groupsDown { key aggregates } grandTotal { key value } } }`, { id, f: filters }, token);
const listNames = async (token: string, folderId?: string) =>
  ok(await t.gql(`query($f: ID) { reports(folderId: $f, first: 100) { totalCount nodes { name } } }`, { f: folderId }, token)).reports.nodes.map((n: any) => n.name).sort();

test('folders and shares decide who sees and edits saved reports', async () => {
  const priv = ok(await createFolder({ name: 'Rep1 Private' }, acme.tokens.rep1)).createReportFolder;
  expect(priv.accessType).toBe('PRIVATE');
  const r = ok(await createReport({ name: 'My Wins', folderId: priv.id, definition: DEF }, acme.tokens.rep1)).createReport;
  expect(r).toMatchObject({ format: 'SUMMARY', reportType: 'opportunities', runCount: 0, lastRunDate: null, folder: { name: 'Rep1 Private' }, owner: { id: acme.users.rep1.id } });
  expect(r.definition).toMatchObject({ columns: ['name', 'amount', 'competitor'], groupingsDown: [{ field: 'competitor' }], chart: { type: 'BAR' } });
  expect(JSON.parse(r.definitionJson).reportType).toBe('opportunities');

  expect(errorOf(await getReport(r.id, acme.tokens.rep2))?.code).toBe('NOT_FOUND');
  expect(await listNames(acme.tokens.rep2)).not.toContain('My Wins');
  expect(await listNames(acme.tokens.admin)).toContain('My Wins');

  // Shared to view: rep2 reads and runs, but does not change it.
  expect(ok(await share(priv.id, acme.users.rep2.id, 'VIEW', acme.tokens.rep1)).shareReportFolder).toMatchObject({ accessType: 'SHARED', shares: [{ accessLevel: 'VIEW', user: { id: acme.users.rep2.id } }] });
  expect(ok(await getReport(r.id, acme.tokens.rep2)).report.name).toBe('My Wins');
  const upd = (token: string) => t.gql(`mutation($id: ID!) { updateReport(id: $id, input: { name: "Renamed" }) { name version } }`, { id: r.id }, token);
  expect(errorOf(await upd(acme.tokens.rep2))?.code).toBe('FORBIDDEN');
  expect(errorOf(await share(priv.id, acme.users.rep3.id, 'VIEW', acme.tokens.rep2))?.code).toBe('FORBIDDEN');
  ok(await share(priv.id, acme.users.rep2.id, 'EDIT', acme.tokens.rep1));
  expect(ok(await upd(acme.tokens.rep2)).updateReport).toEqual({ name: 'Renamed', version: 2 });
  ok(await share(priv.id, acme.users.rep2.id, 'NONE', acme.tokens.rep1));
  expect(errorOf(await getReport(r.id, acme.tokens.rep2))?.code).toBe('NOT_FOUND');
  expect(await listNames(acme.tokens.rep3)).toEqual([]);

  // A public folder: everyone reads; only its owner (or an EDIT share, or an admin) saves into it.
  const pub = ok(await createFolder({ name: 'Team Reports', accessType: 'PUBLIC' }, acme.tokens.admin)).createReportFolder;
  ok(await createReport({ name: 'Team Pipeline', folderId: pub.id, definition: DEF }, acme.tokens.admin));
  expect(await listNames(acme.tokens.rep3, pub.id)).toEqual(['Team Pipeline']);
  expect(errorOf(await createReport({ name: 'Sneaky', folderId: pub.id, definition: DEF }, acme.tokens.rep3))?.code).toBe('FORBIDDEN');
  expect(ok(await t.gql(`{ reportFolders { name } }`, {}, acme.tokens.rep3)).reportFolders.map((f: any) => f.name)).toEqual(['Team Reports']);
  // A folder with reports is not deleted; an empty one is.
  expect(errorOf(await t.gql(`mutation($id: ID!) { deleteReportFolder(id: $id) }`, { id: pub.id }, acme.tokens.admin))?.code).toBe('CONFLICT');
  const empty = ok(await createFolder({ name: 'Empty' }, acme.tokens.rep3)).createReportFolder;
  expect(ok(await t.gql(`mutation($id: ID!) { deleteReportFolder(id: $id) }`, { id: empty.id }, acme.tokens.rep3)).deleteReportFolder).toBe(true);
});

test('runSavedReport counts runs and lastRunDate in the same transaction; ad hoc runs and refused filters count nothing', async () => {
  const r = ok(await createReport({ name: 'Counted', definition: DEF }, acme.tokens.manager)).createReport;
  const first = ok(await runSaved(r.id, acme.tokens.manager)).runSavedReport;
  // The manager sees rep1's and rep2's deals: 100 + 200 + 300.
  expect(first.grandTotal).toEqual([{ key: 'SUM:amount', value: 600 }]);
  expect(ok(await getReport(r.id, acme.tokens.manager)).report.runCount).toBe(1);
  const filtered = ok(await runSaved(r.id, acme.tokens.manager, [{ field: 'competitor', operator: 'equals', value: 'salesforce' }])).runSavedReport;
  expect(filtered.groupsDown).toEqual([{ key: 'Salesforce', aggregates: [300] }]);
  const bad = await runSaved(r.id, acme.tokens.manager, [{ field: 'nope', operator: 'equals', value: 'x' }]);
  expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.field' });
  ok(await t.gql(`query($d: ReportDefinitionInput!) { runReport(definition: $d) { totalCount } }`, { d: DEF }, acme.tokens.manager));
  // A dashboard component's read of the saved report: the same numbers, no run counted.
  const shown = ok(await t.gql(`query($id: ID!) { savedReportResult(id: $id) { grandTotal { key value } } }`, { id: r.id }, acme.tokens.manager)).savedReportResult;
  expect(shown.grandTotal).toEqual(first.grandTotal);
  expect(errorOf(await t.gql(`query($id: ID!) { savedReportResult(id: $id) { totalCount } }`, { id: r.id }, acme.tokens.rep3))?.code).toBe('NOT_FOUND');
  const after = ok(await getReport(r.id, acme.tokens.manager)).report;
  expect(after.runCount).toBe(2);
  expect(Date.now() - Date.parse(after.lastRunDate)).toBeLessThan(60_000);
  // Someone who cannot see the report cannot run (or count) it.
  expect(errorOf(await runSaved(r.id, acme.tokens.rep3))?.code).toBe('NOT_FOUND');
});

test('the "reports" report type shows which reports are used; rows follow report visibility', async () => {
  const other = await createOrg(t, 'Usage');
  const folder = ok(await createFolder({ name: 'Shared Usage', accessType: 'PUBLIC' }, other.tokens.admin)).createReportFolder;
  const a = ok(await createReport({ name: 'Used', folderId: folder.id, definition: DEF }, other.tokens.admin)).createReport;
  ok(await createReport({ name: 'Unused', folderId: folder.id, definition: DEF }, other.tokens.admin));
  const mine = ok(await createReport({ name: 'Private One', definition: DEF }, other.tokens.rep1)).createReport;
  for (let i = 0; i < 3; i++) ok(await runSaved(a.id, other.tokens.rep2));
  ok(await runSaved(mine.id, other.tokens.rep1));
  const usage = (token: string) => t.gql(`query($d: ReportDefinitionInput!) { runReport(definition: $d) { rows { values } groupsDown { key count aggregates } grandTotal { key value } } }`, {
    d: { reportType: 'reports', columns: ['name', 'runCount', 'folderName'], groupingsDown: [{ field: 'folderName' }], aggregates: [{ function: 'SUM', field: 'runCount' }, { function: 'MAX', field: 'runCount' }] },
  }, token);
  const admin = ok(await usage(other.tokens.admin)).runReport;
  expect(admin.groupsDown).toEqual([{ key: 'Shared Usage', count: 2, aggregates: [3, 3] }, { key: null, count: 1, aggregates: [1, 1] }]);
  expect(admin.rows.map((r: any) => r.values)).toEqual([['Unused', '0', 'Shared Usage'], ['Used', '3', 'Shared Usage'], ['Private One', '1', null]]);
  const rep2 = ok(await usage(other.tokens.rep2)).runReport;
  expect(rep2.grandTotal).toEqual([{ key: 'SUM:runCount', value: 3 }, { key: 'MAX:runCount', value: 3 }]);
});

test('CSV export: BOM, labels, RFC 4180 quoting, formula-safe text; saved or ad hoc', async () => {
  const r = ok(await createReport({ name: 'Export Me', definition: { ...DEF, columns: ['name', 'amount', 'closeDate'] } }, acme.tokens.rep1)).createReport;
  const csv = ok(await t.gql(`query($id: ID) { exportReportCsv(reportId: $id) { csv rowCount truncated fileName } }`, { id: r.id }, acme.tokens.rep1)).exportReportCsv;
  expect(csv).toMatchObject({ rowCount: 2, truncated: false, fileName: 'Export-Me.csv' });
  expect(csv.csv.startsWith('\uFEFFOpportunity Name,Amount,Close Date\r\n')).toBe(true);
  expect(csv.csv.endsWith('\r\n')).toBe(true);
  expect(csv.csv.slice(1).split('\r\n').slice(1, -1).sort()).toEqual(['"\'=HYPERLINK(""http://x"")",200,2026-11-03', 'Alpha,100,2026-11-02']);
  const adhoc = ok(await t.gql(`query($d: ReportDefinitionInput) { exportReportCsv(definition: $d) { csv rowCount } }`, { d: { reportType: 'opportunities', columns: ['name'], filters: [{ field: 'name', operator: 'startsWith', value: 'beta' }] } }, acme.tokens.manager)).exportReportCsv;
  expect(adhoc.csv).toBe('\uFEFFOpportunity Name\r\n"Beta, ""quoted"""\r\n');
  expect(ok(await getReport(r.id, acme.tokens.rep1)).report.runCount).toBe(0);
});

test('injection attempts in every string input are refused or match nothing', async () => {
  const run = (d: object, token = acme.tokens.rep1) => t.gql(`query($d: ReportDefinitionInput!) { runReport(definition: $d) { totalCount rows { values } } }`, { d: { reportType: 'opportunities', columns: ['name'], ...d } }, token);
  for (const evil of [`name" FROM opportunity --`, `o.name`, `amount); DROP TABLE report; --`, `__proto__`, `constructor`]) {
    expect(errorOf(await run({ columns: [evil] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns.0' });
    expect(errorOf(await run({ filters: [{ field: evil, operator: 'equals', value: 'x' }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.field' });
    expect(errorOf(await run({ groupingsDown: [{ field: evil }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupingsDown.0.field' });
    expect(errorOf(await run({ aggregates: [{ function: 'SUM', field: evil }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aggregates.0.field' });
  }
  // Values are parameters: a rep still sees only own rows.
  for (const v of [`' OR '1'='1`, `x' OR 1=1 --`, `%' OR ownerId IS NOT NULL --`, `:__orgId`, `:rf1`]) {
    expect(ok(await run({ filters: [{ field: 'name', operator: 'equals', value: v }] })).runReport.totalCount).toBe(0);
    expect(ok(await run({ filters: [{ field: 'name', operator: 'notEqual', value: v }] })).runReport.totalCount).toBe(2);
    expect(ok(await run({ filters: [{ field: 'name', operator: 'contains', value: v }] })).runReport.totalCount).toBe(0);
  }
  expect(errorOf(await run({ filters: [{ field: 'closeDate', operator: 'equals', value: `THIS_MONTH' OR 1=1 --` }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.value' });
  expect(errorOf(await run({ filters: [{ field: 'amount', operator: 'greaterThan', value: '0 OR 1=1' }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.0.value' });
  // Operators and report types through variables are enums: anything else is refused before SQL.
  expect((await run({ filters: [{ field: 'name', operator: 'equals OR 1=1', value: 'x' }] })).data).toBeUndefined();
  expect((await t.gql(`query($d: ReportDefinitionInput!) { runReport(definition: $d) { totalCount } }`, { d: { reportType: 'opportunity; DROP TABLE report', columns: ['name'] } }, acme.tokens.rep1)).data).toBeUndefined();
  // Names of folders and reports are data.
  const evilName = `x'); DELETE FROM report; --`;
  const f = ok(await createFolder({ name: evilName, accessType: 'PUBLIC' }, acme.tokens.rep1)).createReportFolder;
  expect(f.name).toBe(evilName);
  ok(await createReport({ name: evilName, folderId: f.id, definition: DEF }, acme.tokens.rep1));
  expect(Number((await t.ds.query(`SELECT count(*) AS n FROM report`))[0].n)).toBeGreaterThan(1);
  const search = (s: string) => t.gql(`query($s: String) { reports(search: $s) { totalCount } }`, { s }, acme.tokens.rep3);
  expect(ok(await search(`%`)).reports.totalCount).toBe(0);
  expect(ok(await search(`' OR 1=1 --`)).reports.totalCount).toBe(0);
  expect(errorOf(await getReport(`1 OR 1=1`, acme.tokens.rep1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  expect(errorOf(await t.gql(`query($f: ID) { reports(folderId: $f) { totalCount } }`, { f: `' OR 1=1` }, acme.tokens.rep1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'folderId' });
});
