import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Opportunity.lastActivityDate (Salesforce's LastActivityDate, "Last Activity"): the latest
 * activityDate of the deal's closed tasks and of its events, future events included (Salesforce
 * shows the furthest date). Kept by statement-level triggers on task and event, one per event as a
 * transition table belongs to one: an insert can only raise the date; an update that moves a deal,
 * a date or a closed state, and a delete, recompute the max of the deals they touch. The writes
 * are plain UPDATEs: no version bump, no field history, no lastModifiedDate. Bulk loads with
 * triggers off call crm_opportunity_last_activity_rebuild(org) afterwards.
 */

/** The rows of each table that set Last Activity (alias r). */
const SOURCES: Array<[string, (r: string) => string, string[]]> = [
  ['task', (r) => `${r}."isClosed" AND ${r}."opportunityId" IS NOT NULL AND ${r}."activityDate" IS NOT NULL`, ['opportunityId', 'activityDate', 'isClosed']],
  ['event', (r) => `${r}."opportunityId" IS NOT NULL AND ${r}."activityDate" IS NOT NULL`, ['opportunityId', 'activityDate']],
];

const EVENTS: Array<[string, string]> = [
  ['insert', 'NEW TABLE AS new_rows'],
  ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'OLD TABLE AS old_rows'],
];

/** The trigger body of one event of a table whose counted rows are `counts` and whose relevant columns are `columns`. */
function body(counts: (r: string) => string, columns: string[], event: string): string {
  if (event === 'insert') {
    return `UPDATE opportunity o SET "lastActivityDate" = n.d
      FROM (SELECT r."opportunityId" AS id, max(r."activityDate") AS d FROM new_rows r WHERE ${counts('r')} GROUP BY 1) n
      WHERE o.id = n.id AND (o."lastActivityDate" IS NULL OR o."lastActivityDate" < n.d);`;
  }
  let ids = `SELECT r."opportunityId" AS id FROM old_rows r WHERE ${counts('r')}`;
  if (event === 'update') {
    // Only rows whose deal, date or closed state changed (a new subject changes nothing): the deal before and after.
    const tuple = (r: string) => `(${columns.map((c) => `${r}."${c}"`).join(', ')})`;
    const changed = `FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${tuple('o')} IS DISTINCT FROM ${tuple('n')}`;
    ids = `SELECT o."opportunityId" AS id ${changed} AND ${counts('o')} UNION ALL SELECT n."opportunityId" ${changed} AND ${counts('n')}`;
  }
  return `PERFORM crm_opportunity_last_activity_refresh(ARRAY(SELECT DISTINCT x.id FROM (${ids}) x));`;
}

/** [name, keys, INCLUDE, WHERE besides NOT isClosed] */
const NEW_INDEXES: Array<[string, string, string, string]> = [
  ['opp_open', '"orgId", "ownerId"', 'id, "stageName", amount, "closeDate", "nextStep", "forecastCategoryName", "accountId", "lastActivityDate"', ''],
  ['opp_open_close_day', '"orgId", "closeDate"', '"ownerId", amount, "stageName", "forecastCategoryName", "lastActivityDate"', ''],
  ['opp_open_no_amount', '"orgId", "ownerId"', 'amount', ' AND amount IS NULL'],
  ['opp_open_no_next_step', '"orgId", "ownerId"', 'amount', ` AND coalesce(btrim("nextStep"), '') = ''`],
];

const INDEX_BEFORE = `CREATE INDEX "IDX_analytics_opp_open" ON "opportunity" ("orgId", "ownerId")
  INCLUDE (id, "stageName", amount, "closeDate", "nextStep", "forecastCategoryName", "accountId") WHERE NOT "isClosed"`;

