import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
}, 60_000);
afterAll(() => t?.stop());

const FIELDS = `id version status isClosed closedDate priority origin productName firstResponseDate agentInteractionCount reopenCount lastReopenedDate
  isFirstContactResolution firstResponseDueDate resolutionDueDate isFirstResponseBreached isResolutionBreached firstResponseMinutesLeft resolutionMinutesLeft
  csatScore csatComment owner { id }`;
const gql = (who: string, q: string, v: Record<string, unknown> = {}) => t.gql(q, v, acme.tokens[who]);
const createCase = async (i: Record<string, unknown>, who = 'agent') =>
  ok(await gql(who, `mutation($i: CreateCaseInput!) { createCase(input: $i) { ${FIELDS} } }`, { i })).createCase;
const updateCase = (id: string, i: Record<string, unknown>, who = 'agent') => gql(who, `mutation($id: ID!, $i: UpdateCaseInput!) { updateCase(id: $id, input: $i) { ${FIELDS} } }`, { id, i });
const getCase = async (id: string, who = 'agent') => ok(await gql(who, `query($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id })).case;
const comment = (caseId: string, body: string, who = 'agent', isPublished = true) =>
  gql(who, `mutation($i: AddCaseCommentInput!) { addCaseComment(input: $i) { id body isPublished createdBy { id } } }`, { i: { caseId, body, isPublished } });
const close = (i: Record<string, unknown>, who = 'agent') => gql(who, `mutation($i: CloseCaseInput!) { closeCase(input: $i) { ${FIELDS} } }`, { i });
const code = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field];

test('SLA due dates follow the priority policy; breach flags and minutes left on hand-made times', async () => {
  const c = await createCase({ subject: 'SLA', priority: 'High', origin: 'Phone' });
  const created = await t.ds.query(`SELECT "createdDate" FROM "case" WHERE id = $1`, [c.id]);
  const start = new Date(created[0].createdDate).getTime();
  expect(new Date(c.firstResponseDueDate).getTime() - start).toBe(60 * 60_000);
  expect(new Date(c.resolutionDueDate).getTime() - start).toBe(480 * 60_000);
  expect(c.isFirstResponseBreached).toBe(false);
  expect(c.firstResponseMinutesLeft).toBeGreaterThanOrEqual(58);
  expect(c.firstResponseMinutesLeft).toBeLessThanOrEqual(60);

  // Opened 90 minutes ago: the first response (60 min) is 30 minutes overdue, resolution has 390 left.
  await t.ds.query(
    `UPDATE "case" SET "createdDate" = now() - interval '90 minutes', "firstResponseDueDate" = now() - interval '30 minutes', "resolutionDueDate" = now() + interval '390 minutes' WHERE id = $1`,
    [c.id],
  );
  let r = await getCase(c.id);
  expect(r.isFirstResponseBreached).toBe(true);
  expect(r.firstResponseMinutesLeft).toBeGreaterThanOrEqual(-31);
  expect(r.firstResponseMinutesLeft).toBeLessThanOrEqual(-30);
  expect(r.isResolutionBreached).toBe(false);
  expect(r.resolutionMinutesLeft).toBeGreaterThanOrEqual(388);

  // Changing the priority recomputes from the creation: Low = 480 / 4320 minutes after it.
  r = ok(await updateCase(c.id, { priority: 'Low' })).updateCase;
  expect(r.isFirstResponseBreached).toBe(false);
  expect(r.firstResponseMinutesLeft).toBeGreaterThanOrEqual(388);
  expect(r.firstResponseMinutesLeft).toBeLessThanOrEqual(390);

  // A response after the due time stays breached; minutes left is then null.
  await t.ds.query(`UPDATE "case" SET "firstResponseDueDate" = now() - interval '10 minutes' WHERE id = $1`, [c.id]);
  ok(await comment(c.id, 'We are on it', 'admin'));
  r = await getCase(c.id);
  expect(r.firstResponseDate).not.toBeNull();
  expect(r.isFirstResponseBreached).toBe(true);
  expect(r.firstResponseMinutesLeft).toBeNull();
});

test('an admin changes a policy: open cases of that priority get new due dates; others do not', async () => {
  const c = await createCase({ subject: 'Policy', priority: 'Medium' });
  const denied = await gql('agent', `mutation { updateCaseSlaPolicy(input: { priority: "Medium", firstResponseMinutes: 30, resolutionMinutes: 600 }) { priority } }`);
  expect(code(denied)[0]).toBe('FORBIDDEN');
  ok(await gql('admin', `mutation { updateCaseSlaPolicy(input: { priority: "Medium", firstResponseMinutes: 30, resolutionMinutes: 600 }) { priority firstResponseMinutes } }`));
  const r = await getCase(c.id);
  expect(r.firstResponseMinutesLeft).toBeLessThanOrEqual(30);
  const policies = ok(await gql('agent', `{ caseSlaPolicies { priority firstResponseMinutes resolutionMinutes } }`)).caseSlaPolicies;
  expect(policies.map((p: { priority: string }) => p.priority)).toEqual(['High', 'Medium', 'Low']);
  expect(policies[1]).toMatchObject({ firstResponseMinutes: 30, resolutionMinutes: 600 });
  const mine = ok(await t.gql(`{ caseSlaPolicies { priority firstResponseMinutes } }`, {}, other.tokens.agent)).caseSlaPolicies;
  expect(mine[1].firstResponseMinutes).toBe(240);
});

test('first response: not by the creator, but by another agent, or a call the creator logs', async () => {
  const c = await createCase({ subject: 'Own comment', origin: 'Phone' }, 'agent');
  ok(await comment(c.id, 'internal note by the creator', 'agent', true));
  let r = await getCase(c.id);
  expect(r.firstResponseDate).toBeNull();
  expect(r.agentInteractionCount).toBe(1);
  ok(await comment(c.id, 'unpublished by admin', 'admin', false));
  expect((await getCase(c.id)).firstResponseDate).toBeNull();
  ok(await comment(c.id, 'Hello from admin', 'admin', true));
  r = await getCase(c.id);
  expect(r.firstResponseDate).not.toBeNull();
  expect(r.agentInteractionCount).toBe(3);

  const d = await createCase({ subject: 'Call logged', origin: 'Phone' }, 'agent');
  // A plain task by the creator is an interaction but not a response; a call they log is.
  ok(await gql('agent', `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { subject: 'Follow up', caseId: d.id } }));
  expect((await getCase(d.id)).firstResponseDate).toBeNull();
  ok(await gql('agent', `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { subject: 'Called back', taskSubtype: 'Call', caseId: d.id } }));
  r = await getCase(d.id);
  expect(r.firstResponseDate).not.toBeNull();
  expect(r.agentInteractionCount).toBe(2);
});

test('first-contact resolution: one interaction and never reopened; reopen tracking', async () => {
  const fcr = await createCase({ subject: 'FCR', origin: 'Email' });
  ok(await comment(fcr.id, 'Here is the fix', 'admin'));
  let r = ok(await close({ caseId: fcr.id, status: 'Closed', resolution: 'Fixed by the reply' })).closeCase;
  expect(r.isClosed).toBe(true);
  expect(r.agentInteractionCount).toBe(1); // the resolution note is not an interaction
  expect(r.isFirstContactResolution).toBe(true);

  const two = await createCase({ subject: 'Two touches', origin: 'Email' });
  ok(await comment(two.id, 'First answer', 'admin'));
  ok(await comment(two.id, 'Second answer', 'admin'));
  r = ok(await close({ caseId: two.id, status: 'Closed', resolution: 'Done' })).closeCase;
  expect(r.isFirstContactResolution).toBe(false);

  const reopened = await createCase({ subject: 'Reopened', origin: 'Web' });
  ok(await comment(reopened.id, 'Answer', 'admin'));
  r = ok(await close({ caseId: reopened.id, status: 'Closed', resolution: 'Done' })).closeCase;
  expect(r.isFirstContactResolution).toBe(true);
  r = ok(await updateCase(reopened.id, { status: 'Working' })).updateCase;
  expect(r).toMatchObject({ isClosed: false, closedDate: null, reopenCount: 1 });
  expect(r.lastReopenedDate).not.toBeNull();
  r = ok(await updateCase(reopened.id, { status: 'Closed' })).updateCase;
  expect(r.isClosed).toBe(true);
  expect(r.reopenCount).toBe(1);
  expect(r.isFirstContactResolution).toBe(false);
  const none = await createCase({ subject: 'No interaction' });
  r = ok(await close({ caseId: none.id, status: 'Closed', resolution: 'Closed without contact' })).closeCase;
  expect(r.isFirstContactResolution).toBe(false);
  // Closing stops both clocks, also without an earlier response.
  expect(r).toMatchObject({ firstResponseDate: null, firstResponseMinutesLeft: null, resolutionMinutesLeft: null, isFirstResponseBreached: false, isResolutionBreached: false });
});

test('history of status, owner and priority in the write; a refused write records nothing', async () => {
  const c = await createCase({ subject: 'History', priority: 'Low' });
  ok(await updateCase(c.id, { status: 'Working', priority: 'High', subject: 'History!' }));
  ok(await updateCase(c.id, { ownerId: acme.users.admin.id }, 'admin'));
  const bad = await updateCase(c.id, { status: 'Nope', priority: 'Medium' }, 'admin');
  expect(code(bad)).toEqual(['BAD_USER_INPUT', 'status']);
  const h = ok(await gql('admin', `query($id: ID!) { case(id: $id) { history(first: 20) { nodes { field oldValue newValue createdBy { id } } } } }`, { id: c.id })).case.history.nodes;
  const rows = h.map((x: { field: string; oldValue: string; newValue: string }) => [x.field, x.oldValue, x.newValue]);
  expect(rows).toEqual(expect.arrayContaining([['created', null, null], ['status', 'New', 'Working'], ['priority', 'Low', 'High'], ['ownerId', acme.users.agent.id, acme.users.admin.id]]));
  expect(rows).toHaveLength(4);
  // Opportunity history is untouched by the generalisation.
  const o = ok(await gql('rep1', `mutation { createOpportunity(input: { name: "H", stageName: "Prospecting", closeDate: "2031-01-01" }) { id history { nodes { field } } } }`)).createOpportunity;
  expect(o.history.nodes.map((n: { field: string }) => n.field)).toEqual(['created']);
});

test('validation errors name the field; a stale version is a CONFLICT', async () => {
  expect(code(await gql('agent', `mutation { createCase(input: { subject: "x", origin: "Fax" }) { id } }`))).toEqual(['BAD_USER_INPUT', 'origin']);
  expect(code(await gql('agent', `mutation { createCase(input: { subject: "x", priority: "Urgent" }) { id } }`))).toEqual(['BAD_USER_INPUT', 'priority']);
  expect(code(await gql('agent', `mutation { createCase(input: { subject: "x", assignToQueue: true }) { id } }`))).toEqual(['BAD_USER_INPUT', 'origin']);
  const c = await createCase({ subject: 'Versions', origin: 'Chat', productName: 'Widget Pro' });
  expect(c.productName).toBe('Widget Pro');
  ok(await updateCase(c.id, { subject: 'v2', expectedVersion: c.version }));
  const stale = await updateCase(c.id, { subject: 'v3', expectedVersion: c.version });
  expect(code(stale)).toEqual(['CONFLICT', 'expectedVersion']);
  expect(code(await close({ caseId: c.id, status: 'Working', resolution: 'x' }))).toEqual(['BAD_USER_INPUT', 'status']);
  expect(code(await close({ caseId: c.id, status: 'Closed', resolution: '   ' }))).toEqual(['BAD_USER_INPUT', 'resolution']);
  expect(code(await close({ caseId: c.id, status: 'Closed', resolution: 'ok', expectedVersion: c.version }))).toEqual(['CONFLICT', 'expectedVersion']);
  const after = await getCase(c.id);
  expect(after.isClosed).toBe(false);
  const comments = ok(await gql('agent', `query($id: ID!) { case(id: $id) { comments { totalCount } } }`, { id: c.id })).case.comments.totalCount;
  expect(comments).toBe(0);
  expect(code(await comment(c.id, 'hi', 'rep1'))).toEqual(['BAD_USER_INPUT', 'caseId']);
  expect(code(await t.gql(`mutation($i: AddCaseCommentInput!) { addCaseComment(input: $i) { id } }`, { i: { caseId: c.id, body: 'x' } }, other.tokens.agent))).toEqual(['BAD_USER_INPUT', 'caseId']);
});

test('CSAT only on closed cases, 1-5', async () => {
  const c = await createCase({ subject: 'CSAT' });
  const survey = (score: number) => gql('agent', `mutation($i: CaseSurveyInput!) { recordCaseSurvey(input: $i) { csatScore csatComment } }`, { i: { caseId: c.id, score, comment: 'Quick' } });
  expect(code(await survey(5))).toEqual(['BAD_USER_INPUT', 'caseId']);
  ok(await close({ caseId: c.id, status: 'Closed', resolution: 'Done' }));
  expect((await survey(6)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(ok(await survey(4)).recordCaseSurvey).toEqual({ csatScore: 4, csatComment: 'Quick' });
});

// A 1x1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
async function upload(token: string) {
  const res = await fetch(`${t.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png', 'x-file-name': 'photo.png' }, body: PNG });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; contentType: string };
}

test('closeCase with a photo: attached to the case, readable by who reads the case, not by another org', async () => {
  const c = await createCase({ subject: 'Broken screen', origin: 'Phone' });
  const photo = await upload(acme.tokens.agent);
  const r = ok(await close({ caseId: c.id, status: 'Closed', resolution: 'Replaced the screen', photoFileId: photo.id, expectedVersion: c.version })).closeCase;
  expect(r.isClosed).toBe(true);
  const q = `query($id: ID!) { case(id: $id) { files { id contentType fileName url } comments { nodes { body isResolution isPublished createdBy { id } } } } }`;
  const mine = ok(await gql('agent', q, { id: c.id })).case;
  expect(mine.files).toEqual([expect.objectContaining({ id: photo.id, contentType: 'image/png' })]);
  expect(mine.comments.nodes).toEqual([{ body: 'Replaced the screen', isResolution: true, isPublished: true, createdBy: { id: acme.users.agent.id } }]);
  const bytes = await fetch(`${t.url}${mine.files[0].url}`);
  expect(bytes.status).toBe(200);
  expect(Buffer.from(await bytes.arrayBuffer()).equals(PNG)).toBe(true);
  // The owner's manager chain and admins read it; another org's user and a rep do not.
  expect(ok(await gql('admin', `query($id: ID!) { file(id: $id) { id } }`, { id: photo.id })).file.id).toBe(photo.id);
  expect((await gql('rep1', `query($id: ID!) { file(id: $id) { id } }`, { id: photo.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await t.gql(`query($id: ID!) { file(id: $id) { id } }`, { id: photo.id }, other.tokens.admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
});

test('closeCase refuses a file of someone else and then changes nothing', async () => {
  const c = await createCase({ subject: 'Not my photo' });
  const foreign = await upload(acme.tokens.admin);
  const r = await close({ caseId: c.id, status: 'Closed', resolution: 'Done', photoFileId: foreign.id });
  expect(code(r)).toEqual(['FORBIDDEN', 'photoFileId']);
  const after = ok(await gql('agent', `query($id: ID!) { case(id: $id) { isClosed files { id } comments { totalCount } } }`, { id: c.id })).case;
  expect(after).toEqual({ isClosed: false, files: [], comments: { totalCount: 0 } });
});

test('a page of cases with KPI fields, comments, history and files costs the same statements for 2 or 8 cases', async () => {
  const product = `Counted ${Date.now()}`;
  const q = `query($p: String!, $n: Int!) { cases(first: $n, filter: { productName: { eq: $p } }) { nodes { id isFirstContactResolution isResolutionBreached firstResponseMinutesLeft
    owner { name } files { id } comments { totalCount nodes { body createdBy { name } } } history { nodes { field createdBy { name } } } } } }`;
  for (let i = 0; i < 8; i++) {
    const c = await createCase({ subject: `Counted ${i}`, productName: product });
    ok(await comment(c.id, `reply ${i}`, 'admin'));
  }
  const two = await gql('admin', q, { p: product, n: 2 });
  const eight = await gql('admin', q, { p: product, n: 8 });
  expect(ok(eight).cases.nodes).toHaveLength(8);
  expect(two.extensions?.sqlStatements).toBeGreaterThan(0);
  expect(eight.extensions?.sqlStatements).toBe(two.extensions?.sqlStatements);
});
