import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { RUN, insertRow } from './reports-fixture';

let t: TestServer;
let acme: OrgFixture;
const u = (k: string) => acme.users[k].id;

beforeAll(async () => {
  process.env.CRM_TODAY = '2026-11-18';
  t = await startTestServer();
  acme = await createOrg(t);
  const org = acme.org.id;
  const acc1 = await insertRow(t, 'account', { orgId: org, ownerId: u('rep1'), name: 'Northwind', industry: 'Retail' });
  const acc2 = await insertRow(t, 'account', { orgId: org, ownerId: u('rep2'), name: 'Contoso', industry: 'Retail' });
  await insertRow(t, 'account', { orgId: org, ownerId: u('rep3'), name: 'Fabrikam', industry: 'Energy' });
  const c1 = await insertRow(t, 'contact', { orgId: org, ownerId: u('rep1'), lastName: 'Ng', name: 'Ana Ng', accountId: acc1 });
  await insertRow(t, 'contact', { orgId: org, ownerId: u('rep2'), lastName: 'Roe', name: 'Bo Roe', accountId: acc2 });
  const l1 = await insertRow(t, 'lead', { orgId: org, ownerId: u('rep1'), lastName: 'One', name: 'Lee One', company: 'L1', status: 'Open - Not Contacted', leadSource: 'Web' });
  await insertRow(t, 'lead', { orgId: org, ownerId: u('rep2'), lastName: 'Two', name: 'Lee Two', company: 'L2', status: 'Working - Contacted', leadSource: 'Web' });
  await insertRow(t, 'lead', { orgId: org, ownerId: u('rep3'), lastName: 'Three', name: 'Lee Three', company: 'L3', status: 'Open - Not Contacted', leadSource: null });
  // Cases: rep1's, rep2's, and two waiting in the Phone queue (no owner).
  await insertRow(t, 'case', { orgId: org, ownerId: u('rep1'), caseNumber: '00001', status: 'New', origin: 'Email', priority: 'High', accountId: acc1, createdDate: '2026-11-10T09:00:00Z', closedDate: '2026-11-10T15:00:00Z', isClosed: true });
  await insertRow(t, 'case', { orgId: org, ownerId: u('agent'), caseNumber: '00002', status: 'New', origin: 'Phone', priority: 'Low' });
  await insertRow(t, 'case', { orgId: org, ownerId: null, caseNumber: '00003', status: 'New', origin: 'Phone', priority: 'Low' });
  await insertRow(t, 'case', { orgId: org, ownerId: null, caseNumber: '00004', status: 'New', origin: 'Phone', priority: 'High' });
  // Activities: 2 tasks and 1 event of rep1, 1 task of rep2.
  await insertRow(t, 'task', { orgId: org, ownerId: u('rep1'), subject: 'Call', status: 'Completed', isClosed: true, taskSubtype: 'Call', callType: 'Outbound', activityDate: '2026-11-02', accountId: acc1 });
  await insertRow(t, 'task', { orgId: org, ownerId: u('rep1'), subject: 'Email', status: 'Not Started', taskSubtype: 'Email', activityDate: '2026-11-03' });
  await insertRow(t, 'task', { orgId: org, ownerId: u('rep2'), subject: 'Call', status: 'Completed', isClosed: true, taskSubtype: 'Call', callType: 'Outbound', activityDate: '2026-11-04' });
  await insertRow(t, 'event', { orgId: org, ownerId: u('rep1'), subject: 'Meeting', activityDate: '2026-11-05', durationInMinutes: 45, startDateTime: '2026-11-05T10:00:00Z' });
  // A campaign with a lead member (responded) and a contact member.
  const camp = await insertRow(t, 'campaign', { orgId: org, ownerId: u('marketing'), name: 'Webinar Q4', type: 'Webinar', actualCost: 500 });
  await insertRow(t, 'campaign_member', { orgId: org, campaignId: camp, leadId: l1, status: 'Responded', hasResponded: true });
  await insertRow(t, 'campaign_member', { orgId: org, campaignId: camp, contactId: c1, status: 'Sent', hasResponded: false });
  // Territories: Contoso in EMEA (ACTIVE model); rep3 is assigned to EMEA, so reads Contoso too.
  const model = await insertRow(t, 'territory_model', { orgId: org, name: 'FY27', state: 'ACTIVE' });
  const emea = await insertRow(t, 'territory', { orgId: org, name: 'EMEA', modelId: model });
  await insertRow(t, 'object_territory_association', { orgId: org, accountId: acc2, territoryId: emea });
  await insertRow(t, 'user_territory_association', { orgId: org, userId: u('rep3'), territoryId: emea });
});
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

const run = async (d: Record<string, unknown>, who: string) => ok(await t.gql(RUN, { d }, acme.tokens[who])).runReport;
const groups = (r: any) => r.groupsDown.map((g: any) => [g.key, g.count]);

test('leads: owner visibility; marketing users read every lead', async () => {
  const d = { reportType: 'leads', columns: ['name', 'status'], groupingsDown: [{ field: 'status' }] };
  expect(groups(await run(d, 'rep1'))).toEqual([['Open - Not Contacted', 1]]);
  expect(groups(await run(d, 'manager'))).toEqual([['Open - Not Contacted', 1], ['Working - Contacted', 1]]);
  expect(groups(await run(d, 'marketing'))).toEqual([['Open - Not Contacted', 2], ['Working - Contacted', 1]]);
  const blank = await run({ ...d, filters: [{ field: 'leadSource', operator: 'equals' }] }, 'admin');
  expect(blank.rows.map((r: any) => r.values[0])).toEqual(['Lee Three']);
});

