import type { EntityManager } from 'typeorm';
import { AuthService } from '../src/identity/auth.service';
import { seedOrgDefaults } from '../src/identity/org-defaults';
import { COMPETITORS } from '../src/seed/companies';
import { insertService } from './analytics-data-service';
import { ANCHOR, BENCH_PASSWORD, REPS } from './analytics-sql';

// The analytics bench's organisation, set-based (INSERT ... SELECT FROM generate_series): two
// years of history ending at ANCHOR (the server runs with CRM_TODAY = ANCHOR), growing over time,
// with weekday and quarter-end seasonality. `random()` per row; the shape matters, not the values.

export { ANCHOR, BENCH_PASSWORD };

export interface AnalyticsSizes { opportunities: number; tasks: number; events: number; cases: number; leads: number; accounts: number; contacts: number; campaigns: number }

export function analyticsSizes(scale: number): AnalyticsSizes {
  const n = (x: number) => Math.max(10, Math.round(x * scale));
  return { opportunities: n(1_000_000), tasks: n(600_000), events: n(400_000), cases: n(300_000), leads: n(200_000), accounts: n(50_000), contacts: n(100_000), campaigns: n(200) };
}

/** Viewers of the bench: their e-mails (password BENCH_PASSWORD). */
export const VIEWERS = { admin: 'admin@bench.example', executive: 'ceo@bench.example', manager: 'manager1@bench.example', rep: 'rep1@bench.example', rep2: 'rep42@bench.example' };

/** A day `expr` days after the window's start (730 days before the anchor), as a timestamptz. */
const day = (expr: string) => `(DATE '${ANCHOR}' - 730 + (${expr})::int)::timestamptz`;
/** Growth: day offsets in [0, 730) with a density rising linearly (twice as many deals at the end). */
const grownDay = (r: string) => `floor(730 * (sqrt(1 + 3 * ${r}) - 1))`;

export async function insertOrganisation(em: EntityManager, s: AnalyticsSizes): Promise<string> {
  const [{ id: orgId }] = await em.query(`INSERT INTO organization (name, "defaultCurrencyIsoCode") VALUES ('Analytics Bench', 'USD') RETURNING id`);
  await seedOrgDefaults(em, orgId, COMPETITORS);
  await insertUsers(em, orgId);
  await insertAccounts(em, orgId, s);
  await insertOpportunities(em, orgId, s);
  await insertHistory(em, orgId);
  await insertService(em, orgId, s);
  return orgId;
}

/**
 * About 100 users: admin; CEO (executive); 2 VPs and 8 managers (SALES_MANAGER, 4 under each
 * VP); 80 reps (10 per manager); a support manager with 8 service agents; a marketing user.
 */
async function insertUsers(em: EntityManager, orgId: string): Promise<void> {
  const hash = await AuthService.hashPassword(BENCH_PASSWORD);
  const add = (rows: string, params: unknown[] = []) => em.query(`INSERT INTO "user" ("orgId", name, email, "passwordHash", role, title, "managerId") ${rows}`, [orgId, hash, ...params]);
  await add(`VALUES ($1, 'Bench Admin', 'admin@bench.example', $2, 'ADMIN', 'Administrator', NULL)`);
  await add(`VALUES ($1, 'Casey CEO', 'ceo@bench.example', $2, 'EXECUTIVE', 'CEO', NULL)`);
  const byEmail = `(SELECT id FROM "user" WHERE email = `;
  await add(`SELECT $1, 'VP ' || g, 'vp' || g || '@bench.example', $2, 'SALES_MANAGER', 'VP Sales', ${byEmail}'ceo@bench.example') FROM generate_series(1, 2) g`);
  await add(`SELECT $1, 'Manager ' || g, 'manager' || g || '@bench.example', $2, 'SALES_MANAGER', 'Sales Manager', ${byEmail}'vp' || (1 + (g - 1) / 4) || '@bench.example') FROM generate_series(1, 8) g`);
  await add(`SELECT $1, 'Rep ' || g, 'rep' || g || '@bench.example', $2, 'SALES_REP', 'Account Executive', ${byEmail}'manager' || (1 + (g - 1) / 10) || '@bench.example') FROM generate_series(1, 80) g`);
  await add(`VALUES ($1, 'Support Manager', 'support-manager@bench.example', $2, 'SALES_MANAGER', 'Support Manager', ${byEmail}'ceo@bench.example'))`);
  await add(`SELECT $1, 'Agent ' || g, 'agent' || g || '@bench.example', $2, 'SERVICE_AGENT', 'Support Agent', ${byEmail}'support-manager@bench.example') FROM generate_series(1, 8) g`);
  await add(`VALUES ($1, 'Mia Marketing', 'marketing@bench.example', $2, 'MARKETING_USER', 'Marketing', NULL)`);
}

