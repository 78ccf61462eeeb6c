import { DEMO_USERS, seedDemo, seedIfEmpty, type DemoSummary } from '../src/seed/seed';
import { ok, startTestServer, type TestServer } from './harness';

let t: TestServer;
let summary: DemoSummary;

const rows = async (sql: string, params: unknown[] = [], ds = t.ds) => (await ds.query(sql, params)) as any[];
const count = async (sql: string, params: unknown[] = []) => Number((await rows(sql, params))[0].n);

beforeAll(async () => {
  t = await startTestServer();
  summary = await seedDemo(t.ds);
}, 180_000);
afterAll(() => t?.stop());

test('creates the expected number of records per object', async () => {
  // 500 business contacts and the 20 person accounts' own contacts.
  expect(summary).toMatchObject({ accounts: 200, contacts: 520, leads: 1000, opportunities: 800, campaigns: 60, cases: 300, campaignMembers: 3000 });
  expect(summary.tasks + summary.events).toBe(2000);
  const org = summary.orgId;
  for (const [table, n] of Object.entries({ account: 200, contact: 520, lead: 1000, opportunity: 800, campaign: 60, case: 300, campaign_member: 3000 })) {
    expect(await count(`SELECT count(*) AS n FROM "${table}" WHERE "orgId" = $1`, [org])).toBe(n);
  }
  expect(await count(`SELECT (SELECT count(*) FROM task) + (SELECT count(*) FROM event) AS n`)).toBe(2000);
  expect(await count(`SELECT count(*) AS n FROM account WHERE "isPersonAccount"`)).toBeGreaterThanOrEqual(15);
  expect(await count(`SELECT count(*) AS n FROM account WHERE "parentId" IS NOT NULL`)).toBeGreaterThan(0);
  expect(await count(`SELECT count(*) AS n FROM contact c JOIN account a ON a.id = c."accountId" WHERE c."ownerId" <> a."ownerId"`)).toBe(0);
});

test('every person account has exactly one person contact, in step with it', async () => {
  const org = summary.orgId;
  const persons = await rows(`SELECT a.id, a."personContactId", a.name, a."firstName", a."lastName", a."personEmail", a."personMobilePhone", a."ownerId",
      (SELECT count(*)::int FROM contact k WHERE k."accountId" = a.id) AS contacts,
      (SELECT count(*)::int FROM account o WHERE o."personContactId" = a."personContactId") AS "sharedBy",
      c.id AS "contactId", c."orgId" = a."orgId" AS "sameOrg", c."accountId" AS "contactAccountId", c.name AS "contactName", c."firstName" AS "contactFirstName",
      c."lastName" AS "contactLastName", c.email AS "contactEmail", c."mobilePhone" AS "contactMobilePhone", c."ownerId" AS "contactOwnerId"
    FROM account a LEFT JOIN contact c ON c.id = a."personContactId" WHERE a."orgId" = $1 AND a."isPersonAccount" ORDER BY a.id`, [org]);
  expect(persons).toHaveLength(20);
  for (const p of persons) {
    expect(p.personContactId).toEqual(expect.any(String));
    // Its only contact, the person contact of no other account, with the account's name, email, phone and owner.
    expect(p).toMatchObject({
      contacts: 1, sharedBy: 1, contactId: p.personContactId, sameOrg: true, contactAccountId: p.id,
      contactName: p.name, contactFirstName: p.firstName, contactLastName: p.lastName, contactEmail: p.personEmail,
      contactMobilePhone: p.personMobilePhone, contactOwnerId: p.ownerId,
    });
    expect(p.contactEmail).toMatch(/@mail\.example$/);
  }
  expect(await count(`SELECT count(*) AS n FROM account WHERE "orgId" = $1 AND NOT "isPersonAccount" AND "personContactId" IS NOT NULL`, [org])).toBe(0);
  // Business contacts stay at business accounts.
  expect(await count(`SELECT count(*) AS n FROM contact c JOIN account a ON a.id = c."accountId"
    WHERE a."isPersonAccount" AND c.id <> a."personContactId"`)).toBe(0);

  // Through the API, as for a person account created there.
  const token = ok(await t.gql(`mutation { login(email: "admin@demo.example", password: "demo1234") { token } }`)).login.token;
  const api = ok(await t.gql(`query { accounts(first: 50, filter: { isPersonAccount: { eq: true } }) { totalCount nodes { name personEmail personContact { name email account { name } } } } }`,
    {}, token)).accounts;
  expect(api.totalCount).toBe(20);
  for (const a of api.nodes) expect(a.personContact).toEqual({ name: a.name, email: a.personEmail, account: { name: a.name } });
});

