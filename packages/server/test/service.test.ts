import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

const FIELDS = 'id caseNumber status isClosed closedDate isClosedOnCreate priority origin owner { id } account { name } contact { name } parent { caseNumber }';
const CREATE = `mutation($i: CreateCaseInput!) { createCase(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCaseInput!) { updateCase(id: $id, input: $i) { ${FIELDS} } }`;

const createCase = async (input: Record<string, unknown>, who = 'agent') => ok(await t.gql(CREATE, { i: input }, acme.tokens[who])).createCase;
const updateCase = async (id: string, input: Record<string, unknown>, who = 'agent') => ok(await t.gql(UPDATE, { id, i: input }, acme.tokens[who])).updateCase;
const caseCount = async () => ok(await t.gql(`{ cases(first: 0) { totalCount } }`, {}, acme.tokens.admin)).cases.totalCount;

async function accountWithContact(name: string, who = 'agent') {
  const a = ok(await t.gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: { name } }, acme.tokens[who])).createAccount;
  const c = ok(await t.gql(`mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { lastName: `${name} Contact`, accountId: a.id } }, acme.tokens[who])).createContact;
  return { accountId: a.id as string, contactId: c.id as string };
}

test('case numbers are 8-digit, unique, sequential and not writable', async () => {
  const cases = [];
  for (const who of ['agent', 'rep1', 'marketing']) cases.push(await createCase({ subject: `Case by ${who}` }, who));
  const numbers = cases.map((c) => c.caseNumber);
  for (const n of numbers) expect(n).toMatch(/^\d{8}$/);
  expect(Number(numbers[1])).toBe(Number(numbers[0]) + 1);
  expect(Number(numbers[2])).toBe(Number(numbers[1]) + 1);
  expect(cases[1].owner.id).toBe(acme.users.rep1.id);

  // Not part of any input (a literal: invalid variables currently come back as INTERNAL_SERVER_ERROR).
  const r = await t.gql(`mutation { updateCase(id: "${cases[0].id}", input: { caseNumber: "99999999" }) { id } }`, {}, acme.tokens.agent);
  expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const after = ok(await t.gql(`query($id: ID!) { case(id: $id) { caseNumber } }`, { id: cases[0].id }, acme.tokens.agent)).case;
  expect(after.caseNumber).toBe(numbers[0]);
});

test('caseStatuses lists the org statuses in order', async () => {
  const { caseStatuses } = ok(await t.gql(`{ caseStatuses { apiName isClosed isDefault } }`, {}, acme.tokens.agent));
  expect(caseStatuses.map((s: { apiName: string }) => s.apiName)).toEqual(['New', 'Working', 'Escalated', 'Closed']);
  expect(caseStatuses.find((s: { isDefault: boolean }) => s.isDefault).apiName).toBe('New');
});

test('the status drives isClosed and closedDate: closing sets them, reopening clears them', async () => {
  const c = await createCase({ subject: 'Broken widget', origin: 'Phone' });
  expect(c).toMatchObject({ status: 'New', isClosed: false, closedDate: null, isClosedOnCreate: false, priority: 'Medium', origin: 'Phone' });

  const closed = await updateCase(c.id, { status: 'Closed' });
  expect(closed.isClosed).toBe(true);
  expect(Date.now() - Date.parse(closed.closedDate)).toBeLessThan(60_000);

  const touched = await updateCase(c.id, { priority: 'High' });
  expect(touched).toMatchObject({ isClosed: true, closedDate: closed.closedDate, priority: 'High' });

  const reopened = await updateCase(c.id, { status: 'Working' });
  expect(reopened).toMatchObject({ status: 'Working', isClosed: false, closedDate: null, isClosedOnCreate: false });
});

test('a case created closed is isClosedOnCreate, and stays so after reopening', async () => {
  const c = await createCase({ subject: 'Password reset', status: 'Closed' });
  expect(c).toMatchObject({ isClosed: true, isClosedOnCreate: true });
  expect(c.closedDate).not.toBeNull();
  const reopened = await updateCase(c.id, { status: 'New' });
  expect(reopened).toMatchObject({ isClosed: false, closedDate: null, isClosedOnCreate: true });
});

test('unknown statuses, bad priorities and long origins are refused with their field', async () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ status: 'Solved' }, 'status'],
    [{ priority: 'Urgent' }, 'priority'],
    [{ origin: 'x'.repeat(41) }, 'origin'],
  ];
  for (const [input, field] of cases) {
    const r = await t.gql(CREATE, { i: { subject: 'Bad', ...input } }, acme.tokens.agent);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  const c = await createCase({ subject: 'Fine' });
  const r = await t.gql(UPDATE, { id: c.id, i: { priority: 'Critical' } }, acme.tokens.agent);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'priority' });
});

test("the account defaults to the contact's account; a contact of another account is refused", async () => {
  const globex = await accountWithContact('Globex');
  const initech = await accountWithContact('Initech');
  const c = await createCase({ subject: 'Outage', contactId: globex.contactId });
  expect(c.account).toEqual({ name: 'Globex' });
  expect(c.contact).toEqual({ name: 'Globex Contact' });

  const mismatch = await t.gql(CREATE, { i: { subject: 'X', accountId: initech.accountId, contactId: globex.contactId } }, acme.tokens.agent);
  expect(mismatch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
  const moveAccount = await t.gql(UPDATE, { id: c.id, i: { accountId: initech.accountId } }, acme.tokens.agent);
  expect(moveAccount.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });

  const moved = await updateCase(c.id, { contactId: initech.contactId });
  expect(moved).toMatchObject({ account: { name: 'Initech' }, contact: { name: 'Initech Contact' } });
});

test('a case can have a parent case, but not itself or a sub-case', async () => {
  const parent = await createCase({ subject: 'Parent' });
  const child = await createCase({ subject: 'Child', parentId: parent.id });
  expect(child.parent).toEqual({ caseNumber: parent.caseNumber });
  for (const [id, parentId] of [[parent.id, parent.id], [parent.id, child.id]]) {
    const r = await t.gql(UPDATE, { id, i: { parentId } }, acme.tokens.agent);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  }
});

test('Account.cases and Contact.cases page, filter and respect visibility', async () => {
  const hooli = await accountWithContact('Hooli', 'rep1');
  for (const status of ['New', 'Closed', 'Working']) await createCase({ subject: `Hooli ${status}`, contactId: hooli.contactId, status }, 'rep1');
  const Q = `query($a: ID!, $c: ID!) {
    account(id: $a) { cases(first: 2, filter: { isClosed: { eq: false } }) { totalCount nodes { status contact { name } } } }
    contact(id: $c) { cases { totalCount } } }`;
  const r = ok(await t.gql(Q, { a: hooli.accountId, c: hooli.contactId }, acme.tokens.rep1));
  expect(r.account.cases.totalCount).toBe(2);
  expect(r.account.cases.nodes).toHaveLength(2);
  expect(r.account.cases.nodes[0].contact).toEqual({ name: 'Hooli Contact' });
  expect(r.contact.cases.totalCount).toBe(3);

  const rep1Case = await createCase({ subject: 'Private to rep1' }, 'rep1');
  const other = await t.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: rep1Case.id }, acme.tokens.rep2);
  expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const mine = ok(await t.gql(`query($id: ID!) { case(id: $id) { subject } }`, { id: rep1Case.id }, acme.tokens.manager));
  expect(mine.case.subject).toBe('Private to rep1');
});

test('a failed mutation leaves the cases unchanged', async () => {
  const { contactId } = await accountWithContact('Umbrella');
  const { accountId: otherAccount } = await accountWithContact('Tyrell');
  const before = await caseCount();
  const bad = await t.gql(CREATE, { i: { subject: 'Nope', contactId, accountId: otherAccount, priority: 'High' } }, acme.tokens.agent);
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(await caseCount()).toBe(before);

  const c = await createCase({ subject: 'Stable', contactId });
  const r = await t.gql(UPDATE, { id: c.id, i: { subject: 'Changed', status: 'Closed', accountId: otherAccount } }, acme.tokens.agent);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
  const after = ok(await t.gql(`query($id: ID!) { case(id: $id) { subject status isClosed account { name } } }`, { id: c.id }, acme.tokens.agent)).case;
  expect(after).toEqual({ subject: 'Stable', status: 'New', isClosed: false, account: { name: 'Umbrella' } });
});
