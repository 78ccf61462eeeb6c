import { Campaign } from '../src/campaigns/campaign.entity';
import { Lead } from '../src/sales/lead.entity';
import { Opportunity } from '../src/sales/opportunity.entity';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

const TASK = `id subject status isClosed completedDateTime priority isHighPriority taskSubtype activityDate callType callDurationInSeconds
  owner { id } contact { name } lead { name } account { name } opportunity { name } case { subject } campaign { name }`;
const EVENT = 'id startDateTime endDateTime durationInMinutes isAllDayEvent activityDate showAs';
const gqlAs = async (who: string, q: string, v: Record<string, unknown> = {}) => t.gql(q, v, acme.tokens[who]);
const createTask = async (i: Record<string, unknown>, who = 'rep1') =>
  ok(await gqlAs(who, `mutation($i: CreateTaskInput!) { createTask(input: $i) { ${TASK} } }`, { i })).createTask;
const updateTask = (id: string, i: Record<string, unknown>, who = 'rep1') =>
  gqlAs(who, `mutation($id: ID!, $i: UpdateTaskInput!) { updateTask(id: $id, input: $i) { ${TASK} } }`, { id, i });
const createEvent = (i: Record<string, unknown>, who = 'rep1') => gqlAs(who, `mutation($i: CreateEventInput!) { createEvent(input: $i) { ${EVENT} } }`, { i });
const expectBad = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }, field: string) =>
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });

async function accountWithContact(name: string, who = 'rep1') {
  const a = ok(await gqlAs(who, `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: { name } })).createAccount;
  const c = ok(await gqlAs(who, `mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { lastName: `${name} Contact`, accountId: a.id } })).createContact;
  return { accountId: a.id as string, contactId: c.id as string };
}

// Leads, opportunities and campaigns are stored directly: their own mutations belong to other domains.
const base = (owner = 'rep1') => ({ orgId: acme.org.id, ownerId: acme.users[owner].id });
const lead = (lastName: string) => t.ds.getRepository(Lead).save({ ...base(), lastName, name: lastName, company: `${lastName} Inc`, status: 'Open - Not Contacted' });
const opportunity = (name: string, accountId: string) =>
  t.ds.getRepository(Opportunity).save({ ...base(), name, accountId, stageName: 'Prospecting', closeDate: '2030-01-01', forecastCategoryName: 'Pipeline' });
const campaign = (name: string) => t.ds.getRepository(Campaign).save({ ...base('marketing'), name });

test('task defaults and derivations: status, isClosed, completedDateTime, priority, subtype', async () => {
  const task = await createTask({ subject: 'Send quote', activityDate: '2030-05-01' });
  expect(task).toMatchObject({ status: 'Not Started', isClosed: false, completedDateTime: null, priority: 'Normal', isHighPriority: false, taskSubtype: 'Task', owner: { id: acme.users.rep1.id } });

  const high = ok(await updateTask(task.id, { priority: 'High', status: 'Completed' })).updateTask;
  expect(high).toMatchObject({ isHighPriority: true, isClosed: true });
  expect(Date.now() - Date.parse(high.completedDateTime)).toBeLessThan(60_000);
  const still = ok(await updateTask(task.id, { subject: 'Send revised quote' })).updateTask;
  expect(still).toMatchObject({ isClosed: true, completedDateTime: high.completedDateTime });
  const reopened = ok(await updateTask(task.id, { status: 'In Progress', priority: 'Low' })).updateTask;
  expect(reopened).toMatchObject({ isClosed: false, completedDateTime: null, isHighPriority: false });

  const email = await createTask({ subject: 'Emailed', taskSubtype: 'Email', status: 'Completed' });
  expect(email).toMatchObject({ taskSubtype: 'Email', isClosed: true });

  const { taskStatuses } = ok(await gqlAs('rep1', '{ taskStatuses { apiName isClosed isDefault } }'));
  expect(taskStatuses.filter((s: { isClosed: boolean }) => s.isClosed).map((s: { apiName: string }) => s.apiName)).toEqual(['Completed']);
});