test('has every role and a manager hierarchy', async () => {
  const users = await rows(`SELECT u.email, u.role, m.role AS "managerRole", mm.role AS "topRole" FROM "user" u
    LEFT JOIN "user" m ON m.id = u."managerId" LEFT JOIN "user" mm ON mm.id = m."managerId"`);
  expect(users.length).toBeGreaterThanOrEqual(8);
  expect(new Set(users.map((u) => u.role))).toEqual(new Set(['ADMIN', 'EXECUTIVE', 'SALES_MANAGER', 'SALES_REP', 'MARKETING_USER', 'SERVICE_AGENT']));
  const reps = users.filter((u) => u.role === 'SALES_REP');
  expect(reps.length).toBe(6);
  for (const rep of reps) expect([rep.managerRole, rep.topRole]).toEqual(['SALES_MANAGER', 'EXECUTIVE']);
  expect(DEMO_USERS.map((u) => u.email)).toEqual(expect.arrayContaining(users.map((u) => u.email)));
});

test('opportunities cover every stage and take their flags from it', async () => {
  const stages = await rows(`SELECT s."apiName", count(o.id)::int AS n FROM opportunity_stage s
    LEFT JOIN opportunity o ON o."stageName" = s."apiName" AND o."orgId" = s."orgId" WHERE s."orgId" = $1 GROUP BY 1`, [summary.orgId]);
  expect(stages.length).toBe(10);
  for (const s of stages) expect(s.n).toBeGreaterThan(0);
  expect(await count(`SELECT count(*) AS n FROM opportunity o JOIN opportunity_stage s ON s."apiName" = o."stageName" AND s."orgId" = o."orgId"
    WHERE o."isClosed" <> s."isClosed" OR o."isWon" <> s."isWon" OR o.probability <> s."defaultProbability" OR o."forecastCategoryName" <> s."forecastCategoryName"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM opportunity WHERE "stageName" = 'Closed Lost' AND "lostReason" IS NULL`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM opportunity WHERE "stageName" <> 'Closed Lost' AND "lostReason" IS NOT NULL`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM opportunity o JOIN account a ON a.id = o."accountId" WHERE o."ownerId" <> a."ownerId"`)).toBe(0);
  const withCampaign = await count(`SELECT count(*) AS n FROM opportunity WHERE "campaignId" IS NOT NULL`);
  expect(withCampaign).toBeGreaterThan(240);
  expect(withCampaign).toBeLessThan(400);
});

test('converted leads point at existing accounts and contacts', async () => {
  const converted = await rows(`SELECT l.status, c."accountId" = l."convertedAccountId" AS same FROM lead l JOIN contact c ON c.id = l."convertedContactId" WHERE l."isConverted"`);
  expect(converted.length).toBe(150);
  for (const l of converted) expect(l).toEqual({ status: 'Closed - Converted', same: true });
  expect(await count(`SELECT count(*) AS n FROM lead WHERE NOT "isConverted" AND status = 'Closed - Converted'`)).toBe(0);
});

