import type { MigrationInterface, QueryRunner } from 'typeorm';

// The rows of the statement whose parent changed (to a non-null one).
const changed = {
  INSERT: `SELECT id, "orgId", "parentId" FROM new_rows WHERE "parentId" IS NOT NULL`,
  UPDATE: `SELECT n.id, n."orgId", n."parentId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."parentId" IS NOT NULL AND n."parentId" IS DISTINCT FROM o."parentId"`,
};

/**
 * Account cycles are checked once per statement instead of once per row: an AFTER trigger reads
 * the statement's re-parented rows from its transition table and walks up from all of them in one
 * recursive query (a new cycle must pass through a changed row, so walking up from each changed row
 * finds it). Importing 10,000 child accounts took one advisory lock and one walk per row before.
 * The guarantees stay: the per-organisation advisory lock is taken (in org order) before the walk,
 * whose fresh snapshot sees every re-parent committed before the lock was granted, so concurrent
 * re-parents are serialised. Campaign and territory trees keep their row triggers (their depth
 * limit runs after the cycle check, row by row).
 */
export class SetBasedCycleCheck1795570000000 implements MigrationInterface {
  name = 'SetBasedCycleCheck1795570000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION crm_prevent_hierarchy_cycle_set() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE found text; org uuid; changed text; n bigint;
      BEGIN
        changed := CASE TG_OP WHEN 'INSERT' THEN '${changed.INSERT.replace(/'/g, "''")}' ELSE '${changed.UPDATE.replace(/'/g, "''")}' END;
        EXECUTE format('SELECT count(*), min(id::text) FILTER (WHERE "parentId" = id) FROM (%s) c', changed) INTO n, found;
        IF n = 0 THEN RETURN NULL; END IF;
        IF found IS NOT NULL THEN
          RAISE EXCEPTION 'A record cannot be its own parent' USING ERRCODE = 'CRM01', COLUMN = 'parentId', TABLE = TG_TABLE_NAME, DETAIL = found;
        END IF;
        FOR org IN EXECUTE format('SELECT DISTINCT "orgId" FROM (%s) c ORDER BY 1', changed) LOOP
          PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_NAME), hashtext(org::text));
        END LOOP;
        EXECUTE format('WITH RECURSIVE up(start, id) AS (SELECT id, "parentId" FROM (%s) c UNION SELECT up.start, t."parentId" FROM %I t JOIN up ON t.id = up.id WHERE up.id <> up.start) SELECT start::text FROM up WHERE id = start LIMIT 1', changed, TG_TABLE_NAME)
          INTO found;
        IF found IS NOT NULL THEN
          RAISE EXCEPTION 'The new parent is this record itself or one of its descendants' USING ERRCODE = 'CRM01', COLUMN = 'parentId', TABLE = TG_TABLE_NAME, DETAIL = found;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER account_no_cycle ON account`);
    await q.query(`CREATE TRIGGER account_no_cycle_insert AFTER INSERT ON account REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_prevent_hierarchy_cycle_set()`);
    await q.query(`CREATE TRIGGER account_no_cycle_update AFTER UPDATE ON account REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_prevent_hierarchy_cycle_set()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER account_no_cycle_update ON account`);
    await q.query(`DROP TRIGGER account_no_cycle_insert ON account`);
    await q.query(`CREATE TRIGGER account_no_cycle BEFORE INSERT OR UPDATE OF "parentId" ON account FOR EACH ROW EXECUTE FUNCTION crm_prevent_hierarchy_cycle()`);
    await q.query(`DROP FUNCTION crm_prevent_hierarchy_cycle_set()`);
  }
}