test('cases: service agents read their cases and the queue; hours to close', async () => {
  const d = { reportType: 'cases', columns: ['caseNumber', 'hoursToClose', 'ownerName'], groupingsDown: [{ field: 'origin' }], groupingsAcross: [{ field: 'priority' }] };
  const agent = await run(d, 'agent');
  expect(agent.totalCount).toBe(3);
  expect(agent.groupsAcross.map((g: any) => [g.key, g.count])).toEqual([['High', 1], ['Low', 2]]);
  expect(groups(await run(d, 'rep1'))).toEqual([['Email', 1]]);
  const admin = await run({ ...d, aggregates: [{ function: 'AVG', field: 'hoursToClose' }] }, 'admin');
  expect(admin.totalCount).toBe(4);
  expect(admin.grandTotal).toEqual([{ key: 'AVG:hoursToClose', value: 6 }]);
});

test('activities: tasks and events in one report; type-specific fields blank on the other kind', async () => {
  const d = { reportType: 'activities', columns: ['subject', 'status', 'durationInMinutes', 'accountName'], groupingsDown: [{ field: 'activityType' }], aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'durationInMinutes' }] };
  const rep1 = await run(d, 'rep1');
  expect(rep1.groupsDown.map((g: any) => [g.key, g.count, g.aggregates])).toEqual([['Event', 1, [1, 45]], ['Task', 2, [2, null]]]);
  expect(rep1.rows.find((r: any) => r.values[0] === 'Meeting').values).toEqual(['Meeting', null, '45', null]);
  expect(rep1.rows.find((r: any) => r.values[0] === 'Call').values).toEqual(['Call', 'Completed', null, 'Northwind']);
  const mgr = await run({ ...d, filters: [{ field: 'callType', operator: 'equals', value: 'Outbound' }] }, 'manager');
  expect(mgr.totalCount).toBe(2);
  // Events have no status: "status equals blank" keeps them.
  expect((await run({ ...d, filters: [{ field: 'status', operator: 'equals' }] }, 'admin')).totalCount).toBe(1);
});

test('campaigns with members: one row per member; member names as the caller may read them', async () => {
  const d = { reportType: 'campaignsWithMembers', columns: ['campaignName', 'memberName', 'memberType'], groupingsDown: [{ field: 'memberStatus' }], aggregates: [{ function: 'COUNT' }, { function: 'AVG', field: 'hasResponded' }] };
  const m = await run(d, 'marketing');
  expect(m.grandTotal).toEqual([{ key: 'COUNT', value: 2 }, { key: 'AVG:hasResponded', value: 50 }]);
  expect(m.rows.map((r: any) => r.values[1]).sort()).toEqual(['Ana Ng', 'Lee One']);
  // rep2 reads the campaign and its members, not rep1's lead and contact.
  const rep2 = await run(d, 'rep2');
  expect(rep2.totalCount).toBe(2);
  expect(rep2.rows.map((r: any) => r.values[1])).toEqual([null, null]);
});

test('accounts with territories and contacts: territory members read the territory accounts', async () => {
  const d = { reportType: 'accountsWithTerritories', columns: ['name', 'territoryName'], groupingsDown: [{ field: 'territoryName' }] };
  expect(groups(await run(d, 'admin'))).toEqual([['EMEA', 1], [null, 2]]);
  const rep3 = await run(d, 'rep3');
  expect(rep3.rows.map((r: any) => r.values).sort()).toEqual([['Contoso', 'EMEA'], ['Fabrikam', null]]);
  const contacts = await run({ reportType: 'contacts', columns: ['name', 'accountName'] }, 'rep3');
  expect(contacts.totalCount).toBe(0);
  const mgr = await run({ reportType: 'contacts', columns: ['name', 'accountName'], groupingsDown: [{ field: 'accountName' }] }, 'manager');
  expect(groups(mgr)).toEqual([['Contoso', 1], ['Northwind', 1]]);
});

test('reportTypes lists every type with its allow-list', async () => {
  const r = ok(await t.gql(`{ reportTypes { name label defaultColumns fields { name dataType groupable aggregatable picklistValues } } }`, {}, acme.tokens.rep1)).reportTypes;
  expect(r.map((x: any) => x.name)).toEqual(['opportunities', 'opportunitiesWithCompetitors', 'leads', 'accountsWithTerritories', 'contacts', 'campaignsWithMembers', 'cases', 'activities', 'reports']);
  const opp = r[0].fields;
  expect(opp.find((f: any) => f.name === 'amount')).toMatchObject({ dataType: 'CURRENCY', aggregatable: true, groupable: true });
  expect(opp.find((f: any) => f.name === 'id')).toMatchObject({ dataType: 'ID', groupable: false });
  // Org picklists come from the org's tables, in its order; fixed ones from code.
  expect(opp.find((f: any) => f.name === 'stageName').picklistValues.slice(0, 2)).toEqual(['Prospecting', 'Qualification']);
  expect(opp.find((f: any) => f.name === 'competitor').picklistValues).toEqual(['HubSpot', 'Microsoft Dynamics', 'Salesforce']);
  expect(opp.find((f: any) => f.name === 'forecastCategoryName').picklistValues).toContain('Commit');
  for (const type of r) for (const c of type.defaultColumns) expect(type.fields.map((f: any) => f.name)).toContain(c);
});
