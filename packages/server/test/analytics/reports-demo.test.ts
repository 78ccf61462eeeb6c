import { seedDemo } from '../../src/seed/seed';
import { ok, startTestServer, type TestServer } from '../harness';

let t: TestServer;
let token: string;

beforeAll(async () => {
  t = await startTestServer();
  await seedDemo(t.ds);
  const r = await t.gql(`mutation { login(email: "admin@demo.example", password: "demo1234") { token } }`);
  token = ok(r).login.token;
}, 240_000);
afterAll(() => t?.stop());

const RUN = `mutation($id: ID!) { runSavedReport(id: $id) { format totalCount groupsDown { key count aggregates children { key count } } groupsAcross { key count } grandTotal { key value } } }`;

test('the demo org ships the Competitive Insights reports, filtered to a competitor (and lost reason), and they run', async () => {
  const folders = ok(await t.gql(`{ reportFolders { id name accessType } }`, {}, token)).reportFolders;
  const ci = folders.find((f: any) => f.name === 'Competitive Insights');
  expect(ci.accessType).toBe('PUBLIC');
  const reports = ok(await t.gql(`query($f: ID) { reports(folderId: $f) { nodes { id name format runCount } } }`, { f: ci.id }, token)).reports.nodes;
  expect(reports.map((r: any) => r.name)).toEqual(['Lost Reasons by Competitor', 'Win Rate by Competitor', 'Wins and Losses by Competitor']);
  const byName = Object.fromEntries(reports.map((r: any) => [r.name, r]));
  const [{ orgId }] = await t.ds.query(`SELECT "orgId" FROM report WHERE id = $1`, [byName['Win Rate by Competitor'].id]);
  const plain = async (where: string) => Number((await t.ds.query(`SELECT count(*) AS n FROM opportunity WHERE "orgId" = $1 AND ${where}`, [orgId]))[0].n);

  const lost = ok(await t.gql(RUN, { id: byName['Lost Reasons by Competitor'].id }, token)).runSavedReport;
  expect(lost.totalCount).toBe(await plain(`"stageName" = 'Closed Lost' AND coalesce(competitor, '') <> '' AND coalesce("lostReason", '') <> ''`));
  expect(lost.totalCount).toBeGreaterThan(0);
  expect(lost.groupsDown.every((g: any) => g.key != null && g.children.every((c: any) => c.key != null))).toBe(true);

  const wl = ok(await t.gql(RUN, { id: byName['Wins and Losses by Competitor'].id }, token)).runSavedReport;
  expect(wl.format).toBe('MATRIX');
  expect(wl.groupsAcross.map((g: any) => g.key)).toEqual(['false', 'true']);
  expect(wl.totalCount).toBe(await plain(`"isClosed" AND coalesce(competitor, '') <> ''`));

  const rate = ok(await t.gql(RUN, { id: byName['Win Rate by Competitor'].id }, token)).runSavedReport;
  for (const g of rate.groupsDown) {
    const won = await plain(`"isClosed" AND "isWon" AND competitor = '${g.key.replace(/'/g, "''")}'`);
    expect(g.aggregates[0]).toBeCloseTo((100 * won) / g.count, 6);
  }
  const again = ok(await t.gql(`query($id: ID!) { report(id: $id) { runCount lastRunDate } }`, { id: byName['Win Rate by Competitor'].id }, token)).report;
  expect(again.runCount).toBe(1);

  // Every other demo report runs too.
  const all = ok(await t.gql(`{ reports(first: 100) { nodes { id name } } }`, {}, token)).reports.nodes;
  for (const r of all) ok(await t.gql(RUN, { id: r.id }, token));
}, 120_000);
