import type { EntityManager } from 'typeorm';
import type { AnalyticsSizes } from './analytics-data';
import { ANCHOR, frac } from './analytics-sql';
const AGENTS = `(SELECT array_agg(id ORDER BY (substring(email FROM '[0-9]+'))::int) FROM "user" WHERE "orgId" = $1 AND role = 'SERVICE_AGENT')`;

/** Activities (tasks and events, on the deals' timelines) and cases. */
export async function insertService(em: EntityManager, orgId: string, s: AnalyticsSizes): Promise<void> {
  await insertCases(em, orgId, s);
  await insertTasks(em, orgId, s);
  await insertEvents(em, orgId, s);
}

const TASK_COLUMNS = `"orgId", "ownerId", subject, type, "activityDate", "opportunityId", "accountId", "leadId", "caseId", status, "isClosed", "completedDateTime",
  priority, "isHighPriority", "taskSubtype", "callType", "callDurationInSeconds", "createdDate", "lastModifiedDate"`;

/** Task columns from `src` (ownerId, day: date, oppId, accountId, leadId, caseId) and a random r. */
const taskValues = `src."ownerId", CASE WHEN r < 0.4 THEN 'Send Quote' WHEN r < 0.75 THEN 'Call' ELSE 'Email: Follow-up' END,
  CASE WHEN r < 0.4 THEN 'Other' WHEN r < 0.75 THEN 'Call' ELSE 'Email' END, src.day, src."oppId", src."accountId", src."leadId", src."caseId",
  CASE WHEN src.day < DATE '${ANCHOR}' AND ${frac('r', 10)} < 0.9 THEN 'Completed' ELSE 'Not Started' END,
  src.day < DATE '${ANCHOR}' AND ${frac('r', 10)} < 0.9,
  CASE WHEN src.day < DATE '${ANCHOR}' AND ${frac('r', 10)} < 0.9 THEN src.day + interval '15 hours' END,
  CASE WHEN ${frac('r', 100)} < 0.15 THEN 'High' ELSE 'Normal' END, ${frac('r', 100)} < 0.15,
  CASE WHEN r < 0.4 THEN 'Task' WHEN r < 0.75 THEN 'Call' ELSE 'Email' END,
  CASE WHEN r >= 0.4 AND r < 0.75 THEN CASE WHEN ${frac('r', 1000)} < 0.7 THEN 'Outbound' WHEN ${frac('r', 1000)} < 0.95 THEN 'Inbound' ELSE 'Internal' END END,
  CASE WHEN r >= 0.4 AND r < 0.75 THEN 45 + floor(${frac('r', 1000)} * 1700)::int END,
  LEAST(src.day, DATE '${ANCHOR}')::timestamptz + interval '8 hours', LEAST(src.day, DATE '${ANCHOR}')::timestamptz + interval '16 hours'`;

