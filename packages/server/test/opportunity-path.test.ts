import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// The opportunity path (stages with guidance, configurable by admins) and the competitor and
// lost-reason picklists.
let t: TestServer;
let acme: OrgFixture;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'Path');
}, 180_000);
afterAll(() => t?.stop());

const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;
const STAGE = 'id apiName masterLabel sortOrder defaultProbability forecastCategoryName isClosed isWon isActive guidance keyFields';
const stages = async (token = acme.tokens.rep1, includeInactive = false) =>
  ok(await t.gql(`query($i: Boolean) { opportunityStages(includeInactive: $i) { ${STAGE} } }`, { i: includeInactive }, token)).opportunityStages;
const createStage = (i: object, token = acme.tokens.admin) =>
  t.gql(`mutation($i: OpportunityStageInput!) { createOpportunityStage(input: $i) { ${STAGE} } }`, { i }, token);
const updateStage = (id: string, i: object, token = acme.tokens.admin) =>
  t.gql(`mutation($id: ID!, $i: OpportunityStageInput!) { updateOpportunityStage(id: $id, input: $i) { ${STAGE} } }`, { id, i }, token);
const createOpp = (i: object) =>
  t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id stageName probability forecastCategoryName competitor lostReason } }`, { i }, acme.tokens.rep1);
const updateOpp = (id: string, i: object) =>
  t.gql(`mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { id stageName competitor lostReason } }`, { id, i }, acme.tokens.rep1);
const base = { name: 'Deal', stageName: 'Prospecting', closeDate: '2030-06-30' };

test('default stages carry guidance and key fields; defaults for lost reasons and competitors', async () => {
  const s = await stages();
  expect(s).toHaveLength(10);
  const proposal = s.find((x: any) => x.apiName === 'Proposal/Price Quote');
  expect(proposal).toMatchObject({ sortOrder: 7, defaultProbability: 75, forecastCategoryName: 'Best Case', keyFields: ['amount', 'competitor', 'closeDate'] });
  expect(proposal.guidance).toMatch(/competitor/);
  expect(s.every((x: any) => x.guidance && x.keyFields.length)).toBe(true);
  const r = ok(await t.gql(`{ lostReasons { apiName masterLabel sortOrder isActive } competitors { name isActive } }`, {}, acme.tokens.rep1));
  expect(r.lostReasons.map((x: any) => x.apiName)).toEqual(['Price', 'Features', 'Timing', 'Lost to Competitor', 'No Decision', 'Other']);
  expect(r.competitors.map((x: any) => x.name)).toEqual(['HubSpot', 'Microsoft Dynamics', 'Salesforce']);
});

test('admins create, reorder, deactivate and delete stages; a stage in use cannot be deleted or renamed', async () => {
  expect(errorOf(await createStage({ apiName: 'Rep Stage' }, acme.tokens.rep1))?.code).toBe('FORBIDDEN');
  expect(errorOf(await createStage({ apiName: 'Bad', keyFields: ['amount', 'passwordHash'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keyFields' });
  expect(errorOf(await createStage({ apiName: 'Bad', isWon: true }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'isWon' });
  const pilot = ok(await createStage({ apiName: 'Pilot', defaultProbability: 65, forecastCategoryName: 'Most Likely', guidance: 'Run the pilot', keyFields: ['nextStep'] })).createOpportunityStage;
  expect(pilot).toMatchObject({ masterLabel: 'Pilot', sortOrder: 11, isActive: true, isClosed: false, guidance: 'Run the pilot', keyFields: ['nextStep'] });
  expect(errorOf(await createStage({ apiName: 'Pilot' }))?.code).toBe('CONFLICT');
  // Reorder: Pilot right after Perception Analysis.
  const names = (await stages()).map((s: any) => s.apiName).filter((n: string) => n !== 'Pilot');
  names.splice(names.indexOf('Perception Analysis') + 1, 0, 'Pilot');
  expect(errorOf(await t.gql(`mutation($n: [String!]!) { reorderOpportunityStages(apiNames: $n) { apiName } }`, { n: names.slice(1) }, acme.tokens.admin))).toMatchObject({ field: 'apiNames' });
  ok(await t.gql(`mutation($n: [String!]!) { reorderOpportunityStages(apiNames: $n) { apiName } }`, { n: names }, acme.tokens.admin));
  expect((await stages()).map((s: any) => s.apiName)).toEqual(names);
  // The new order drives stageAtOrAfter: Pilot is before Proposal, so no competitor needed.
  const o = ok(await createOpp({ ...base, stageName: 'Pilot' })).createOpportunity;
  expect(o).toMatchObject({ probability: 65, forecastCategoryName: 'Most Likely' });
  // In use: no delete, no rename; deactivate instead.
  expect(errorOf(await t.gql(`mutation($id: ID!) { deleteOpportunityStage(id: $id) }`, { id: pilot.id }, acme.tokens.admin))).toMatchObject({ code: 'CONFLICT' });
  expect(errorOf(await updateStage(pilot.id, { apiName: 'Pilot 2' }))).toMatchObject({ code: 'CONFLICT', field: 'apiName' });
  ok(await updateStage(pilot.id, { isActive: false, guidance: 'Retired' }));
  expect((await stages()).map((s: any) => s.apiName)).not.toContain('Pilot');
  expect((await stages(acme.tokens.rep1, true)).find((s: any) => s.apiName === 'Pilot')).toMatchObject({ isActive: false, guidance: 'Retired' });
  expect(errorOf(await createOpp({ ...base, stageName: 'Pilot' }))).toMatchObject({ field: 'stageName' });
  // Existing opportunities keep an inactive stage.
  ok(await updateOpp(o.id, { name: 'Still in pilot' }));
  // Unused: deleted.
  const temp = ok(await createStage({ apiName: 'Temp' })).createOpportunityStage;
  expect(ok(await t.gql(`mutation($id: ID!) { deleteOpportunityStage(id: $id) }`, { id: temp.id }, acme.tokens.admin)).deleteOpportunityStage).toBe(temp.id);
});

test('competitor and lost reason must be active values of the org; renames follow on opportunities', async () => {
  expect(errorOf(await createOpp({ ...base, competitor: 'Nobody Inc' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'competitor' });
  expect(errorOf(await createOpp({ ...base, lostReason: 'Bad luck' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lostReason' });
  const comp = ok(await t.gql(`mutation { createCompetitor(input: { name: "Nobody Inc", strengths: "Cheap", weaknesses: "Slow" }) { id name strengths weaknesses isActive } }`, {}, acme.tokens.admin)).createCompetitor;
  expect(comp).toMatchObject({ name: 'Nobody Inc', strengths: 'Cheap', isActive: true });
  expect(errorOf(await t.gql(`mutation { createCompetitor(input: { name: "X" }) { id } }`, {}, acme.tokens.rep1))?.code).toBe('FORBIDDEN');
  const o = ok(await createOpp({ ...base, stageName: 'Proposal/Price Quote', competitor: 'Nobody Inc' })).createOpportunity;
  ok(await t.gql(`mutation($id: ID!) { updateCompetitor(id: $id, input: { name: "Somebody Inc" }) { id } }`, { id: comp.id }, acme.tokens.admin));
  expect((await t.ds.query(`SELECT competitor, version FROM opportunity WHERE id = $1`, [o.id]))[0]).toEqual({ competitor: 'Somebody Inc', version: 2 });
  expect(errorOf(await t.gql(`mutation($id: ID!) { deleteCompetitor(id: $id) }`, { id: comp.id }, acme.tokens.admin))?.code).toBe('CONFLICT');
  ok(await t.gql(`mutation($id: ID!) { updateCompetitor(id: $id, input: { isActive: false }) { id } }`, { id: comp.id }, acme.tokens.admin));
  const list = ok(await t.gql(`{ a: competitors { name } b: competitors(includeInactive: true) { name } }`, {}, acme.tokens.rep1));
  expect(list.a.map((c: any) => c.name)).not.toContain('Somebody Inc');
  expect(list.b.map((c: any) => c.name)).toContain('Somebody Inc');
  expect(errorOf(await updateOpp(o.id, { competitor: 'Somebody Inc' }))).toMatchObject({ field: 'competitor' });
  // A stored inactive value stays while other fields change.
  ok(await updateOpp(o.id, { name: 'Renamed' }));

  const lr = ok(await t.gql(`mutation { createLostReason(input: { apiName: "Budget Cut" }) { id apiName masterLabel sortOrder } }`, {}, acme.tokens.admin)).createLostReason;
  expect(lr).toMatchObject({ apiName: 'Budget Cut', masterLabel: 'Budget Cut', sortOrder: 7 });
  const lost = ok(await createOpp({ ...base, stageName: 'Closed Lost', lostReason: 'Budget Cut' })).createOpportunity;
  ok(await t.gql(`mutation($id: ID!) { updateLostReason(id: $id, input: { apiName: "Budget Cuts" }) { id } }`, { id: lr.id }, acme.tokens.admin));
  expect((await t.ds.query(`SELECT "lostReason" FROM opportunity WHERE id = $1`, [lost.id]))[0].lostReason).toBe('Budget Cuts');
  expect(errorOf(await t.gql(`mutation($id: ID!) { deleteLostReason(id: $id) }`, { id: lr.id }, acme.tokens.admin))?.code).toBe('CONFLICT');
  const unused = ok(await t.gql(`mutation { createLostReason(input: { apiName: "Unused" }) { id } }`, {}, acme.tokens.admin)).createLostReason;
  ok(await t.gql(`mutation($id: ID!) { deleteLostReason(id: $id) }`, { id: unused.id }, acme.tokens.admin));
  expect(ok(await t.gql(`{ lostReasons { apiName } }`, {}, acme.tokens.rep1)).lostReasons.map((x: any) => x.apiName)).not.toContain('Unused');
});
