import { randomUUID } from 'node:crypto';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let globex: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  globex = await createOrg(t, 'Globex');
});
afterAll(() => t?.stop());

const as = (who: string, org = acme) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, org.tokens[who]);
const count = async (sql: string, params: unknown[] = []) => Number((await t.ds.query(sql, params))[0].n);
const errOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions;

const RT_FIELDS = `id name description isActive fieldDefinitions { name label type required options }`;
const CREATE_RT = `mutation($i: CreateCampaignRecordTypeInput!) { createCampaignRecordType(input: $i) { ${RT_FIELDS} } }`;
const UPDATE_RT = `mutation($id: ID!, $i: UpdateCampaignRecordTypeInput!) { updateCampaignRecordType(id: $id, input: $i) { ${RT_FIELDS} } }`;
const DELETE_RT = `mutation($id: ID!) { deleteCampaignRecordType(id: $id) }`;
const C_FIELDS = `id name recordType { id name } customFields { name label type value stringValue } customFieldsJson`;
const CREATE_C = `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { ${C_FIELDS} } }`;
const UPDATE_C = `mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { ${C_FIELDS} } }`;
const stored = async (id: string) => (await t.ds.query(`SELECT "recordTypeId", "customFields", name FROM campaign WHERE id = $1`, [id]))[0];

const EMAIL_FIELDS = [
  { name: 'emailTemplate', label: 'Email template', type: 'STRING', required: true },
  { name: 'sendCount', label: 'Send count', type: 'NUMBER' },
  { name: 'sendDate', label: 'Send date', type: 'DATE' },
  { name: 'isAbTest', label: 'A/B test', type: 'BOOLEAN' },
  { name: 'audience', label: 'Audience', type: 'PICKLIST', options: ['Customers', 'Prospects', 'Partners'] },
];

