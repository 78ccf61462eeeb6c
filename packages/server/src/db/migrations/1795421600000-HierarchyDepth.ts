import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaign and territory trees are limited to the organisation's maxHierarchyDepth (levels, the
 * root included): the new parent's depth plus the height of the moved subtree must fit. Checked
 * under the same per-tree advisory lock as cycles.
 */
export class HierarchyDepth1795421600000 implements MigrationInterface {
  name = 'HierarchyDepth1795421600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION crm_limit_hierarchy_depth() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parent_depth int; subtree_height int; max_depth int;
      BEGIN
        IF NEW."parentId" IS NULL THEN RETURN NEW; END IF;
        PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_NAME), hashtext(NEW."orgId"::text));
        SELECT "maxHierarchyDepth" INTO max_depth FROM organization WHERE id = NEW."orgId";
        EXECUTE format('WITH RECURSIVE up(id, d) AS (SELECT $1, 1 UNION ALL SELECT t."parentId", up.d + 1 FROM %I t JOIN up ON t.id = up.id WHERE t."parentId" IS NOT NULL AND up.d < 1000) SELECT max(d) FROM up', TG_TABLE_NAME)
          INTO parent_depth USING NEW."parentId";
        EXECUTE format('WITH RECURSIVE down(id, h) AS (SELECT $1, 1 UNION ALL SELECT t.id, down.h + 1 FROM %I t JOIN down ON t."parentId" = down.id WHERE down.h < 1000) SELECT max(h) FROM down', TG_TABLE_NAME)
          INTO subtree_height USING NEW.id;
        IF parent_depth + subtree_height > max_depth THEN
          RAISE EXCEPTION 'The hierarchy would be % levels deep; the limit is %', parent_depth + subtree_height, max_depth
            USING ERRCODE = 'CRM01', COLUMN = 'parentId', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    // Named to run after the *_no_cycle triggers (triggers fire in name order).
    for (const t of ['campaign', 'territory']) {
      await q.query(`CREATE TRIGGER ${t}_order_depth BEFORE INSERT OR UPDATE OF "parentId" ON "${t}" FOR EACH ROW EXECUTE FUNCTION crm_limit_hierarchy_depth()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['campaign', 'territory']) await q.query(`DROP TRIGGER ${t}_order_depth ON "${t}"`);
    await q.query(`DROP FUNCTION crm_limit_hierarchy_depth()`);
  }
}
