import { LEAD_SOURCES as ORG_DEFAULTS } from '../src/identity/org-defaults';
import { LEAD_SOURCES as DEMO_SOURCES } from '../src/seed/names';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// Lead gaps of issue 10: isUnreadByOwner, the LeadSource picklist (and Rating), conversion into
// an existing opportunity, Account.ancestors.
let t: TestServer;
let acme: OrgFixture;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'Gaps');
}, 180_000);
afterAll(() => t?.stop());

const as = (who: string) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, acme.tokens[who]);
const err = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const newLead = (who: string, extra: Record<string, unknown> = {}) =>
  as(who)(`mutation($i: CreateLeadInput!) { createLead(input: $i) { id isUnreadByOwner version } }`, { i: { lastName: 'Lee', company: 'Gap Co', ...extra } });
const unread = async (id: string) => (await t.ds.query(`SELECT "isUnreadByOwner" u, version FROM lead WHERE id = $1`, [id]))[0];

describe('isUnreadByOwner', () => {
  test('a lead created for someone else is unread until its owner marks it read; reads never write', async () => {
    const created = ok(await newLead('manager', { ownerId: acme.users.rep1.id })).createLead;
    expect(created.isUnreadByOwner).toBe(true);
    // Reading it (even as the owner) changes nothing.
    ok(await as('rep1')(`query($id: ID!) { lead(id: $id) { isUnreadByOwner } }`, { id: created.id }));
    expect(await unread(created.id)).toEqual({ u: true, version: created.version });
    // The manager (not the owner) marking it read changes nothing either.
    expect(ok(await as('manager')(`mutation($id: ID!) { markLeadRead(id: $id) { isUnreadByOwner } }`, { id: created.id })).markLeadRead.isUnreadByOwner).toBe(true);
    const r = ok(await as('rep1')(`mutation($id: ID!) { markLeadRead(id: $id) { id isUnreadByOwner version } }`, { id: created.id })).markLeadRead;
    // Not an edit: the version the page read stays valid for its next update.
    expect(r).toEqual({ id: created.id, isUnreadByOwner: false, version: created.version });
    expect(await unread(created.id)).toEqual({ u: false, version: created.version });
    // Someone outside the team cannot even see it.
    expect(err(await as('rep3')(`mutation($id: ID!) { markLeadRead(id: $id) { id } }`, { id: created.id }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('own leads are read; reassignment by someone else makes them unread, taking one yourself does not', async () => {
    const mine = ok(await newLead('rep1')).createLead;
    expect(mine.isUnreadByOwner).toBe(false);
    const give = (who: string, ownerId: string) =>
      as(who)(`mutation($id: ID!, $o: ID!) { updateLead(id: $id, input: { ownerId: $o }) { isUnreadByOwner } }`, { id: mine.id, o: ownerId });
    expect(ok(await give('manager', acme.users.rep2.id)).updateLead.isUnreadByOwner).toBe(true);
    // An edit that keeps the owner keeps the flag.
    ok(await as('manager')(`mutation($id: ID!) { updateLead(id: $id, input: { title: "CTO" }) { id } }`, { id: mine.id }));
    expect((await unread(mine.id)).u).toBe(true);
    expect(ok(await give('manager', acme.users.manager.id)).updateLead.isUnreadByOwner).toBe(false);
  });

  test('mass owner change marks the leads unread; the review filter finds them', async () => {
    const ids = [ok(await newLead('rep1')).createLead.id, ok(await newLead('rep1')).createLead.id];
    await t.ds.query(`UPDATE lead SET status = 'Working - Contacted' WHERE id = ANY($1)`, [ids]);
    const r = ok(await as('manager')(`mutation($i: MassUpdateLeadsInput!) { massUpdateLeads(input: $i) { succeeded errors { field } } }`, {
      i: { ids, values: [{ field: 'ownerId', value: acme.users.rep2.id }] },
    })).massUpdateLeads;
    expect(r).toEqual({ succeeded: 2, errors: [] });
    expect((await t.ds.query(`SELECT bool_and("isUnreadByOwner") u FROM lead WHERE id = ANY($1)`, [ids]))[0].u).toBe(true);
    const review = ok(await as('rep2')(`query($me: ID!) { leads(first: 50, filter: { ownerId: { eq: $me }, isConverted: { eq: false },
      _or: [{ status: { eq: "Open - Not Contacted" } }, { isUnreadByOwner: { eq: true } }] }) { nodes { id isUnreadByOwner } } }`, { me: acme.users.rep2.id })).leads.nodes;
    expect(review.filter((n: { id: string }) => ids.includes(n.id))).toHaveLength(2);
  });
});

describe('LeadSource and Rating picklists', () => {
  const SOURCES = `query($all: Boolean) { leadSources(includeInactive: $all) { id apiName masterLabel sortOrder isActive } }`;

  test('a fresh org has the newer Salesforce defaults and the demo values, in order', async () => {
    const names = ok(await as('rep1')(SOURCES)).leadSources.map((s: { apiName: string }) => s.apiName);
    expect(names).toEqual(['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Trade Show', 'Employee Referral', 'Advertisement', 'Seminar - Internal', 'Word of mouth', 'Other']);
  });

  test('every value the demo seed writes is a default (the seed bypasses the service checks)', () => {
    expect(DEMO_SOURCES.map(([v]) => v).filter((v) => !ORG_DEFAULTS.includes(v))).toEqual([]);
  });

  test('writes of lead, contact and opportunity take only active values; rating only Hot, Warm, Cold', async () => {
    expect(err(await newLead('rep1', { leadSource: 'Carrier Pigeon' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadSource' });
    expect(err(await newLead('rep1', { rating: 'Lukewarm' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    expect(ok(await newLead('rep1', { leadSource: 'Web', rating: 'Hot' })).createLead.id).toBeTruthy();
    expect(err(await as('rep1')(`mutation { createContact(input: { lastName: "X", leadSource: "Nope" }) { id } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadSource' });
    expect(err(await as('rep1')(`mutation { createOpportunity(input: { name: "O", stageName: "Prospecting", closeDate: "2027-01-01", leadSource: "Nope" }) { id } }`)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadSource' });
  });

  test('admins create, rename (cascading), deactivate and delete values; reps cannot', async () => {
    expect(err(await as('rep1')(`mutation { createLeadSource(input: { apiName: "Webinar" }) { id } }`))).toMatchObject({ code: 'FORBIDDEN' });
    const s = ok(await as('admin')(`mutation { createLeadSource(input: { apiName: "Webinar" }) { id apiName masterLabel sortOrder isActive } }`)).createLeadSource;
    expect(s).toMatchObject({ apiName: 'Webinar', masterLabel: 'Webinar', sortOrder: 11, isActive: true });
    expect(err(await as('admin')(`mutation { createLeadSource(input: { apiName: "Webinar" }) { id } }`))).toMatchObject({ code: 'CONFLICT', field: 'apiName' });
    const lead = ok(await newLead('rep1', { leadSource: 'Webinar' })).createLead;
    ok(await as('admin')(`mutation($id: ID!) { updateLeadSource(id: $id, input: { apiName: "Online Event" }) { id } }`, { id: s.id }));
    expect((await t.ds.query(`SELECT "leadSource" FROM lead WHERE id = $1`, [lead.id]))[0].leadSource).toBe('Online Event');
    expect(err(await as('admin')(`mutation($id: ID!) { deleteLeadSource(id: $id) }`, { id: s.id }))).toMatchObject({ code: 'CONFLICT' });
    ok(await as('admin')(`mutation($id: ID!) { updateLeadSource(id: $id, input: { isActive: false }) { id } }`, { id: s.id }));
    expect(ok(await as('rep1')(SOURCES)).leadSources.some((v: { apiName: string }) => v.apiName === 'Online Event')).toBe(false);
    expect(ok(await as('admin')(SOURCES, { all: true })).leadSources.find((v: { apiName: string }) => v.apiName === 'Online Event')).toMatchObject({ isActive: false });
    expect(err(await newLead('rep1', { leadSource: 'Online Event' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadSource' });
    const unused = ok(await as('admin')(`mutation { createLeadSource(input: { apiName: "Fax" }) { id } }`)).createLeadSource.id;
    expect(ok(await as('admin')(`mutation($id: ID!) { deleteLeadSource(id: $id) }`, { id: unused })).deleteLeadSource).toBe(unused);
  });

  test('import and mass update report invalid lead sources and ratings per row', async () => {
    const csv = 'Last Name,Company,Lead Source,Rating\nA,Co,Web,Hot\nB,Co,Smoke Signal,Warm\nC,Co,Other,Tepid\n';
    const mapping = [{ column: 'Last Name', field: 'lastName' }, { column: 'Company', field: 'company' }, { column: 'Lead Source', field: 'leadSource' }, { column: 'Rating', field: 'rating' }];
    const r = ok(await as('rep1')(`mutation($i: ImportRecordsInput!) { importRecords(input: $i) { succeeded failed errors { row field code } } }`, {
      i: { objectApiName: 'Lead', csv, mapping, mode: 'PER_ROW' },
    })).importRecords;
    expect(r).toEqual({ succeeded: 1, failed: 2, errors: [{ row: 3, field: 'leadSource', code: 'BAD_USER_INPUT' }, { row: 4, field: 'rating', code: 'BAD_USER_INPUT' }] });
    const id = ok(await newLead('rep1')).createLead.id;
    const contact = ok(await as('rep1')(`mutation { createContact(input: { lastName: "Y" }) { id } }`)).createContact.id;
    const m = ok(await as('rep1')(`mutation($i: MassUpdateContactsInput!) { massUpdateContacts(input: $i) { failed errors { field } } }`, {
      i: { ids: [contact], values: [{ field: 'leadSource', value: 'Bogus' }] },
    })).massUpdateContacts;
    expect(m).toEqual({ failed: 1, errors: [{ field: 'leadSource' }] });
    const l = ok(await as('rep1')(`mutation($i: MassUpdateLeadsInput!) { massUpdateLeads(input: $i) { failed errors { field } } }`, {
      i: { ids: [id], values: [{ field: 'leadSource', value: 'Bogus' }] },
    })).massUpdateLeads;
    expect(l).toEqual({ failed: 1, errors: [{ field: 'leadSource' }] });
  });
});

describe('convertLead into an existing opportunity', () => {
  const CONVERT = `mutation($i: LeadConvertInput!) { convertLead(input: $i) { accountId contactId opportunityId } }`;
  const setup = async () => {
    const account = ok(await as('rep1')(`mutation { createAccount(input: { name: "Existing Inc" }) { id } }`)).createAccount.id;
    const opp = (stageName: string, accountId: string | null = account) =>
      as('rep1')(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`, {
        i: { name: `Deal ${stageName}`, stageName, closeDate: '2027-03-01', accountId, ...(stageName === 'Closed Lost' ? { lostReason: 'Price' } : {}) },
      }).then((r) => ok(r).createOpportunity.id as string);
    const lead = ok(await newLead('rep1', { leadSource: 'Web' })).createLead.id;
    return { account, opp, lead };
  };

  test('the lead converts onto the open opportunity of the account, its blanks filled, none created', async () => {
    const { account, opp, lead } = await setup();
    const id = await opp('Qualification');
    const before = Number((await t.ds.query(`SELECT count(*) n FROM opportunity WHERE "orgId" = $1`, [acme.org.id]))[0].n);
    const r = ok(await as('rep1')(CONVERT, { i: { leadId: lead, convertedStatus: 'Closed - Converted', accountId: account, opportunityId: id } })).convertLead;
    expect(r).toMatchObject({ accountId: account, opportunityId: id });
    expect(Number((await t.ds.query(`SELECT count(*) n FROM opportunity WHERE "orgId" = $1`, [acme.org.id]))[0].n)).toBe(before);
    const l = ok(await as('rep1')(`query($id: ID!) { lead(id: $id) { isConverted convertedOpportunity { id contact { id } leadSource stageName } } }`, { id: lead })).lead;
    expect(l).toEqual({ isConverted: true, convertedOpportunity: { id, contact: { id: r.contactId }, leadSource: 'Web', stageName: 'Qualification' } });
  });

  test('a lead source deactivated since the lead was saved still carries over to the new contact and opportunity', async () => {
    const src = ok(await as('admin')(`mutation { createLeadSource(input: { apiName: "Old Fair" }) { id } }`)).createLeadSource.id;
    const lead = ok(await newLead('rep1', { leadSource: 'Old Fair' })).createLead.id;
    ok(await as('admin')(`mutation($id: ID!) { updateLeadSource(id: $id, input: { isActive: false }) { id } }`, { id: src }));
    const r = ok(await as('rep1')(`mutation($i: LeadConvertInput!) { convertLead(input: $i) { contact { leadSource } opportunity { leadSource } } }`, {
      i: { leadId: lead, convertedStatus: 'Closed - Converted' },
    })).convertLead;
    expect(r).toEqual({ contact: { leadSource: 'Old Fair' }, opportunity: { leadSource: 'Old Fair' } });
  });

  test('a closed, other-account, invisible or unaccompanied opportunity is refused, and nothing changes', async () => {
    const { account, opp, lead } = await setup();
    const other = ok(await as('rep1')(`mutation { createAccount(input: { name: "Other Inc" }) { id } }`)).createAccount.id;
    const closed = await opp('Closed Lost');
    const elsewhere = await opp('Prospecting', other);
    const hidden = ok(await as('rep3')(`mutation { createOpportunity(input: { name: "Hidden", stageName: "Prospecting", closeDate: "2027-01-01" }) { id } }`)).createOpportunity.id;
    const contacts = async () => Number((await t.ds.query(`SELECT count(*) n FROM contact WHERE "orgId" = $1`, [acme.org.id]))[0].n);
    const n = await contacts();
    for (const [opportunityId, accountId] of [[closed, account], [elsewhere, account], [hidden, account], [elsewhere, undefined], ['00000000-0000-4000-8000-000000000000', account]]) {
      const e = err(await as('rep1')(CONVERT, { i: { leadId: lead, convertedStatus: 'Closed - Converted', accountId, opportunityId } }));
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'opportunityId' });
    }
    expect(await contacts()).toBe(n);
    expect((await t.ds.query(`SELECT "isConverted" FROM lead WHERE id = $1`, [lead]))[0].isConverted).toBe(false);
  });
});

describe('Account.ancestors', () => {
  const Q = `query($ids: [ID!]) { accounts(first: 100, filter: { id: { in: $ids } }) { nodes { id ancestors { id name } } } }`;

  test('nearest first, the same statements for one account as for many', async () => {
    const chain: string[] = [];
    for (let i = 0; i < 6; i++) {
      const parentId = chain[chain.length - 1] ?? null;
      chain.push(ok(await as('admin')(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: { name: `Level ${i}`, parentId } })).createAccount.id);
    }
    const leaves: string[] = [];
    for (let i = 0; i < 30; i++) {
      leaves.push(ok(await as('admin')(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: { name: `Leaf ${i}`, parentId: chain[i % 6] } })).createAccount.id);
    }
    const one = await as('admin')(Q, { ids: [chain[5]] });
    expect(ok(one).accounts.nodes[0].ancestors.map((a: { name: string }) => a.name)).toEqual(['Level 4', 'Level 3', 'Level 2', 'Level 1', 'Level 0']);
    const many = await as('admin')(Q, { ids: [...chain, ...leaves] });
    const byId = new Map(ok(many).accounts.nodes.map((n: { id: string; ancestors: unknown[] }) => [n.id, n.ancestors]));
    expect(byId.size).toBe(36);
    expect((byId.get(leaves[5]) as Array<{ id: string }>).map((a) => a.id)).toEqual([chain[5], chain[4], chain[3], chain[2], chain[1], chain[0]]);
    expect(byId.get(chain[0])).toEqual([]);
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(many.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    // maxDepth cuts the chain.
    const cut = ok(await as('admin')(`query($id: ID!) { account(id: $id) { ancestors(maxDepth: 2) { name } } }`, { id: chain[5] })).account.ancestors;
    expect(cut).toEqual([{ name: 'Level 4' }, { name: 'Level 3' }]);
  });
});
