import { randomUUID } from 'node:crypto';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

// Embedded PGlite (no TEST_DATABASE_URL) migrates slowly on a busy machine.
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
}, 240_000);
afterAll(() => t?.stop(), 60_000);

const as = (who: string) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, acme.tokens[who]);
const RESULT = `total succeeded failed created updated nothingWritten dryRun errors { row id field code message }`;
const MASS_OPP = `mutation($i: MassUpdateOpportunitiesInput!) { massUpdateOpportunities(input: $i) { ${RESULT} } }`;
const MASS_LEAD = `mutation($i: MassUpdateLeadsInput!) { massUpdateLeads(input: $i) { ${RESULT} } }`;
const MASS_ACC = `mutation($i: MassUpdateAccountsInput!) { massUpdateAccounts(input: $i) { ${RESULT} } }`;

async function opps(n: number, ownerId: string, prefix: string, stage = 'Prospecting'): Promise<string[]> {
  const rows = await t.ds.query(
    `INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", probability, "forecastCategoryName", amount, "closeDate")
     SELECT $1, $2, $3 || ' ' || g, $4, 10, 'Pipeline', 1000 * g, DATE '2027-01-01' + g FROM generate_series(1, $5) g RETURNING id`,
    [acme.org.id, ownerId, prefix, stage, n],
  );
  return rows.map((r: { id: string }) => r.id);
}
const oppRows = (ids: string[]) =>
  t.ds.query(`SELECT id, "stageName", probability, "forecastCategoryName", amount, competitor, "ownerId", version FROM opportunity WHERE id = ANY($1) ORDER BY name`, [ids]);
const historyCount = async (ids: string[]) => Number((await t.ds.query(`SELECT count(*) n FROM opportunity_field_history WHERE "opportunityId" = ANY($1) AND field <> 'created'`, [ids]))[0].n);
const values = (v: Record<string, string | null>) => Object.entries(v).map(([field, value]) => ({ field, value }));

