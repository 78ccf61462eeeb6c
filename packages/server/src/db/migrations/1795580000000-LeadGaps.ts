import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LEAD_SOURCES } from '../../identity/org-defaults';

/** Lead.isUnreadByOwner and the LeadSource picklist (defaults plus every value already stored). */
export class LeadGaps1795580000000 implements MigrationInterface {
  name = 'LeadGaps1795580000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "lead_source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "orgId" uuid NOT NULL, "createdDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastModifiedDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "apiName" character varying(40) NOT NULL, "masterLabel" character varying(80) NOT NULL, "sortOrder" integer NOT NULL, "isActive" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_d8406364d4f704b0083b01b1a06" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_710d222ccd6e7bfaf785e1f71e" ON "lead_source" ("orgId") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_e509772c48eb551dec9cadc74d" ON "lead_source" ("orgId", "apiName") `);
    await q.query(`ALTER TABLE "lead" ADD "isUnreadByOwner" boolean NOT NULL DEFAULT false`);
    await q.query(
      `INSERT INTO "lead_source" ("orgId", "apiName", "masterLabel", "sortOrder")
       SELECT o.id, v.name, v.name, v.n FROM "organization" o CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS v(name, n)`,
      [LEAD_SOURCES],
    );
    // Values records already hold stay valid (active) so nothing stored breaks.
    await q.query(
      `INSERT INTO "lead_source" ("orgId", "apiName", "masterLabel", "sortOrder")
       SELECT DISTINCT ON (s."orgId", s.v) s."orgId", s.v, s.v, 100 FROM (
         SELECT "orgId", "leadSource" AS v FROM "lead" UNION SELECT "orgId", "leadSource" FROM "contact"
         UNION SELECT "orgId", "leadSource" FROM "opportunity") s
       WHERE s.v IS NOT NULL ON CONFLICT DO NOTHING`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "lead" DROP COLUMN "isUnreadByOwner"`);
    await q.query(`DROP TABLE "lead_source"`);
  }
}
