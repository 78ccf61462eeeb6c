import { DEMO_PASSWORD, seedDemo } from '../src/seed/seed';
import { FIXED_ANCHOR } from '../src/seed/random';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

const REQ = `id status requestedDiscountPercent listAmount discountedAmount isAutoApproved submitterComment approverComment decidedDate
  submittedBy { id } approver { id } decidedBy { id }`;
const OPP = 'id amount listAmount discountPercent';
const createOpp = async (amount: number | null, token = acme.tokens.rep1) =>
  ok(await t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`,
    { i: { name: 'Deal', stageName: 'Prospecting', closeDate: '2031-06-30', amount } }, token)).createOpportunity.id as string;
const submit = (opportunityId: string, discountPercent: number, comment: string | null = null, token = acme.tokens.rep1) =>
  t.gql(`mutation($o: ID!, $p: Float!, $c: String) { submitDiscountRequest(opportunityId: $o, discountPercent: $p, comment: $c) { ${REQ} } }`,
    { o: opportunityId, p: discountPercent, c: comment }, token);
const decide = (verb: 'approve' | 'reject', id: string, comment: string | null, token = acme.tokens.manager) =>
  t.gql(`mutation($id: ID!, $c: String) { r: ${verb}DiscountRequest(id: $id, comment: $c) { ${REQ} } }`, { id, c: comment }, token);
const recall = (id: string, token = acme.tokens.rep1) => t.gql(`mutation($id: ID!) { r: recallDiscountRequest(id: $id) { ${REQ} } }`, { id }, token);
const opp = async (id: string, token = acme.tokens.rep1) => ok(await t.gql(`query($id: ID!) { opportunity(id: $id) { ${OPP} } }`, { id }, token)).opportunity;
const queue = async (token = acme.tokens.manager) =>
  ok(await t.gql(`{ myApprovalQueue { id status requestedDiscountPercent opportunity { id amount } submittedBy { id } } }`, {}, token)).myApprovalQueue as any[];
const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const amountHistory = async (oppId: string) =>
  (await t.ds.query(`SELECT "oldValue", "newValue", "createdById" FROM opportunity_field_history WHERE "opportunityId" = $1 AND field = 'amount' ORDER BY "createdDate"`, [oppId]));

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

test('at or below the threshold (default 10%) a discount applies at once; above it waits for the manager', async () => {
  expect(ok(await t.gql('{ organization { discountApprovalThreshold } }', {}, acme.tokens.rep1)).organization.discountApprovalThreshold).toBe(10);
  const id = await createOpp(50_000);
  const auto = ok(await submit(id, 10, 'Standard')).submitDiscountRequest;
  expect(auto).toMatchObject({ status: 'Approved', isAutoApproved: true, approver: null, listAmount: 50_000, discountedAmount: 45_000, submittedBy: { id: acme.users.rep1.id } });
  expect(await opp(id)).toEqual({ id, amount: 45_000, listAmount: 50_000, discountPercent: 10 });

  // A second discount applies to the list amount, not to the discounted one.
  const pending = ok(await submit(id, 25, 'Competitive deal')).submitDiscountRequest;
  expect(pending).toMatchObject({ status: 'Pending', isAutoApproved: false, approver: { id: acme.users.manager.id }, listAmount: 50_000, discountedAmount: 37_500,
    submitterComment: 'Competitive deal', decidedDate: null });
  expect(await opp(id)).toMatchObject({ amount: 45_000, discountPercent: 10 });
  const q = await queue();
  expect(q).toEqual([{ id: pending.id, status: 'Pending', requestedDiscountPercent: 25, opportunity: { id, amount: 45_000 }, submittedBy: { id: acme.users.rep1.id } }]);
  expect(await queue(acme.tokens.exec)).toEqual([]);
  expect(await queue(acme.tokens.rep1)).toEqual([]);

  const approved = ok(await decide('approve', pending.id, 'OK for this quarter')).r;
  expect(approved).toMatchObject({ status: 'Approved', approverComment: 'OK for this quarter', decidedBy: { id: acme.users.manager.id }, decidedDate: expect.any(String) });
  expect(await opp(id)).toEqual({ id, amount: 37_500, listAmount: 50_000, discountPercent: 25 });
  expect(await queue()).toEqual([]);
  // The amount changes are in the field history, by whoever approved.
  expect(await amountHistory(id)).toEqual([
    { oldValue: '50000', newValue: '45000', createdById: acme.users.rep1.id },
    { oldValue: '45000', newValue: '37500', createdById: acme.users.manager.id },
  ]);
});

test('a rejected or recalled request never changes the amount; comments are kept', async () => {
  const id = await createOpp(10_000);
  const r1 = ok(await submit(id, 30, 'Please')).submitDiscountRequest;
  const rejected = ok(await decide('reject', r1.id, 'Too deep')).r;
  expect(rejected).toMatchObject({ status: 'Rejected', approverComment: 'Too deep', submitterComment: 'Please' });
  expect(await opp(id)).toEqual({ id, amount: 10_000, listAmount: null, discountPercent: null });
  // Decided requests cannot be decided again.
  expect(errorOf(await decide('approve', r1.id, null))).toMatchObject({ code: 'CONFLICT' });
  expect(errorOf(await recall(r1.id))).toMatchObject({ code: 'CONFLICT' });

  const r2 = ok(await submit(id, 20)).submitDiscountRequest;
  expect(ok(await recall(r2.id)).r).toMatchObject({ status: 'Recalled', decidedBy: { id: acme.users.rep1.id } });
  expect(errorOf(await decide('approve', r2.id, null))).toMatchObject({ code: 'CONFLICT' });
  expect(await opp(id)).toMatchObject({ amount: 10_000, discountPercent: null });
  expect(await queue()).toEqual([]);
  expect(await amountHistory(id)).toEqual([]);
});

test('only the approver or an administrator decides; one pending request per opportunity', async () => {
  const id = await createOpp(1_000);
  const r = ok(await submit(id, 15)).submitDiscountRequest;
  expect(errorOf(await submit(id, 12))).toMatchObject({ code: 'CONFLICT', field: 'opportunityId' });
  for (const who of ['rep1', 'rep2', 'exec'] as const) {
    expect(errorOf(await decide('approve', r.id, null, acme.tokens[who]))).toMatchObject({ code: 'FORBIDDEN' });
  }
  // Another rep can neither recall it.
  expect(errorOf(await recall(r.id, acme.tokens.rep2))).toMatchObject({ code: 'FORBIDDEN' });
  expect(await opp(id)).toMatchObject({ amount: 1_000 });
  // An administrator may decide in the approver's place.
  expect(ok(await decide('approve', r.id, 'Covering for the manager', acme.tokens.admin)).r).toMatchObject({ status: 'Approved', decidedBy: { id: acme.users.admin.id } });
  expect(await opp(id)).toMatchObject({ amount: 850, discountPercent: 15 });
  // After a decision a new request may be submitted.
  ok(await submit(id, 18));

  // Concurrent submissions: exactly one pending request.
  const id2 = await createOpp(2_000);
  const results = await Promise.all(Array.from({ length: 6 }, () => submit(id2, 40)));
  expect(results.filter((x) => !x.errors).length).toBe(1);
  expect(results.filter((x) => x.errors).every((x) => errorOf(x)?.code === 'CONFLICT')).toBe(true);
});

test('an owner without a manager goes to an administrator; the threshold is the administrator\'s setting', async () => {
  const id = await createOpp(4_000, acme.tokens.rep3);
  const r = ok(await submit(id, 50, null, acme.tokens.rep3)).submitDiscountRequest;
  expect(r.approver).toEqual({ id: acme.users.admin.id });
  expect((await queue(acme.tokens.admin)).map((x) => x.id)).toContain(r.id);

  expect(errorOf(await t.gql('mutation { setDiscountApprovalThreshold(percent: 20) { id } }', {}, acme.tokens.manager))).toMatchObject({ code: 'FORBIDDEN' });
  expect(errorOf(await t.gql('mutation { setDiscountApprovalThreshold(percent: 120) { id } }', {}, acme.tokens.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent' });
  expect(ok(await t.gql('mutation { setDiscountApprovalThreshold(percent: 20) { discountApprovalThreshold } }', {}, acme.tokens.admin)))
    .toEqual({ setDiscountApprovalThreshold: { discountApprovalThreshold: 20 } });
  const id2 = await createOpp(1_000);
  expect(ok(await submit(id2, 20)).submitDiscountRequest).toMatchObject({ status: 'Approved', isAutoApproved: true });
  expect(ok(await submit(id2, 20.5)).submitDiscountRequest).toMatchObject({ status: 'Pending' });
  await t.gql('mutation { setDiscountApprovalThreshold(percent: 10) { id } }', {}, acme.tokens.admin);
});

test('bad input, visibility and other organisations', async () => {
  const id = await createOpp(1_000);
  expect(errorOf(await submit(id, -1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'discountPercent' });
  expect(errorOf(await submit(id, 100.5))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'discountPercent' });
  expect(errorOf(await submit(id, 10.123))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'discountPercent' });
  expect(errorOf(await submit(id, 30, 'x'.repeat(1001)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
  expect(errorOf(await submit(await createOpp(null), 30))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  expect(errorOf(await submit(id, 30, null, acme.tokens.rep2))).toMatchObject({ code: 'FORBIDDEN' });
  expect(errorOf(await submit('not-an-id', 30))).toMatchObject({ code: 'BAD_USER_INPUT' });
  const other = await createOrg(t, 'Other');
  expect(errorOf(await submit(id, 30, null, other.tokens.admin))).toMatchObject({ code: 'NOT_FOUND' });
  const r = ok(await submit(id, 30)).submitDiscountRequest;
  expect(errorOf(await decide('approve', r.id, null, other.tokens.admin))).toMatchObject({ code: 'NOT_FOUND' });
  expect(await t.ds.query(`SELECT count(*)::int AS n FROM discount_approval_request WHERE "opportunityId" = $1`, [id])).toEqual([{ n: 1 }]);
});

test('Opportunity.discountRequests: the history of decisions, newest first, in one statement for many opportunities', async () => {
  const ids = [await createOpp(100), await createOpp(200), await createOpp(300)];
  for (const id of ids) {
    const a = ok(await submit(id, 40, 'first')).submitDiscountRequest;
    ok(await decide('reject', a.id, 'no'));
    const b = ok(await submit(id, 30, 'second')).submitDiscountRequest;
    ok(await decide('approve', b.id, 'yes'));
  }
  const q = `query($ids: [ID!]) { opportunities(filter: { id: { in: $ids } }) { edges { node { id amount
    discountRequests { totalCount edges { node { status requestedDiscountPercent approverComment approver { id } } } } } } } }`;
  const r = await t.gql(q, { ids }, acme.tokens.manager);
  const nodes = ok(r).opportunities.edges.map((e: any) => e.node);
  expect(nodes).toHaveLength(3);
  for (const n of nodes) {
    expect(n.amount).toBe(ids.indexOf(n.id) * 70 + 70);
    expect(n.discountRequests.totalCount).toBe(2);
    expect(n.discountRequests.edges.map((e: any) => e.node)).toEqual([
      { status: 'Approved', requestedDiscountPercent: 30, approverComment: 'yes', approver: { id: acme.users.manager.id } },
      { status: 'Rejected', requestedDiscountPercent: 40, approverComment: 'no', approver: { id: acme.users.manager.id } },
    ]);
  }
  const one = await t.gql(q, { ids: ids.slice(0, 1) }, acme.tokens.manager);
  expect(one.extensions?.sqlStatements).toBe(r.extensions?.sqlStatements);
  // Plain data: JSON pages compile the requests and their approvers; through the resolvers (a
  // directive opts out) the answer is the same, in more statements.
  const resolved = await t.gql(q.replace('status', 'status @include(if: true)'), { ids }, acme.tokens.manager);
  expect(ok(resolved)).toEqual(ok(r));
  expect(resolved.extensions!.sqlStatements!).toBeGreaterThan(r.extensions!.sqlStatements!);
});

test('the demo organisation: a pending request from rep@demo.example in manager@demo.example\'s queue, and decided ones', async () => {
  await seedDemo(t.ds, { anchor: FIXED_ANCHOR });
  const login = async (e: string) => ok(await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }`, { e, p: DEMO_PASSWORD })).login;
  const manager = await login('manager@demo.example');
  const rep = await login('rep@demo.example');
  const q = await queue(manager.token);
  expect(q).toEqual([expect.objectContaining({ status: 'Pending', requestedDiscountPercent: 25, submittedBy: { id: rep.user.id } })]);
  expect(q[0].opportunity).not.toBeNull();
  const decided = await t.ds.query(`SELECT r.status, r."discountedAmount", o.amount, o."discountPercent" FROM discount_approval_request r
    JOIN opportunity o ON o.id = r."opportunityId" WHERE r."submittedById" = $1 AND r.status <> 'Pending' ORDER BY r.status`, [rep.user.id]);
  expect(decided).toEqual([
    { status: 'Approved', discountedAmount: decided[0].amount, amount: decided[0].amount, discountPercent: 15 },
    { status: 'Rejected', discountedAmount: expect.any(Number), amount: expect.any(Number), discountPercent: null },
  ]);
  // The manager approves it.
  expect(ok(await decide('approve', q[0].id, 'Go', manager.token)).r).toMatchObject({ status: 'Approved' });
});