describe('massUpdateOpportunities', () => {
  test('by ids, ALL_OR_NOTHING: unknown id, invalid id, another rep\'s deal and a duplicate are reported; nothing is written', async () => {
    const mine = await opps(3, acme.users.rep1.id, 'AON');
    const [theirs] = await opps(1, acme.users.rep3.id, 'AON other');
    const unknown = randomUUID();
    const ids = [mine[0], unknown, 'nope', theirs, mine[1], mine[0], mine[2]];
    const r = ok(await as('rep1')(MASS_OPP, { i: { ids, values: values({ stageName: 'Qualification' }) } })).massUpdateOpportunities;
    expect(r).toEqual({
      total: 7, succeeded: 0, failed: 4, created: 0, updated: 0, nothingWritten: true, dryRun: false,
      errors: [
        { row: 2, id: unknown, field: 'ids', code: 'NOT_FOUND', message: `Opportunity ${unknown} was not found` },
        { row: 3, id: 'nope', field: 'ids', code: 'BAD_USER_INPUT', message: '"nope" is not a valid id' },
        { row: 4, id: theirs, field: 'id', code: 'FORBIDDEN', message: 'You cannot change this Opportunity' },
        { row: 6, id: mine[0], field: 'ids', code: 'BAD_USER_INPUT', message: 'Row 1 already updates this Opportunity' },
      ],
    });
    const count = await t.ds.query(`SELECT count(*) n FROM opportunity WHERE id = ANY($1) AND "stageName" = 'Prospecting' AND version = 1`, [[...mine, theirs]]);
    expect(Number(count[0].n)).toBe(4);
    expect(await historyCount([...mine, theirs])).toBe(0);
  });

  test('PER_ROW writes only the good rows, derives the stage fields, bumps versions and records history', async () => {
    const mine = await opps(3, acme.users.rep1.id, 'PR');
    const [theirs] = await opps(1, acme.users.rep3.id, 'PR other');
    const r = ok(await as('rep1')(MASS_OPP, { i: { ids: [...mine, theirs], values: values({ stageName: 'Qualification', amount: '2500.50' }), mode: 'PER_ROW' } })).massUpdateOpportunities;
    expect(r).toMatchObject({ total: 4, succeeded: 3, failed: 1, updated: 3, nothingWritten: false });
    expect(r.errors).toEqual([{ row: 4, id: theirs, field: 'id', code: 'FORBIDDEN', message: 'You cannot change this Opportunity' }]);
    const stage = (await t.ds.query(`SELECT "defaultProbability" probability, "forecastCategoryName" f FROM opportunity_stage WHERE "orgId" = $1 AND "apiName" = 'Qualification'`, [acme.org.id]))[0];
    expect(await oppRows(mine)).toEqual(
      mine.map((id) => ({ id, stageName: 'Qualification', probability: Number(stage.probability), forecastCategoryName: stage.f, amount: 2500.5, competitor: null, ownerId: acme.users.rep1.id, version: 2 })),
    );
    expect((await oppRows([theirs]))[0]).toMatchObject({ stageName: 'Prospecting', version: 1 });
    // stageName, amount, probability (10 -> the stage's) and the forecast category if it changed, per row.
    const perRow = 2 + (Number(stage.probability) !== 10 ? 1 : 0) + (stage.f !== 'Pipeline' ? 1 : 0);
    expect(await historyCount(mine)).toBe(3 * perRow);
    const h = await t.ds.query(`SELECT "oldValue", "newValue", "createdById" FROM opportunity_field_history WHERE "opportunityId" = $1 AND field = 'stageName'`, [mine[0]]);
    expect(h).toEqual([{ oldValue: 'Prospecting', newValue: 'Qualification', createdById: acme.users.rep1.id }]);
  }, 60_000);

  test('validation rules run per row: competitor at Proposal, lost reason when Closed Lost; a dry run writes nothing', async () => {
    const ids = await opps(2, acme.users.rep1.id, 'Rules');
    await t.ds.query(`UPDATE opportunity SET competitor = (SELECT name FROM competitor WHERE "orgId" = $1 AND "isActive" LIMIT 1) WHERE id = $2`, [acme.org.id, ids[1]]);
    const r = ok(await as('rep1')(MASS_OPP, { i: { ids, values: values({ stageName: 'Proposal/Price Quote' }), mode: 'PER_ROW', dryRun: true } })).massUpdateOpportunities;
    expect(r).toMatchObject({ total: 2, succeeded: 1, failed: 1, dryRun: true, nothingWritten: true });
    expect(r.errors).toEqual([{ row: 1, id: ids[0], field: 'competitor', code: 'BAD_USER_INPUT', message: expect.stringContaining('competitor') }]);
    expect((await oppRows(ids)).map((o: { stageName: string }) => o.stageName)).toEqual(['Prospecting', 'Prospecting']);

    const lost = ok(await as('rep1')(MASS_OPP, { i: { ids, values: values({ stageName: 'Closed Lost' }) } })).massUpdateOpportunities;
    expect(lost.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[1, 'lostReason'], [2, 'lostReason']]);
    expect(lost.nothingWritten).toBe(true);

    const unknownStage = ok(await as('rep1')(MASS_OPP, { i: { ids, values: values({ stageName: 'Nowhere' }) } })).massUpdateOpportunities;
    expect(unknownStage.errors[0]).toEqual({ row: 1, id: ids[0], field: 'stageName', code: 'BAD_USER_INPUT', message: '"Nowhere" is not an active opportunity stage' });
  });

  test('by the list filter: only the caller\'s visible records match, in list order', async () => {
    const mine = await opps(3, acme.users.rep1.id, 'Filt');
    const team = await opps(2, acme.users.rep2.id, 'Filt');
    const other = await opps(2, acme.users.rep3.id, 'Filt');
    const filter = { name: { startsWith: 'Filt' } };
    const rep = ok(await as('rep1')(MASS_OPP, { i: { filter, values: values({ nextStep: 'Call back' }) } })).massUpdateOpportunities;
    expect(rep).toMatchObject({ total: 3, succeeded: 3, failed: 0, errors: [] });
    const mgr = ok(await as('manager')(MASS_OPP, { i: { filter: { _and: [filter, { amount: { gte: 2000 } }] }, values: values({ type: 'New Business' }) } })).massUpdateOpportunities;
    // Amounts are 1000, 2000, 3000 (rep1) and 1000, 2000 (rep2): three of the manager's team match.
    expect(mgr).toMatchObject({ total: 3, succeeded: 3 });
    const rows = await t.ds.query(`SELECT id, "nextStep", type FROM opportunity WHERE name LIKE 'Filt%' ORDER BY name, id`);
    const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
    for (const id of mine) expect(byId.get(id)).toMatchObject({ nextStep: 'Call back' });
    for (const id of [...team, ...other]) expect(byId.get(id)).toMatchObject({ nextStep: null });
    expect(rows.filter((r: { type: string }) => r.type === 'New Business')).toHaveLength(3);
    for (const id of other) expect(byId.get(id)).toMatchObject({ type: null });
  });

  test('owner changes are checked like single updates', async () => {
    const ids = await opps(1, acme.users.rep1.id, 'Owner');
    const r = ok(await as('rep1')(MASS_OPP, { i: { ids, values: values({ ownerId: acme.users.rep3.id }) } })).massUpdateOpportunities;
    expect(r.errors).toEqual([{ row: 1, id: ids[0], field: 'ownerId', code: 'FORBIDDEN', message: 'You can only assign records to yourself or your team' }]);
    const m = ok(await as('manager')(MASS_OPP, { i: { ids, values: values({ ownerId: acme.users.rep2.id }) } })).massUpdateOpportunities;
    expect(m).toMatchObject({ succeeded: 1, errors: [] });
    expect((await oppRows(ids))[0].ownerId).toBe(acme.users.rep2.id);
    const h = await t.ds.query(`SELECT "oldValue", "newValue" FROM opportunity_field_history WHERE "opportunityId" = $1 AND field = 'ownerId'`, [ids[0]]);
    expect(h).toEqual([{ oldValue: acme.users.rep1.id, newValue: acme.users.rep2.id }]);
  });

  test('from a CSV: per-row values, versions, malformed rows and invalid values by file row', async () => {
    const ids = await opps(4, acme.users.rep1.id, 'Csv');
    const csv = [
      'Id,Amount,nextStep,version',
      `${ids[0]},"1,234.50","Send quote, then call",1`,
      `${ids[1]},abc,,1`,
      `${ids[2]},10`,
      '',
      `${ids[3]},99,"two`,
      `lines",7`,
      `${randomUUID()},5,,`,
    ].join('\r\n');
    const r = ok(await as('rep1')(MASS_OPP, { i: { csv, mode: 'PER_ROW' } })).massUpdateOpportunities;
    expect(r.errors).toEqual([
      { row: 3, id: ids[1], field: 'amount', code: 'BAD_USER_INPUT', message: '"abc" is not a number' },
      { row: 4, id: null, field: 'csv', code: 'BAD_USER_INPUT', message: 'Row 4 has 2 cells; the header has 4' },
      { row: 6, id: ids[3], field: 'version', code: 'CONFLICT', message: 'Someone changed this Opportunity since you read it (version 7, now 1)' },
      // The quoted cell spans two lines of row 6: the next record is row 7, as a spreadsheet shows it.
      { row: 7, id: expect.any(String), field: 'id', code: 'NOT_FOUND', message: expect.stringMatching(/^Opportunity .* was not found$/) },
    ]);
    expect(r).toMatchObject({ total: 5, succeeded: 1, failed: 4 });
    const rows = await t.ds.query(`SELECT id, amount, "nextStep" FROM opportunity WHERE id = ANY($1) ORDER BY name`, [ids]);
    expect(rows).toEqual([
      { id: ids[0], amount: 1234.5, nextStep: 'Send quote, then call' },
      { id: ids[1], amount: 2000, nextStep: null },
      { id: ids[2], amount: 3000, nextStep: null },
      { id: ids[3], amount: 4000, nextStep: null },
    ]);
    const broken = ok(await as('rep1')(MASS_OPP, { i: { csv: `id,amount\n${ids[2]},5\n${ids[3]},"6\n`, mode: 'PER_ROW' } })).massUpdateOpportunities;
    expect(broken).toMatchObject({ succeeded: 0, nothingWritten: true, errors: [{ row: 3, field: 'csv', code: 'BAD_USER_INPUT', message: 'Row 3 is not valid CSV: a quoted cell is never closed (a " is missing)' }] });
    expect(Number((await t.ds.query(`SELECT amount FROM opportunity WHERE id = $1`, [ids[2]]))[0].amount)).toBe(3000);
  });

  test('request errors: bad values, no selector, unknown CSV column, over 50,000 ids', async () => {
    const ids = await opps(1, acme.users.rep1.id, 'Req');
    const bad = await as('rep1')(MASS_OPP, { i: { ids, values: values({ amount: 'lots' }) } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'values.0.value' });
    const field = await as('rep1')(MASS_OPP, { i: { ids, values: values({ isWon: 'true' }) } });
    expect(field.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'values.0.field' });
    const none = await as('rep1')(MASS_OPP, { i: { values: values({ amount: '1' }) } });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const col = await as('rep1')(MASS_OPP, { i: { csv: `id,colour\n${ids[0]},red` } });
    expect(col.errors?.[0]).toMatchObject({ message: 'The column "colour" is not a field mass update can set on Opportunity', extensions: { code: 'BAD_USER_INPUT', field: 'csv' } });
    const many = await as('rep1')(MASS_OPP, { i: { ids: Array.from({ length: 50_001 }, () => ids[0]), values: values({ amount: '1' }) } });
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});

