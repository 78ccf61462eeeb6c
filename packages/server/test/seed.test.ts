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
  expect(summary).toMatchObject({ accounts: 200, contacts: 500, leads: 1000, opportunities: 800, campaigns: 60, cases: 300, campaignMembers: 3000 });
  expect(summary.tasks + summary.events).toBe(2000);
  const org = summary.orgId;
  for (const [table, n] of Object.entries({ account: 200, contact: 500, lead: 1000, opportunity: 800, campaign: 60, case: 300, campaign_member: 3000 })) {
    expect(await count(`SELECT count(*) AS n FROM "${table}" WHERE "orgId" = $1`, [org])).toBe(n);
  }
  expect(await count(`SELECT (SELECT count(*) FROM task) + (SELECT count(*) FROM event) AS n`)).toBe(2000);
  expect(await count(`SELECT count(*) AS n FROM account WHERE "isPersonAccount"`)).toBeGreaterThanOrEqual(15);
  expect(await count(`SELECT count(*) AS n FROM account WHERE "parentId" IS NOT NULL`)).toBeGreaterThan(0);
  expect(await count(`SELECT count(*) AS n FROM contact c JOIN account a ON a.id = c."accountId" WHERE c."ownerId" <> a."ownerId"`)).toBe(0);
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
    cases: await rows(`SELECT id, "caseNumber" FROM "case" ORDER BY id`, [], ds),
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