test('bad task values are refused with their field; taskSubtype cannot be updated', async () => {
  for (const [input, field] of [
    [{ status: 'Done' }, 'status'], [{ priority: 'Urgent' }, 'priority'], [{ taskSubtype: 'Fax' }, 'taskSubtype'],
    [{ callType: 'Sideways' }, 'callType'], [{ callDurationInSeconds: -1 }, 'callDurationInSeconds'],
  ] as const) {
    expectBad(await gqlAs('rep1', `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { subject: 'x', ...input } }), field);
  }
  const task = await createTask({ subject: 'Fixed subtype' });
  const r = await gqlAs('rep1', `mutation { updateTask(id: "${task.id}", input: { taskSubtype: "Call" }) { id } }`);
  expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('logACall records a completed call dated today, owned by the caller, with the account derived', async () => {
  const { contactId } = await accountWithContact('Globex', 'rep2');
  const r = await gqlAs('rep2', `mutation($i: LogACallInput!) { logACall(input: $i) { ${TASK} callDisposition description } }`, {
    i: { contactId, callType: 'Outbound', callDurationInSeconds: 95, callDisposition: 'Left voicemail', description: 'Follow up Tuesday' },
  });
  const call = ok(r).logACall;
  expect(call).toMatchObject({
    subject: 'Call', taskSubtype: 'Call', status: 'Completed', isClosed: true, activityDate: new Date().toISOString().slice(0, 10),
    owner: { id: acme.users.rep2.id }, contact: { name: 'Globex Contact' }, account: { name: 'Globex' },
    callType: 'Outbound', callDurationInSeconds: 95, callDisposition: 'Left voicemail', description: 'Follow up Tuesday',
  });
  expect(call.completedDateTime).not.toBeNull();
  const custom = ok(await gqlAs('rep2', `mutation { logACall(input: { subject: "Discovery call" }) { subject } }`)).logACall;
  expect(custom.subject).toBe('Discovery call');
  expectBad(await gqlAs('rep2', `mutation($i: LogACallInput!) { logACall(input: $i) { id } }`, { i: { callDurationInSeconds: -5 } }), 'callDurationInSeconds');
});

test('who/what rules: one who, one what, no what for a lead, the account derived', async () => {
  const globex = await accountWithContact('Initech');
  const other = await accountWithContact('Umbrella');
  const opp = await opportunity('Initech renewal', globex.accountId);
  const l = await lead('Nguyen');
  const camp = await campaign('Spring webinar');
  const kase = ok(await gqlAs('rep1', `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`, { i: { subject: 'Broken', accountId: other.accountId } })).createCase;

  expectBad(await gqlAs('rep1', `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { contactId: globex.contactId, leadId: l.id } }), 'leadId');
  expectBad(await gqlAs('rep1', `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { accountId: globex.accountId, opportunityId: opp.id } }), 'opportunityId');
  expectBad(await gqlAs('rep1', `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { leadId: l.id, caseId: kase.id } }), 'caseId');
  expectBad(await createEvent({ leadId: l.id, campaignId: camp.id, startDateTime: '2030-01-01T10:00:00Z', durationInMinutes: 30 }), 'campaignId');

  expect(await createTask({ leadId: l.id })).toMatchObject({ lead: { name: 'Nguyen' }, account: null });
  expect(await createTask({ opportunityId: opp.id })).toMatchObject({ opportunity: { name: 'Initech renewal' }, account: { name: 'Initech' } });
  expect(await createTask({ caseId: kase.id, contactId: globex.contactId })).toMatchObject({ case: { subject: 'Broken' }, account: { name: 'Umbrella' } });
  expect(await createTask({ contactId: globex.contactId, campaignId: camp.id })).toMatchObject({ campaign: { name: 'Spring webinar' }, account: { name: 'Initech' } });
  const explicit = await createTask({ contactId: globex.contactId, accountId: other.accountId });
  expect(explicit.account).toEqual({ name: 'Umbrella' });

  // A new who or what replaces the old one; a derived account follows, a chosen one stays.
  const derived = await createTask({ contactId: globex.contactId });
  expect(ok(await updateTask(derived.id, { contactId: other.contactId })).updateTask.account).toEqual({ name: 'Umbrella' });
  expect(ok(await updateTask(derived.id, { leadId: l.id })).updateTask).toMatchObject({ contact: null, lead: { name: 'Nguyen' }, account: null });
  const third = await accountWithContact('Soylent');
  expect(ok(await updateTask(explicit.id, { contactId: third.contactId })).updateTask.account).toEqual({ name: 'Umbrella' });
  expectBad(await updateTask(explicit.id, { leadId: l.id }), 'leadId');
  expect(ok(await updateTask(explicit.id, { opportunityId: opp.id })).updateTask).toMatchObject({ opportunity: { name: 'Initech renewal' }, account: { name: 'Initech' } });
});

