import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opportunity History for a team: each field-history row carries its opportunity's current owner
 * ("opportunityOwnerId"), so a rep's or a manager's changes of a period are read from an
 * owner-leading index (a few hundred rows) instead of the whole org's (tens of thousands), and
 * only then joined to the deals, whose visibility still decides. A BEFORE INSERT trigger fills
 * it from the deal; a statement trigger on opportunity follows owner changes.
 */
export class HistoryOpportunityOwner1795700000001 implements MigrationInterface {
  name = 'HistoryOpportunityOwner1795700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE opportunity_field_history ADD "opportunityOwnerId" uuid`);
    await q.query(`CREATE FUNCTION crm_history_owner_rebuild(org uuid) RETURNS void LANGUAGE sql AS $$
      UPDATE opportunity_field_history h SET "opportunityOwnerId" = o."ownerId" FROM opportunity o
      WHERE o.id = h."opportunityId" AND h."orgId" = org AND h."opportunityOwnerId" IS DISTINCT FROM o."ownerId" $$`);
    await q.query(`SELECT crm_history_owner_rebuild(id) FROM organization`);
    await q.query(`CREATE FUNCTION crm_history_owner_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT o."ownerId" INTO NEW."opportunityOwnerId" FROM opportunity o WHERE o.id = NEW."opportunityId";
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER crm_history_owner_fill BEFORE INSERT ON opportunity_field_history FOR EACH ROW EXECUTE FUNCTION crm_history_owner_fill()`);
    await q.query(`CREATE FUNCTION crm_history_owner_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE opportunity_field_history h SET "opportunityOwnerId" = n."ownerId"
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n."ownerId" IS DISTINCT FROM o."ownerId" AND h."opportunityId" = n.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER crm_history_owner_follow AFTER UPDATE ON opportunity REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION crm_history_owner_follow()`);
    await q.query(`CREATE INDEX "IDX_analytics_history_owner_day" ON opportunity_field_history ("orgId", field, "opportunityOwnerId", "createdDate")
      INCLUDE ("opportunityId", "oldValue", "newValue")`);
    await q.query(`ANALYZE opportunity_field_history`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_analytics_history_owner_day"`);
    await q.query(`DROP TRIGGER crm_history_owner_follow ON opportunity`);
    await q.query(`DROP FUNCTION crm_history_owner_follow()`);
    await q.query(`DROP TRIGGER crm_history_owner_fill ON opportunity_field_history`);
    await q.query(`DROP FUNCTION crm_history_owner_fill()`);
    await q.query(`DROP FUNCTION crm_history_owner_rebuild(uuid)`);
    await q.query(`ALTER TABLE opportunity_field_history DROP COLUMN "opportunityOwnerId"`);
  }
}
