import { randomUUID } from 'node:crypto';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

const as = (who: string) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, acme.tokens[who]);
const today = () => new Date().toISOString().slice(0, 10);
const count = async (sql: string, params: unknown[]) => Number((await t.ds.query(sql, params))[0].n);

const CREATE = `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id name status owner { id } memberStatuses { id label hasResponded isDefault sortOrder } } }`;
const campaign = async (input: Record<string, unknown>, who = 'marketing') => ok(await as(who)(CREATE, { i: { name: 'C', ...input } })).createCampaign;
const STATUSES = `query($id: ID!) { campaign(id: $id) { memberStatuses { id label hasResponded isDefault } } }`;
const MEMBER = `mutation($i: CreateCampaignMemberInput!) { createCampaignMember(input: $i) { id status hasResponded firstRespondedDate type name email companyOrAccount } }`;
const ADD = `mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added campaign { id name } } }`;
const UPD_STATUS = `mutation($id: ID!, $i: UpdateCampaignMemberStatusInput!) { updateCampaignMemberStatus(id: $id, input: $i) { id label hasResponded isDefault } }`;

/** Leads created with one raw INSERT ... SELECT generate_series. */
async function insertLeads(n: number, ownerId: string, prefix = 'Lead'): Promise<string[]> {
  const rows = await t.ds.query(
    `INSERT INTO lead ("orgId", "ownerId", "lastName", name, company, status, email)
     SELECT $1, $2, $3 || ' ' || g, $3 || ' ' || g, 'Company ' || g, 'Open - Not Contacted', lower($3) || g || '@example.test'
     FROM generate_series(1, $4) g RETURNING id`,
    [acme.org.id, ownerId, prefix, n],
  );
  return rows.map((r: { id: string }) => r.id);
}

test('a new campaign gets the member statuses of its type, Planned status and the caller as owner', async () => {
  const pick = (c: any) => c.memberStatuses.map((s: any) => [s.label, s.hasResponded, s.isDefault]);
  const email = await campaign({ type: 'Email' });
  expect(email.status).toBe('Planned');
  expect(email.owner.id).toBe(acme.users.marketing.id);
  expect(pick(email)).toEqual([['Sent', false, true], ['Opened', false, false], ['Clicked', false, false], ['Responded', true, false], ['Unsubscribed', false, false]]);
  for (const type of ['Webinar', 'Conference', 'Trade Show', 'Seminar / Conference']) {
    expect(pick(await campaign({ type }))).toEqual([['Invited', false, true], ['Registered', false, false], ['Attended', true, false], ['No Show', false, false]]);
  }
  expect(pick(await campaign({ type: 'Direct Mail' }))).toEqual([['Sent', false, true], ['Responded', true, false]]);
  expect(pick(await campaign({}))).toEqual([['Sent', false, true], ['Responded', true, false]]);
});

