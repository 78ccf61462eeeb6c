import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id name owner { id } } }`;

test('a rep creates an account they own and reads it back with its contacts', async () => {
  const { createAccount } = ok(await t.gql(CREATE, { input: { name: 'Globex', industry: 'Energy' } }, acme.tokens.rep1));
  expect(createAccount.owner.id).toBe(acme.users.rep1.id);
  ok(await t.gql(`mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { lastName: 'Simpson', firstName: 'Homer', accountId: createAccount.id } }, acme.tokens.rep1));
  const r = ok(await t.gql(`query($id: ID!) { account(id: $id) { name industry contacts(first: 5) { totalCount nodes { name account { name } } } } }`, { id: createAccount.id }, acme.tokens.rep1));
  expect(r.account).toEqual({ name: 'Globex', industry: 'Energy', contacts: { totalCount: 1, nodes: [{ name: 'Homer Simpson', account: { name: 'Globex' } }] } });
});

test('a person account derives its name', async () => {
  const r = ok(await t.gql(CREATE, { input: { isPersonAccount: true, firstName: 'Ada', lastName: 'Lovelace' } }, acme.tokens.rep2));
  expect(r.createAccount.name).toBe('Ada Lovelace');
});

test('an account cannot become its own ancestor', async () => {
  const a = ok(await t.gql(CREATE, { input: { name: 'Parent Co' } }, acme.tokens.admin)).createAccount;
  const b = ok(await t.gql(CREATE, { input: { name: 'Child Co', parentId: a.id } }, acme.tokens.admin)).createAccount;
  const r = await t.gql(`mutation($id: ID!, $p: ID!) { updateAccount(id: $id, input: { parentId: $p }) { id } }`, { id: a.id, p: b.id }, acme.tokens.admin);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
});

test('a person account keeps its own contact in step and joins campaigns through it', async () => {
  const created = ok(await t.gql(`mutation { createAccount(input: { isPersonAccount: true, firstName: "Min", lastName: "Park", personEmail: "min@park.example" }) { id personContact { id name email account { name } } } }`, {}, acme.tokens.rep1)).createAccount;
  expect(created.personContact).toMatchObject({ name: 'Min Park', email: 'min@park.example', account: { name: 'Min Park' } });
  const renamed = ok(await t.gql(`mutation($id: ID!) { updateAccount(id: $id, input: { lastName: "Kim" }) { personContact { id name } } }`, { id: created.id }, acme.tokens.rep1)).updateAccount;
  expect(renamed.personContact).toEqual({ id: created.personContact.id, name: 'Min Kim' });
  const campaign = ok(await t.gql(`mutation { createCampaign(input: { name: "Consumers" }) { id } }`, {}, acme.tokens.marketing)).createCampaign.id;
  const added = ok(await t.gql(`mutation($c: ID!, $k: [ID!]) { addCampaignMembers(input: { campaignId: $c, contactIds: $k }) { added } }`, { c: campaign, k: [created.personContact.id] }, acme.tokens.rep1));
  expect(added.addCampaignMembers.added).toBe(1);
  const members = ok(await t.gql(`query($c: ID!) { campaign(id: $c) { numberOfContacts members(first: 5) { nodes { name companyOrAccount } } } }`, { c: campaign }, acme.tokens.rep1)).campaign;
  expect(members).toEqual({ numberOfContacts: 1, members: { nodes: [{ name: 'Min Kim', companyOrAccount: 'Min Kim' }] } });
});
