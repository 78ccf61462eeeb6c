import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// Lead conversion is one transaction: a failure half-way leaves nothing behind; concurrent
// conversions of one lead convert it once.
let t: TestServer;
let acme: OrgFixture;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'Convert');
}, 180_000);
afterAll(() => t?.stop());

const errorOf = (r: { errors?: Array<{ message: string; extensions?: Record<string, any> }> }): Record<string, any> | undefined =>
  r.errors?.[0] && { message: r.errors[0].message, ...r.errors[0].extensions };
const count = async (table: string) => Number((await t.ds.query(`SELECT count(*) AS n FROM "${table}" WHERE "orgId" = $1`, [acme.org.id]))[0].n);
const counts = async () => ({ account: await count('account'), contact: await count('contact'), opportunity: await count('opportunity') });
const newLead = async (company: string) =>
  ok(await t.gql(`mutation($c: String!) { createLead(input: { lastName: "Kim", company: $c, email: "kim@x.test" }) { id } }`, { c: company }, acme.tokens.rep1)).createLead.id as string;
const convert = (leadId: string, extra: object = {}) =>
  t.gql(`mutation($i: LeadConvertInput!) { convertLead(input: $i) { leadId accountId contactId opportunityId } }`,
    { i: { leadId, convertedStatus: 'Closed - Converted', ...extra } }, acme.tokens.rep1);
const rule = (objectApiName: string, name: string, field: string, errorField = field) =>
  t.gql(`mutation($i: CreateValidationRuleInput!) { createValidationRule(input: $i) { id } }`, {
    i: { objectApiName, name, errorField, errorMessage: `${name} failed`, condition: { field, op: 'isBlank' } },
  }, acme.tokens.admin).then((r) => ok(r).createValidationRule.id as string);
const deactivate = (id: string) =>
  t.gql(`mutation($id: ID!) { updateValidationRule(id: $id, input: { isActive: false }) { id } }`, { id }, acme.tokens.admin).then(ok);
const leadRow = async (id: string) => (await t.ds.query(`SELECT "isConverted", status, "convertedAccountId" FROM lead WHERE id = $1`, [id]))[0];

test('an opportunity rule failing at the last step leaves no account, contact or opportunity, and the lead unconverted', async () => {
  const lead = await newLead('Half Way Ltd');
  const before = await counts();
  const id = await rule('Opportunity', 'Amount_Required', 'amount');
  const e = errorOf(await convert(lead));
  expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount', rule: 'Amount_Required', message: 'Amount_Required failed' });
  expect(await counts()).toEqual(before);
  expect(await leadRow(lead)).toEqual({ isConverted: false, status: 'Open - Not Contacted', convertedAccountId: null });
  // Without an opportunity it goes through.
  const r = ok(await convert(lead, { doNotCreateOpportunity: true })).convertLead;
  expect(r.opportunityId).toBeNull();
  expect(await counts()).toEqual({ ...before, account: before.account + 1, contact: before.contact + 1 });
  await deactivate(id);
});

test('a contact rule failing after the account was created rolls the account back too', async () => {
  const lead = await newLead('Contact Rule Co');
  const before = await counts();
  const id = await rule('Contact', 'Title_Required', 'title');
  expect(errorOf(await convert(lead))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', rule: 'Title_Required' });
  expect(await counts()).toEqual(before);
  expect((await leadRow(lead)).isConverted).toBe(false);
  await deactivate(id);
  const r = ok(await convert(lead)).convertLead;
  expect(r.opportunityId).toBeTruthy();
  expect(await counts()).toEqual({ account: before.account + 1, contact: before.contact + 1, opportunity: before.opportunity + 1 });
});

test('50 concurrent conversions of one lead convert it exactly once', async () => {
  const lead = await newLead('Race Corp');
  const before = await counts();
  const results = await Promise.all(Array.from({ length: 50 }, () => convert(lead)));
  const won = results.filter((r) => !r.errors);
  expect(won).toHaveLength(1);
  expect(results.filter((r) => r.errors).map((r) => errorOf(r)?.code)).toEqual(Array(49).fill('CONFLICT'));
  expect(results.filter((r) => r.errors).every((r) => errorOf(r)?.field === 'leadId')).toBe(true);
  expect(await counts()).toEqual({ account: before.account + 1, contact: before.contact + 1, opportunity: before.opportunity + 1 });
  expect((await leadRow(lead))).toMatchObject({ isConverted: true, convertedAccountId: won[0].data!.convertLead.accountId });
});