test('campaigns form exactly three levels, each with valid member statuses and members', async () => {
  const levels = await rows(`WITH RECURSIVE tree(id, level) AS (
      SELECT id, 1 FROM campaign WHERE "parentId" IS NULL UNION ALL SELECT c.id, t.level + 1 FROM campaign c JOIN tree t ON c."parentId" = t.id)
    SELECT level, count(*)::int AS n FROM tree GROUP BY level ORDER BY level`);
  expect(levels).toEqual([{ level: 1, n: 4 }, { level: 2, n: 14 }, { level: 3, n: 42 }]);
  const statuses = await rows(`SELECT c.id, count(*) FILTER (WHERE s."isDefault")::int AS defaults, count(*) FILTER (WHERE s."hasResponded")::int AS responded
    FROM campaign c LEFT JOIN campaign_member_status s ON s."campaignId" = c.id GROUP BY c.id`);
  expect(statuses.length).toBe(60);
  for (const s of statuses) {
    expect(s.defaults).toBe(1);
    expect(s.responded).toBeGreaterThanOrEqual(1);
  }
  expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM campaign_member GROUP BY "campaignId", COALESCE("contactId", "leadId") HAVING count(*) > 1) d`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM campaign_member WHERE "leadId" IS NOT NULL GROUP BY "campaignId", "leadId" HAVING count(*) > 1) d`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM campaign_member m LEFT JOIN campaign_member_status s ON s."campaignId" = m."campaignId" AND s.label = m.status
    WHERE s.id IS NULL OR s."hasResponded" <> m."hasResponded" OR (m."firstRespondedDate" IS NULL) = m."hasResponded"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM campaign_member WHERE "hasResponded"`)).toBeGreaterThan(300);
});

test('the territory tree has three levels', async () => {
  const levels = await rows(`WITH RECURSIVE tree(id, level) AS (
      SELECT id, 1 FROM territory WHERE "parentId" IS NULL UNION ALL SELECT c.id, t.level + 1 FROM territory c JOIN tree t ON c."parentId" = t.id)
    SELECT level, count(*)::int AS n FROM tree GROUP BY level ORDER BY level`);
  expect(levels.map((l) => l.level)).toEqual([1, 2, 3]);
  expect(levels[0].n).toBe(1);
});

test('the active territory model has one rule per region, and the rules assign every account outside Japan', async () => {
  const org = summary.orgId;
  const rules = await rows(`SELECT r.name, r."isActive", r."booleanFilter", t.name AS territory, l."isInherited",
      (SELECT count(*)::int FROM territory_rule_item i WHERE i."ruleId" = r.id) AS items
    FROM territory_assignment_rule r JOIN territory_model m ON m.id = r."modelId"
    JOIN rule_territory_association l ON l."ruleId" = r.id JOIN territory t ON t.id = l."territoryId"
    WHERE m."orgId" = $1 AND m.state = 'ACTIVE' ORDER BY r.name`, [org]);
  expect(rules).toHaveLength(11);
  // Every region (the third level) has exactly one rule; only the Japanese draft is inactive.
  const regions = await rows(`SELECT t.name FROM territory t JOIN territory p ON p.id = t."parentId" WHERE p."parentId" IS NOT NULL AND t."orgId" = $1 ORDER BY 1`, [org]);
  expect(rules.map((r) => r.territory).sort()).toEqual(regions.map((r) => r.name));
  expect(rules.filter((r) => !r.isActive).map((r) => r.territory)).toEqual(['Japan']);
  expect(rules.filter((r) => r.booleanFilter).map((r) => [r.name, r.booleanFilter, r.items])).toEqual([
    ['North America East', '(1 AND 2) OR (3 AND 4)', 4], ['North America West', '(1 AND 2) OR (3 AND 4)', 4],
  ]);

  // Assignments: rule-made, one territory per account, each in the region of its country.
  const accounts = await count(`SELECT count(*) AS n FROM account WHERE "orgId" = $1`, [org]);
  const japanese = await count(`SELECT count(*) AS n FROM account WHERE "orgId" = $1 AND "billingCountry" = 'Japan'`, [org]);
  expect(japanese).toBeGreaterThan(0);
  expect(await count(`SELECT count(*) AS n FROM object_territory_association WHERE "orgId" = $1 AND "associationCause" = 'TERRITORY_RULE'`, [org])).toBe(accounts - japanese);
  expect(await count(`SELECT count(*) AS n FROM object_territory_association WHERE "associationCause" <> 'TERRITORY_RULE'`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM object_territory_association GROUP BY "accountId" HAVING count(*) > 1) d`)).toBe(0);
  const unassigned = await rows(`SELECT DISTINCT a."billingCountry" AS country FROM account a
    WHERE a."orgId" = $1 AND NOT EXISTS (SELECT 1 FROM object_territory_association o WHERE o."accountId" = a.id)`, [org]);
  expect(unassigned).toEqual([{ country: 'Japan' }]);
  const byTerritory = Object.fromEntries((await rows(`SELECT t.name, count(*)::int AS n, array_agg(DISTINCT a."billingCountry" ORDER BY a."billingCountry") AS countries
    FROM object_territory_association o JOIN territory t ON t.id = o."territoryId" JOIN account a ON a.id = o."accountId" GROUP BY t.name`)).map((r) => [r.name, r]));
  expect(byTerritory.DACH.countries).toEqual(['Germany']);
  expect(byTerritory['UK & Ireland'].countries).toEqual(['United Kingdom']);
  expect(byTerritory.Korea.countries).toEqual(['South Korea']);
  expect(byTerritory['Greater China'].countries).toEqual(['China']);
  expect(byTerritory['North America East'].countries).toEqual(['Canada', 'United States']);
  expect(byTerritory['North America West'].countries).toEqual(['Canada', 'United States']);
  for (const region of ['DACH', 'UK & Ireland', 'France & Benelux', 'Korea', 'Greater China', 'Southeast Asia', 'North America East', 'North America West']) {
    expect(byTerritory[region]?.n).toBeGreaterThan(0);
  }
  expect(byTerritory.Japan).toBeUndefined();

  // The seed computed exactly what runAssignmentRules computes: a preview of the active model changes nothing.
  const token = ok(await t.gql(`mutation { login(email: "admin@demo.example", password: "demo1234") { token } }`)).login.token;
  const preview = ok(await t.gql(`query { activeTerritoryModel { id lastRunRulesEndDate } }`, {}, token)).activeTerritoryModel;
  expect(preview.lastRunRulesEndDate).toEqual(expect.any(String));
  const result = ok(await t.gql(`query($m: ID!) { previewAssignmentRules(modelId: $m) { assignmentsAdded assignmentsRemoved accountsAssigned accountsWithoutTerritory movesTotalCount } }`,
    { m: preview.id }, token)).previewAssignmentRules;
  expect(result).toEqual({ assignmentsAdded: 0, assignmentsRemoved: 0, accountsAssigned: accounts - japanese, accountsWithoutTerritory: japanese, movesTotalCount: 0 });
});

