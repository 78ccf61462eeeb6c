import { seedDemo } from '../src/seed/seed';
import { FIXED_ANCHOR } from '../src/seed/random';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// Validation rules as data: admin CRUD, the safe condition language, and every write path.
let t: TestServer;
let acme: OrgFixture;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'Rules');
}, 180_000);
afterAll(() => t?.stop());

const errorOf = (r: { errors?: Array<{ message: string; extensions?: Record<string, any> }> }): Record<string, any> | undefined =>
  r.errors?.[0] && { message: r.errors[0].message, ...r.errors[0].extensions };
const RULE = 'id name objectApiName isActive condition errorMessage errorField';
const createRule = (i: object, token = acme.tokens.admin) =>
  t.gql(`mutation($i: CreateValidationRuleInput!) { createValidationRule(input: $i) { ${RULE} } }`, { i }, token);
const updateRule = (id: string, i: object, token = acme.tokens.admin) =>
  t.gql(`mutation($id: ID!, $i: UpdateValidationRuleInput!) { updateValidationRule(id: $id, input: $i) { ${RULE} } }`, { id, i }, token);
const createOpp = (i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id stageName competitor lostReason version } }`, { i }, token);
const updateOpp = (id: string, i: object, token = acme.tokens.rep1) =>
  t.gql(`mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { id stageName competitor lostReason amount } }`, { id, i }, token);
const base = { name: 'Deal', stageName: 'Prospecting', closeDate: '2030-06-30' };

test('the org ships the two competitive-insights rules, visible to admins only', async () => {
  const rules = ok(await t.gql(`{ validationRules(objectApiName: "Opportunity") { ${RULE} } }`, {}, acme.tokens.admin)).validationRules;
  expect(rules.map((r: any) => [r.name, r.errorField, r.isActive])).toEqual([
    ['Competitor_Required_At_Proposal', 'competitor', true],
    ['Lost_Reason_Required_When_Closed_Lost', 'lostReason', true],
  ]);
  expect(errorOf(await t.gql(`{ validationRules { id } }`, {}, acme.tokens.rep1))?.code).toBe('FORBIDDEN');
  expect(errorOf(await createRule({ objectApiName: 'Lead', name: 'X', condition: { field: 'email', op: 'isBlank' }, errorMessage: 'm', errorField: 'email' }, acme.tokens.manager))?.code).toBe('FORBIDDEN');
});

test('competitor is required at or past Proposal/Price Quote, except Closed Lost; lostReason when Closed Lost', async () => {
  const o = ok(await createOpp(base)).createOpportunity;
  // Before Proposal: no competitor needed.
  ok(await updateOpp(o.id, { stageName: 'Perception Analysis' }));
  for (const stageName of ['Proposal/Price Quote', 'Negotiation/Review', 'Closed Won']) {
    expect(errorOf(await updateOpp(o.id, { stageName }))).toEqual({
      code: 'BAD_USER_INPUT', field: 'competitor', rule: 'Competitor_Required_At_Proposal',
      message: 'Enter the main competitor: it is required from Proposal/Price Quote on.',
    });
  }
  const [row] = await t.ds.query(`SELECT "stageName" FROM opportunity WHERE id = $1`, [o.id]);
  expect(row.stageName).toBe('Perception Analysis');
  // Closed Lost needs no competitor, but a lost reason.
  expect(errorOf(await updateOpp(o.id, { stageName: 'Closed Lost' }))).toMatchObject({ field: 'lostReason', rule: 'Lost_Reason_Required_When_Closed_Lost' });
  expect(ok(await updateOpp(o.id, { stageName: 'Closed Lost', lostReason: 'Timing' })).updateOpportunity).toMatchObject({ stageName: 'Closed Lost', competitor: null });
  // Creating at Proposal is a write path too.
  expect(errorOf(await createOpp({ ...base, stageName: 'Proposal/Price Quote' }))).toMatchObject({ field: 'competitor' });
  expect(ok(await createOpp({ ...base, stageName: 'Proposal/Price Quote', competitor: 'HubSpot' })).createOpportunity.competitor).toBe('HubSpot');
});

test('conditions are checked against the allow-list and the operator shapes', async () => {
  const bad = async (condition: unknown) => errorOf(await createRule({ objectApiName: 'Opportunity', name: 'Bad', condition, errorMessage: 'x', errorField: 'amount' }));
  expect(await bad({ field: 'passwordHash', op: 'isBlank' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'condition' });
  expect(await bad({ field: 'amount', op: 'drop table' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'condition' });
  expect(await bad({ and: [] })).toMatchObject({ field: 'condition' });
  expect(await bad({ field: 'amount', op: 'in', value: 5 })).toMatchObject({ field: 'condition' });
  expect(await bad({ field: 'amount', op: 'stageAtOrAfter', value: 'Closed Won' })).toMatchObject({ field: 'condition' });
  expect(await bad({ field: 'stageName', op: 'stageAtOrAfter', value: 'Nope' })).toMatchObject({ field: 'condition' });
  expect(await bad({ field: 'amount', op: 'isBlank', sql: '1=1' })).toMatchObject({ field: 'condition' });
  expect(await bad('amount > 0')).toMatchObject({ field: 'condition' });
  let deep: unknown = { field: 'amount', op: 'isBlank' };
  for (let i = 0; i < 12; i++) deep = { not: deep };
  expect(await bad(deep)).toMatchObject({ field: 'condition' });
  expect(errorOf(await createRule({ objectApiName: 'Opportunity', name: 'F', condition: { field: 'amount', op: 'isBlank' }, errorMessage: 'x', errorField: 'nope' }))).toMatchObject({ field: 'errorField' });
  expect(errorOf(await createRule({ objectApiName: 'Case', name: 'F', condition: { field: 'amount', op: 'isBlank' }, errorMessage: 'x', errorField: 'amount' }))).toMatchObject({ field: 'objectApiName' });
  expect(Number((await t.ds.query(`SELECT count(*) AS n FROM validation_rule WHERE "orgId" = $1`, [acme.org.id]))[0].n)).toBe(2);
});

test('prior values, changed, comparisons, or/not; inactive rules do not run; updates and deletes take effect', async () => {
  // A won deal's amount cannot be lowered; big deals need a next step unless closed.
  const shrink = ok(await createRule({
    objectApiName: 'Opportunity', name: 'No_Shrinking_Won_Deals', errorField: 'amount', errorMessage: 'Won amounts cannot go down',
    condition: { and: [{ field: 'stageName', op: 'equals', value: 'Closed Won', prior: true }, { field: 'amount', op: 'changed' },
      { or: [{ field: 'amount', op: 'isBlank' }, { not: { field: 'amount', op: 'gte', value: 5000 } }] }] },
  })).createValidationRule;
  const big = ok(await createRule({
    objectApiName: 'Opportunity', name: 'Big_Deals_Need_Next_Step', errorField: 'nextStep', errorMessage: 'Big deals need a next step',
    condition: { and: [{ field: 'amount', op: 'gt', value: 100000 }, { field: 'isClosed', op: 'equals', value: false }, { field: 'nextStep', op: 'isBlank' }] },
  })).createValidationRule;
  const o = ok(await createOpp({ ...base, amount: 6000, competitor: 'HubSpot', stageName: 'Closed Won' })).createOpportunity;
  expect(errorOf(await updateOpp(o.id, { amount: 4000 }))).toMatchObject({ field: 'amount', rule: 'No_Shrinking_Won_Deals', message: 'Won amounts cannot go down' });
  expect(ok(await updateOpp(o.id, { amount: 7000 })).updateOpportunity.amount).toBe(7000);
  expect(ok(await updateOpp(o.id, { amount: 5000 })).updateOpportunity.amount).toBe(5000);
  const open = ok(await createOpp({ ...base, amount: 50 })).createOpportunity;
  expect(errorOf(await updateOpp(open.id, { amount: 200000 }))).toMatchObject({ field: 'nextStep', rule: 'Big_Deals_Need_Next_Step' });
  ok(await updateOpp(open.id, { amount: 200000, nextStep: 'Call the CFO' }));
  // Deactivated: no longer runs; deleted: gone.
  ok(await updateRule(big.id, { isActive: false }));
  ok(await updateOpp(open.id, { nextStep: null }));
  ok(await t.gql(`mutation($id: ID!) { deleteValidationRule(id: $id) }`, { id: shrink.id }, acme.tokens.admin));
  ok(await updateOpp(o.id, { amount: 10 }));
  // Changing the condition re-validates it.
  expect(errorOf(await updateRule(big.id, { condition: { field: 'secret', op: 'isBlank' } }))).toMatchObject({ field: 'condition' });
});

test('rules on Lead, Account and Contact run in their create and update', async () => {
  const mk = (objectApiName: string, field: string) =>
    createRule({ objectApiName, name: `${objectApiName}_${field}`, errorField: field, errorMessage: `${field} needed`, condition: { field, op: 'isBlank' } }).then(ok);
  await mk('Lead', 'email');
  await mk('Account', 'phone');
  await mk('Contact', 'title');
  const lead = await t.gql(`mutation { createLead(input: { lastName: "L", company: "C" }) { id } }`, {}, acme.tokens.rep1);
  expect(errorOf(lead)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', rule: 'Lead_email', message: 'email needed' });
  const acc = await t.gql(`mutation { createAccount(input: { name: "A" }) { id } }`, {}, acme.tokens.rep1);
  expect(errorOf(acc)).toMatchObject({ field: 'phone', rule: 'Account_phone' });
  const a = ok(await t.gql(`mutation { createAccount(input: { name: "A", phone: "1" }) { id } }`, {}, acme.tokens.rep1)).createAccount;
  expect(errorOf(await t.gql(`mutation($id: ID!) { updateAccount(id: $id, input: { phone: null }) { id } }`, { id: a.id }, acme.tokens.rep1))).toMatchObject({ field: 'phone' });
  const c = await t.gql(`mutation($a: ID!) { createContact(input: { lastName: "C", accountId: $a }) { id } }`, { a: a.id }, acme.tokens.rep1);
  expect(errorOf(c)).toMatchObject({ field: 'title', rule: 'Contact_title' });
  expect(Number((await t.ds.query(`SELECT count(*) AS n FROM account WHERE "orgId" = $1`, [acme.org.id]))[0].n)).toBe(1);
  for (const name of ['Lead_email', 'Account_phone', 'Contact_title']) await t.ds.query(`UPDATE validation_rule SET "isActive" = false WHERE name = $1`, [name]);
});

test('rules load in one statement per request, however many there are', async () => {
  const statements = async () => (await createOpp({ ...base, amount: 10 })).extensions!.sqlStatements!;
  const before = await statements();
  for (let i = 0; i < 5; i++) {
    ok(await createRule({ objectApiName: 'Opportunity', name: `Amount_Cap_${i}`, errorField: 'amount', errorMessage: 'cap', condition: { field: 'amount', op: 'gt', value: 1e9 + i } }));
  }
  expect(await statements()).toBe(before);
  expect(before).toBeGreaterThan(0);
});

test('the demo organisation ships the rules, and its opportunities satisfy them and use its picklists', async () => {
  await seedDemo(t.ds, { anchor: FIXED_ANCHOR });
  const [org] = await t.ds.query(`SELECT id FROM organization WHERE name = 'Demo Company'`);
  const q = async (sql: string) => Number((await t.ds.query(sql, [org.id]))[0].n);
  expect(await q(`SELECT count(*) AS n FROM validation_rule WHERE "orgId" = $1 AND "isActive"`)).toBe(2);
  expect(await q(`SELECT count(*) AS n FROM opportunity o JOIN opportunity_stage s ON s."orgId" = o."orgId" AND s."apiName" = o."stageName"
    WHERE o."orgId" = $1 AND s."sortOrder" >= 7 AND o."stageName" <> 'Closed Lost' AND o.competitor IS NULL`)).toBe(0);
  expect(await q(`SELECT count(*) AS n FROM opportunity WHERE "orgId" = $1 AND "stageName" = 'Closed Lost' AND "lostReason" IS NULL`)).toBe(0);
  expect(await q(`SELECT count(*) AS n FROM opportunity o WHERE o."orgId" = $1 AND o.competitor IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM competitor c WHERE c."orgId" = o."orgId" AND c.name = o.competitor AND c."isActive")`)).toBe(0);
  expect(await q(`SELECT count(*) AS n FROM opportunity o WHERE o."orgId" = $1 AND o."lostReason" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM lost_reason r WHERE r."orgId" = o."orgId" AND r."apiName" = o."lostReason" AND r."isActive")`)).toBe(0);
  expect(await q(`SELECT count(*) AS n FROM opportunity WHERE "orgId" = $1 AND competitor IS NOT NULL`)).toBeGreaterThan(400);
}, 180_000);
