import { AuthService } from '../src/identity/auth.service';
import { User } from '../src/identity/user.entity';
import { UserRole } from '../src/identity/user-role';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
const agents: string[] = [];

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  // Ten agents who take cases at the same moment.
  const hash = await AuthService.hashPassword('pw-agents');
  for (let i = 0; i < 10; i++) {
    const u = await t.ds.getRepository(User).save({ orgId: acme.org.id, name: `Agent ${i}`, email: `agent${i}.${Date.now()}@q.test`, passwordHash: hash, role: UserRole.SERVICE_AGENT });
    const r = ok(await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: u.email, p: 'pw-agents' }));
    agents.push(r.login.token);
  }
}, 90_000);
afterAll(() => t?.stop());

const queued = async (subject: string, origin: string, priority = 'Medium') =>
  ok(await t.gql(`mutation($i: CreateCaseInput!) { createCase(input: $i) { id owner { id } isInQueue } }`, { i: { subject, origin, priority, assignToQueue: true } }, acme.tokens.admin)).createCase;
const take = (token: string, origin: string) => t.gql(`mutation($o: String!) { takeNextCase(origin: $o) { id subject owner { id } } }`, { o: origin }, token);
const queues = async (token = acme.tokens.agent) => ok(await t.gql(`{ caseQueues { origin openCount highPriorityCount oldestCreatedDate } }`, {}, token)).caseQueues;

test('queues per channel count the unassigned open cases; agents see them, reps do not', async () => {
  const c = await queued('Waiting on chat', 'Chat', 'High');
  expect(c).toMatchObject({ owner: null, isInQueue: true });
  await queued('Waiting on social', 'Social');
  const q = await queues();
  expect(q.map((x: { origin: string }) => x.origin)).toEqual(['Phone', 'Email', 'Web', 'Chat', 'Social']);
  expect(q.find((x: { origin: string }) => x.origin === 'Chat')).toMatchObject({ openCount: 1, highPriorityCount: 1 });
  expect(q.find((x: { origin: string }) => x.origin === 'Social')).toMatchObject({ openCount: 1, highPriorityCount: 0 });
  const seen = (token: string) => t.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: c.id }, token);
  expect(ok(await seen(acme.tokens.agent)).case.id).toBe(c.id);
  expect((await seen(acme.tokens.rep1)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await take(acme.tokens.rep1, 'Chat')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await take(acme.tokens.agent, 'Fax')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'origin' });
});

test('take next: High first, then the oldest; the owner change is in the history', async () => {
  const low = await queued('Old low', 'Web', 'Low');
  const medium1 = await queued('Medium 1', 'Web', 'Medium');
  const high = await queued('Late high', 'Web', 'High');
  await queued('Medium 2', 'Web', 'Medium');
  await t.ds.query(`UPDATE "case" SET "createdDate" = now() - interval '2 days' WHERE id = $1`, [low.id]);
  const order = [];
  for (let i = 0; i < 5; i++) order.push(ok(await take(acme.tokens.agent, 'Web')).takeNextCase?.subject ?? null);
  expect(order).toEqual(['Late high', 'Medium 1', 'Medium 2', 'Old low', null]);
  const h = ok(await t.gql(`query($id: ID!) { case(id: $id) { owner { id } history { nodes { field oldValue newValue } } } }`, { id: high.id }, acme.tokens.agent)).case;
  expect(h.owner.id).toBe(acme.users.agent.id);
  expect(h.history.nodes).toContainEqual({ field: 'ownerId', oldValue: null, newValue: acme.users.agent.id });
  expect(medium1.id).toBeTruthy();
});

test('10 concurrent takes of 3 cases: 3 succeed with distinct cases, 7 get nothing', async () => {
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push((await queued(`Concurrent ${i}`, 'Phone')).id);
  const results = await Promise.all(agents.map((token) => take(token, 'Phone')));
  for (const r of results) expect(r.errors).toBeUndefined();
  const taken = results.map((r) => r.data!.takeNextCase).filter(Boolean);
  expect(taken).toHaveLength(3);
  expect(new Set(taken.map((c: { id: string }) => c.id))).toEqual(new Set(ids));
  expect(new Set(taken.map((c: { owner: { id: string } }) => c.owner.id)).size).toBe(3);
  const rows = await t.ds.query(`SELECT count(*)::int AS n FROM "case" WHERE id = ANY($1) AND "ownerId" IS NOT NULL`, [ids]);
  expect(rows[0].n).toBe(3);
  expect((await queues()).find((x: { origin: string }) => x.origin === 'Phone').openCount).toBe(0);
});