test('record type definitions: admins only, lowerCamel unique names, picklists need options', async () => {
  const before = await count(`SELECT count(*) n FROM campaign_record_type`);
  const create = (i: Record<string, unknown>, who = 'admin') => as(who)(CREATE_RT, { i: { name: 'X', ...i } });
  const field = (f: Record<string, unknown>) => ({ name: 'f', label: 'F', type: 'STRING', ...f });
  expect(errOf(await create({}, 'marketing'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(errOf(await create({ fieldDefinitions: [field({ name: 'Budget code' })] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fieldDefinitions.0.name' });
  expect(errOf(await create({ fieldDefinitions: [field({ name: 'BudgetCode' })] }))).toMatchObject({ field: 'fieldDefinitions.0.name' });
  expect(errOf(await create({ fieldDefinitions: [field({ name: '1st' })] }))).toMatchObject({ field: 'fieldDefinitions.0.name' });
  expect(errOf(await create({ fieldDefinitions: [field({ name: 'code' }), field({ name: 'code' })] }))).toMatchObject({ field: 'fieldDefinitions.1.name' });
  expect(errOf(await create({ fieldDefinitions: [field({ label: '  ' })] }))).toMatchObject({ field: 'fieldDefinitions.0.label' });
  expect(errOf(await create({ fieldDefinitions: [field({ type: 'PICKLIST' })] }))).toMatchObject({ field: 'fieldDefinitions.0.options' });
  expect(errOf(await create({ fieldDefinitions: [field({ type: 'PICKLIST', options: ['a', 'A'] })] }))).toMatchObject({ field: 'fieldDefinitions.0.options' });
  expect(errOf(await create({ fieldDefinitions: [field({ type: 'NUMBER', options: ['1'] })] }))).toMatchObject({ field: 'fieldDefinitions.0.options' });
  expect(errOf(await create({ name: ' ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  expect(await count(`SELECT count(*) n FROM campaign_record_type`)).toBe(before);

  const email = ok(await create({ name: ' Email ', description: 'Email blasts', fieldDefinitions: EMAIL_FIELDS })).createCampaignRecordType;
  expect(email).toMatchObject({ name: 'Email', isActive: true, description: 'Email blasts' });
  expect(email.fieldDefinitions.map((f: any) => [f.name, f.type, f.required, f.options])).toEqual([
    ['emailTemplate', 'STRING', true, null], ['sendCount', 'NUMBER', false, null], ['sendDate', 'DATE', false, null],
    ['isAbTest', 'BOOLEAN', false, null], ['audience', 'PICKLIST', false, ['Customers', 'Prospects', 'Partners']],
  ]);
  expect(errOf(await create({ name: 'EMAIL' }))).toMatchObject({ code: 'CONFLICT', field: 'name' });
  // Org-wide read; another organisation neither lists nor loads it, and may reuse the name.
  const list = ok(await as('rep1')(`{ campaignRecordTypes(filter: { name: { eq: "Email" } }) { totalCount nodes { id name } } }`)).campaignRecordTypes;
  expect(list).toEqual({ totalCount: 1, nodes: [{ id: email.id, name: 'Email' }] });
  expect(ok(await as('rep1', globex)(`{ campaignRecordTypes { totalCount } }`)).campaignRecordTypes.totalCount).toBe(0);
  expect(errOf(await as('admin', globex)(`query($id: ID!) { campaignRecordType(id: $id) { id } }`, { id: email.id }))).toMatchObject({ code: 'NOT_FOUND' });
  ok(await as('admin', globex)(CREATE_RT, { i: { name: 'Email' } }));
  expect(errOf(await as('admin', globex)(UPDATE_RT, { id: email.id, i: { name: 'Mine' } }))).toMatchObject({ code: 'NOT_FOUND' });
});

test('campaign custom values are typed, validated on every write and listed in definition order', async () => {
  const rt = ok(await as('admin')(CREATE_RT, { i: { name: 'Email v2', fieldDefinitions: EMAIL_FIELDS } })).createCampaignRecordType;
  const good = { emailTemplate: ' Spring ', sendCount: 3, isAbTest: false, audience: 'prospects', sendDate: '2026-03-01' };
  const c = ok(await as('marketing')(CREATE_C, { i: { name: 'Typed', recordTypeId: rt.id, customFields: good } })).createCampaign;
  expect(c.recordType).toEqual({ id: rt.id, name: 'Email v2' });
  expect(c.customFieldsJson).toEqual({ emailTemplate: 'Spring', sendCount: 3, sendDate: '2026-03-01', isAbTest: false, audience: 'Prospects' });
  expect(c.customFields).toEqual([
    { name: 'emailTemplate', label: 'Email template', type: 'STRING', value: 'Spring', stringValue: 'Spring' },
    { name: 'sendCount', label: 'Send count', type: 'NUMBER', value: 3, stringValue: '3' },
    { name: 'sendDate', label: 'Send date', type: 'DATE', value: '2026-03-01', stringValue: '2026-03-01' },
    { name: 'isAbTest', label: 'A/B test', type: 'BOOLEAN', value: false, stringValue: 'false' },
    { name: 'audience', label: 'Audience', type: 'PICKLIST', value: 'Prospects', stringValue: 'Prospects' },
  ]);

  const campaigns = await count(`SELECT count(*) n FROM campaign`);
  const create = (customFields: unknown, extra: Record<string, unknown> = {}) => as('marketing')(CREATE_C, { i: { name: 'Bad', recordTypeId: rt.id, customFields, ...extra } });
  expect(errOf(await create({ sendCount: 1 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customFields.emailTemplate' });
  expect(errOf(await create({ emailTemplate: '' }))).toMatchObject({ field: 'customFields.emailTemplate' });
  expect(errOf(await create({ emailTemplate: 'x', sendCount: '3' }))).toMatchObject({ field: 'customFields.sendCount' });
  expect(errOf(await create({ emailTemplate: 'x', sendDate: '2026-02-30' }))).toMatchObject({ field: 'customFields.sendDate' });
  expect(errOf(await create({ emailTemplate: 'x', sendDate: '03/01/2026' }))).toMatchObject({ field: 'customFields.sendDate' });
  expect(errOf(await create({ emailTemplate: 'x', isAbTest: 'yes' }))).toMatchObject({ field: 'customFields.isAbTest' });
  expect(errOf(await create({ emailTemplate: 'x', audience: 'Everyone' }))).toMatchObject({ field: 'customFields.audience' });
  expect(errOf(await create({ emailTemplate: 'x'.repeat(256) }))).toMatchObject({ field: 'customFields.emailTemplate' });
  expect(errOf(await create({ emailTemplate: 'x', color: 'red' }))).toMatchObject({ field: 'customFields.color' });
  expect(errOf(await create(['emailTemplate']))).toMatchObject({ field: 'customFields' });
  expect(errOf(await create('x'))).toMatchObject({ field: 'customFields' });
  expect(errOf(await create({ emailTemplate: 'x' }, { recordTypeId: randomUUID() }))).toMatchObject({ field: 'recordTypeId' });
  expect(errOf(await as('marketing')(CREATE_C, { i: { name: 'No type', customFields: { emailTemplate: 'x' } } }))).toMatchObject({ field: 'customFields.emailTemplate' });
  expect(await count(`SELECT count(*) n FROM campaign`)).toBe(campaigns);

  // Updates: other fields keep the values; bad values change nothing; customFields replaces the set.
  expect(ok(await as('marketing')(UPDATE_C, { id: c.id, i: { name: 'Typed 2' } })).updateCampaign.customFieldsJson).toMatchObject({ emailTemplate: 'Spring' });
  const snapshot = await stored(c.id);
  expect(errOf(await as('marketing')(UPDATE_C, { id: c.id, i: { name: 'Nope', customFields: { emailTemplate: 'x', sendCount: 'many' } } }))).toMatchObject({ field: 'customFields.sendCount' });
  expect(errOf(await as('marketing')(UPDATE_C, { id: c.id, i: { customFields: null } }))).toMatchObject({ field: 'customFields.emailTemplate' });
  expect(await stored(c.id)).toEqual(snapshot);
  const replaced = ok(await as('marketing')(UPDATE_C, { id: c.id, i: { customFields: { emailTemplate: 'Summer', sendCount: null } } })).updateCampaign;
  expect(replaced.customFieldsJson).toEqual({ emailTemplate: 'Summer' });
  expect(replaced.customFields.map((f: any) => f.value)).toEqual(['Summer', null, null, null, null]);
  // Campaigns filter by record type.
  const byType = ok(await as('rep1')(`query($rt: ID!) { campaigns(filter: { recordTypeId: { eq: $rt } }) { totalCount nodes { id } } }`, { rt: rt.id })).campaigns;
  expect(byType).toEqual({ totalCount: 1, nodes: [{ id: c.id }] });
});

test('definition changes: removed fields drop values, incompatible changes are refused, new required fields apply on the next write', async () => {
  const rt = ok(await as('admin')(CREATE_RT, { i: { name: 'Event', fieldDefinitions: EMAIL_FIELDS.slice(0, 2).concat(EMAIL_FIELDS[4]) } })).createCampaignRecordType;
  const c = ok(await as('marketing')(CREATE_C, { i: { name: 'Evented', recordTypeId: rt.id, customFields: { emailTemplate: 'T', sendCount: 5, audience: 'Partners' } } })).createCampaign;
  const defs = rt.fieldDefinitions.map(({ name, label, type, required, options }: any) => ({ name, label, type, required, options }));
  const before = await stored(c.id);
  // sendCount NUMBER -> BOOLEAN, and dropping the option in use: refused, nothing changes.
  const retype = await as('admin')(UPDATE_RT, { id: rt.id, i: { fieldDefinitions: [defs[0], { ...defs[1], type: 'BOOLEAN' }, defs[2]] } });
  expect(errOf(retype)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fieldDefinitions.1.type' });
  const reopt = await as('admin')(UPDATE_RT, { id: rt.id, i: { fieldDefinitions: [defs[0], defs[1], { ...defs[2], options: ['Customers'] }] } });
  expect(errOf(reopt)).toMatchObject({ field: 'fieldDefinitions.2.options' });
  expect(errOf(await as('marketing')(UPDATE_RT, { id: rt.id, i: { name: 'Mine' } }))).toMatchObject({ code: 'FORBIDDEN' });
  expect(await stored(c.id)).toEqual(before);
  expect((await t.ds.query(`SELECT "fieldDefinitions" FROM campaign_record_type WHERE id = $1`, [rt.id]))[0].fieldDefinitions).toHaveLength(3);

  // Remove sendCount (its values go), add a required venue.
  const venue = { name: 'venue', label: 'Venue', type: 'STRING', required: true };
  const upd = ok(await as('admin')(UPDATE_RT, { id: rt.id, i: { fieldDefinitions: [defs[0], defs[2], venue] } })).updateCampaignRecordType;
  expect(upd.fieldDefinitions.map((f: any) => f.name)).toEqual(['emailTemplate', 'audience', 'venue']);
  expect((await stored(c.id)).customFields).toEqual({ emailTemplate: 'T', audience: 'Partners' });
  expect(errOf(await as('marketing')(UPDATE_C, { id: c.id, i: { name: 'Renamed' } }))).toMatchObject({ field: 'customFields.venue' });
  expect((await stored(c.id)).name).toBe('Evented');
  const fixed = ok(await as('marketing')(UPDATE_C, { id: c.id, i: { customFields: { emailTemplate: 'T', audience: 'Partners', venue: 'Hall A' } } })).updateCampaign;
  expect(fixed.customFields.map((f: any) => [f.name, f.value])).toEqual([['emailTemplate', 'T'], ['audience', 'Partners'], ['venue', 'Hall A']]);
});

test('record type changes, inactive types, and deletion while in use', async () => {
  const a = ok(await as('admin')(CREATE_RT, { i: { name: 'Type A', fieldDefinitions: [{ name: 'code', label: 'Code', type: 'STRING' }, { name: 'size', label: 'Size', type: 'NUMBER' }] } })).createCampaignRecordType;
  const b = ok(await as('admin')(CREATE_RT, { i: { name: 'Type B', fieldDefinitions: [{ name: 'code', label: 'Code', type: 'STRING' }] } })).createCampaignRecordType;
  const c = ok(await as('marketing')(CREATE_C, { i: { name: 'Switcher', recordTypeId: a.id, customFields: { code: 'X1', size: 2 } } })).createCampaign;
  // A new record type keeps the values of the fields it also defines.
  const moved = ok(await as('marketing')(UPDATE_C, { id: c.id, i: { recordTypeId: b.id } })).updateCampaign;
  expect([moved.recordType.name, moved.customFieldsJson]).toEqual(['Type B', { code: 'X1' }]);

  ok(await as('admin')(UPDATE_RT, { id: a.id, i: { isActive: false } }));
  expect(errOf(await as('marketing')(CREATE_C, { i: { name: 'Inactive', recordTypeId: a.id } }))).toMatchObject({ field: 'recordTypeId' });
  expect(errOf(await as('marketing')(UPDATE_C, { id: c.id, i: { recordTypeId: a.id } }))).toMatchObject({ field: 'recordTypeId' });

  const del = await as('admin')(DELETE_RT, { id: b.id });
  expect(errOf(del)).toMatchObject({ code: 'CONFLICT', field: 'id' });
  expect(await count(`SELECT count(*) n FROM campaign_record_type WHERE id = $1`, [b.id])).toBe(1);
  expect(errOf(await as('marketing')(DELETE_RT, { id: a.id }))).toMatchObject({ code: 'FORBIDDEN' });
  const cleared = ok(await as('marketing')(UPDATE_C, { id: c.id, i: { recordTypeId: null } })).updateCampaign;
  expect(cleared).toMatchObject({ recordType: null, customFields: [], customFieldsJson: {} });
  expect(ok(await as('admin')(DELETE_RT, { id: b.id })).deleteCampaignRecordType).toBe(b.id);
  expect(ok(await as('admin')(DELETE_RT, { id: a.id })).deleteCampaignRecordType).toBe(a.id);
  expect(await count(`SELECT count(*) n FROM campaign_record_type WHERE id = ANY($1)`, [[a.id, b.id]])).toBe(0);
});
