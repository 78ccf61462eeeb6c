import { RequestContext } from '../src/api/request-context';
import { runWithSqlTally, type SqlTally } from '../src/db/sql-counter';
import { recordHistory } from '../src/history/field-history';
import { applyStage } from '../src/sales/opportunity-stage-rules';
import { orgStages } from '../src/sales/picklists';
import { ruleViolations } from '../src/validation/validation-rules';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

// The functions mass update and import call: many rows, a constant number of statements.
let t: TestServer;
let acme: OrgFixture;
let ctx: RequestContext;
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t, 'Exports');
  const u = acme.users.rep1;
  ctx = new RequestContext(t.ds, t.config, { id: u.id, orgId: u.orgId, role: u.role, name: u.name });
}, 180_000);
afterAll(() => t?.stop());

/** Statements run during `fn`. */
async function statements(fn: () => Promise<unknown>): Promise<number> {
  const tally: SqlTally = { count: 0 };
  await runWithSqlTally(tally, fn);
  return tally.count;
}

test('ruleViolations reports every violating row by index, with field, message and rule', async () => {
  const rows = [
    { before: null, after: { stageName: 'Prospecting', competitor: null } },
    { before: { stageName: 'Prospecting' }, after: { stageName: 'Proposal/Price Quote', competitor: null } },
    { before: null, after: { stageName: 'Closed Won', competitor: 'HubSpot' } },
    { before: null, after: { stageName: 'Closed Lost', competitor: null, lostReason: '  ' } },
  ];
  let v: Awaited<ReturnType<typeof ruleViolations>> = [];
  // Rules and stage order: one statement, then cached for the request.
  expect(await statements(async () => { v = await ruleViolations(ctx, 'Opportunity', rows); })).toBe(1);
  expect(await statements(() => ruleViolations(ctx, 'Opportunity', rows))).toBe(0);
  expect(v).toEqual([
    { index: 1, field: 'competitor', message: 'Enter the main competitor: it is required from Proposal/Price Quote on.', rule: 'Competitor_Required_At_Proposal' },
    { index: 3, field: 'lostReason', message: 'Enter the lost reason: it is required when the opportunity is Closed Lost.', rule: 'Lost_Reason_Required_When_Closed_Lost' },
  ]);
  expect(await ruleViolations(ctx, 'Lead', [{ before: null, after: { lastName: 'x' } }])).toEqual([]);
});

test('applyStage derives the stage fields and refuses unknown or inactive stages', async () => {
  const stages = await orgStages(ctx);
  const row = { stageName: 'Negotiation/Review', probability: 10, forecastCategoryName: 'Pipeline', isClosed: false, isWon: false };
  applyStage(row, { stageName: 'Negotiation/Review' }, stages, false, 'Prospecting');
  expect(row).toEqual({ stageName: 'Negotiation/Review', probability: 90, forecastCategoryName: 'Commit', isClosed: false, isWon: false });
  const kept = { ...row, probability: 42 };
  applyStage(kept, { probability: 42 }, stages, false, 'Negotiation/Review');
  expect(kept.probability).toBe(42);
  expect(() => applyStage({ ...row, stageName: 'Nope' }, {}, stages, true)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'stageName' }) }));
});

test('recordHistory writes the changes of many rows in one statement', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    ids.push(ok(await t.gql(`mutation { createOpportunity(input: { name: "H", stageName: "Prospecting", closeDate: "2030-01-01", amount: 100 }) { id } }`, {}, acme.tokens.rep1)).createOpportunity.id);
  }
  const changes = ids.map((recordId, i) => ({
    recordId, before: { amount: '100.00', stageName: 'Prospecting', closeDate: '2030-01-01' }, after: { amount: 100 + i, stageName: 'Prospecting', name: 'ignored' },
  }));
  const n = await statements(() => recordHistory(ctx, 'Opportunity', changes));
  expect(n).toBe(1);
  const rows = await t.ds.query(`SELECT "opportunityId", "oldValue", "newValue" FROM opportunity_field_history WHERE field = 'amount' AND "opportunityId" = ANY($1) ORDER BY "newValue"`, [ids]);
  expect(rows).toEqual([{ opportunityId: ids[1], oldValue: '100', newValue: '101' }, { opportunityId: ids[2], oldValue: '100', newValue: '102' }]);
});
