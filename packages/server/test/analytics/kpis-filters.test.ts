import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { handFixture } from './kpis-fixture';

process.env.CRM_TODAY = '2026-06-15';

let t: TestServer;
let acme: OrgFixture;
let fx: Awaited<ReturnType<typeof handFixture>>;
let other: OrgFixture;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  fx = await handFixture(t, acme);
  other = await createOrg(t, 'Other');
  await handFixture(t, other); // the same data in another organisation must never be counted
});
afterAll(() => t?.stop());

const q = (doc: string, f: object, token: string) => t.gql(`query($f: KpiFilter) { ${doc} }`, { f }, token);
const value = async (field: string, f: object = {}, token = acme.tokens.admin) =>
  ok(await q(`salesKpis(filter: $f) { k: ${field} { value count } }`, f, token)).salesKpis.k;
const ids = (conn: any) => conn.nodes.map((n: any) => n.name ?? n.id).sort();

test('filters: period, owner, team, territory, campaign', async () => {
  const u = acme.users;
  expect((await value('opportunitiesWon', { period: 'LAST_YEAR' })).value).toBe(1); // O9 closed 2025-11-15
  expect((await value('opportunitiesWon', { period: '2026-06-01' })).value).toBe(1); // O3 on that day
  expect((await value('opportunitiesOpened', { ownerId: u.rep1.id })).value).toBe(3); // O1 O2 O6
  expect((await value('opportunitiesOpened', { ownerId: u.manager.id, team: true })).value).toBe(6); // rep1 + rep2: O1-O4 O6 O7
  expect((await value('opportunitiesOpened', { team: true }, acme.tokens.manager)).value).toBe(6); // the caller's team
  expect((await value('opportunitiesWon', { territoryId: fx.west })).value).toBe(2); // O1 (Bay, under West) + O3 (West)
  expect((await value('opportunitiesWon', { territoryId: fx.bay })).value).toBe(1); // O1
  expect((await value('opportunitiesWon', { campaignId: fx.c1 })).value).toBe(2); // O1 O3
  expect((await value('leadsCreated', { campaignId: fx.c1 })).value).toBe(2); // L2 L4 are members of C1
  expect((await value('emailsSent', { campaignId: fx.c1 })).value).toBe(1); // T7
  // Grouped by campaign under a campaign filter: only that campaign's point (L4 is also in C2).
  const byCampaign = ok(await q('salesKpis(filter: $f) { leadsCreated(granularity: null, groupBy: CAMPAIGN) { points { group count } } }', { campaignId: fx.c1 }, acme.tokens.admin));
  expect(byCampaign.salesKpis.leadsCreated.points).toEqual([{ group: fx.c1, count: 2 }]);
  // An id of another organisation's territory counts nothing.
  const [otherWest] = await t.ds.query(`SELECT id FROM territory WHERE "orgId" = $1 AND name = 'West'`, [other.org.id]);
  expect((await value('opportunitiesWon', { territoryId: otherWest.id })).value).toBe(0);
});

test('visibility: a rep counts own records, a manager the team, an agent own cases and queues', async () => {
  // Opened in 2026: rep1 O1 O2 O6; manager: + rep2's O3 O4 O7; admin: + rep3's O5.
  expect((await value('opportunitiesOpened', {}, acme.tokens.rep1)).value).toBe(3);
  expect((await value('opportunitiesOpened', {}, acme.tokens.manager)).value).toBe(6);
  expect((await value('opportunitiesOpened', {}, acme.tokens.exec)).value).toBe(7);
  // Asking for someone the caller cannot see gives nothing, not their records.
  expect((await value('opportunitiesOpened', { ownerId: acme.users.rep2.id }, acme.tokens.rep1)).value).toBe(0);
  // Win rate in Q2: rep1 O1 won, O2 lost -> 50 %; manager O1-O4 -> 2 / 4.
  expect((await value('winRate', {}, acme.tokens.rep1)).value).toBe(50);
  expect((await value('winRate', {}, acme.tokens.manager)).value).toBe(50);
  const backlog = async (token: string) => ok(await q('serviceKpis(filter: $f) { backlog { value } }', {}, token)).serviceKpis.backlog.value;
  expect(await backlog(acme.tokens.agent)).toBe(1); // K5, in the Chat queue
  expect(await backlog(acme.tokens.manager)).toBe(1); // rep2's K4
  expect(await backlog(acme.tokens.admin)).toBe(3);
  const hyg = ok(await q('dataHygiene(filter: $f) { perOwner { ownerName } }', {}, acme.tokens.rep1)).dataHygiene.perOwner;
  expect(hyg).toEqual([{ ownerName: 'Acme rep1' }]);
});

