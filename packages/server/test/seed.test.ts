import { resolveDateLiteral } from '../src/analytics/relative-dates';
import { FIXED_ANCHOR } from '../src/seed/random';
import { DEMO_USERS, seedDemo, seedIfEmpty, type DemoSummary } from '../src/seed/seed';
import { ok, startTestServer, type TestServer } from './harness';

let t: TestServer;
let summary: DemoSummary;

const rows = async (sql: string, params: unknown[] = [], ds = t.ds) => (await ds.query(sql, params)) as any[];
const count = async (sql: string, params: unknown[] = []) => Number((await rows(sql, params))[0].n);

beforeAll(async () => {
  t = await startTestServer();
  summary = await seedDemo(t.ds, { anchor: FIXED_ANCHOR });
}, 180_000);
afterAll(() => t?.stop());

test('creates the expected number of records per object', async () => {
  // 500 business contacts and the 20 person accounts' own contacts.
  const sizes = { accounts: 200, contacts: 520, leads: 4500, opportunities: 3000, campaigns: 92, cases: 14_600, campaignMembers: 6000, tasks: 12_000, events: 5000 };
  expect(summary).toMatchObject({ anchor: FIXED_ANCHOR, ...sizes });
  const org = summary.orgId;
  const tables = { account: sizes.accounts, contact: 520, lead: sizes.leads, opportunity: sizes.opportunities, campaign: sizes.campaigns, case: sizes.cases,
    campaign_member: sizes.campaignMembers, task: sizes.tasks, event: sizes.events,
    // and the amount change of the approved discount request
    opportunity_field_history: summary.opportunityHistory + 1 };
  for (const [table, n] of Object.entries(tables)) {
    expect(await count(`SELECT count(*) AS n FROM "${table}" WHERE "orgId" = $1`, [org])).toBe(n);
  }
  // Every opportunity has its "created" history row, and most a few changes.
  expect(await count(`SELECT count(*) AS n FROM opportunity_field_history WHERE field = 'created'`)).toBe(sizes.opportunities);
  expect(summary.opportunityHistory).toBeGreaterThan(sizes.opportunities * 4);
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
  expect(withCampaign).toBeGreaterThan(3000 * 0.25);
  expect(withCampaign).toBeLessThan(3000 * 0.45);
});

test('converted leads point at existing accounts and contacts', async () => {
  const converted = await rows(`SELECT l.status, c."accountId" = l."convertedAccountId" AS same FROM lead l JOIN contact c ON c.id = l."convertedContactId" WHERE l."isConverted"`);
  expect(converted.length).toBeGreaterThan(600);
  for (const l of converted) expect(l).toEqual({ status: 'Closed - Converted', same: true });
  // Most converted into a new-business deal at the same account, created on the conversion day, from the lead's source.
  const deals = await rows(`SELECT o."accountId" = l."convertedAccountId" AS "sameAccount", o."createdDate"::date = l."convertedDate" AS "sameDay",
      o."leadSource" = l."leadSource" AS "sameSource", o.type, l."convertedDate" >= l."createdDate"::date AS "afterCreation"
    FROM lead l JOIN opportunity o ON o.id = l."convertedOpportunityId"`);
  expect(deals.length).toBeGreaterThan(converted.length / 2);
  for (const d of deals) expect(d).toEqual({ sameAccount: true, sameDay: true, sameSource: true, type: 'New Business', afterCreation: true });
  expect(await count(`SELECT count(*) AS n FROM lead WHERE NOT "isConverted" AND status = 'Closed - Converted'`)).toBe(0);
});

