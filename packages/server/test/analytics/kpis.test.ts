import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { handFixture } from './kpis-fixture';

// "Today" for every KPI of this file: a Monday in Q2 2026.
process.env.CRM_TODAY = '2026-06-15';

let t: TestServer;
let acme: OrgFixture;
let fx: Awaited<ReturnType<typeof handFixture>>;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  fx = await handFixture(t, acme);
});
afterAll(() => t?.stop());

const P = 'value count amount numerator denominator average periodStart periodEnd points { key label period group subgroup value count amount numerator denominator average wins losses }';
const sales = async (field: string, token = acme.tokens.admin, filter: object = {}) =>
  ok(await t.gql(`query($f: KpiFilter) { salesKpis(filter: $f) { k: ${field} { ${P} } } }`, { f: filter }, token)).salesKpis.k;
const service = async (field: string, token = acme.tokens.admin, filter: object = {}) =>
  ok(await t.gql(`query($f: KpiFilter) { serviceKpis(filter: $f) { k: ${field} { ${P} } } }`, { f: filter }, token)).serviceKpis.k;
const hygiene = async (field: string, token = acme.tokens.admin, filter: object = {}) =>
  ok(await t.gql(`query($f: KpiFilter) { dataHygiene(filter: $f) { k: ${field} { ${P} } } }`, { f: filter }, token)).dataHygiene.k;
const pts = (k: any, f: (p: any) => unknown = (p) => p.count) => Object.fromEntries(k.points.map((p: any) => [p.group ?? p.period ?? 'null', f(p)]));

test('opportunities opened, won, per month and by source (THIS_YEAR)', async () => {
  // Created in 2026: O1 (Jan), O2 O3 (Feb), O4 O5 (Mar), O6 O7 (Jun); O8 and O9 were created in 2025.
  const opened = await sales('opportunitiesOpened');
  expect(opened).toMatchObject({ value: 7, count: 7, amount: 7500, periodStart: '2026-01-01', periodEnd: '2027-01-01' }); // 1000+500+3000+800+200+2000+null
  expect(opened.points.map((p: any) => [p.period, p.count])).toEqual([['2026-01-01', 1], ['2026-02-01', 2], ['2026-03-01', 2], ['2026-06-01', 2]]);
  const bySource = await sales('opportunitiesOpened(granularity: null, groupBy: SOURCE)');
  expect(pts(bySource)).toEqual({ Phone: 2, Web: 4, null: 1 }); // Web O1 O2 O5 O6, Phone O3 O7, blank O4
  const won = await sales('opportunitiesWon');
  expect(won).toMatchObject({ value: 2, amount: 4000 }); // O1 1000 (Apr) + O3 3000 (Jun); O9 closed in 2025
  expect(won.points.map((p: any) => [p.period, p.count, p.amount])).toEqual([['2026-04-01', 1, 1000], ['2026-06-01', 1, 3000]]);
  const byOwner = await sales('opportunitiesOpened(granularity: null, groupBy: OWNER)');
  expect(byOwner.points.map((p: any) => [p.label, p.count])).toEqual([['Acme rep1', 3], ['Acme rep2', 3], ['Acme rep3', 1]]);
});

test('win rate, average contract value, competitors and lost reasons', async () => {
  // Closed in Q2: O1 won, O2 lost, O3 won, O4 lost, O5 lost -> 2 / 5.
  expect(await sales('winRate')).toMatchObject({ value: 40, numerator: 2, denominator: 5, count: 5 });
  expect(await sales('averageContractValue')).toMatchObject({ value: 2000, count: 2 }); // (1000 + 3000) / 2
  const comp = await sales('competitorWinLoss');
  // HubSpot: O1 won, O2 lost; Zoho: O3 won, O4 lost; O5 has no competitor.
  expect(pts(comp, (p) => [p.wins, p.losses, p.value])).toEqual({ HubSpot: [1, 1, 50], Zoho: [1, 1, 50] });
  expect(comp).toMatchObject({ value: 50, count: 4 });
  const reasons = await sales('topLostReasons');
  expect(reasons.points.map((p: any) => [p.group, p.count])).toEqual([['Price', 2], ['Features', 1]]); // O2 O4; O5
  const byComp = await sales('topLostReasons(byCompetitor: true)');
  expect(byComp.points.map((p: any) => [p.group, p.subgroup, p.count])).toEqual([['HubSpot', 'Price', 1], ['Zoho', 'Price', 1], [null, 'Features', 1]]);
});