export class OpportunityLastActivityDate1795680000000 implements MigrationInterface {
  name = 'OpportunityLastActivityDate1795680000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "opportunity" ADD "lastActivityDate" date`);
    // Dropped before the backfill, built once after it.
    await q.query(`DROP INDEX "public"."IDX_analytics_opp_open"`);
    // Lock first, then read (a new snapshot per statement): a concurrent writer that touched the
    // same deal has committed, so its activities are counted.
    await q.query(`CREATE FUNCTION crm_opportunity_last_activity_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(ids) = 0 THEN RETURN; END IF;
        PERFORM 1 FROM opportunity WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
        UPDATE opportunity o SET "lastActivityDate" = m.d
        FROM (SELECT i.id, greatest(
            (SELECT max(t."activityDate") FROM task t WHERE t."opportunityId" = i.id AND ${SOURCES[0][1]('t')}),
            (SELECT max(e."activityDate") FROM event e WHERE e."opportunityId" = i.id AND ${SOURCES[1][1]('e')})) AS d
          FROM unnest(ids) AS i(id)) m
        WHERE o.id = m.id AND o."lastActivityDate" IS DISTINCT FROM m.d;
      END $$`);
    // One organisation from its rows, set-based (backfill, bulk loads with triggers off, repairs).
    await q.query(`CREATE FUNCTION crm_opportunity_last_activity_rebuild(org uuid) RETURNS void LANGUAGE sql AS $$
      UPDATE opportunity o SET "lastActivityDate" = m.d
      FROM (SELECT p.id, x.d FROM opportunity p LEFT JOIN (
          SELECT r.id, max(r.d) AS d FROM (
            SELECT t."opportunityId" AS id, t."activityDate" AS d FROM task t WHERE t."orgId" = org AND ${SOURCES[0][1]('t')}
            UNION ALL
            SELECT e."opportunityId", e."activityDate" FROM event e WHERE e."orgId" = org AND ${SOURCES[1][1]('e')}) r
          GROUP BY r.id) x ON x.id = p.id
        WHERE p."orgId" = org) m
      WHERE o.id = m.id AND o."lastActivityDate" IS DISTINCT FROM m.d
    $$`);
    await q.query(`SELECT crm_opportunity_last_activity_rebuild(id) FROM organization`);
    // Clean Your Room from indexes alone: the open deals owner-leading (a team) and close-date
    // leading (the org's past close dates and activity; open pipeline by close date), and the few
    // open deals without an amount or a next step (their checks then read only those).
    for (const [name, keys, include, where] of NEW_INDEXES) {
      await q.query(`CREATE INDEX "IDX_analytics_${name}" ON "opportunity" (${keys}) INCLUDE (${include}) WHERE NOT "isClosed"${where}`);
    }
    await q.query(`ANALYZE "opportunity"`);
    for (const [table, counts, columns] of SOURCES) {
      for (const [event, referencing] of EVENTS) {
        await q.query(`CREATE FUNCTION crm_last_activity_${table}_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN ${body(counts, columns, event)} RETURN NULL; END $$`);
        await q.query(`CREATE TRIGGER crm_last_activity_${event} AFTER ${event.toUpperCase()} ON "${table}" REFERENCING ${referencing}
          FOR EACH STATEMENT EXECUTE FUNCTION crm_last_activity_${table}_${event}()`);
      }
    }
    await q.query(`CREATE FUNCTION crm_last_activity_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM crm_opportunity_last_activity_rebuild(id) FROM organization; RETURN NULL; END $$`);
    for (const [table] of SOURCES) {
      await q.query(`CREATE TRIGGER crm_last_activity_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION crm_last_activity_truncate()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of SOURCES) {
      await q.query(`DROP TRIGGER crm_last_activity_truncate ON "${table}"`);
      for (const [event] of EVENTS) {
        await q.query(`DROP TRIGGER crm_last_activity_${event} ON "${table}"`);
        await q.query(`DROP FUNCTION crm_last_activity_${table}_${event}()`);
      }
    }
    await q.query(`DROP FUNCTION crm_last_activity_truncate()`);
    await q.query(`DROP FUNCTION crm_opportunity_last_activity_rebuild(uuid)`);
    await q.query(`DROP FUNCTION crm_opportunity_last_activity_refresh(uuid[])`);
    for (const [name] of NEW_INDEXES) await q.query(`DROP INDEX "public"."IDX_analytics_${name}"`);
    await q.query(`ALTER TABLE "opportunity" DROP COLUMN "lastActivityDate"`);
    await q.query(INDEX_BEFORE);
  }
}