test('campaigns form exactly three levels, each with valid member statuses and members', async () => {
  const levels = await rows(`WITH RECURSIVE tree(id, level) AS (
      SELECT id, 1 FROM campaign WHERE "parentId" IS NULL UNION ALL SELECT c.id, t.level + 1 FROM campaign c JOIN tree t ON c."parentId" = t.id)
    SELECT level, count(*)::int AS n FROM tree GROUP BY level ORDER BY level`);
  expect(levels).toEqual([{ level: 1, n: 4 }, { level: 2, n: 22 }, { level: 3, n: 66 }]);
  const statuses = await rows(`SELECT c.id, count(*) FILTER (WHERE s."isDefault")::int AS defaults, count(*) FILTER (WHERE s."hasResponded")::int AS responded
    FROM campaign c LEFT JOIN campaign_member_status s ON s."campaignId" = c.id GROUP BY c.id`);
  expect(statuses.length).toBe(92);
  for (const s of statuses) {
    expect(s.defaults).toBe(1);
    expect(s.responded).toBeGreaterThanOrEqual(1);
  }
  expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM campaign_member GROUP BY "campaignId", COALESCE("contactId", "leadId") HAVING count(*) > 1) d`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM campaign_member WHERE "leadId" IS NOT NULL GROUP BY "campaignId", "leadId" HAVING count(*) > 1) d`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM campaign_member m LEFT JOIN campaign_member_status s ON s."campaignId" = m."campaignId" AND s.label = m.status
    WHERE s.id IS NULL OR s."hasResponded" <> m."hasResponded" OR (m."firstRespondedDate" IS NULL) = m."hasResponded"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM campaign_member WHERE "hasResponded"`)).toBeGreaterThan(600);
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
  // (The forecasts' own quotas, per user without a territory, are seed-forecasts' business.)
  expect(await count(`SELECT count(*) AS n FROM forecasting_quota WHERE "territoryId" IS NOT NULL`)).toBe(24);

  // The balance metrics see them: the root's subtree quota is every rep's quarter.
  const token = ok(await t.gql(`mutation { login(email: "manager@demo.example", password: "demo1234") { token } }`)).login.token;
  const root = ok(await t.gql(`query { activeTerritoryModel { rootTerritories { name
      hierarchyMetrics(periodStart: "2026-10-01", periodEnd: "2026-12-31") { accountCount quota openPipeline }
      metrics(periodStart: "2026-10-01", periodEnd: "2026-12-31") { accountCount quota } } } }`, {}, token)).activeTerritoryModel.rootTerritories;
  // A rep's quota counts in a territory where the rep is on the team: for that territory, or for no territory in particular.
  const total = await count(`SELECT sum("quotaAmount") AS n FROM forecasting_quota q WHERE q."startDate" BETWEEN '2026-10-01' AND '2026-12-31' AND q."productFamily" IS NULL
    AND (q."territoryId" IS NOT NULL OR q."quotaOwnerId" IN (SELECT "userId" FROM user_territory_association WHERE "isActive"))`);
  expect(root).toEqual([{
    name: 'Global', metrics: { accountCount: 0, quota: 0 },
    hierarchyMetrics: { accountCount: 200 - (await count(`SELECT count(*) AS n FROM account WHERE "billingCountry" = 'Japan'`)), quota: total, openPipeline: expect.any(Number) },
  }]);
  expect(root[0].hierarchyMetrics.openPipeline).toBeGreaterThan(0);
});

test('cases and tasks take their flags from their statuses', async () => {
  expect(await count(`SELECT count(DISTINCT "caseNumber") AS n FROM "case" WHERE "caseNumber" ~ '^[0-9]{8}$'`)).toBe(14_600);
  expect(await count(`SELECT count(*) AS n FROM "case" c JOIN case_status s ON s."apiName" = c.status AND s."orgId" = c."orgId"
    WHERE c."isClosed" <> s."isClosed" OR (c."closedDate" IS NULL) = c."isClosed"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM "case" c JOIN contact k ON k.id = c."contactId" WHERE k."accountId" <> c."accountId"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM task t JOIN task_status s ON s."apiName" = t.status AND s."orgId" = t."orgId"
    WHERE t."isClosed" <> s."isClosed" OR (t."completedDateTime" IS NULL) = t."isClosed" OR t."isHighPriority" <> (t.priority = 'High')`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM task WHERE "leadId" IS NOT NULL AND ("accountId" IS NOT NULL OR "opportunityId" IS NOT NULL)`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM event WHERE "endDateTime" <> "startDateTime" + "durationInMinutes" * interval '1 minute'`)).toBe(0);
});

test('the field history ends in each opportunity\'s current stage, amount and close date, in time order', async () => {
  // The last change of each tracked field (by time) is the value the opportunity has now.
  const off = await rows(`WITH last AS (
      SELECT DISTINCT ON (h."opportunityId", h.field) h."opportunityId", h.field, h."newValue"
      FROM opportunity_field_history h WHERE h.field <> 'created' ORDER BY h."opportunityId", h.field, h."createdDate" DESC, h.id)
    SELECT o.id, l.field, l."newValue", o."stageName", o.amount, o."closeDate", o."forecastCategoryName" FROM last l JOIN opportunity o ON o.id = l."opportunityId"
    WHERE NOT EXISTS (SELECT 1 FROM discount_approval_request d WHERE d."opportunityId" = o.id)
      AND CASE l.field WHEN 'stageName' THEN l."newValue" <> o."stageName" WHEN 'amount' THEN l."newValue"::numeric <> o.amount
        WHEN 'closeDate' THEN l."newValue" <> o."closeDate"::text WHEN 'forecastCategoryName' THEN l."newValue" <> o."forecastCategoryName" ELSE true END`);
  expect(off).toEqual([]);
  // Each change chains from the previous value of its field, and none is before the creation or in the future.
  expect(await count(`SELECT count(*) AS n FROM (SELECT "oldValue", lag("newValue") OVER (PARTITION BY "opportunityId", field ORDER BY "createdDate", id) AS prev
    FROM opportunity_field_history WHERE field IN ('stageName', 'closeDate')) x WHERE prev IS NOT NULL AND prev <> "oldValue"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM opportunity_field_history h JOIN opportunity o ON o.id = h."opportunityId"
    WHERE h."createdDate" < o."createdDate" OR h."createdDate" > $1::timestamptz`, ['2026-11-01T12:00:00Z'])).toBe(0);
  // Closed deals: the last stage change is on the close day; some deals had their close date pushed, some an amount change.
  expect(await count(`SELECT count(*) AS n FROM opportunity o WHERE o."isClosed" AND NOT EXISTS (SELECT 1 FROM opportunity_field_history h
    WHERE h."opportunityId" = o.id AND h.field = 'stageName' AND h."newValue" = o."stageName" AND h."createdDate"::date = o."closeDate")`)).toBe(0);
  const changed = await rows(`SELECT field, count(DISTINCT "opportunityId")::int AS n FROM opportunity_field_history GROUP BY field`);
  const by = Object.fromEntries(changed.map((c) => [c.field, c.n]));
  expect(by.closeDate).toBeGreaterThan(3000 * 0.2);
  expect(by.amount).toBeGreaterThan(3000 * 0.15);
  expect(by.stageName).toBeGreaterThan(3000 * 0.8);
});

test('two years of history with seasonality: weekdays, quarter ends, the new-year swell', async () => {
  // Cases: a weekday has more than twice the cases of a weekend day; January-February more than July-August.
  const dow = await rows(`SELECT extract(isodow FROM "createdDate" AT TIME ZONE 'UTC')::int > 5 AS weekend, count(*)::int AS n FROM "case" GROUP BY 1`);
  const perDay = Object.fromEntries(dow.map((d) => [d.weekend ? 'weekend' : 'weekday', d.n / (d.weekend ? 2 : 5)]));
  expect(perDay.weekday).toBeGreaterThan(perDay.weekend * 2);
  const season = await rows(`SELECT extract(month FROM "createdDate")::int IN (1, 2) AS winter, count(*)::int AS n FROM "case"
    WHERE extract(month FROM "createdDate")::int IN (1, 2, 7, 8) GROUP BY 1`);
  expect(season.find((x) => x.winter).n).toBeGreaterThan(season.find((x) => !x.winter).n * 1.15);
  // Every one of the 730 days before the anchor has cases, through every channel over the period.
  expect(await count(`SELECT count(DISTINCT "createdDate"::date) AS n FROM "case" WHERE "createdDate" >= '2024-11-01'`)).toBe(731);
  expect((await rows(`SELECT DISTINCT origin FROM "case" ORDER BY 1`)).map((x) => x.origin)).toEqual(['Chat', 'Email', 'Phone', 'Social', 'Web']);
  // Won deals bunch in a quarter's last week (7 of ~91 days would be 8%).
  const lastWeek = await count(`SELECT count(*) AS n FROM opportunity WHERE "isWon" AND (date_trunc('quarter', "closeDate") + interval '3 months')::date - "closeDate" <= 7`);
  expect(lastWeek / (await count(`SELECT count(*) AS n FROM opportunity WHERE "isWon"`))).toBeGreaterThan(0.16);
  // Opportunities, leads and activities in both years.
  for (const [table, column] of [['opportunity', '"createdDate"'], ['lead', '"createdDate"'], ['task', '"activityDate"'], ['event', '"startDateTime"']]) {
    const years = await rows(`SELECT ${column} < '2025-11-01' AS "firstYear", count(*)::int AS n FROM "${table}" WHERE ${column} >= '2024-11-01' AND ${column} < '2026-11-02' GROUP BY 1`);
    expect(years).toHaveLength(2);
    for (const y of years) expect(y.n).toBeGreaterThan(table === 'opportunity' ? 800 : 1000);
  }
  // Closed cases closed after they were opened; CSAT answers after closing; open ones are recent.
  expect(await count(`SELECT count(*) AS n FROM "case" WHERE "closedDate" < "createdDate" OR "csatDate" < "closedDate" OR ("csatScore" IS NULL) <> ("csatDate" IS NULL)`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM "case" WHERE "csatScore" IS NOT NULL`)).toBeGreaterThan(14_600 * 0.5);
  expect(await count(`SELECT count(*) AS n FROM "case" WHERE NOT "isClosed" AND "createdDate" < '2026-07-01'`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM "case" WHERE NOT "isClosed"`)).toBeGreaterThan(40);
});

test('the cases\' KPI facts are what the interaction trigger computes from their replies and activities', async () => {
  // agentInteractionCount: every reply (not the resolution note) and every task or event on the case
  // (the cases of the last 90 days keep their replies; older ones only their facts).
  expect(await count(`SELECT count(*) AS n FROM "case" c WHERE c."createdDate" >= '2026-08-03T12:00:00Z' AND c."agentInteractionCount" <>
      (SELECT count(*) FROM case_comment k WHERE k."caseId" = c.id AND NOT k."isResolution")
    + (SELECT count(*) FROM task t WHERE t."caseId" = c.id) + (SELECT count(*) FROM event e WHERE e."caseId" = c.id)`)).toBe(0);
  // First response of a case logged by the customer: its first reply (or an earlier activity).
  expect(await count(`SELECT count(*) AS n FROM "case" c WHERE c."createdDate" < '2026-08-03T12:00:00Z' AND c."ownerId" IS NOT NULL AND NOT c."isClosedOnCreate"
    AND (c."firstResponseDate" IS NULL OR c."agentInteractionCount" < 1)`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM "case" c WHERE c."createdDate" >= '2026-08-03T12:00:00Z' AND c."createdById" IS NULL AND c."firstResponseDate" IS DISTINCT FROM
      (SELECT min(k."createdDate") FROM case_comment k WHERE k."caseId" = c.id AND NOT k."isResolution")
    AND NOT EXISTS (SELECT 1 FROM task t WHERE t."caseId" = c.id)`)).toBe(0);
  // SLA due dates from the org's policies; about three in four first responses on time.
  expect(await count(`SELECT count(*) AS n FROM "case" c JOIN case_sla_policy p ON p."orgId" = c."orgId" AND p.priority = c.priority
    WHERE c."firstResponseDueDate" <> c."createdDate" + make_interval(mins => p."firstResponseMinutes")
       OR c."resolutionDueDate" <> c."createdDate" + make_interval(mins => p."resolutionMinutes")`)).toBe(0);
  const onTime = await count(`SELECT avg(CASE WHEN COALESCE("firstResponseDate", "closedDate") <= "firstResponseDueDate" THEN 1 ELSE 0 END) AS n FROM "case" WHERE "isClosed"`);
  expect(onTime).toBeGreaterThan(0.65);
  expect(onTime).toBeLessThan(0.95);
});

