import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Table → object name sent in the notification (live dashboard components subscribe by object). */
const TABLES: Array<[string, string]> = [
  ['opportunity', 'Opportunity'], ['lead', 'Lead'], ['case', 'Case'], ['task', 'Task'], ['event', 'Event'],
  ['campaign', 'Campaign'], ['campaign_member', 'CampaignMember'], ['account', 'Account'],
];
const EVENTS: Array<[string, string]> = [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']];

/**
 * Statement-level triggers: one pg_notify('crm_changes', {"orgId","objectName"}) per organisation a
 * statement touched (PostgreSQL folds equal notifications of one transaction into one). No record
 * data: subscribers refetch through the ordinary access checks. Each event has its own trigger
 * because a transition table belongs to one event.
 */
export class RecordsChangedNotify1795620000001 implements MigrationInterface {
  name = 'RecordsChangedNotify1795620000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION crm_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE o uuid;
      BEGIN
        FOR o IN SELECT DISTINCT "orgId" FROM changed_rows LOOP
          PERFORM pg_notify('crm_changes', json_build_object('orgId', o, 'objectName', TG_ARGV[0])::text);
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const [table, object] of TABLES) {
      for (const [event, rows] of EVENTS) {
        await q.query(
          `CREATE TRIGGER "crm_changes_${event.toLowerCase()}" AFTER ${event} ON "${table}" REFERENCING ${rows} TABLE AS changed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION crm_notify_changes('${object}')`,
        );
      }
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of TABLES) for (const [event] of EVENTS) await q.query(`DROP TRIGGER "crm_changes_${event.toLowerCase()}" ON "${table}"`);
    await q.query(`DROP FUNCTION crm_notify_changes()`);
  }
}