test('pipeline by stage, new pipeline per day, campaign ROI', async () => {
  const pipe = await sales('pipelineByStage');
  // Open: O6 Prospecting 2000, O8 Qualification 400, O7 Negotiation/Review (no amount = 0), in path order.
  expect(pipe.points.map((p: any) => [p.group, p.value])).toEqual([['Prospecting', 2000], ['Qualification', 400], ['Negotiation/Review', 0]]);
  expect(pipe.value).toBe(2400);
  const daily = await sales('newPipelinePerDay');
  // LAST_N_DAYS:30 = 2026-05-16 .. 2026-06-15: O6 (06-01, 2000), O7 (06-14, no amount).
  expect(daily.points.map((p: any) => [p.period, p.value])).toEqual([['2026-06-01', 2000], ['2026-06-14', 0]]);
  expect(daily).toMatchObject({ value: 2000, periodStart: '2026-05-16', periodEnd: '2026-06-16' });
  const roi = await sales('campaignRoi');
  // C1: won O1 1000 + O3 3000 = 4000, cost 2000 -> (4000 - 2000) / 2000 = 100 %; C2: O9 1500, no cost -> no ROI.
  expect(pts(roi, (p) => [p.amount, p.denominator, p.value])).toEqual({ [fx.c1]: [4000, 2000, 100], [fx.c2]: [1500, null, null] });
  expect(roi).toMatchObject({ value: 100, amount: 5500, denominator: 2000 });
});

test('leads: created by month, source and campaign; conversion rate; days to convert', async () => {
  const created = await sales('leadsCreated');
  expect(created.points.map((p: any) => [p.period, p.count])).toEqual([['2026-01-01', 1], ['2026-04-01', 1], ['2026-05-01', 2], ['2026-06-01', 1]]);
  expect(pts(await sales('leadsCreated(granularity: null, groupBy: SOURCE)'))).toEqual({ Web: 3, Phone: 1, null: 1 });
  const byCampaign = await sales('leadsCreated(granularity: null, groupBy: CAMPAIGN)');
  // C1: L2 L4; C2: L4 L5; none: L1 L3. L4 counts in both, once in the total.
  expect(pts(byCampaign)).toEqual({ [fx.c1]: 2, [fx.c2]: 2, null: 2 });
  expect(byCampaign.count).toBe(5);
  // Created in Q2: L1 L2 L3 L4; with an opportunity: L1 L4 (L3 converted without one) -> 2 / 4.
  expect(await sales('leadConversionRate')).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
  // Converted in Q2: L1 10 days, L3 30, L4 4 -> 44 / 3.
  expect((await sales('averageDaysToConvert')).value).toBeCloseTo(44 / 3, 6);
});

test('activities and campaign engagement', async () => {
  expect((await sales('emailsSent')).value).toBe(2); // T1, T7 closed in June; T2 open; T3 in May
  expect((await sales('outboundCalls')).value).toBe(2); // T4 Outbound, T5 blank; T6 Inbound
  const opens = await sales('campaignOpens');
  // C1: L2 Opened, L4 Responded -> 2 / 2; C2: L4 Sent, L5 Clicked -> 1 / 2.
  expect(pts(opens, (p) => [p.numerator, p.count, p.value])).toEqual({ [fx.c1]: [2, 2, 100], [fx.c2]: [1, 2, 50] });
  expect(opens.value).toBe(75); // 3 / 4
  const responses = await sales('campaignResponses');
  expect(pts(responses, (p) => [p.numerator, p.value])).toEqual({ [fx.c1]: [1, 50], [fx.c2]: [0, 0] });
  expect(responses.value).toBe(25); // 1 / 4
});

