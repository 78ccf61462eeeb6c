import type { MigrationInterface, QueryRunner } from 'typeorm';

const body = (walk: string) => `
  CREATE OR REPLACE FUNCTION crm_prevent_hierarchy_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE found boolean;
  BEGIN
    IF NEW."parentId" IS NULL THEN RETURN NEW; END IF;
    IF NEW."parentId" = NEW.id THEN
      RAISE EXCEPTION 'A record cannot be its own parent' USING ERRCODE = 'CRM01', COLUMN = 'parentId', TABLE = TG_TABLE_NAME;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_NAME), hashtext(NEW."orgId"::text));
    EXECUTE format('${walk}', TG_TABLE_NAME)
      INTO found USING NEW."parentId", NEW.id;
    IF found THEN
      RAISE EXCEPTION 'The new parent is this record itself or one of its descendants' USING ERRCODE = 'CRM01', COLUMN = 'parentId', TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NEW;
  END $$`;

/**
 * The cycle check walks up the tree by primary key. Its filter `t."parentId" IS NOT NULL` let the
 * planner scan the parentId index instead, when statistics say few rows have a parent: inside a
 * bulk insert of child accounts every row's check then read every child inserted before it
 * (10,000 rows: minutes). Without the filter the walk also yields the root's NULL, which matches
 * no id, so the answer is the same.
 */
export class CycleCheckByKey1795510000001 implements MigrationInterface {
  name = 'CycleCheckByKey1795510000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(body(`WITH RECURSIVE up(id) AS (SELECT $1 UNION SELECT t."parentId" FROM %I t JOIN up ON t.id = up.id) SELECT EXISTS (SELECT 1 FROM up WHERE id = $2)`));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(body(`WITH RECURSIVE up(id) AS (SELECT $1 UNION SELECT t."parentId" FROM %I t JOIN up ON t.id = up.id WHERE t."parentId" IS NOT NULL) SELECT EXISTS (SELECT 1 FROM up WHERE id = $2)`));
  }
}
