import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// Optimistic concurrency: updates carry the version they read; the loser gets CONFLICT with the current values.
let t: TestServer;
let acme: OrgFixture;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'Versions');
}, 180_000);
afterAll(() => t?.stop());

const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const updateOpp = (id: string, i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { id amount nextStep version } }`, { id, i }, token);

test('a stale expectedVersion fails with CONFLICT and the current values; nothing is overwritten', async () => {
  const o = ok(await t.gql(`mutation { createOpportunity(input: { name: "D", stageName: "Prospecting", closeDate: "2030-01-01", amount: 100 }) { id version } }`, {}, acme.tokens.rep1)).createOpportunity;
  expect(o.version).toBe(1);
  // Two people read version 1; the first saves, the second is refused.
  const first = ok(await updateOpp(o.id, { amount: 200, expectedVersion: 1 })).updateOpportunity;
  expect(first).toMatchObject({ amount: 200, version: 2 });
  const second = errorOf(await updateOpp(o.id, { amount: 300, nextStep: 'theirs', expectedVersion: 1 }, acme.tokens.manager));
  expect(second).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
  expect(second!.current).toMatchObject({ id: o.id, version: 2, name: 'D', stageName: 'Prospecting', nextStep: null });
  expect(Number(second!.current.amount)).toBe(200);
  expect((await t.ds.query(`SELECT amount::float AS amount, "nextStep", version FROM opportunity WHERE id = $1`, [o.id]))[0]).toEqual({ amount: 200, nextStep: null, version: 2 });
  // With the current version it goes through; without one, last write wins as before.
  expect(ok(await updateOpp(o.id, { amount: 300, expectedVersion: 2 }, acme.tokens.manager)).updateOpportunity.version).toBe(3);
  expect(ok(await updateOpp(o.id, { nextStep: 'x' })).updateOpportunity.version).toBe(4);
});

test('concurrent updaters with the same version: exactly one wins', async () => {
  const o = ok(await t.gql(`mutation { createOpportunity(input: { name: "Race", stageName: "Prospecting", closeDate: "2030-01-01" }) { id } }`, {}, acme.tokens.rep1)).createOpportunity;
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) => updateOpp(o.id, { amount: 1000 + i, expectedVersion: 1 }, i % 2 ? acme.tokens.manager : acme.tokens.rep1)),
  );
  const winners = results.filter((r) => !r.errors);
  const losers = results.filter((r) => r.errors);
  expect(winners).toHaveLength(1);
  expect(losers.map((r) => errorOf(r)?.code)).toEqual(Array(7).fill('CONFLICT'));
  const amount = winners[0].data!.updateOpportunity.amount;
  for (const l of losers) expect(Number(errorOf(l)!.current.amount)).toBe(amount);
  expect((await t.ds.query(`SELECT amount::float AS amount, version FROM opportunity WHERE id = $1`, [o.id]))[0]).toEqual({ amount, version: 2 });
});

test('leads, accounts and contacts carry versions too', async () => {
  const a = ok(await t.gql(`mutation { createAccount(input: { name: "V" }) { id version } }`, {}, acme.tokens.rep1)).createAccount;
  const c = ok(await t.gql(`mutation($a: ID!) { createContact(input: { lastName: "V", accountId: $a }) { id version } }`, { a: a.id }, acme.tokens.rep1)).createContact;
  const l = ok(await t.gql(`mutation { createLead(input: { lastName: "V", company: "V" }) { id version } }`, {}, acme.tokens.rep1)).createLead;
  for (const [name, id, field] of [['Account', a.id, 'phone'], ['Contact', c.id, 'phone'], ['Lead', l.id, 'phone']] as const) {
    const m = `mutation($id: ID!, $i: Update${name}Input!) { update${name}(id: $id, input: $i) { id version ${field} } }`;
    expect(ok(await t.gql(m, { id, i: { [field]: '1', expectedVersion: 1 } }, acme.tokens.rep1))[`update${name}`]).toMatchObject({ version: 2, [field]: '1' });
    const e = errorOf(await t.gql(m, { id, i: { [field]: '2', expectedVersion: 1 } }, acme.tokens.rep1));
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', current: { version: 2, [field]: '1' } });
  }
});