describe('massUpdateLeads and massUpdateAccounts', () => {
  test('lead status must be a non-converted status; accounts cannot be their own parent; statements stay flat', async () => {
    const leads: string[] = (
      await t.ds.query(
        `INSERT INTO lead ("orgId", "ownerId", "lastName", name, company, status) SELECT $1, $2, 'L' || g, 'L' || g, 'Co', 'Open - Not Contacted' FROM generate_series(1, 50) g RETURNING id`,
        [acme.org.id, acme.users.rep1.id],
      )
    ).map((r: { id: string }) => r.id);
    const r = await as('rep1')(MASS_LEAD, { i: { ids: leads, values: values({ status: 'Working - Contacted', rating: 'Hot', firstName: '민수' }) } });
    expect(ok(r).massUpdateLeads).toMatchObject({ succeeded: 50, errors: [] });
    expect(r.extensions?.sqlStatements).toBeLessThanOrEqual(8);
    const names = await t.ds.query(`SELECT DISTINCT name, status, rating FROM lead WHERE id = $1`, [leads[0]]);
    expect(names).toEqual([{ name: '민수 L1', status: 'Working - Contacted', rating: 'Hot' }]);
    const conv = ok(await as('rep1')(MASS_LEAD, { i: { ids: leads.slice(0, 1), values: values({ status: 'Closed - Converted' }) } })).massUpdateLeads;
    expect(conv.errors).toEqual([{ row: 1, id: leads[0], field: 'status', code: 'BAD_USER_INPUT', message: 'Converted statuses are set by convertLead' }]);

    const [a, b] = (await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'P1'), ($1, $2, 'P2') RETURNING id`, [acme.org.id, acme.users.rep1.id])).map((x: { id: string }) => x.id);
    const acc = ok(await as('rep1')(MASS_ACC, { i: { ids: [a, b], values: values({ parentId: a, industry: '제조' }), mode: 'PER_ROW' } })).massUpdateAccounts;
    expect(acc).toMatchObject({ succeeded: 1, errors: [{ row: 1, id: a, field: 'parentId', code: 'BAD_USER_INPUT', message: 'A record cannot be its own parent' }] });
    expect(await t.ds.query(`SELECT "parentId", industry FROM account WHERE id = $1`, [b])).toEqual([{ parentId: a, industry: '제조' }]);
    // A person account's own contact follows its owner.
    const person = ok(await as('rep1')(`mutation { createAccount(input: { isPersonAccount: true, firstName: "지우", lastName: "한" }) { id personContact { id } } }`)).createAccount;
    expect(ok(await as('manager')(MASS_ACC, { i: { ids: [person.id], values: values({ ownerId: acme.users.rep2.id }) } })).massUpdateAccounts).toMatchObject({ succeeded: 1, errors: [] });
    expect(await t.ds.query(`SELECT "ownerId" FROM contact WHERE id = $1`, [person.personContact.id])).toEqual([{ ownerId: acme.users.rep2.id }]);
    // A cycle through existing rows is refused by the database's own check: the whole call, nothing written.
    const cycle = await as('rep1')(MASS_ACC, { i: { ids: [a], values: values({ parentId: b }), mode: 'PER_ROW' } });
    expect(cycle.errors?.[0]).toMatchObject({ message: 'The new parent is this record itself or one of its descendants', extensions: { code: 'BAD_USER_INPUT', field: 'parentId' } });
    expect(await t.ds.query(`SELECT "parentId" FROM account WHERE id = $1`, [a])).toEqual([{ parentId: null }]);
  });
});
