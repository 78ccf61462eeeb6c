import type { DataSource } from 'typeorm';
import { AuthService } from '../src/identity/auth.service';
import { seedOrgDefaults } from '../src/identity/org-defaults';

export const BENCH_PASSWORD = 'bench-password';
export const SIZES = { campaignLevels: [1, 6, 36, 216, 1741], membersPerCampaign: 100, leads: 40_000, contacts: 20_000, opportunities: 50_000, accounts: 20_000, territoryLevels: [5, 20, 75, 250, 650] };

// Deterministic "random" choices: g * a large odd constant, modulo the range.
const pick = (expr: string, n: number | string) => `(((${expr})::bigint * 2654435761) % ${n})`;

/** The large organisation of the benchmark, built set-based (a few seconds on PostgreSQL). */
export async function buildOrg(ds: DataSource): Promise<{ orgId: string; adminEmail: string; rootCampaignId: string }> {
  const built = await insertAll(ds);
  // A live database has been vacuumed and analysed: fresh planner statistics, a visibility map,
  // and no first reader left to set every row's hint bits (which dirties every page it reads).
  await ds.query('VACUUM ANALYZE');
  return built;
}

function insertAll(ds: DataSource): Promise<{ orgId: string; adminEmail: string; rootCampaignId: string }> {
  return ds.transaction(async (em) => {
    const [{ id: orgId }] = await em.query(`INSERT INTO organization (name) VALUES ('Bench Org') RETURNING id`);
    await seedOrgDefaults(em, orgId);
    const hash = await AuthService.hashPassword(BENCH_PASSWORD);
    const adminEmail = `admin-${orgId.slice(0, 8)}@bench.example`;
    await em.query(`INSERT INTO "user" ("orgId", name, email, "passwordHash", role) VALUES ($1, 'Bench Admin', $2, $3, 'ADMIN')`, [orgId, adminEmail, hash]);
    await em.query(
      `INSERT INTO "user" ("orgId", name, email, "passwordHash", role) SELECT $1, 'Rep ' || g, 'rep' || g || '-' || $2 || '@bench.example', $3, 'SALES_REP' FROM generate_series(1, 20) g`,
      [orgId, orgId.slice(0, 8), hash],
    );
    const reps = `(SELECT array_agg(id ORDER BY email) FROM "user" WHERE "orgId" = $1 AND role = 'SALES_REP')`;

    // Campaigns: one root and four more levels; each node's parent is spread over the level above.
    const lv = SIZES.campaignLevels;
    await em.query(`INSERT INTO campaign ("orgId", "ownerId", name, "budgetedCost", "numberSent") SELECT $1, (${reps})[1], 'C0-1', 1000, 100 FROM generate_series(1, 1)`, [orgId]);
    for (let l = 1; l < lv.length; l++) {
      await em.query(
        `WITH parents AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM campaign WHERE "orgId" = $1 AND name LIKE 'C${l - 1}-%')
         INSERT INTO campaign ("orgId", "ownerId", name, "parentId", "budgetedCost", "actualCost", "numberSent")
         SELECT $1, (${reps})[1], 'C${l}-' || lpad(g::text, 5, '0'), p.id, 100 + g % 900, 50 + g % 400, g % 1000
         FROM generate_series(1, ${lv[l]}) g JOIN parents p ON p.i = g % ${lv[l - 1]}`,
        [orgId],
      );
    }
    await em.query(
      `INSERT INTO lead ("orgId", "ownerId", "lastName", name, company, status, "isConverted")
       SELECT $1, (${reps})[1 + ${pick('g', 20)}], 'Lead ' || g, 'Lead ' || g, 'Company ' || (g % 5000), 'Open - Not Contacted', g % 10 = 0 FROM generate_series(1, ${SIZES.leads}) g`,
      [orgId],
    );
    await em.query(
      `INSERT INTO account ("orgId", "ownerId", name, "billingCountry", "annualRevenue", "numberOfEmployees")
       SELECT $1, (${reps})[1 + ${pick('g', 20)}], 'Account ' || lpad(g::text, 6, '0'), (ARRAY['US','DE','KR','CN','GB'])[1 + g % 5], 10000 * (g % 500), g % 3000
       FROM generate_series(1, ${SIZES.accounts}) g`,
      [orgId],
    );
    await em.query(
      `WITH a AS (SELECT id, "ownerId", row_number() OVER (ORDER BY name) AS i FROM account WHERE "orgId" = $1)
       INSERT INTO contact ("orgId", "ownerId", "accountId", "lastName", name)
       SELECT $1, a."ownerId", a.id, 'Contact ' || g, 'Contact ' || g FROM generate_series(1, ${SIZES.contacts}) g JOIN a ON a.i = 1 + g % ${SIZES.accounts}`,
      [orgId],
    );
    // Members: 100 distinct people per campaign (613 is prime to the number of people).
    await em.query(
      `WITH c AS (SELECT id, row_number() OVER (ORDER BY name) AS i FROM campaign WHERE "orgId" = $1),
            l AS (SELECT id, row_number() OVER (ORDER BY "lastName") - 1 AS i FROM lead WHERE "orgId" = $1),
            k AS (SELECT id, row_number() OVER (ORDER BY "lastName") - 1 + ${SIZES.leads} AS i FROM contact WHERE "orgId" = $1),
            people AS (SELECT id AS "leadId", NULL::uuid AS "contactId", i FROM l UNION ALL SELECT NULL, id, i FROM k)
       INSERT INTO campaign_member ("orgId", "campaignId", "leadId", "contactId", status, "hasResponded", "firstRespondedDate")
       SELECT $1, c.id, p."leadId", p."contactId", CASE WHEN (c.i + m) % 3 = 0 THEN 'Responded' ELSE 'Sent' END, (c.i + m) % 3 = 0,
              CASE WHEN (c.i + m) % 3 = 0 THEN DATE '2026-10-01' END
       FROM c CROSS JOIN generate_series(0, ${SIZES.membersPerCampaign - 1}) m
       JOIN people p ON p.i = (c.i * 97 + m * 613) % ${SIZES.leads + SIZES.contacts}`,
      [orgId],
    );
    await em.query(
      `WITH a AS (SELECT id, "ownerId", row_number() OVER (ORDER BY name) - 1 AS i FROM account WHERE "orgId" = $1),
            c AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM campaign WHERE "orgId" = $1),
            s AS (SELECT "apiName", "defaultProbability", "forecastCategoryName", "isClosed", "isWon", row_number() OVER (ORDER BY "sortOrder") - 1 AS i FROM opportunity_stage WHERE "orgId" = $1)
       INSERT INTO opportunity ("orgId", "ownerId", "accountId", "campaignId", name, "stageName", probability, "forecastCategoryName", "isClosed", "isWon", amount, "closeDate")
       SELECT $1, a."ownerId", a.id, CASE WHEN g % 5 < 3 THEN c.id END, 'Deal ' || g, s."apiName", s."defaultProbability", s."forecastCategoryName", s."isClosed", s."isWon",
              1000 + ${pick('g', 99000)}, DATE '2026-01-01' + (g % 540)
       FROM generate_series(1, ${SIZES.opportunities}) g
       JOIN a ON a.i = ${pick('g', SIZES.accounts)} JOIN c ON c.i = ${pick('g + 7', 2000)} JOIN s ON s.i = g % 10`,
      [orgId],
    );
    // Territories: an active model with five levels; every account in one leaf territory.
    const [{ id: modelId }] = await em.query(`INSERT INTO territory_model ("orgId", name, state) VALUES ($1, 'FY27', 'ACTIVE') RETURNING id`, [orgId]);
    const tl = SIZES.territoryLevels;
    await em.query(`INSERT INTO territory ("orgId", "modelId", name) SELECT $1, $2, 'T0-' || g FROM generate_series(1, ${tl[0]}) g`, [orgId, modelId]);
    for (let l = 1; l < tl.length; l++) {
      await em.query(
        `WITH parents AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM territory WHERE "modelId" = $2 AND name LIKE 'T${l - 1}-%')
         INSERT INTO territory ("orgId", "modelId", name, "parentId") SELECT $1, $2, 'T${l}-' || lpad(g::text, 4, '0'), p.id
         FROM generate_series(1, ${tl[l]}) g JOIN parents p ON p.i = g % ${tl[l - 1]}`,
        [orgId, modelId],
      );
    }
    await em.query(
      `WITH t AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM territory WHERE "modelId" = $2 AND name LIKE 'T${tl.length - 1}-%'),
            a AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM account WHERE "orgId" = $1)
       INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause")
       SELECT $1, a.id, t.id, 'TERRITORY_RULE' FROM a JOIN t ON t.i = a.i % ${tl[tl.length - 1]}`,
      [orgId, modelId],
    );
    const [{ id: rootCampaignId }] = await em.query(`SELECT id FROM campaign WHERE "orgId" = $1 AND name = 'C0-1'`, [orgId]);
    return { orgId, adminEmail, rootCampaignId };
  });
}
