import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

const OPP = 'id name stageName amount probability forecastCategoryName isClosed isWon expectedRevenue lostReason closeDate';
const createOpp = (i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { ${OPP} } }`, { i }, token);
const updateOpp = (id: string, i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { ${OPP} } }`, { id, i }, token);
const createLead = (i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($i: CreateLeadInput!) { createLead(input: $i) { id name status isConverted owner { id } } }`, { i }, token);
const convert = (i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($i: LeadConvertInput!) { convertLead(input: $i) { leadId accountId contactId opportunityId
    account { name industry annualRevenue numberOfEmployees billingCity } contact { name email phone leadSource account { id } }
    opportunity { name stageName closeDate leadSource probability contact { id } } } }`, { i }, token);
const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
  Number((await t.ds.query(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`, params))[0].n);
const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const insert = async (table: string, row: Record<string, unknown>) => {
  const cols = Object.keys(row);
  const sql = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`;
  return (await t.ds.query(sql, Object.values(row)))[0].id as string;
};
const base = { name: 'Deal', stageName: 'Prospecting', closeDate: '2030-06-30' };

test('picklists: active stages by sortOrder and lead statuses of the org', async () => {
  const r = ok(await t.gql(`{ opportunityStages { apiName defaultProbability isClosed isWon } leadStatuses { apiName isConverted isDefault } }`, {}, acme.tokens.rep1));
  expect(r.opportunityStages.map((s: any) => s.apiName)).toEqual(['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition',
    'Id. Decision Makers', 'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost']);
  expect(r.leadStatuses).toContainEqual({ apiName: 'Closed - Converted', isConverted: true, isDefault: false });

  const other = await createOrg(t, 'Stages');
  await t.ds.query(`UPDATE opportunity_stage SET "isActive" = false WHERE "orgId" = $1 AND "apiName" = 'Needs Analysis'`, [other.org.id]);
  const s = ok(await t.gql(`{ opportunityStages { apiName } }`, {}, other.tokens.rep1)).opportunityStages.map((x: any) => x.apiName);
  expect(s).not.toContain('Needs Analysis');
  expect(errorOf(await createOpp({ ...base, stageName: 'Needs Analysis' }, other.tokens.rep1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageName' });
  // Acme's stage is still active.
  ok(await createOpp({ ...base, stageName: 'Needs Analysis' }));
});

test('the stage derives probability, forecast category, isClosed and isWon', async () => {
  const o = ok(await createOpp({ ...base, amount: 1000 })).createOpportunity;
  expect(o).toMatchObject({ probability: 10, forecastCategoryName: 'Pipeline', isClosed: false, isWon: false, expectedRevenue: 100 });
  // Competitor_Required_At_Proposal (a default validation rule) wants the competitor from Proposal/Price Quote on.
  let u = ok(await updateOpp(o.id, { stageName: 'Negotiation/Review', competitor: 'HubSpot' })).updateOpportunity;
  expect(u).toMatchObject({ probability: 90, forecastCategoryName: 'Commit', expectedRevenue: 900 });
  u = ok(await updateOpp(o.id, { amount: 2000 })).updateOpportunity;
  expect(u).toMatchObject({ probability: 90, expectedRevenue: 1800 });
  u = ok(await updateOpp(o.id, { stageName: 'Closed Won' })).updateOpportunity;
  expect(u).toMatchObject({ probability: 100, forecastCategoryName: 'Closed', isClosed: true, isWon: true, expectedRevenue: 2000 });
});

test('explicit probability and forecast category are kept; isClosed is not writable', async () => {
  const o = ok(await createOpp({ ...base, amount: 200, probability: 35, forecastCategoryName: 'Best Case' })).createOpportunity;
  expect(o).toMatchObject({ probability: 35, forecastCategoryName: 'Best Case', expectedRevenue: 70 });
  // Same stage again: not a change, the overrides stay.
  expect(ok(await updateOpp(o.id, { stageName: 'Prospecting', name: 'Renamed' })).updateOpportunity).toMatchObject({ probability: 35, forecastCategoryName: 'Best Case' });
  const u = ok(await updateOpp(o.id, { stageName: 'Value Proposition', probability: 55 })).updateOpportunity;
  expect(u).toMatchObject({ probability: 55, forecastCategoryName: 'Pipeline' });
  expect(ok(await updateOpp(o.id, { probability: null })).updateOpportunity.probability).toBe(50);
  expect(errorOf(await updateOpp(o.id, { forecastCategoryName: 'Maybe' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forecastCategoryName' });
  expect(errorOf(await updateOpp(o.id, { probability: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'probability' });
  const literal = await t.gql(`mutation($id: ID!) { updateOpportunity(id: $id, input: { isClosed: true }) { id } }`, { id: o.id }, acme.tokens.rep1);
  expect(errorOf(literal)?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(errorOf(await updateOpp(o.id, { stageName: 'Nope' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageName' });
  const [row] = await t.ds.query(`SELECT "stageName", probability, "isClosed" FROM opportunity WHERE id = $1`, [o.id]);
  expect(row).toEqual({ stageName: 'Value Proposition', probability: 50, isClosed: false });
});

test('a lost stage requires lostReason (the default validation rule)', async () => {
  const o = ok(await createOpp(base)).createOpportunity;
  expect(errorOf(await updateOpp(o.id, { stageName: 'Closed Lost' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lostReason' });
  expect((await t.ds.query(`SELECT "stageName" FROM opportunity WHERE id = $1`, [o.id]))[0].stageName).toBe('Prospecting');
  const u = ok(await updateOpp(o.id, { stageName: 'Closed Lost', lostReason: 'Price' })).updateOpportunity;
  expect(u).toMatchObject({ probability: 0, forecastCategoryName: 'Omitted', isClosed: true, isWon: false, lostReason: 'Price' });
  expect(errorOf(await updateOpp(o.id, { lostReason: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lostReason' });
});

test('account, contact and campaign references are checked', async () => {
  const acc = (name: string, token: string) => t.gql(`mutation($n: String!) { createAccount(input: { name: $n }) { id } }`, { n: name }, token).then((r) => ok(r).createAccount.id);
  const a1 = await acc('Ref One', acme.tokens.rep1);
  const a2 = await acc('Ref Two', acme.tokens.rep1);
  const theirs = await acc('Rep2 Co', acme.tokens.rep2);
  const c2 = ok(await t.gql(`mutation($a: ID!) { createContact(input: { lastName: "Other", accountId: $a }) { id } }`, { a: a2 }, acme.tokens.rep1)).createContact.id;
  expect(errorOf(await createOpp({ ...base, accountId: a1, contactId: c2 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
  expect(errorOf(await createOpp({ ...base, accountId: theirs }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
  expect(errorOf(await createOpp({ ...base, campaignId: crypto.randomUUID() }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'campaignId' });
  // Campaigns are visible org-wide: a rep may credit marketing's campaign.
  const camp = await insert('campaign', { orgId: acme.org.id, ownerId: acme.users.marketing.id, name: 'Webinar' });
  const o = ok(await createOpp({ ...base, accountId: a2, contactId: c2, campaignId: camp })).createOpportunity;
  const r = ok(await t.gql(`query($id: ID!) { opportunity(id: $id) { account { id } contact { id } } }`, { id: o.id }, acme.tokens.rep1));
  expect(r.opportunity).toEqual({ account: { id: a2 }, contact: { id: c2 } });
  // Moving the account away from the contact's account is refused.
  expect(errorOf(await updateOpp(o.id, { accountId: a1 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
});

test('lead rules: required fields, default and converted statuses, derived name', async () => {
  const l = ok(await createLead({ firstName: 'Ann', lastName: 'Lee', company: 'Lee Ltd' })).createLead;
  expect(l).toMatchObject({ name: 'Ann Lee', status: 'Open - Not Contacted', isConverted: false, owner: { id: acme.users.rep1.id } });
  const upd = (i: object) => t.gql(`mutation($id: ID!, $i: UpdateLeadInput!) { updateLead(id: $id, input: $i) { name status } }`, { id: l.id, i }, acme.tokens.rep1);
  expect(ok(await upd({ status: 'Working - Contacted', firstName: 'Anna' })).updateLead).toEqual({ name: 'Anna Lee', status: 'Working - Contacted' });
  expect(errorOf(await upd({ status: 'Closed - Converted' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  expect(errorOf(await upd({ status: 'Bogus' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  expect(errorOf(await upd({ company: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'company' });
  const literal = await t.gql(`mutation($id: ID!) { updateLead(id: $id, input: { isConverted: true }) { id } }`, { id: l.id }, acme.tokens.rep1);
  expect(errorOf(literal)?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(errorOf(await createLead({ lastName: 'X', company: 'Y', status: 'Closed - Converted' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  const noCompany = await t.gql(`mutation { createLead(input: { lastName: "NoCompany" }) { id } }`, {}, acme.tokens.rep1);
  expect(errorOf(noCompany)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', field: 'company' });
  expect(await count('lead', `"lastName" IN ('X', 'NoCompany')`)).toBe(0);
});

test('convertLead creates account, contact and opportunity and carries campaigns and activities over', async () => {
  const lead = ok(await createLead({
    firstName: 'Bo', lastName: 'Chen', company: 'Chen Robotics', email: 'bo@chen.test', industry: 'Machinery', annualRevenue: 5e6,
    numberOfEmployees: 40, city: 'Austin', leadSource: 'Web',
  })).createLead;
  const [c1, c2] = [await insert('campaign', { orgId: acme.org.id, ownerId: acme.users.marketing.id, name: 'Old' }),
    await insert('campaign', { orgId: acme.org.id, ownerId: acme.users.marketing.id, name: 'New' })];
  await insert('campaign_member', { orgId: acme.org.id, campaignId: c1, leadId: lead.id, status: 'Sent', createdDate: '2024-01-01' });
  await insert('campaign_member', { orgId: acme.org.id, campaignId: c2, leadId: lead.id, status: 'Responded', hasResponded: true, createdDate: '2024-02-01' });
  const task = await insert('task', { orgId: acme.org.id, ownerId: acme.users.rep1.id, leadId: lead.id, status: 'Not Started', subject: 'Call' });
  const event = await insert('event', { orgId: acme.org.id, ownerId: acme.users.rep1.id, leadId: lead.id, subject: 'Demo' });

  const r = ok(await convert({ leadId: lead.id, convertedStatus: 'Closed - Converted' })).convertLead;
  expect(r.account).toEqual({ name: 'Chen Robotics', industry: 'Machinery', annualRevenue: 5e6, numberOfEmployees: 40, billingCity: 'Austin' });
  expect(r.contact).toEqual({ name: 'Bo Chen', email: 'bo@chen.test', phone: null, leadSource: 'Web', account: { id: r.accountId } });
  expect(r.opportunity).toEqual({ name: 'Chen Robotics-', stageName: 'Prospecting', closeDate: day(30), leadSource: 'Web', probability: 10, contact: { id: r.contactId } });
  const q = ok(await t.gql(`query($id: ID!, $c: ID!) { lead(id: $id) { status isConverted convertedDate convertedAccount { id } convertedContact { id opportunities { nodes { id } } } convertedOpportunity { id } }
    opportunities(filter: { campaignId: { eq: $c } }) { nodes { id } } }`, { id: lead.id, c: c2 }, acme.tokens.rep1));
  expect(q.lead).toEqual({ status: 'Closed - Converted', isConverted: true, convertedDate: day(), convertedAccount: { id: r.accountId },
    convertedContact: { id: r.contactId, opportunities: { nodes: [{ id: r.opportunityId }] } }, convertedOpportunity: { id: r.opportunityId } });
  expect(q.opportunities.nodes).toEqual([{ id: r.opportunityId }]);
  const members = await t.ds.query(`SELECT "campaignId", "contactId", "leadId", status, "hasResponded" FROM campaign_member WHERE "leadId" = $1 ORDER BY "createdDate"`, [lead.id]);
  expect(members).toEqual([
    { campaignId: c1, contactId: r.contactId, leadId: lead.id, status: 'Sent', hasResponded: false },
    { campaignId: c2, contactId: r.contactId, leadId: lead.id, status: 'Responded', hasResponded: true },
  ]);
  for (const [table, id] of [['task', task], ['event', event]]) {
    const [a] = await t.ds.query(`SELECT "leadId", "contactId", "accountId", "opportunityId" FROM "${table}" WHERE id = $1`, [id]);
    expect(a).toEqual({ leadId: null, contactId: r.contactId, accountId: r.accountId, opportunityId: r.opportunityId });
  }
  // Converted: read-only for everyone but admins, and converted once only.
  const upd = (token: string) => t.gql(`mutation($id: ID!) { updateLead(id: $id, input: { rating: "Hot" }) { rating } }`, { id: lead.id }, token);
  expect(errorOf(await upd(acme.tokens.rep1))?.code).toBe('FORBIDDEN');
  expect(ok(await upd(acme.tokens.admin)).updateLead.rating).toBe('Hot');
  expect(errorOf(await convert({ leadId: lead.id, convertedStatus: 'Closed - Converted' }))).toMatchObject({ code: 'CONFLICT', field: 'leadId' });
});

test('convertLead into an existing account and contact fills only blank fields', async () => {
  const acc = ok(await t.gql(`mutation { createAccount(input: { name: "Merge Co", industry: "Existing" }) { id } }`, {}, acme.tokens.rep1)).createAccount.id;
  const con = ok(await t.gql(`mutation($a: ID!) { createContact(input: { lastName: "Diaz", email: "keep@diaz.test", accountId: $a }) { id } }`, { a: acc }, acme.tokens.rep1)).createContact.id;
  const stranger = ok(await t.gql(`mutation { createContact(input: { lastName: "Elsewhere" }) { id } }`, {}, acme.tokens.rep1)).createContact.id;
  const lead = ok(await createLead({ lastName: 'Diaz', firstName: 'Eva', company: 'Merge Co', email: 'lead@diaz.test', phone: '555-0100', industry: 'Lead Ind', city: 'Lyon' })).createLead;
  const camp = [await insert('campaign', { orgId: acme.org.id, ownerId: acme.users.marketing.id, name: 'Both' }),
    await insert('campaign', { orgId: acme.org.id, ownerId: acme.users.marketing.id, name: 'LeadOnly' })];
  await insert('campaign_member', { orgId: acme.org.id, campaignId: camp[0], contactId: con, status: 'Sent' });
  for (const c of camp) await insert('campaign_member', { orgId: acme.org.id, campaignId: c, leadId: lead.id, status: 'Sent' });

  const snapshot = () => Promise.all(['account', 'contact', 'opportunity', 'campaign_member'].map((x) => count(x)));
  const before = await snapshot();
  const bad = await convert({ leadId: lead.id, convertedStatus: 'Closed - Converted', accountId: acc, contactId: stranger });
  expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
  expect(errorOf(await convert({ leadId: lead.id, convertedStatus: 'Working - Contacted', accountId: acc }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'convertedStatus' });
  expect((await t.ds.query(`SELECT "billingCity" FROM account WHERE id = $1`, [acc]))[0].billingCity).toBeNull();

  const r = ok(await convert({ leadId: lead.id, convertedStatus: 'Closed - Converted', accountId: acc, contactId: con, doNotCreateOpportunity: true })).convertLead;
  expect(r).toMatchObject({ accountId: acc, contactId: con, opportunityId: null, opportunity: null });
  expect(r.account).toMatchObject({ name: 'Merge Co', industry: 'Existing', billingCity: 'Lyon' });
  expect(r.contact).toMatchObject({ name: 'Eva Diaz', email: 'keep@diaz.test', phone: '555-0100' });
  expect(await snapshot()).toEqual(before);
  const members = await t.ds.query(`SELECT "campaignId", "contactId" FROM campaign_member WHERE "leadId" = $1`, [lead.id]);
  expect(members).toEqual(expect.arrayContaining([{ campaignId: camp[0], contactId: null }, { campaignId: camp[1], contactId: con }]));
});

test('lists filter and sort; nested relations cost a constant number of statements', async () => {
  const orgId = acme.org.id;
  await t.ds.query(`DELETE FROM opportunity WHERE "orgId" = $1`, [orgId]);
  for (const [amount, closeDate] of [[500, '2030-03-01'], [100, '2030-01-01'], [300, '2030-02-01']] as const) {
    const acc = ok(await t.gql(`mutation($n: String!) { createAccount(input: { name: $n }) { id } }`, { n: `Listy ${amount}` }, acme.tokens.rep2)).createAccount.id;
    ok(await createOpp({ ...base, amount, closeDate, accountId: acc }, acme.tokens.rep2));
    if (amount === 100) ok(await createOpp({ ...base, amount: 1, closeDate: '2031-01-01', accountId: acc }, acme.tokens.rep2));
  }
  const list = (args: string) => t.gql(`{ opportunities${args} { totalCount nodes { amount owner { name } account { name opportunities(first: 2) { totalCount } } } } }`, {}, acme.tokens.rep2);
  const def = ok(await list(''));
  expect(def.opportunities.nodes.map((n: any) => n.amount)).toEqual([100, 300, 500, 1]);
  expect(def.opportunities.nodes.map((n: any) => n.account.opportunities.totalCount)).toEqual([2, 1, 1, 2]);
  const filtered = ok(await list('(filter: { amount: { gte: 200 }, stageName: { eq: "Prospecting" } }, orderBy: [{ field: amount, direction: DESC }])'));
  expect(filtered.opportunities.nodes.map((n: any) => n.amount)).toEqual([500, 300]);
  const few = (await list('(first: 1)')).extensions?.sqlStatements;
  expect(few).toBeLessThanOrEqual(5);
  expect((await list('')).extensions?.sqlStatements).toBe(few);
  const leads = ok(await t.gql(`{ leads(first: 2) { nodes { createdDate } } }`, {}, acme.tokens.rep1)).leads.nodes;
  expect(leads[0].createdDate >= leads[1].createdDate).toBe(true);
});

test('a new owner gets the new records and the open activities; only within the team', async () => {
  const lead = ok(await createLead({ lastName: 'Fox', company: 'Fox Inc' })).createLead;
  const open = await insert('task', { orgId: acme.org.id, ownerId: acme.users.rep1.id, leadId: lead.id, status: 'Not Started' });
  const done = await insert('task', { orgId: acme.org.id, ownerId: acme.users.rep1.id, leadId: lead.id, status: 'Completed', isClosed: true });
  const before = await count('account');
  const denied = await convert({ leadId: lead.id, convertedStatus: 'Closed - Converted', ownerId: acme.users.rep3.id });
  expect(errorOf(denied)).toMatchObject({ code: 'FORBIDDEN', field: 'ownerId' });
  expect(await count('account')).toBe(before);
  expect(await count('lead', '"isConverted" AND id = $1', [lead.id])).toBe(0);

  const r = ok(await t.gql(`mutation($i: LeadConvertInput!) { convertLead(input: $i) { account { owner { id } } contact { owner { id } } opportunity { owner { id } } } }`,
    { i: { leadId: lead.id, convertedStatus: 'Closed - Converted', ownerId: acme.users.rep2.id } }, acme.tokens.manager)).convertLead;
  const rep2 = { owner: { id: acme.users.rep2.id } };
  expect(r).toEqual({ account: rep2, contact: rep2, opportunity: rep2 });
  const owners = await t.ds.query(`SELECT id, "ownerId" FROM task WHERE id = ANY($1)`, [[open, done]]);
  expect(Object.fromEntries(owners.map((o: any) => [o.id, o.ownerId]))).toEqual({ [open]: acme.users.rep2.id, [done]: acme.users.rep1.id });
});

test('bad input through GraphQL is refused with a code and field, and changes nothing', async () => {
  const get = (id: string) => t.gql(`query($id: ID!) { opportunity(id: $id) { id } }`, { id }, acme.tokens.rep1);
  expect(errorOf(await get(crypto.randomUUID()))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  expect(errorOf(await get('not-an-id'))?.code).toBe('BAD_USER_INPUT');
  const bad = await t.gql(`{ opportunities(orderBy: [{ field: nope }]) { totalCount } }`, {}, acme.tokens.rep1);
  expect(errorOf(bad)?.code).toBeTruthy();
  expect(bad.data).toBeUndefined();
  const o = ok(await createOpp(base)).createOpportunity;
  const n = await count('opportunity');
  expect(errorOf(await createOpp({ ...base, amount: -1 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  const missing = await t.gql(`mutation { createOpportunity(input: { name: "No date", stageName: "Prospecting" }) { id } }`, {}, acme.tokens.rep1);
  expect(errorOf(missing)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', field: 'closeDate' });
  const huge = 'x'.repeat(1024 * 1024);
  expect(errorOf(await createOpp({ ...base, name: huge }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  expect(errorOf(await updateOpp(o.id, { name: huge }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  expect(errorOf(await updateOpp(o.id, { amount: -5 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  expect(errorOf(await updateOpp(crypto.randomUUID(), { amount: 5 }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  expect(await count('opportunity')).toBe(n);
  expect((await t.ds.query(`SELECT name, amount FROM opportunity WHERE id = $1`, [o.id]))[0]).toEqual({ name: 'Deal', amount: null });
});

test('a required field missing from the variables is BAD_USER_INPUT with the field', async () => {
  const { closeDate: _, ...noDate } = base;
  const n = await count('opportunity');
  expect(errorOf(await createOpp(noDate))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closeDate' });
  expect(await count('opportunity')).toBe(n);
});