test('service KPIs', async () => {
  const backlog = await service('backlog');
  // Open: K4 (1 day old), K6 (5 days), K5 (45 days).
  expect(backlog.points.map((p: any) => [p.group, p.count])).toEqual([['0-1', 1], ['2-7', 1], ['31+', 1]]);
  expect(pts(await service('backlog(groupBy: PRIORITY)'))).toEqual({ High: 1, Medium: 1, Low: 1 });
  // Closed in June: K1 4 h, K2 48 h, K3 10 h (K7 closed in May).
  expect((await service('averageTimeToClose')).value).toBeCloseTo(62 / 3, 6);
  expect(await service('firstContactResolutionRate')).toMatchObject({ numerator: 1, denominator: 3 }); // K1; K2 3 interactions, K3 reopened
  expect((await service('averageCsat')).value).toBe(4); // (5 + 3) / 2
  const agents = await service('casesByAgent');
  expect(agents.points.map((p: any) => [p.label, p.count, p.average])).toEqual([['Acme rep1', 2, 4], ['Acme rep2', 1, null]]);
  expect(pts(await service('caseVolume'))).toEqual({ Phone: 3, Email: 1, Web: 1 }); // created in June: K1 K3 K6, K2, K4
  expect(pts(await service('caseVolume(by: PRODUCT)'))).toEqual({ Widget: 2, Gadget: 2, null: 1 });
  // Decided resolution SLAs: K1 met, K2 late, K3 met, K4 overdue; K6 still in time -> 2 / 4.
  expect(await service('slaCompliance')).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
  // First response: K1 met (on the minute), K2 late, K3 late, K4 overdue -> 1 / 4.
  expect(await service('slaCompliance(target: FIRST_RESPONSE)')).toMatchObject({ value: 25, numerator: 1 });
});

test('data hygiene (Clean Your Room) per owner', async () => {
  // Open: O6 (rep1: closeDate 05-01 past, no activity, no next step), O7 (rep2: no amount; call T5 on 06-10),
  // O8 (rep3: only an event on 05-01, before the 30 days).
  expect((await hygiene('pastCloseDate')).value).toBe(1);
  expect(pts(await hygiene('noActivity30Days'), (p) => p.label)).toEqual({ [acme.users.rep1.id]: 'Acme rep1', [acme.users.rep3.id]: 'Acme rep3' });
  expect((await hygiene('missingAmount')).value).toBe(1);
  expect((await hygiene('missingNextStep')).value).toBe(1);
  expect((await hygiene('missingCloseDate')).value).toBe(0);
  expect((await hygiene('needsAttention')).value).toBe(3);
  const per = ok(await t.gql(`{ dataHygiene { perOwner { ownerName openOpportunities pastCloseDate noActivity30Days missingAmount missingNextStep needsAttention } } }`, {}, acme.tokens.admin));
  expect(per.dataHygiene.perOwner).toEqual([
    { ownerName: 'Acme rep1', openOpportunities: 1, pastCloseDate: 1, noActivity30Days: 1, missingAmount: 0, missingNextStep: 1, needsAttention: 1 },
    { ownerName: 'Acme rep2', openOpportunities: 1, pastCloseDate: 0, noActivity30Days: 0, missingAmount: 1, missingNextStep: 0, needsAttention: 1 },
    { ownerName: 'Acme rep3', openOpportunities: 1, pastCloseDate: 0, noActivity30Days: 1, missingAmount: 0, missingNextStep: 0, needsAttention: 1 },
  ]);
});