test('relative to the anchor, THIS_MONTH and LAST_N_DAYS:30 have opportunities, cases, activities and leads', async () => {
  const today = new Date(`${FIXED_ANCHOR}T12:00:00Z`);
  const checks: Array<[string, string]> = [['opportunity', '"closeDate"'], ['opportunity', '"createdDate"'], ['case', '"createdDate"'],
    ['task', '"activityDate"'], ['event', '"startDateTime"'], ['lead', '"createdDate"'], ['lead', '"convertedDate"']];
  for (const literal of ['THIS_MONTH', 'LAST_N_DAYS:30']) {
    const { from, to } = resolveDateLiteral(literal, today);
    for (const [table, column] of checks) {
      if (literal === 'THIS_MONTH' && column === '"convertedDate"') continue;
      const n = await count(`SELECT count(*) AS n FROM "${table}" WHERE ${column} >= $1::date AND ${column} < $2::date`, [from, to]);
      expect([literal, table, column, n > 0]).toEqual([literal, table, column, true]);
    }
  }
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
    const s2 = await seedDemo(t2.ds, { anchor: FIXED_ANCHOR });
    expect(s2).toEqual(summary);
    expect(await snapshot(t2.ds)).toEqual(first);
  } finally {
    await t2.stop();
  }
}, 180_000);

