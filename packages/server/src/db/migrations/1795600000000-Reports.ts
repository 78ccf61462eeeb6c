import type { MigrationInterface, QueryRunner } from 'typeorm';

const base = `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "orgId" uuid NOT NULL, "createdDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastModifiedDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`;
const org = (t: string) => `ALTER TABLE "${t}" ADD CONSTRAINT "FK_${t}_org" FOREIGN KEY ("orgId") REFERENCES "organization"("id") ON DELETE CASCADE`;

/** Saved reports in folders, and folder shares (issue 12). */
export class Reports1795600000000 implements MigrationInterface {
  name = 'Reports1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "report_folder" (${base}, "name" character varying(120) NOT NULL, "accessType" character varying(10) NOT NULL, "ownerId" uuid NOT NULL,
      CONSTRAINT "PK_report_folder" PRIMARY KEY ("id"), CONSTRAINT "CHK_report_folder_access" CHECK ("accessType" IN ('PRIVATE', 'PUBLIC', 'SHARED')))`);
    await q.query(`CREATE INDEX "IDX_report_folder_org_name" ON "report_folder" ("orgId", "name")`);
    await q.query(`CREATE INDEX "IDX_report_folder_org" ON "report_folder" ("orgId")`);
    await q.query(org('report_folder'));
    await q.query(`ALTER TABLE "report_folder" ADD CONSTRAINT "FK_report_folder_owner" FOREIGN KEY ("ownerId") REFERENCES "user"("id")`);

    await q.query(`CREATE TABLE "report_folder_share" (${base}, "folderId" uuid NOT NULL, "userId" uuid NOT NULL, "accessLevel" character varying(10) NOT NULL,
      CONSTRAINT "PK_report_folder_share" PRIMARY KEY ("id"), CONSTRAINT "CHK_report_folder_share_level" CHECK ("accessLevel" IN ('VIEW', 'EDIT')))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_report_folder_share_unique" ON "report_folder_share" ("folderId", "userId")`);
    await q.query(`CREATE INDEX "IDX_report_folder_share_user" ON "report_folder_share" ("userId")`);
    await q.query(`CREATE INDEX "IDX_report_folder_share_org" ON "report_folder_share" ("orgId")`);
    await q.query(org('report_folder_share'));
    await q.query(`ALTER TABLE "report_folder_share" ADD CONSTRAINT "FK_report_folder_share_folder" FOREIGN KEY ("folderId") REFERENCES "report_folder"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "report_folder_share" ADD CONSTRAINT "FK_report_folder_share_user" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "report" (${base}, "name" character varying(120) NOT NULL, "description" text, "folderId" uuid, "ownerId" uuid NOT NULL,
      "reportType" character varying(40) NOT NULL, "definitionData" jsonb NOT NULL, "format" character varying(10) NOT NULL,
      "lastRunDate" TIMESTAMP WITH TIME ZONE, "runCount" integer NOT NULL DEFAULT 0, "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_report" PRIMARY KEY ("id"), CONSTRAINT "CHK_report_format" CHECK ("format" IN ('TABULAR', 'SUMMARY', 'MATRIX')))`);
    await q.query(`CREATE INDEX "IDX_report_org_folder" ON "report" ("orgId", "folderId")`);
    await q.query(`CREATE INDEX "IDX_report_org" ON "report" ("orgId")`);
    await q.query(org('report'));
    await q.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_report_folder" FOREIGN KEY ("folderId") REFERENCES "report_folder"("id")`);
    await q.query(`ALTER TABLE "report" ADD CONSTRAINT "FK_report_owner" FOREIGN KEY ("ownerId") REFERENCES "user"("id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "report"`);
    await q.query(`DROP TABLE "report_folder_share"`);
    await q.query(`DROP TABLE "report_folder"`);
  }
}