test('campaign fields are validated and only campaign roles write', async () => {
  const errOf = async (input: Record<string, unknown>, who = 'marketing') => (await as(who)(CREATE, { i: { name: 'X', ...input } })).errors?.[0].extensions;
  expect(await errOf({ name: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  expect(await errOf({ type: 'Podcast' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
  expect(await errOf({ status: 'Done' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  expect(await errOf({ startDate: '2026-05-10', endDate: '2026-05-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
  expect(await errOf({ expectedResponse: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedResponse' });
  expect(await errOf({ budgetedCost: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budgetedCost' });
  expect(await errOf({ parentId: randomUUID() })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  expect(await errOf({}, 'rep1')).toMatchObject({ code: 'FORBIDDEN' });
  expect(await errOf({}, 'agent')).toMatchObject({ code: 'FORBIDDEN' });
  const c = await campaign({ name: 'Spring Launch', type: 'Email' }, 'manager');
  // Org-wide read: a rep who cannot write still sees it.
  expect(ok(await as('rep3')(`query($id: ID!) { campaign(id: $id) { name } }`, { id: c.id })).campaign.name).toBe('Spring Launch');
  const upd = await as('rep1')(`mutation($id: ID!) { updateCampaign(id: $id, input: { name: "Mine" }) { id } }`, { id: c.id });
  expect(upd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const u = await as('marketing')(`mutation($id: ID!) { updateCampaign(id: $id, input: { startDate: "2026-06-01", endDate: "2026-05-01" }) { id } }`, { id: c.id });
  expect(u.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
});

test('hierarchy: cycles are refused, parents with children cannot be deleted, deletion takes members and statuses', async () => {
  const root = await campaign({ name: 'Root' });
  const child = await campaign({ name: 'Child', parentId: root.id });
  const grandchild = await campaign({ name: 'Grandchild', parentId: child.id });
  const q = `query($id: ID!) { campaign(id: $id) { parent { name parent { name } } } }`;
  expect(ok(await as('rep1')(q, { id: grandchild.id })).campaign.parent).toEqual({ name: 'Child', parent: { name: 'Root' } });
  const cyc = await as('marketing')(`mutation($id: ID!, $p: ID!) { updateCampaign(id: $id, input: { parentId: $p }) { id } }`, { id: root.id, p: grandchild.id });
  expect(cyc.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  const del = await as('marketing')(`mutation($id: ID!) { deleteCampaign(id: $id) }`, { id: child.id });
  expect(del.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  const [lead] = await insertLeads(1, acme.users.marketing.id, 'Hier');
  ok(await as('marketing')(MEMBER, { i: { campaignId: grandchild.id, leadId: lead } }));
  expect(ok(await as('marketing')(`mutation($id: ID!) { deleteCampaign(id: $id) }`, { id: grandchild.id })).deleteCampaign).toBe(grandchild.id);
  expect(await count(`SELECT count(*) n FROM campaign_member WHERE "campaignId" = $1`, [grandchild.id])).toBe(0);
  expect(await count(`SELECT count(*) n FROM campaign_member_status WHERE "campaignId" = $1`, [grandchild.id])).toBe(0);
});

test('member status rules: one default, at least one responded, unique labels, at most 50', async () => {
  const c = await campaign({ type: 'Email' });
  const byLabel = (l: string) => c.memberStatuses.find((s: any) => s.label === l);
  const upd = (label: string, i: Record<string, unknown>) => as('marketing')(UPD_STATUS, { id: byLabel(label).id, i });
  const CREATE_S = `mutation($i: CreateCampaignMemberStatusInput!) { createCampaignMemberStatus(input: $i) { id label isDefault sortOrder } }`;
  const created = ok(await as('marketing')(CREATE_S, { i: { campaignId: c.id, label: 'Bounced', isDefault: true } })).createCampaignMemberStatus;
  expect(created).toMatchObject({ label: 'Bounced', isDefault: true, sortOrder: 6 });
  let now = ok(await as('rep1')(STATUSES, { id: c.id })).campaign.memberStatuses;
  expect(now.filter((s: any) => s.isDefault).map((s: any) => s.label)).toEqual(['Bounced']);
  expect((await as('marketing')(UPD_STATUS, { id: created.id, i: { isDefault: false } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'isDefault' });
  ok(await upd('Sent', { isDefault: true }));
  now = ok(await as('rep1')(STATUSES, { id: c.id })).campaign.memberStatuses;
  expect(now.filter((s: any) => s.isDefault).map((s: any) => s.label)).toEqual(['Sent']);
  expect((await upd('Responded', { hasResponded: false })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hasResponded' });
  expect((await upd('Opened', { label: ' responded ' })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'label' });
  const dup = await as('marketing')(CREATE_S, { i: { campaignId: c.id, label: 'CLICKED' } });
  expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'label' });
  expect((await as('rep1')(CREATE_S, { i: { campaignId: c.id, label: 'Rep' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const delDefault = await as('marketing')(`mutation($id: ID!) { deleteCampaignMemberStatus(id: $id) }`, { id: byLabel('Sent').id });
  expect(delDefault.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  const delResponded = await as('marketing')(`mutation($id: ID!) { deleteCampaignMemberStatus(id: $id) }`, { id: byLabel('Responded').id });
  expect(delResponded.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  // Fill up to 50, then the 51st is refused.
  await t.ds.query(`INSERT INTO campaign_member_status ("orgId", "campaignId", label, "sortOrder") SELECT $1, $2, 'Extra ' || g, 100 + g FROM generate_series(1, 44) g`, [acme.org.id, c.id]);
  const full = await as('marketing')(CREATE_S, { i: { campaignId: c.id, label: 'One too many' } });
  expect(full.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'campaignId' });
});

test('changing a status re-evaluates and renames its members in one statement; a used status cannot be deleted', async () => {
  const c = await campaign({ type: 'Email' });
  const byLabel = (l: string) => c.memberStatuses.find((s: any) => s.label === l);
  const leads = await insertLeads(3, acme.users.marketing.id, 'Reeval');
  ok(await as('marketing')(ADD, { i: { campaignId: c.id, leadIds: leads, status: 'Opened' } }));
  await t.ds.query(`UPDATE campaign_member SET "firstRespondedDate" = '2020-01-01' WHERE "leadId" = $1`, [leads[0]]);
  const members = async () => (await t.ds.query(`SELECT "leadId", status, "hasResponded", "firstRespondedDate" FROM campaign_member WHERE "campaignId" = $1 ORDER BY "leadId"`, [c.id])) as any[];
  const r = await as('marketing')(UPD_STATUS, { id: byLabel('Opened').id, i: { hasResponded: true, label: 'Opened Email' } });
  expect(ok(r).updateCampaignMemberStatus).toMatchObject({ label: 'Opened Email', hasResponded: true });
  for (const m of await members()) {
    expect(m).toMatchObject({ status: 'Opened Email', hasResponded: true, firstRespondedDate: m.leadId === leads[0] ? '2020-01-01' : today() });
  }
  ok(await as('marketing')(UPD_STATUS, { id: byLabel('Opened').id, i: { hasResponded: false } }));
  for (const m of await members()) expect(m).toMatchObject({ hasResponded: false, firstRespondedDate: m.leadId === leads[0] ? '2020-01-01' : today() });
  const before = await members();
  const del = await as('marketing')(`mutation($id: ID!) { deleteCampaignMemberStatus(id: $id) }`, { id: byLabel('Opened').id });
  expect(del.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
  expect(await members()).toEqual(before);
  expect(ok(await as('rep1')(STATUSES, { id: c.id })).campaign.memberStatuses).toHaveLength(5);
  expect(ok(await as('marketing')(`mutation($id: ID!) { deleteCampaignMemberStatus(id: $id) }`, { id: byLabel('Clicked').id })).deleteCampaignMemberStatus).toBe(byLabel('Clicked').id);
});

test('members: default for unknown statuses, responded dates, duplicates, visibility, mirrored fields', async () => {
  const c = await campaign({ name: 'Member rules', type: 'Webinar' });
  const [lead] = await insertLeads(1, acme.users.rep1.id, 'Member');
  const [hidden] = await insertLeads(1, acme.users.rep3.id, 'Hidden');
  const acc = ok(await as('rep1')(`mutation { createAccount(input: { name: "Initech" }) { id } }`)).createAccount;
  const con = ok(await as('rep1')(`mutation($a: ID!) { createContact(input: { lastName: "Gibbons", firstName: "Peter", email: "peter@initech.test", accountId: $a }) { id } }`, { a: acc.id })).createContact;
  const m1 = ok(await as('rep1')(MEMBER, { i: { campaignId: c.id, leadId: lead, status: 'Maybe' } })).createCampaignMember;
  expect(m1).toMatchObject({ status: 'Invited', hasResponded: false, firstRespondedDate: null, type: 'Lead', name: 'Member 1', email: 'member1@example.test', companyOrAccount: 'Company 1' });
  const m2 = ok(await as('rep1')(MEMBER, { i: { campaignId: c.id, contactId: con.id, status: 'attended' } })).createCampaignMember;
  expect(m2).toMatchObject({ status: 'Attended', hasResponded: true, firstRespondedDate: today(), type: 'Contact', name: 'Peter Gibbons', email: 'peter@initech.test', companyOrAccount: 'Initech' });
  const n = () => count(`SELECT count(*) n FROM campaign_member WHERE "campaignId" = $1`, [c.id]);
  expect(await n()).toBe(2);
  expect((await as('rep1')(MEMBER, { i: { campaignId: c.id, leadId: lead } })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'leadId' });
  expect((await as('rep1')(MEMBER, { i: { campaignId: c.id, contactId: con.id } })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'contactId' });
  expect((await as('rep1')(MEMBER, { i: { campaignId: c.id, leadId: hidden } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadId' });
  expect((await as('rep1')(MEMBER, { i: { campaignId: c.id, leadId: lead, contactId: con.id } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect((await as('rep1')(MEMBER, { i: { campaignId: c.id } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadId' });
  expect(await n()).toBe(2);
  // Responded, then back: the first responded date stays.
  const UPD = `mutation($id: ID!, $s: String) { updateCampaignMember(id: $id, input: { status: $s }) { status hasResponded firstRespondedDate } }`;
  expect(ok(await as('rep1')(UPD, { id: m1.id, s: 'Attended' })).updateCampaignMember).toEqual({ status: 'Attended', hasResponded: true, firstRespondedDate: today() });
  expect(ok(await as('rep1')(UPD, { id: m1.id, s: 'No Show' })).updateCampaignMember).toEqual({ status: 'No Show', hasResponded: false, firstRespondedDate: today() });
  expect(ok(await as('rep1')(UPD, { id: m1.id, s: 'nonsense' })).updateCampaignMember.status).toBe('Invited');
  // Members are visible with the campaign; their person only to who may see it; changes need that.
  const seen = ok(await as('rep3')(`query($id: ID!) { campaignMember(id: $id) { status lead { id } name campaign { name } } }`, { id: m1.id })).campaignMember;
  expect(seen).toEqual({ status: 'Invited', lead: null, name: null, campaign: { name: 'Member rules' } });
  expect((await as('rep3')(UPD, { id: m1.id, s: 'Attended' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  // Reverse connections on Lead and Contact.
  const rev = ok(await as('rep1')(`query($id: ID!, $c: ID!) { campaignMember(id: $id) { lead { campaignMembers(first: 5) { totalCount nodes { campaign { name } } } } }
    contact(id: $c) { campaignMembers(filter: { hasResponded: { eq: true } }) { totalCount nodes { status } } } }`, { id: m1.id, c: con.id }));
  expect(rev.campaignMember.lead.campaignMembers).toEqual({ totalCount: 1, nodes: [{ campaign: { name: 'Member rules' } }] });
  expect(rev.contact.campaignMembers).toEqual({ totalCount: 1, nodes: [{ status: 'Attended' }] });
  expect(ok(await as('rep1')(`mutation($id: ID!) { deleteCampaignMember(id: $id) }`, { id: m2.id })).deleteCampaignMember).toBe(m2.id);
  expect(await n()).toBe(1);
});

test('addCampaignMembers: 1,000 leads in a constant number of statements, all or nothing, then paged', async () => {
  const small = await campaign({ name: 'Small' });
  const big = await campaign({ name: 'Big', type: 'Email' });
  const ids = await insertLeads(1000, acme.users.rep1.id, 'Bulk');
  // The manager sees rep1's leads through the hierarchy (the non-admin visibility path).
  const r10 = await as('manager')(ADD, { i: { campaignId: small.id, leadIds: ids.slice(0, 10), status: 'Responded' } });
  const r1000 = await as('manager')(ADD, { i: { campaignId: big.id, leadIds: ids } });
  expect(ok(r10).addCampaignMembers).toEqual({ added: 10, campaign: { id: small.id, name: 'Small' } });
  expect(ok(r1000).addCampaignMembers.added).toBe(1000);
  expect(r1000.extensions?.sqlStatements).toBe(r10.extensions?.sqlStatements);
  expect(r1000.extensions?.sqlStatements).toBeLessThanOrEqual(5);
  const statuses = await t.ds.query(`SELECT status, "hasResponded", "firstRespondedDate", count(*)::int n FROM campaign_member WHERE "campaignId" = ANY($1) GROUP BY 1, 2, 3 ORDER BY 1`, [[small.id, big.id]]);
  expect(statuses).toEqual([{ status: 'Responded', hasResponded: true, firstRespondedDate: today(), n: 10 }, { status: 'Sent', hasResponded: false, firstRespondedDate: null, n: 1000 }]);

  const c = await campaign({ name: 'All or nothing' });
  const n = () => count(`SELECT count(*) n FROM campaign_member WHERE "campaignId" = $1`, [c.id]);
  const con = ok(await as('rep1')(`mutation { createContact(input: { lastName: "Bulk Contact" }) { id } }`)).createContact;
  const [foreign] = await insertLeads(1, acme.users.rep3.id, 'Foreign');
  const missing = randomUUID();
  const bad = await as('manager')(ADD, { i: { campaignId: c.id, leadIds: [...ids.slice(0, 50), missing, foreign], contactIds: [con.id] } });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadIds', id: missing });
  expect(bad.errors?.[0].message).toContain(missing);
  const hidden = await as('manager')(ADD, { i: { campaignId: c.id, leadIds: [ids[0], foreign] } });
  expect(hidden.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadIds', id: foreign });
  expect(await n()).toBe(0);
  ok(await as('manager')(ADD, { i: { campaignId: c.id, leadIds: [ids[7]] } }));
  const dup = await as('manager')(ADD, { i: { campaignId: c.id, leadIds: ids.slice(0, 20), contactIds: [con.id] } });
  expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'leadIds' });
  expect(dup.errors?.[0].message).toContain(ids[7]);
  const deduped = await as('manager')(ADD, { i: { campaignId: c.id, leadIds: ids.slice(100, 120), contactIds: [con.id, con.id] } });
  expect(ok(deduped).addCampaignMembers.added).toBe(21);
  const again = await as('manager')(ADD, { i: { campaignId: c.id, leadIds: ids.slice(200, 210), contactIds: [con.id] } });
  expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'contactIds' });
  expect(await n()).toBe(22);

  // Paging the 1,000 members of the big campaign.
  const PAGE = `query($id: ID!, $after: String) { campaign(id: $id) { members(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id lead { id } } } } }`;
  const p1 = ok(await as('rep1')(PAGE, { id: big.id })).campaign.members;
  const p2 = ok(await as('rep1')(PAGE, { id: big.id, after: p1.pageInfo.endCursor })).campaign.members;
  expect([p1.totalCount, p1.nodes.length, p1.pageInfo.hasNextPage, p2.nodes.length]).toEqual([1000, 3, true, 3]);
  expect(new Set([...p1.nodes, ...p2.nodes].map((m: any) => m.id)).size).toBe(6);
  const filtered = ok(await as('rep1')(`query($id: ID!) { campaign(id: $id) { members(first: 1, filter: { leadId: { eq: "${ids[5]}" } }) { totalCount } } }`, { id: big.id }));
  expect(filtered.campaign.members.totalCount).toBe(1);
});

test('relation fields are batched: statements do not grow with the number of campaigns', async () => {
  const Q = `query($n: Int) { campaigns(first: $n, filter: { name: { startsWith: "Batch" } }) { nodes { owner { id } parent { id } memberStatuses { label } members(first: 2) { totalCount nodes { name campaign { id } } } opportunities(first: 2) { totalCount } } } }`;
  for (let i = 0; i < 6; i++) {
    const c = await campaign({ name: `Batch ${i}` });
    ok(await as('marketing')(ADD, { i: { campaignId: c.id, leadIds: await insertLeads(2, acme.users.marketing.id, `B${i}`) } }));
  }
  const few = await as('marketing')(Q, { n: 2 });
  const many = await as('marketing')(Q, { n: 6 });
  expect(ok(many).campaigns.nodes).toHaveLength(6);
  expect(ok(many).campaigns.nodes[5].members.nodes[0].name).toMatch(/^B5 /);
  expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);
  expect(many.extensions?.sqlStatements).toBeLessThanOrEqual(9);
});

test('Opportunity.campaign and Campaign.opportunities follow the Primary Campaign Source', async () => {
  const c = await campaign({ name: 'Source' });
  await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "closeDate", "forecastCategoryName", "campaignId")
     VALUES ($1, $2, 'Rep1 deal', 'Prospecting', '2026-12-01', 'Pipeline', $4), ($1, $3, 'Rep3 deal', 'Prospecting', '2026-12-02', 'Pipeline', $4)`,
    [acme.org.id, acme.users.rep1.id, acme.users.rep3.id, c.id],
  );
  const Q = `query($id: ID!) { campaign(id: $id) { opportunities(first: 10) { totalCount nodes { name campaign { id name } } } } }`;
  const rep = ok(await as('rep1')(Q, { id: c.id })).campaign.opportunities;
  expect(rep).toEqual({ totalCount: 1, nodes: [{ name: 'Rep1 deal', campaign: { id: c.id, name: 'Source' } }] });
  expect(ok(await as('admin')(Q, { id: c.id })).campaign.opportunities.totalCount).toBe(2);
});
