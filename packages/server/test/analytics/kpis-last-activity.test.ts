import { Opportunity } from '../../src/sales/opportunity.entity';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

// Opportunity.lastActivityDate (triggers on task and event) and Clean Your Room over it.
process.env.CRM_TODAY = '2026-06-15';

let t: TestServer;
let acme: OrgFixture;
let beta: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  beta = await createOrg(t, 'Beta');
});
afterAll(() => t?.stop());

const deal = (o: OrgFixture, name: string, owner: string, x: Partial<Opportunity> = {}) =>
  t.ds.getRepository(Opportunity).save({
    orgId: o.org.id, ownerId: o.users[owner].id, name, stageName: 'Prospecting', closeDate: '2026-07-31', forecastCategoryName: 'Pipeline',
    amount: 100, nextStep: 'Call', ...x,
  });
const gql = async (q: string, v: Record<string, unknown> = {}, token = acme.tokens.rep1) => ok(await t.gql(q, v, token));
const createTask = async (i: Record<string, unknown>) => (await gql(`mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i })).createTask.id as string;
const updateTask = (id: string, i: Record<string, unknown>) => gql(`mutation($id: ID!, $i: UpdateTaskInput!) { updateTask(id: $id, input: $i) { id } }`, { id, i });
const createEvent = async (i: Record<string, unknown>) => (await gql(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, { i })).createEvent.id as string;
const updateEvent = (id: string, i: Record<string, unknown>) => gql(`mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id } }`, { id, i });

/** Every deal of the org: the stored date and the plain SQL max of its closed tasks and events; they must agree. */
async function lastActivity(o: OrgFixture): Promise<Record<string, string | null>> {
  const rows: Array<{ name: string; stored: string | null; max: string | null }> = await t.ds.query(
    `SELECT o.name, o."lastActivityDate"::text AS stored,
       (SELECT max(d) FROM (SELECT x."activityDate" AS d FROM task x WHERE x."opportunityId" = o.id AND x."isClosed"
                            UNION ALL SELECT e."activityDate" FROM event e WHERE e."opportunityId" = o.id) m)::text AS max
     FROM opportunity o WHERE o."orgId" = $1 ORDER BY o.name`, [o.org.id]);
  for (const r of rows) expect({ name: r.name, date: r.stored }).toEqual({ name: r.name, date: r.max });
  return Object.fromEntries(rows.map((r) => [r.name, r.stored]));
}

test('lastActivityDate follows closed tasks and events through inserts, moves, date changes, deletes and closing', async () => {
  const [a, b, c] = [await deal(acme, 'A', 'rep1'), await deal(acme, 'B', 'rep1'), await deal(acme, 'C', 'rep1')];
  const before = await t.ds.query(`SELECT id, version, "lastModifiedDate" FROM opportunity WHERE "orgId" = $1 ORDER BY name`, [acme.org.id]);
  expect(await lastActivity(acme)).toEqual({ A: null, B: null, C: null });

  // An open task is not an activity yet; closing it is.
  const t1 = await createTask({ subject: 'Send quote', opportunityId: a.id, activityDate: '2026-06-10' });
  expect((await lastActivity(acme)).A).toBeNull();
  await updateTask(t1, { status: 'Completed' });
  expect((await lastActivity(acme)).A).toBe('2026-06-10');

  // A later event raises it; a future one counts (Salesforce shows the furthest date).
  const e1 = await createEvent({ subject: 'Demo', opportunityId: a.id, startDateTime: '2026-06-12T15:00:00Z', durationInMinutes: 60 });
  await createEvent({ subject: 'Review', opportunityId: b.id, startDateTime: '2026-06-30T09:00:00Z', durationInMinutes: 30 });
  expect(await lastActivity(acme)).toEqual({ A: '2026-06-12', B: '2026-06-30', C: null });

  // Moving the task away leaves A the event; an earlier date lowers A; deleting the event clears it.
  await updateTask(t1, { opportunityId: c.id });
  expect(await lastActivity(acme)).toEqual({ A: '2026-06-12', B: '2026-06-30', C: '2026-06-10' });
  await updateEvent(e1, { startDateTime: '2026-05-01T15:00:00Z' });
  expect((await lastActivity(acme)).A).toBe('2026-05-01');
  await gql(`mutation($id: ID!) { deleteEvent(id: $id) }`, { id: e1 });
  expect((await lastActivity(acme)).A).toBeNull();

  // Reopening lowers C back; a renamed task changes nothing.
  await updateTask(t1, { subject: 'Send revised quote' });
  expect((await lastActivity(acme)).C).toBe('2026-06-10');
  await updateTask(t1, { status: 'In Progress' });
  expect((await lastActivity(acme)).C).toBeNull();

  // Statements over many rows (imports, mass updates): one set per statement.
  const u = acme.users.rep1.id;
  const ids: string[] = (await t.ds.query(
    `INSERT INTO task ("orgId", "ownerId", subject, status, "isClosed", "activityDate", "opportunityId")
     VALUES ($1, $2, 'x', 'Completed', true, '2026-06-01', $3), ($1, $2, 'y', 'Completed', true, '2026-06-03', $3),
            ($1, $2, 'z', 'Completed', true, '2026-06-02', $4), ($1, $2, 'w', 'Completed', true, NULL, $5) RETURNING id`,
    [acme.org.id, u, a.id, b.id, c.id])).map((r: any) => r.id);
  expect(await lastActivity(acme)).toEqual({ A: '2026-06-03', B: '2026-06-30', C: null });
  await t.ds.query(`UPDATE task SET "opportunityId" = $1 WHERE id = ANY($2)`, [c.id, ids.slice(0, 2)]);
  expect(await lastActivity(acme)).toEqual({ A: null, B: '2026-06-30', C: '2026-06-03' });
  await t.ds.query(`UPDATE task SET "activityDate" = "activityDate" - 20 WHERE "opportunityId" = $1`, [c.id]);
  expect((await lastActivity(acme)).C).toBe('2026-05-14');
  await t.ds.query(`DELETE FROM event WHERE "opportunityId" = $1`, [b.id]);
  await t.ds.query(`DELETE FROM task WHERE id = ANY($1)`, [[ids[1], ids[3]]]);
  expect(await lastActivity(acme)).toEqual({ A: null, B: '2026-06-02', C: '2026-05-12' });

  // Not a save of the deal: same version and lastModifiedDate, no field history; the version read before still updates.
  expect(await t.ds.query(`SELECT id, version, "lastModifiedDate" FROM opportunity WHERE "orgId" = $1 ORDER BY name`, [acme.org.id])).toEqual(before);
  expect((await t.ds.query(`SELECT count(*)::int AS n FROM opportunity_field_history WHERE "orgId" = $1`, [acme.org.id]))[0].n).toBe(0);
  const upd = await gql(`mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { version lastActivityDate } }`,
    { id: b.id, i: { nextStep: 'Send contract', expectedVersion: before[1].version } });
  expect(upd.updateOpportunity).toEqual({ version: before[1].version + 1, lastActivityDate: '2026-06-02' });
  const q = await gql(`query($id: ID!) { opportunity(id: $id) { lastActivityDate } }`, { id: c.id });
  expect(q.opportunity.lastActivityDate).toBe('2026-05-12');
});

// Embedded PGlite has one connection: no second transaction to race with.
(process.env.TEST_DATABASE_URL ? test : test.skip)('concurrent writers: a delete waiting on an insert into the same deal counts the insert once it commits', async () => {
  const d = await deal(acme, 'Z', 'rep1');
  const ins = (day: string) => `INSERT INTO task ("orgId", "ownerId", subject, status, "isClosed", "activityDate", "opportunityId")
    VALUES ('${acme.org.id}', '${acme.users.rep1.id}', 'c', 'Completed', true, '${day}', '${d.id}') RETURNING id`;
  const [{ id: early }] = await t.ds.query(ins('2026-06-01'));
  const [c1, c2] = [t.ds.createQueryRunner(), t.ds.createQueryRunner()];
  try {
    await c1.startTransaction();
    await c1.query(ins('2026-06-20'));
    await c2.startTransaction();
    const pid = (await c2.query('SELECT pg_backend_pid() AS pid'))[0].pid;
    const deleting = c2.query(`DELETE FROM task WHERE id = $1`, [early]);
    // Wait until the delete's trigger waits for the deal's row lock.
    for (let i = 0; i < 100; i++) {
      const [w] = await t.ds.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
      if (w?.wait_event_type === 'Lock') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await c1.commitTransaction();
    await deleting;
    await c2.commitTransaction();
  } finally {
    await c1.release();
    await c2.release();
  }
  expect((await lastActivity(acme)).Z).toBe('2026-06-20');
});

test('crm_opportunity_last_activity_rebuild restores what a bulk load with triggers off left out', async () => {
  const o = await createOrg(t, 'Bulk');
  const d = await deal(o, 'D', 'rep1');
  const e = await deal(o, 'E', 'rep1');
  await t.ds.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    await em.query(`INSERT INTO task ("orgId", "ownerId", subject, status, "isClosed", "activityDate", "opportunityId")
      VALUES ($1, $2, 'x', 'Completed', true, '2026-03-01', $3), ($1, $2, 'y', 'Not Started', false, '2026-09-01', $3)`, [o.org.id, o.users.rep1.id, d.id]);
    await em.query(`INSERT INTO event ("orgId", "ownerId", subject, "activityDate", "startDateTime", "opportunityId")
      VALUES ($1, $2, 'm', '2026-04-02', '2026-04-02T10:00:00Z', $3)`, [o.org.id, o.users.rep1.id, d.id]);
    await em.query(`UPDATE opportunity SET "lastActivityDate" = '2020-01-01' WHERE id = $1`, [e.id]);
  });
  expect((await t.ds.query(`SELECT "lastActivityDate" FROM opportunity WHERE id = $1`, [d.id]))[0].lastActivityDate).toBeNull();
  await t.ds.query(`SELECT crm_opportunity_last_activity_rebuild($1)`, [o.org.id]);
  expect(await lastActivity(o)).toEqual({ D: '2026-04-02', E: null });
});

test('Clean Your Room over lastActivityDate: hand-worked counts, per owner and for a team', async () => {
  // Today 2026-06-15; the 30 days start on 05-17.
  const h = {
    H1: await deal(beta, 'H1', 'rep1', { amount: 100, closeDate: '2026-07-01' }), // closed task on 05-17: in the window
    H2: await deal(beta, 'H2', 'rep1', { amount: 250 }), // closed task on 05-16, an open one on 06-10: no activity
    H3: await deal(beta, 'H3', 'rep2', { closeDate: '2026-06-14' }), // only a meeting on 06-20: activity to come; past close date
    H4: await deal(beta, 'H4', 'rep2', { amount: null, nextStep: '  ', closeDate: '2026-08-01' }), // nothing: no activity, no amount, no next step
    H6: await deal(beta, 'H6', 'rep3', { closeDate: '2026-06-15' }), // an event today; closes today (not past)
  };
  await deal(beta, 'H5', 'rep3', { stageName: 'Closed Won', isClosed: true, isWon: true, forecastCategoryName: 'Closed', amount: null }); // closed: never counted
  const task = (opp: string, isClosed: boolean, day: string) => t.ds.query(
    `INSERT INTO task ("orgId", "ownerId", subject, status, "isClosed", "activityDate", "opportunityId") VALUES ($1, $2, 's', $3, $4, $5, $6)`,
    [beta.org.id, beta.users.rep3.id, isClosed ? 'Completed' : 'Not Started', isClosed, day, opp]);
  await task(h.H1.id, true, '2026-05-17');
  await task(h.H2.id, true, '2026-05-16');
  await task(h.H2.id, false, '2026-06-10');
  for (const [opp, day] of [[h.H3.id, '2026-06-20'], [h.H6.id, '2026-06-15']]) {
    await t.ds.query(`INSERT INTO event ("orgId", "ownerId", subject, "activityDate", "startDateTime", "opportunityId") VALUES ($1, $2, 'm', $3, $4, $5)`,
      [beta.org.id, beta.users.rep3.id, day, `${day}T10:00:00Z`, opp]);
  }
  expect(await lastActivity(beta)).toEqual({ H1: '2026-05-17', H2: '2026-05-16', H3: '2026-06-20', H4: null, H5: null, H6: '2026-06-15' });

  const P = 'value count amount points { label group count amount }';
  const all = `{ dataHygiene { pastCloseDate { ${P} } noActivity30Days { ${P} records { nodes { name } } } missingAmount { value } missingNextStep { value } needsAttention { ${P} }
    perOwner { ownerName openOpportunities pastCloseDate noActivity30Days missingAmount missingNextStep needsAttention } } }`;
  const r = (await gql(all, {}, beta.tokens.admin)).dataHygiene;
  const [rep1, rep2] = [beta.users.rep1, beta.users.rep2];
  expect(r.noActivity30Days).toMatchObject({ value: 2, count: 2, amount: 250, records: { nodes: [{ name: 'H2' }, { name: 'H4' }] } });
  expect(r.noActivity30Days.points).toEqual([ // a tie: by name
    { label: 'Beta rep1', group: rep1.id, count: 1, amount: 250 },
    { label: 'Beta rep2', group: rep2.id, count: 1, amount: 0 },
  ]);
  expect(r.pastCloseDate).toEqual({ value: 1, count: 1, amount: 100, points: [{ label: 'Beta rep2', group: rep2.id, count: 1, amount: 100 }] });
  expect([r.missingAmount.value, r.missingNextStep.value]).toEqual([1, 1]);
  expect(r.needsAttention).toEqual({
    value: 3, count: 3, amount: 350,
    points: [{ label: 'Beta rep2', group: rep2.id, count: 2, amount: 100 }, { label: 'Beta rep1', group: rep1.id, count: 1, amount: 250 }],
  });
  expect(r.perOwner).toEqual([
    { ownerName: 'Beta rep2', openOpportunities: 2, pastCloseDate: 1, noActivity30Days: 1, missingAmount: 1, missingNextStep: 1, needsAttention: 2 },
    { ownerName: 'Beta rep1', openOpportunities: 2, pastCloseDate: 0, noActivity30Days: 1, missingAmount: 0, missingNextStep: 0, needsAttention: 1 },
    { ownerName: 'Beta rep3', openOpportunities: 1, pastCloseDate: 0, noActivity30Days: 0, missingAmount: 0, missingNextStep: 0, needsAttention: 0 },
  ]);
  // The manager sees rep1 and rep2; rep1 only their own deals; nobody else's activities change that.
  const m = (await gql(`{ dataHygiene { needsAttention { value } perOwner { ownerName } } }`, {}, beta.tokens.manager)).dataHygiene;
  expect(m).toEqual({ needsAttention: { value: 3 }, perOwner: [{ ownerName: 'Beta rep2' }, { ownerName: 'Beta rep1' }] });
  const own = (await gql(`{ dataHygiene { noActivity30Days { ${P} } } }`, {}, beta.tokens.rep1)).dataHygiene.noActivity30Days;
  expect(own).toEqual({ value: 1, count: 1, amount: 250, points: [{ label: 'Beta rep1', group: rep1.id, count: 1, amount: 250 }] });
  // Nothing visible: zero, no points.
  const none = (await gql(`{ dataHygiene { noActivity30Days { value count amount points { count } } } }`, {}, beta.tokens.rep3)).dataHygiene.noActivity30Days;
  expect(none).toEqual({ value: 0, count: 0, amount: 0, points: [] });
  // Logging the missing call today takes H2 off the list.
  await task(h.H2.id, true, '2026-06-15');
  expect((await gql(`{ dataHygiene { noActivity30Days { value } } }`, {}, beta.tokens.admin)).dataHygiene.noActivity30Days.value).toBe(1);
});