test('sales teams sit in the territory tree with quotas for the current quarter', async () => {
  const team = await rows(`SELECT u.email, t.name AS territory, a."roleInTerritory" AS role FROM user_territory_association a
    JOIN "user" u ON u.id = a."userId" JOIN territory t ON t.id = a."territoryId" WHERE a."isActive" ORDER BY 2, 1`);
  expect(team.length).toBe(11);
  expect(team.filter((a) => a.role === 'Territory Manager').map((a) => a.territory).sort()).toEqual(['APAC', 'Americas', 'EMEA']);
  expect(new Set(team.filter((a) => a.role === 'Sales Rep').map((a) => a.email))).toEqual(
    new Set(['rep@demo.example', 'rep2@demo.example', 'rep3@demo.example', 'rep4@demo.example', 'rep5@demo.example', 'rep6@demo.example']));
  // One quota per sales rep assignment and month of 2026 Q4 (the quarter of the demo's "today"), for that territory.
  const quotas = await rows(`SELECT q."startDate" AS month, count(*)::int AS n FROM forecasting_quota q
    JOIN user_territory_association a ON a."userId" = q."quotaOwnerId" AND a."territoryId" = q."territoryId" AND a."roleInTerritory" = 'Sales Rep'
    GROUP BY 1 ORDER BY 1`);
  expect(quotas).toEqual([{ month: '2026-10-01', n: 8 }, { month: '2026-11-01', n: 8 }, { month: '2026-12-01', n: 8 }]);
  expect(await count(`SELECT count(*) AS n FROM forecasting_quota`)).toBe(24);

  // The balance metrics see them: the root's subtree quota is every rep's quarter.
  const token = ok(await t.gql(`mutation { login(email: "manager@demo.example", password: "demo1234") { token } }`)).login.token;
  const root = ok(await t.gql(`query { activeTerritoryModel { rootTerritories { name
      hierarchyMetrics(periodStart: "2026-10-01", periodEnd: "2026-12-31") { accountCount quota openPipeline }
      metrics(periodStart: "2026-10-01", periodEnd: "2026-12-31") { accountCount quota } } } }`, {}, token)).activeTerritoryModel.rootTerritories;
  const total = await count(`SELECT sum("quotaAmount") AS n FROM forecasting_quota`);
  expect(root).toEqual([{
    name: 'Global', metrics: { accountCount: 0, quota: 0 },
    hierarchyMetrics: { accountCount: 200 - (await count(`SELECT count(*) AS n FROM account WHERE "billingCountry" = 'Japan'`)), quota: total, openPipeline: expect.any(Number) },
  }]);
  expect(root[0].hierarchyMetrics.openPipeline).toBeGreaterThan(0);
});