test('event start, end and duration derive from each other and must agree', async () => {
  const a = ok(await createEvent({ subject: 'Demo', startDateTime: '2030-03-04T15:00:00Z', durationInMinutes: 90 })).createEvent;
  expect(a).toMatchObject({ endDateTime: '2030-03-04T16:30:00.000Z', activityDate: '2030-03-04', showAs: 'Busy', isAllDayEvent: false });
  const b = ok(await createEvent({ startDateTime: '2030-03-04T23:30:00Z', endDateTime: '2030-03-05T00:15:00Z' })).createEvent;
  expect(b).toMatchObject({ durationInMinutes: 45, activityDate: '2030-03-04' });
  expect(ok(await createEvent({ startDateTime: '2030-03-04T09:00:00Z', endDateTime: '2030-03-04T10:00:00Z', durationInMinutes: 60 })).createEvent.durationInMinutes).toBe(60);
  const allDay = ok(await createEvent({ isAllDayEvent: true, activityDate: '2030-06-01' })).createEvent;
  expect(allDay).toMatchObject({ startDateTime: '2030-06-01T00:00:00.000Z', durationInMinutes: 1440, endDateTime: '2030-06-02T00:00:00.000Z' });

  expectBad(await createEvent({ startDateTime: '2030-03-04T09:00:00Z', endDateTime: '2030-03-04T10:00:00Z', durationInMinutes: 30 }), 'durationInMinutes');
  expectBad(await createEvent({ startDateTime: '2030-03-04T09:00:00Z' }), 'durationInMinutes');
  expectBad(await createEvent({ startDateTime: '2030-03-04T09:00:00Z', endDateTime: '2030-03-04T08:00:00Z' }), 'endDateTime');
  expectBad(await createEvent({ durationInMinutes: 30, activityDate: '2030-03-04' }), 'startDateTime');
  expectBad(await createEvent({ isAllDayEvent: true }), 'activityDate');
  expectBad(await createEvent({ startDateTime: '2030-03-04T09:00:00Z', durationInMinutes: 30, showAs: 'Maybe' }), 'showAs');

  const UPD = `mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { ${EVENT} } }`;
  const moved = ok(await gqlAs('rep1', UPD, { id: a.id, i: { startDateTime: '2030-03-05T08:00:00Z' } })).updateEvent;
  expect(moved).toMatchObject({ endDateTime: '2030-03-05T09:30:00.000Z', durationInMinutes: 90, activityDate: '2030-03-05' });
  const shorter = ok(await gqlAs('rep1', UPD, { id: a.id, i: { endDateTime: '2030-03-05T08:20:00Z' } })).updateEvent;
  expect(shorter.durationInMinutes).toBe(20);
  expectBad(await gqlAs('rep1', UPD, { id: a.id, i: { endDateTime: '2030-03-05T07:00:00Z' } }), 'endDateTime');
});