async function insertAccounts(em: EntityManager, orgId: string, s: AnalyticsSizes): Promise<void> {
  await em.query(
    `INSERT INTO account ("orgId", "ownerId", name, type, industry, "billingCountry", "annualRevenue", "numberOfEmployees", "createdDate")
     SELECT $1, reps[1 + (g * 7919) % 80], 'Account ' || lpad(g::text, 6, '0'),
            (ARRAY['Customer - Direct','Customer - Channel','Prospect','Partner'])[1 + g % 4],
            (ARRAY['Technology','Finance','Healthcare','Manufacturing','Retail','Education','Energy','Media'])[1 + (g * 31) % 8],
            (ARRAY['US','DE','KR','CN','GB','FR','JP'])[1 + g % 7], 100000 * (1 + g % 900), 10 + g % 5000, ${day('(g * 13) % 730')}
     FROM generate_series(1, ${s.accounts}) g, ${REPS} AS rr(reps)`,
    [orgId],
  );
  await em.query(
    `WITH a AS (SELECT id, "ownerId", row_number() OVER (ORDER BY name) AS i FROM account WHERE "orgId" = $1)
     INSERT INTO contact ("orgId", "ownerId", "accountId", "firstName", "lastName", name, email)
     SELECT $1, a."ownerId", a.id, 'Pat', 'Contact ' || g, 'Pat Contact ' || g, 'contact' || g || '@customer.example'
     FROM generate_series(1, ${s.contacts}) g JOIN a ON a.i = 1 + g % ${s.accounts}`,
    [orgId],
  );
  await em.query(
    `INSERT INTO campaign ("orgId", "ownerId", name, type, status, "startDate", "endDate", "budgetedCost", "actualCost", "numberSent", "isActive")
     SELECT $1, (SELECT id FROM "user" WHERE email = 'marketing@bench.example'), 'Campaign ' || lpad(g::text, 4, '0'),
            (ARRAY['Email','Webinar','Conference','Trade Show','Direct Mail'])[1 + g % 5], CASE WHEN g % 4 = 0 THEN 'In Progress' ELSE 'Completed' END,
            DATE '${ANCHOR}' - 730 + (g * 700 / ${s.campaigns}), DATE '${ANCHOR}' - 700 + (g * 700 / ${s.campaigns}), 5000 + g % 20 * 1000, 4000 + g % 17 * 1000, 2000 + g % 9 * 500, g % 4 = 0
     FROM generate_series(1, ${s.campaigns}) g`,
    [orgId],
  );
  // Leads: half from campaigns; 18 % converted, 5 to 60 days after creation.
  await em.query(
    `WITH c AS (SELECT array_agg(id ORDER BY name) AS ids FROM campaign WHERE "orgId" = $1),
          g AS (SELECT g, random() AS r1, random() AS r2, random() AS r3 FROM generate_series(1, ${s.leads}) g)
     INSERT INTO lead ("orgId", "ownerId", "firstName", "lastName", name, company, email, status, "leadSource", "isConverted", "convertedDate", "createdDate", "lastModifiedDate")
     SELECT $1, reps[1 + floor(r1 * 80)::int], 'Lee', 'Lead ' || g, 'Lee Lead ' || g, 'Company ' || (g % 20000), 'lead' || g || '@prospect.example',
            CASE WHEN r2 < 0.18 THEN 'Closed - Converted' WHEN r2 < 0.45 THEN 'Closed - Not Converted' WHEN r2 < 0.7 THEN 'Working - Contacted' ELSE 'Open - Not Contacted' END,
            (ARRAY['Web','Phone Inquiry','Partner Referral','Purchased List','Trade Show','Employee Referral','Advertisement','Seminar - Internal','Word of mouth','Other'])[1 + floor(r3 * 10)::int],
            r2 < 0.18, CASE WHEN r2 < 0.18 THEN (${day(grownDay('r3'))} + (5 + floor(r1 * 55)::int) * interval '1 day')::date END,
            ${day(grownDay('r3'))} + interval '9 hours', ${day(grownDay('r3'))} + interval '9 hours'
     FROM g, ${REPS} AS rr(reps)`,
    [orgId],
  );
  await em.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM campaign WHERE "orgId" = $1),
          l AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM lead WHERE "orgId" = $1)
     INSERT INTO campaign_member ("orgId", "campaignId", "leadId", status, "hasResponded", "firstRespondedDate")
     SELECT $1, c.id, l.id, CASE WHEN (l.i + c.i) % 10 < 2 THEN 'Responded' WHEN (l.i + c.i) % 10 < 5 THEN 'Opened' ELSE 'Sent' END,
            (l.i + c.i) % 10 < 2, CASE WHEN (l.i + c.i) % 10 < 2 THEN DATE '${ANCHOR}' - (l.i % 700)::int END
     FROM l JOIN c ON c.i = l.i % ${s.campaigns} WHERE l.i % 2 = 0`,
    [orgId],
  );
}

async function insertOpportunities(em: EntityManager, orgId: string, s: AnalyticsSizes): Promise<void> {
  // Sales cycle 14 to 180 days; deals closing before the anchor are closed (28 % won, rep skill
  // adds up to 12 points) except 8 % left open past their close date (Clean Your Room).
  await em.query(
    `WITH g AS (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7 FROM generate_series(1, ${s.opportunities}) g),
          d AS (SELECT g.*, ${grownDay('r1')}::int AS cday, 14 + floor(r2 * r2 * 166)::int AS cycle, 1 + floor(power(r7, 1.3) * 80)::int AS rep FROM g),
          e AS (SELECT d.*, CASE WHEN cday + cycle >= 730 THEN 1 + floor(power(r4, 1.6) * 8)::int
                                 WHEN r3 < 0.08 THEN 1 + floor(r4 * 8)::int
                                 WHEN r4 < 0.28 + (rep % 5) * 0.03 THEN 9 ELSE 10 END AS so FROM d),
          acc AS (SELECT array_agg(id ORDER BY name) AS ids FROM account WHERE "orgId" = $1),
          camp AS (SELECT array_agg(id ORDER BY name) AS ids FROM campaign WHERE "orgId" = $1),
          comp AS (SELECT array_agg(name ORDER BY name) AS names FROM competitor WHERE "orgId" = $1)
     INSERT INTO opportunity ("orgId", "ownerId", "accountId", "campaignId", name, "stageName", probability, "forecastCategoryName", "isClosed", "isWon",
                              amount, "closeDate", type, "leadSource", competitor, "lostReason", "nextStep", "createdDate", "lastModifiedDate")
     SELECT $1, reps[rep], acc.ids[1 + (g::bigint * 7919) % ${s.accounts}], CASE WHEN r5 < 0.3 THEN camp.ids[1 + floor(r6 * ${s.campaigns})::int] END,
            'Deal ' || g, st."apiName", st."defaultProbability", st."forecastCategoryName", st."isClosed", st."isWon",
            CASE WHEN r6 < 0.03 AND NOT st."isClosed" THEN NULL ELSE round(exp(ln(5000) + r5 * ln(100)))::numeric END,
            DATE '${ANCHOR}' - 730 + cday + cycle,
            CASE WHEN r6 < 0.6 THEN 'New Customer' WHEN r6 < 0.85 THEN 'Existing Customer - Upgrade' WHEN r6 < 0.95 THEN 'Existing Customer - Replacement' ELSE 'Existing Customer - Downgrade' END,
            (ARRAY['Web','Phone Inquiry','Partner Referral','Purchased List','Trade Show','Employee Referral','Advertisement','Seminar - Internal','Word of mouth','Other'])[1 + floor(r3 * 10)::int],
            CASE WHEN so >= 7 OR r2 < 0.4 THEN comp.names[1 + floor(r6 * array_length(comp.names, 1))::int] END,
            CASE WHEN so = 10 THEN (ARRAY['Price','Price','Features','Timing','Lost to Competitor','Lost to Competitor','No Decision','Other'])[1 + floor(r7 * 8)::int] END,
            CASE WHEN r1 * 7 - floor(r1 * 7) < 0.15 THEN NULL ELSE 'Follow up' END,
            ${day('cday')} + (8 + floor(r3 * 10)::int) * interval '1 hour',
            ${day('least(cday + cycle, 729)')} + interval '17 hours'
     FROM e JOIN opportunity_stage st ON st."orgId" = $1 AND st."sortOrder" = e.so, acc, camp, comp, ${REPS} AS rr(reps)`,
    [orgId],
  );
}

/** Field history: the closing stage change of every closed deal, pushed close dates for 25 %, amount changes for 10 %. */
async function insertHistory(em: EntityManager, orgId: string): Promise<void> {
  await em.query(
    `INSERT INTO opportunity_field_history ("orgId", "opportunityId", field, "oldValue", "newValue", "createdById", "createdDate")
     SELECT $1, id, 'stageName', 'Negotiation/Review', "stageName", "ownerId", "lastModifiedDate" FROM opportunity WHERE "orgId" = $1 AND "isClosed"
     UNION ALL
     SELECT $1, id, 'closeDate', ("closeDate" - 30)::text, "closeDate"::text, "ownerId", "createdDate" + ("lastModifiedDate" - "createdDate") / 2
     FROM opportunity WHERE "orgId" = $1 AND hashtext(id::text) % 4 = 0
     UNION ALL
     SELECT $1, id, 'amount', round(amount * 0.8)::text, amount::text, "ownerId", "createdDate" + ("lastModifiedDate" - "createdDate") / 3
     FROM opportunity WHERE "orgId" = $1 AND amount IS NOT NULL AND hashtext(id::text) % 10 = 1`,
    [orgId],
  );
}
