import type { OrgFixture, TestServer } from '../harness';

/** Runs `f` with the analytics summaries switched off (ANALYTICS_SUMMARIES=off): the rows answer. */
export async function withoutSummaries<T>(f: () => Promise<T>): Promise<T> {
  process.env.ANALYTICS_SUMMARIES = 'off';
  try {
    return await f();
  } finally {
    delete process.env.ANALYTICS_SUMMARIES;
  }
}

/** Inserts one row with the given columns; returns its id. */
export async function insert(t: TestServer, table: string, row: Record<string, unknown>): Promise<string> {
  const cols = Object.keys(row);
  const sql = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`;
  return (await t.ds.query(sql, Object.values(row)))[0].id as string;
}

const STAGES: Record<string, [string, boolean, boolean]> = {
  Prospecting: ['Pipeline', false, false], Qualification: ['Pipeline', false, false], 'Negotiation/Review': ['Commit', false, false],
  'Closed Won': ['Closed', true, true], 'Closed Lost': ['Omitted', true, false],
};

/**
 * The hand-made data set of kpis.test.ts, with "today" = 2026-06-15 (CRM_TODAY). Owners: rep1 and
 * rep2 under manager, rep3 alone; territory West with child Bay; campaigns C1 (cost 2000), C2 (no cost).
 */
export async function handFixture(t: TestServer, o: OrgFixture) {
  const org = o.org.id;
  const u = (k: string) => o.users[k].id;
  const model = await insert(t, 'territory_model', { orgId: org, name: 'FY26', state: 'ACTIVE' });
  const west = await insert(t, 'territory', { orgId: org, name: 'West', modelId: model });
  const bay = await insert(t, 'territory', { orgId: org, name: 'Bay', modelId: model, parentId: west });
  const a1 = await insert(t, 'account', { orgId: org, ownerId: u('rep1'), name: 'A1' });
  const a2 = await insert(t, 'account', { orgId: org, ownerId: u('rep2'), name: 'A2' });
  await insert(t, 'object_territory_association', { orgId: org, accountId: a1, territoryId: bay });
  await insert(t, 'object_territory_association', { orgId: org, accountId: a2, territoryId: west });
  const c1 = await insert(t, 'campaign', { orgId: org, ownerId: u('manager'), name: 'C1', actualCost: 2000 });
  const c2 = await insert(t, 'campaign', { orgId: org, ownerId: u('rep3'), name: 'C2' });

  const opp = (name: string, owner: string, stage: string, amount: number | null, closeDate: string, created: string, x: Record<string, unknown> = {}) => {
    const [forecastCategoryName, isClosed, isWon] = STAGES[stage];
    return insert(t, 'opportunity', {
      orgId: org, ownerId: u(owner), name, stageName: stage, amount, closeDate, createdDate: `${created}T10:00:00Z`,
      forecastCategoryName, isClosed, isWon, ...x,
    });
  };
  const O1 = await opp('O1', 'rep1', 'Closed Won', 1000, '2026-04-10', '2026-01-05', { leadSource: 'Web', competitor: 'HubSpot', campaignId: c1, accountId: a1 });
  const O2 = await opp('O2', 'rep1', 'Closed Lost', 500, '2026-05-20', '2026-02-10', { leadSource: 'Web', competitor: 'HubSpot', lostReason: 'Price' });
  const O3 = await opp('O3', 'rep2', 'Closed Won', 3000, '2026-06-01', '2026-02-20', { leadSource: 'Phone', competitor: 'Zoho', campaignId: c1, accountId: a2 });
  const O4 = await opp('O4', 'rep2', 'Closed Lost', 800, '2026-06-10', '2026-03-01', { competitor: 'Zoho', lostReason: 'Price' });
  const O5 = await opp('O5', 'rep3', 'Closed Lost', 200, '2026-06-12', '2026-03-15', { leadSource: 'Web', lostReason: 'Features' });
  const O6 = await opp('O6', 'rep1', 'Prospecting', 2000, '2026-05-01', '2026-06-01', { leadSource: 'Web' });
  const O7 = await opp('O7', 'rep2', 'Negotiation/Review', null, '2026-07-30', '2026-06-14', { leadSource: 'Phone', nextStep: 'Call', competitor: 'Zoho' });
  const O8 = await opp('O8', 'rep3', 'Qualification', 400, '2026-08-01', '2025-12-20', { nextStep: 'x' });
  const O9 = await opp('O9', 'rep1', 'Closed Won', 1500, '2025-11-15', '2025-10-01', { campaignId: c2 });

  const lead = (name: string, owner: string, created: string, source: string | null, conv: { date: string; opp: string | null } | null) =>
    insert(t, 'lead', {
      orgId: org, ownerId: u(owner), lastName: name, name, company: `${name} Inc`, leadSource: source, createdDate: `${created}T09:00:00Z`,
      status: conv ? 'Closed - Converted' : 'Open - Not Contacted', isConverted: !!conv, convertedDate: conv?.date ?? null, convertedOpportunityId: conv?.opp ?? null,
    });
  const L1 = await lead('L1', 'rep1', '2026-04-02', 'Web', { date: '2026-04-12', opp: O6 });
  const L2 = await lead('L2', 'rep1', '2026-05-01', 'Web', null);
  const L3 = await lead('L3', 'rep2', '2026-05-10', 'Phone', { date: '2026-06-09', opp: null });
  const L4 = await lead('L4', 'rep3', '2026-06-01', 'Web', { date: '2026-06-05', opp: O8 });
  const L5 = await lead('L5', 'rep2', '2026-01-15', null, null);
  const member = (campaignId: string, leadId: string, status: string, hasResponded = false) =>
    insert(t, 'campaign_member', { orgId: org, campaignId, leadId, status, hasResponded });
  await member(c1, L2, 'Opened');
  await member(c1, L4, 'Responded', true);
  await member(c2, L4, 'Sent');
  await member(c2, L5, 'Clicked');

  const task = (owner: string, taskSubtype: string, isClosed: boolean, activityDate: string, x: Record<string, unknown> = {}) =>
    insert(t, 'task', { orgId: org, ownerId: u(owner), subject: taskSubtype, taskSubtype, isClosed, status: isClosed ? 'Completed' : 'Not Started', activityDate, ...x });
  const T1 = await task('rep1', 'Email', true, '2026-06-02');
  await task('rep1', 'Email', false, '2026-06-03');
  await task('rep2', 'Email', true, '2026-05-30');
  const T4 = await task('rep1', 'Call', true, '2026-06-05', { callType: 'Outbound' });
  const T5 = await task('rep2', 'Call', true, '2026-06-10', { opportunityId: O7 });
  await task('rep2', 'Call', true, '2026-06-11', { callType: 'Inbound' });
  const T7 = await task('rep3', 'Email', true, '2026-06-12', { campaignId: c1 });
  await insert(t, 'event', { orgId: org, ownerId: u('rep3'), subject: 'Meeting', opportunityId: O8, activityDate: '2026-05-01', startDateTime: '2026-05-01T10:00:00Z' });

  let n = 0;
  const kase = (owner: string | null, created: string, closed: string | null, priority: string, origin: string, x: Record<string, unknown> = {}) =>
    insert(t, 'case', {
      orgId: org, ownerId: owner ? u(owner) : null, caseNumber: `K${++n}`, status: closed ? 'Closed' : 'New', isClosed: !!closed,
      createdDate: created, closedDate: closed, priority, origin, ...x,
    });
  const K1 = await kase('rep1', '2026-06-01T08:00:00Z', '2026-06-01T12:00:00Z', 'High', 'Phone', {
    productName: 'Widget', reason: 'Install', csatScore: 5, agentInteractionCount: 1,
    firstResponseDate: '2026-06-01T09:00:00Z', firstResponseDueDate: '2026-06-01T09:00:00Z', resolutionDueDate: '2026-06-01T16:00:00Z' });
  const K2 = await kase('rep1', '2026-06-02T00:00:00Z', '2026-06-04T00:00:00Z', 'Medium', 'Email', {
    productName: 'Widget', reason: 'Billing', csatScore: 3, agentInteractionCount: 3,
    firstResponseDate: '2026-06-02T06:00:00Z', firstResponseDueDate: '2026-06-02T04:00:00Z', resolutionDueDate: '2026-06-03T00:00:00Z' });
  const K3 = await kase('rep2', '2026-06-05T00:00:00Z', '2026-06-05T10:00:00Z', 'Low', 'Phone', {
    productName: 'Gadget', reason: 'Install', agentInteractionCount: 1, reopenCount: 1,
    firstResponseDate: '2026-06-05T09:00:00Z', firstResponseDueDate: '2026-06-05T08:00:00Z', resolutionDueDate: '2026-06-08T00:00:00Z' });
  const K4 = await kase('rep2', '2026-06-14T10:00:00Z', null, 'High', 'Web', {
    productName: 'Gadget', firstResponseDueDate: '2026-06-14T11:00:00Z', resolutionDueDate: '2026-06-14T18:00:00Z' });
  const K5 = await kase(null, '2026-05-01T00:00:00Z', null, 'Medium', 'Chat');
  const K6 = await kase('rep3', '2026-06-10T00:00:00Z', null, 'Low', 'Phone', { firstResponseDueDate: '2026-06-20T00:00:00Z', resolutionDueDate: '2026-06-25T00:00:00Z' });
  const K7 = await kase('rep3', '2026-05-19T00:00:00Z', '2026-05-20T00:00:00Z', 'Low', 'Email', { csatScore: 1, agentInteractionCount: 1 });
  return {
    west, bay, c1, c2, opps: { O1, O2, O3, O4, O5, O6, O7, O8, O9 }, leads: { L1, L2, L3, L4, L5 }, tasks: { T1, T4, T5, T7 },
    cases: { K1, K2, K3, K4, K5, K6, K7 },
  };
}