test('nested cases and tasks of 3 or 12 accounts take the same number of SQL statements', async () => {
  for (let i = 0; i < 12; i++) {
    const { accountId, contactId } = await accountWithContact(`Batch ${String(i).padStart(2, '0')}`, 'admin');
    ok(await gqlAs('admin', `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`, { i: { subject: `Case ${i}`, contactId } }));
    await createTask({ subject: `Task ${i}`, accountId }, 'admin');
  }
  const Q = `query($n: Int!) { accounts(first: $n, filter: { name: { startsWith: "Batch" } }) { nodes { name
    cases(first: 5) { totalCount nodes { caseNumber contact { name } } } tasks(first: 5) { nodes { subject } } } } }`;
  const few = await gqlAs('admin', Q, { n: 3 });
  const many = await gqlAs('admin', Q, { n: 12 });
  const nodes = ok(many).accounts.nodes;
  expect(nodes).toHaveLength(12);
  expect(nodes[11]).toMatchObject({ name: 'Batch 11', cases: { totalCount: 1, nodes: [{ contact: { name: 'Batch 11 Contact' } }] }, tasks: { nodes: [{ subject: 'Task 11' }] } });
  expect(ok(few).accounts.nodes).toHaveLength(3);
  expect(many.extensions?.sqlStatements).toBeGreaterThan(0);
  expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);
});

test('a rep cannot see or change another rep\'s tasks; the manager can; open tasks filter', async () => {
  const { contactId } = await accountWithContact('Hooli');
  const open = await createTask({ subject: 'Call back', contactId });
  await createTask({ subject: 'Done already', contactId, status: 'Completed' });

  expect((await gqlAs('rep2', `{ task(id: "${open.id}") { id } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const rep2List = ok(await gqlAs('rep2', `{ tasks(first: 500, filter: { subject: { eq: "Call back" } }) { totalCount } }`)).tasks;
  expect(rep2List.totalCount).toBe(0);
  expect((await updateTask(open.id, { subject: 'Hijacked' }, 'rep2')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const mgr = ok(await gqlAs('manager', `{ task(id: "${open.id}") { subject } }`));
  expect(mgr.task.subject).toBe('Call back');

  const q = `{ contact(id: "${contactId}") { all: tasks { totalCount } open: tasks(filter: { isClosed: { eq: false } }) { nodes { subject } } } }`;
  expect(ok(await gqlAs('rep1', q)).contact).toEqual({ all: { totalCount: 2 }, open: { nodes: [{ subject: 'Call back' }] } });
});

test('a failed mutation leaves the tasks and events unchanged', async () => {
  const count = async () => ok(await gqlAs('admin', '{ tasks(first: 0) { totalCount } events(first: 0) { totalCount } }'));
  const before = await count();
  const l = await lead('Failing');
  const { accountId } = await accountWithContact('Nope Corp');
  expectBad(await gqlAs('rep1', `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { subject: 'x', leadId: l.id, accountId } }), 'accountId');
  expectBad(await gqlAs('rep1', `mutation($i: LogACallInput!) { logACall(input: $i) { id } }`, { i: { leadId: l.id, accountId } }), 'accountId');
  expectBad(await createEvent({ startDateTime: '2030-01-01T10:00:00Z', endDateTime: '2030-01-01T09:00:00Z' }), 'endDateTime');
  expect(await count()).toEqual(before);

  const task = await createTask({ subject: 'Keep me', status: 'In Progress' });
  expectBad(await updateTask(task.id, { subject: 'Changed', status: 'Completed', priority: 'Huge' }), 'priority');
  const after = ok(await gqlAs('rep1', `{ task(id: "${task.id}") { subject status isClosed completedDateTime } }`)).task;
  expect(after).toEqual({ subject: 'Keep me', status: 'In Progress', isClosed: false, completedDateTime: null });
});