test('cases and tasks take their flags from their statuses', async () => {
  expect(await count(`SELECT count(DISTINCT "caseNumber") AS n FROM "case" WHERE "caseNumber" ~ '^[0-9]{8}$'`)).toBe(300);
  expect(await count(`SELECT count(*) AS n FROM "case" c JOIN case_status s ON s."apiName" = c.status AND s."orgId" = c."orgId"
    WHERE c."isClosed" <> s."isClosed" OR (c."closedDate" IS NULL) = c."isClosed"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM "case" c JOIN contact k ON k.id = c."contactId" WHERE k."accountId" <> c."accountId"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM task t JOIN task_status s ON s."apiName" = t.status AND s."orgId" = t."orgId"
    WHERE t."isClosed" <> s."isClosed" OR (t."completedDateTime" IS NULL) = t."isClosed" OR t."isHighPriority" <> (t.priority = 'High')`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM task WHERE "leadId" IS NOT NULL AND ("accountId" IS NOT NULL OR "opportunityId" IS NOT NULL)`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM event WHERE "endDateTime" <> "startDateTime" + "durationInMinutes" * interval '1 minute'`)).toBe(0);
});

test('the demo admin signs in with demo1234; a second seedIfEmpty does nothing', async () => {
  const r = ok(await t.gql(`mutation { login(email: "admin@demo.example", password: "demo1234") { token } }`));
  expect(r.login.token).toEqual(expect.any(String));
  await expect(seedIfEmpty(t.ds)).resolves.toBe(false);
});

test('a second fresh database gets identical data', async () => {
  const snapshot = async (ds = t.ds) => ({
    opportunities: await rows(`SELECT id, name, amount, "stageName", "closeDate" FROM opportunity ORDER BY id`, [], ds),
    accounts: (await rows(`SELECT id FROM account ORDER BY id`, [], ds)).map((a) => a.id),
    personContacts: await rows(`SELECT a.id, a."personContactId", c.name, c.email, c."createdDate" FROM account a
      JOIN contact c ON c.id = a."personContactId" ORDER BY a.id`, [], ds),
    cases: await rows(`SELECT id, "caseNumber" FROM "case" ORDER BY id`, [], ds),
    rules: await rows(`SELECT r.id, r.name, array_agg(i.id ORDER BY i."sortOrder") AS items FROM territory_assignment_rule r
      JOIN territory_rule_item i ON i."ruleId" = r.id GROUP BY r.id ORDER BY r.id`, [], ds),
    assignments: await rows(`SELECT id, "accountId", "territoryId", "createdDate" FROM object_territory_association ORDER BY id`, [], ds),
    teams: await rows(`SELECT id, "userId", "territoryId" FROM user_territory_association ORDER BY id`, [], ds),
    quotas: await rows(`SELECT id, "quotaOwnerId", "startDate", "quotaAmount" FROM forecasting_quota ORDER BY id`, [], ds),
  });
  const first = await snapshot();
  const t2 = await startTestServer();
  try {
    const s2 = await seedDemo(t2.ds);
    expect(s2).toEqual(summary);
    expect(await snapshot(t2.ds)).toEqual(first);
  } finally {
    await t2.stop();
  }
}, 180_000);
