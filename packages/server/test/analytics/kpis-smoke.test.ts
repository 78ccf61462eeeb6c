import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

let t: TestServer;
let acme: OrgFixture;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

test('every KPI field answers on an empty org', async () => {
  const K = 'value count amount numerator denominator average periodStart periodEnd points { key label period group subgroup value count wins losses } records(first: 1) { totalCount }';
  const r = ok(await t.gql(`{ salesKpis(filter: { period: "THIS_YEAR" }) {
    leadsCreated(groupBy: SOURCE) { ${K} } opportunitiesOpened(groupBy: OWNER) { ${K} } opportunitiesWon { ${K} } leadConversionRate { ${K} }
    winRate { ${K} } averageContractValue { ${K} } averageDaysToConvert { ${K} } emailsSent { ${K} } outboundCalls { ${K} }
    campaignOpens { ${K} } campaignResponses { ${K} } competitorWinLoss { ${K} } topLostReasons(byCompetitor: true) { ${K} }
    pipelineByStage { ${K} } newPipelinePerDay { ${K} } campaignRoi { ${K} } leadsByCampaign: leadsCreated(groupBy: CAMPAIGN) { ${K} } } }`, {}, acme.tokens.manager));
  expect(r.salesKpis.leadsCreated.count).toBe(0);
  const s = ok(await t.gql(`{ serviceKpis { backlog { ${K} } byPriority: backlog(groupBy: PRIORITY) { ${K} } averageTimeToClose { ${K} } firstContactResolutionRate { ${K} }
    averageCsat { ${K} } casesByAgent { ${K} } caseVolume(by: PRODUCT) { ${K} } slaCompliance { ${K} } fr: slaCompliance(target: FIRST_RESPONSE) { ${K} } }
    dataHygiene { pastCloseDate { ${K} } noActivity30Days { ${K} } missingAmount { ${K} } missingCloseDate { ${K} } missingNextStep { ${K} } needsAttention { ${K} }
      perOwner { ownerId ownerName key openOpportunities pastCloseDate noActivity30Days missingAmount missingCloseDate missingNextStep needsAttention } } }`, {}, acme.tokens.agent));
  expect(s.serviceKpis.backlog.count).toBe(0);
});