async function insertTasks(em: EntityManager, orgId: string, s: AnalyticsSizes): Promise<void> {
  const onDeals = Math.round(s.tasks * 0.7);
  const onLeads = Math.round(s.tasks * 0.2);
  // 70 % on deals (by the deal's owner, during its sales cycle), 20 % on leads, 10 % on cases.
  await em.query(
    `WITH o AS (SELECT id, "ownerId", "accountId", "createdDate"::date AS c, "closeDate", row_number() OVER () AS i FROM opportunity WHERE "orgId" = $1),
          n AS (SELECT count(*) AS n FROM o),
          g AS (SELECT 1 + (g::bigint * 7919) % n.n AS i, random() AS r, random() AS q FROM generate_series(1, ${onDeals}) g, n),
          src AS (SELECT g.r, o."ownerId", (o.c + floor(g.q * LEAST(o."closeDate" - o.c + 1, 200))::int) AS day, o.id AS "oppId", o."accountId",
                         NULL::uuid AS "leadId", NULL::uuid AS "caseId" FROM g JOIN o ON o.i = g.i)
     INSERT INTO task (${TASK_COLUMNS}) SELECT $1, ${taskValues.replace(/\br\b/g, 'src.r')} FROM src`,
    [orgId],
  );
  await em.query(
    `WITH l AS (SELECT id, "ownerId", "createdDate"::date AS c, row_number() OVER () AS i FROM lead WHERE "orgId" = $1),
          n AS (SELECT count(*) AS n FROM l),
          g AS (SELECT 1 + (g::bigint * 7919) % n.n AS i, random() AS r, random() AS q FROM generate_series(1, ${onLeads}) g, n),
          src AS (SELECT g.r, l."ownerId", LEAST(l.c + floor(g.q * 30)::int, DATE '${ANCHOR}' + 14) AS day, NULL::uuid AS "oppId", NULL::uuid AS "accountId",
                         l.id AS "leadId", NULL::uuid AS "caseId" FROM g JOIN l ON l.i = g.i)
     INSERT INTO task (${TASK_COLUMNS}) SELECT $1, ${taskValues.replace(/\br\b/g, 'src.r')} FROM src`,
    [orgId],
  );
  await em.query(
    `WITH k AS (SELECT id, "ownerId", "accountId", "createdDate"::date AS c, row_number() OVER () AS i FROM "case" WHERE "orgId" = $1 AND "ownerId" IS NOT NULL),
          n AS (SELECT count(*) AS n FROM k),
          g AS (SELECT 1 + (g::bigint * 7919) % n.n AS i, random() AS r, random() AS q FROM generate_series(1, ${s.tasks - onDeals - onLeads}) g, n),
          src AS (SELECT g.r, k."ownerId", LEAST(k.c + floor(g.q * 5)::int, DATE '${ANCHOR}') AS day, NULL::uuid AS "oppId", k."accountId",
                         NULL::uuid AS "leadId", k.id AS "caseId" FROM g JOIN k ON k.i = g.i)
     INSERT INTO task (${TASK_COLUMNS}) SELECT $1, ${taskValues.replace(/\br\b/g, 'src.r')} FROM src`,
    [orgId],
  );
}

async function insertEvents(em: EntityManager, orgId: string, s: AnalyticsSizes): Promise<void> {
  // Meetings on deals (80 %) and accounts, weekdays 9:00 to 17:00.
  await em.query(
    `WITH o AS (SELECT id, "ownerId", "accountId", "createdDate"::date AS c, "closeDate", row_number() OVER () AS i FROM opportunity WHERE "orgId" = $1),
          n AS (SELECT count(*) AS n FROM o),
          g AS (SELECT g, 1 + (g::bigint * 104729) % n.n AS i, random() AS r, random() AS q FROM generate_series(1, ${s.events}) g, n),
          src AS (SELECT g.*, o."ownerId", o.id AS "oppId", o."accountId",
                         (o.c + floor(g.q * LEAST(o."closeDate" - o.c + 1, 200))::int)::timestamptz + (9 + floor(g.r * 8)::int) * interval '1 hour' AS start
                  FROM g JOIN o ON o.i = g.i)
     INSERT INTO event ("orgId", "ownerId", subject, type, "activityDate", "opportunityId", "accountId", "startDateTime", "endDateTime", "durationInMinutes",
                        location, "createdDate", "lastModifiedDate")
     SELECT $1, "ownerId", CASE WHEN r < 0.15 THEN 'Discovery call' ELSE 'Product demo' END, CASE WHEN r < 0.15 THEN 'Call' ELSE 'Meeting' END,
            start::date, CASE WHEN g % 5 <> 0 THEN "oppId" END, "accountId", start,
            start + (30 * (1 + floor(${frac('r', 10)} * 3)::int)) * interval '1 minute', 30 * (1 + floor(${frac('r', 10)} * 3)::int),
            (ARRAY['Zoom','Microsoft Teams','Google Meet','Headquarters'])[1 + floor(${frac('r', 100)} * 4)::int],
            LEAST(start - interval '5 days', DATE '${ANCHOR}'::timestamptz), LEAST(start - interval '5 days', DATE '${ANCHOR}'::timestamptz)
     FROM src`,
    [orgId],
  );
}