test('seeded at another anchor, the same records are shifted by the days between the anchors', async () => {
  // 2054-11-01 is 28 years (10,227 days, 1,461 weeks) later with the same calendar: the same
  // weekdays, quarter ends and leap days, so the seasonality lands on the same records.
  const later = '2054-11-01';
  const shift = 10_227;
  const day = 86_400_000;
  const snapshot = async (ds: TestServer['ds']) => ({
    opportunities: await rows(`SELECT id, name, amount, "stageName", "closeDate"::text, "createdDate", "lastModifiedDate" FROM opportunity ORDER BY id`, [], ds),
    history: await rows(`SELECT id, field, "oldValue", "newValue", "createdDate" FROM opportunity_field_history ORDER BY id`, [], ds),
    cases: await rows(`SELECT id, "caseNumber", status, origin, "createdDate", "closedDate", "firstResponseDate", "agentInteractionCount", "csatScore" FROM "case" ORDER BY id`, [], ds),
    leads: await rows(`SELECT id, status, "convertedDate"::text, "convertedOpportunityId", "createdDate" FROM lead ORDER BY id`, [], ds),
    tasks: await rows(`SELECT id, subject, "activityDate"::text, "createdDate" FROM task ORDER BY id`, [], ds),
    campaigns: await rows(`SELECT id, status, "startDate"::text FROM campaign ORDER BY id`, [], ds),
  });
  const move = (v: unknown) => (v instanceof Date ? new Date(v.getTime() + shift * day).toISOString()
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(Date.parse(`${v}T00:00:00Z`) + shift * day).toISOString().slice(0, 10) : v);
  const shifted = (snap: Record<string, any[]>) => Object.fromEntries(Object.entries(snap).map(([k, list]) =>
    [k, list.map((row) => Object.fromEntries(Object.entries(row).map(([f, v]) => [f, f === 'id' || f === 'name' ? v : move(v)])))]));
  const asIso = (snap: Record<string, any[]>) => JSON.parse(JSON.stringify(snap));
  const first = await snapshot(t.ds);
  const t3 = await startTestServer();
  try {
    const s3 = await seedDemo(t3.ds, { anchor: later });
    expect({ ...s3, anchor: FIXED_ANCHOR }).toEqual(summary);
    expect(asIso(await snapshot(t3.ds))).toEqual(asIso(shifted(first)));
  } finally {
    await t3.stop();
  }
}, 240_000);
