import type { MigrationInterface, QueryRunner } from 'typeorm';

const TREES = ['account', 'campaign', 'territory'];

/**
 * Rules the database enforces itself, whatever the code path: no hierarchy cycles (also under
 * concurrent re-parenting: re-parents within one organisation's tree are serialised by an
 * advisory lock, and each check sees the latest committed tree), and case numbers.
 */
export class IntegrityRules1795420600000 implements MigrationInterface {
  name = 'IntegrityRules1795420600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION crm_prevent_hierarchy_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE found boolean;
      BEGIN
        IF NEW."parentId" IS NULL THEN RETURN NEW; END IF;
        IF NEW."parentId" = NEW.id THEN
          RAISE EXCEPTION 'A record cannot be its own parent' USING ERRCODE = 'CRM01', COLUMN = 'parentId', TABLE = TG_TABLE_NAME;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_NAME), hashtext(NEW."orgId"::text));
        EXECUTE format('WITH RECURSIVE up(id) AS (SELECT $1 UNION SELECT t."parentId" FROM %I t JOIN up ON t.id = up.id WHERE t."parentId" IS NOT NULL) SELECT EXISTS (SELECT 1 FROM up WHERE id = $2)', TG_TABLE_NAME)
          INTO found USING NEW."parentId", NEW.id;
        IF found THEN
          RAISE EXCEPTION 'The new parent is this record itself or one of its descendants' USING ERRCODE = 'CRM01', COLUMN = 'parentId', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    for (const t of TREES) {
      await q.query(`CREATE TRIGGER ${t}_no_cycle BEFORE INSERT OR UPDATE OF "parentId" ON "${t}" FOR EACH ROW EXECUTE FUNCTION crm_prevent_hierarchy_cycle()`);
    }
    await q.query(`CREATE SEQUENCE case_number_seq START 1001`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SEQUENCE case_number_seq`);
    for (const t of TREES) await q.query(`DROP TRIGGER ${t}_no_cycle ON "${t}"`);
    await q.query(`DROP FUNCTION crm_prevent_hierarchy_cycle()`);
  }
}