test('drill-down: records(key) are the records behind each point, and their count', async () => {
  const r = ok(await q(`salesKpis(filter: $f) {
    winRate(groupBy: OWNER) { count points { key count numerator } records(first: 50) { totalCount nodes { name } } }
    opportunitiesOpened(groupBy: SOURCE) { points { key group count } } }`, {}, acme.tokens.admin)).salesKpis;
  expect(ids(r.winRate.records)).toEqual(['O1', 'O2', 'O3', 'O4', 'O5']);
  expect(r.winRate.records.totalCount).toBe(r.winRate.count);
  const docs = r.winRate.points.map((p: any, i: number) => `p${i}: records(key: ${JSON.stringify(p.key)}, first: 50) { totalCount nodes { name } }
    n${i}: records(key: ${JSON.stringify(p.key)}, numeratorOnly: true) { totalCount }`);
  const drill = ok(await q(`salesKpis(filter: $f) { winRate(groupBy: OWNER) { ${docs.join('\n')} } }`, {}, acme.tokens.admin)).salesKpis.winRate;
  r.winRate.points.forEach((p: any, i: number) => {
    expect(drill[`p${i}`].totalCount).toBe(p.count);
    expect(drill[`n${i}`].totalCount).toBe(p.numerator);
  });
  expect(ids(drill.p0)).toEqual(['O1', 'O2']); // rep1 first by name
  // Month bucket and blank group.
  const blank = r.opportunitiesOpened.points.find((p: any) => p.group === null);
  const b = ok(await q(`salesKpis(filter: $f) { opportunitiesOpened(groupBy: SOURCE) { records(key: ${JSON.stringify(blank.key)}) { nodes { name } } } }`, {}, acme.tokens.admin));
  expect(ids(b.salesKpis.opportunitiesOpened.records)).toEqual(['O4']);
  const m = ok(await q(`salesKpis(filter: $f) { leadsCreated { points { key } records(key: "[\\"2026-05-01\\",null,null]") { nodes { name } } } }`, {}, acme.tokens.admin));
  expect(ids(m.salesKpis.leadsCreated.records)).toEqual(['L2', 'L3']);
  // Cases, tasks, campaign members, hygiene: the same through their own connections.
  const s = ok(await q(`serviceKpis(filter: $f) { backlog { records { nodes { caseNumber } } } }
    dataHygiene(filter: $f) { noActivity30Days { records { nodes { name } } } }`, {}, acme.tokens.admin));
  expect(s.serviceKpis.backlog.records.nodes.map((n: any) => n.caseNumber).sort()).toEqual(['K4', 'K5', 'K6']);
  expect(ids(s.dataHygiene.noActivity30Days.records)).toEqual(['O6', 'O8']);
  // A rep drilling into the org's number sees only their own records.
  const rep = ok(await q('salesKpis(filter: $f) { winRate { count records { totalCount } } }', {}, acme.tokens.rep1)).salesKpis.winRate;
  expect(rep).toEqual({ count: 2, records: { totalCount: 2 } });
});

test('bad input: malformed period, ids and keys are BAD_USER_INPUT naming the field', async () => {
  const err = async (doc: string, f: object) => (await q(doc, f, acme.tokens.admin)).errors?.[0]?.extensions;
  expect(await err('salesKpis(filter: $f) { winRate { value } }', { period: 'LAST_N_BANANAS:3' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.period' });
  expect(await err('serviceKpis(filter: $f) { backlog { value } }', { period: "THIS_MONTH' OR 1=1 --" })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.period' });
  expect(await err('salesKpis(filter: $f) { winRate { value } }', { ownerId: "x' OR '1'='1" })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ownerId' });
  expect(await err('dataHygiene(filter: $f) { perOwner { ownerId } }', { territoryId: '1; DROP TABLE opportunity' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.territoryId' });
  expect(await err('salesKpis(filter: $f) { winRate { value } }', { campaignId: 'nope' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.campaignId' });
  for (const key of ['not json', '[1,2,3]', '["2026-13-45x",null,null]', `[null,"' OR 1=1 --",null]`]) {
    expect(await err(`salesKpis(filter: $f) { winRate(groupBy: OWNER) { records(key: ${JSON.stringify(key)}) { totalCount } } }`, {})).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });
  }
  // A string group value that is no group: no rows, never other data.
  const r = ok(await q(`salesKpis(filter: $f) { topLostReasons { records(key: ${JSON.stringify(JSON.stringify([null, "Price' OR '1'='1", null]))}) { totalCount } } }`, {}, acme.tokens.admin));
  expect(r.salesKpis.topLostReasons.records.totalCount).toBe(0);
  expect(Number((await t.ds.query('SELECT count(*) AS n FROM opportunity'))[0].n)).toBe(18);
});

test('statement count does not grow with points or records', async () => {
  const doc = `salesKpis(filter: $f) { opportunitiesOpened(granularity: DAY, groupBy: OWNER) { value points { key count } records(first: 50) { nodes { name owner { name } } } } }`;
  const one = (await q(doc, { period: 'LAST_N_DAYS:3' }, acme.tokens.admin)).extensions?.sqlStatements;
  const many = (await q(doc, { period: 'LAST_N_YEARS:5' }, acme.tokens.admin)).extensions?.sqlStatements;
  expect(one).toBeGreaterThan(0);
  expect(many).toBe(one);
  const s = (await q('serviceKpis(filter: $f) { backlog(groupBy: OWNER) { points { key } } caseVolume { points { key } } }', {}, acme.tokens.admin)).extensions?.sqlStatements;
  const s2 = (await q('serviceKpis(filter: $f) { backlog(groupBy: OWNER) { points { key } } caseVolume { points { key } } }', { period: 'LAST_N_YEARS:3' }, acme.tokens.admin)).extensions?.sqlStatements;
  expect(s2).toBe(s);
});