async function insertCases(em: EntityManager, orgId: string, s: AnalyticsSizes): Promise<void> {
  // Weekdays carry most cases; resolution time exponential (mean 30 h); CSAT on 40 % of closed
  // cases (5: 45 %, 4: 30 %, 3: 12 %, 2: 8 %, 1: 5 %); a tenth of the open New ones wait in a queue.
  await em.query(
    `WITH k AS (SELECT id, "accountId", row_number() OVER () AS i FROM contact WHERE "orgId" = $1),
          nk AS (SELECT count(*) AS n FROM k),
          g AS (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7 FROM generate_series(1, ${s.cases}) g),
          d0 AS (SELECT g.*, (DATE '${ANCHOR}' - 730 + floor(r1 * 730)::int) AS dd FROM g),
          d AS (SELECT d0.*, CASE WHEN extract(isodow FROM dd) >= 6 AND r2 < 0.7 THEN dd + (8 - extract(isodow FROM dd))::int ELSE dd END AS cday FROM d0),
          e AS (SELECT d.*, cday::timestamptz + (7 + floor(r3 * 11)::int) * interval '1 hour' + floor(r4 * 60)::int * interval '1 minute' AS created,
                       DATE '${ANCHOR}' - cday AS age,
                       CASE WHEN r6 < 0.2 THEN 'High' WHEN r6 < 0.75 THEN 'Medium' ELSE 'Low' END AS prio FROM d),
          f AS (SELECT e.*, (age > 20 AND r5 < 0.98) OR (age <= 20 AND r5 < age / 25.0) AS closed,
                       CASE WHEN r2 > 0.03 THEN (${AGENTS})[1 + floor(${frac('r2', 10)} * 8)::int] END AS owner FROM e WHERE cday < DATE '${ANCHOR}')
     INSERT INTO "case" ("orgId", "ownerId", "createdById", "caseNumber", subject, status, "isClosed", "closedDate", priority, origin, type, reason, "isEscalated",
                         "accountId", "contactId", "productName", "firstResponseDate", "agentInteractionCount", "reopenCount", "firstResponseDueDate", "resolutionDueDate",
                         "csatScore", "csatDate", "createdDate", "lastModifiedDate")
     SELECT $1, CASE WHEN closed OR r7 > 0.1 THEN coalesce(owner, (${AGENTS})[1]) END, owner, lpad(g::text, 8, '0'), 'Case ' || g,
            CASE WHEN closed THEN 'Closed' WHEN r6 < 0.4 THEN 'New' WHEN r6 < 0.88 THEN 'Working' ELSE 'Escalated' END,
            closed, CASE WHEN closed THEN created + (-ln(1 - r4 * 0.999) * 30) * interval '1 hour' END, prio,
            CASE WHEN r7 < 0.3 THEN 'Phone' WHEN r7 < 0.65 THEN 'Email' WHEN r7 < 0.85 THEN 'Web' WHEN r7 < 0.95 THEN 'Chat' ELSE 'Social' END,
            CASE WHEN r3 < 0.5 THEN 'Problem' WHEN r3 < 0.85 THEN 'Question' ELSE 'Feature Request' END,
            (ARRAY['Installation','Equipment Complexity','Performance','Breakdown','Equipment Design','Feedback','Instructions not clear','User didn''t attend training','Other'])[1 + floor(${frac('r3', 10)} * 9)::int],
            NOT closed AND r6 >= 0.88 OR ${frac('r6', 10)} > 0.95,
            k."accountId", k.id, CASE WHEN ${frac('r5', 10)} < 0.7 THEN (ARRAY['CRM Cloud','CRM Mobile','Analytics Add-on','Email Sync Connector','Data Import Service'])[1 + floor(${frac('r5', 100)} * 5)::int] END,
            CASE WHEN closed OR r7 > 0.1 THEN created + (-ln(1 - ${frac('r1', 10)} * 0.999) * 120) * interval '1 minute' END,
            CASE WHEN closed OR r7 > 0.1 THEN 1 + floor(power(${frac('r2', 100)}, 2) * 4)::int ELSE 0 END, CASE WHEN closed AND ${frac('r4', 10)} < 0.03 THEN 1 ELSE 0 END,
            created + p."firstResponseMinutes" * interval '1 minute', created + p."resolutionMinutes" * interval '1 minute',
            CASE WHEN closed AND ${frac('r6', 100)} < 0.4 THEN CASE WHEN ${frac('r7', 10)} < 0.45 THEN 5 WHEN ${frac('r7', 10)} < 0.75 THEN 4 WHEN ${frac('r7', 10)} < 0.87 THEN 3 WHEN ${frac('r7', 10)} < 0.95 THEN 2 ELSE 1 END END,
            CASE WHEN closed AND ${frac('r6', 100)} < 0.4 THEN created + interval '3 days' END,
            created, created
     FROM f CROSS JOIN nk JOIN k ON k.i = 1 + (f.g::bigint * 7919) % nk.n JOIN case_sla_policy p ON p."orgId" = $1 AND p.priority = f.prio`,
    [orgId],
  );
}
