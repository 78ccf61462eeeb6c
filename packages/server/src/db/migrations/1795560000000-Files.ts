import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files (ContentDocument): bytes in `data` for the database store, else under FILES_DIR. */
export class Files1795560000000 implements MigrationInterface {
  name = 'Files1795560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "content_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "orgId" uuid NOT NULL, "createdDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastModifiedDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ownerId" uuid NOT NULL, "fileName" character varying(255) NOT NULL, "contentType" character varying(100) NOT NULL, "size" integer NOT NULL, "storage" character varying(10) NOT NULL, "data" bytea, "linkedObjectApiName" character varying(60), "linkedRecordId" uuid, CONSTRAINT "PK_content_document" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_content_document_org" ON "content_document" ("orgId")`);
    await q.query(`CREATE INDEX "IDX_content_document_link" ON "content_document" ("orgId", "linkedObjectApiName", "linkedRecordId")`);
    await q.query(`ALTER TABLE "content_document" ADD CONSTRAINT "FK_content_document_org" FOREIGN KEY ("orgId") REFERENCES "organization"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "content_document" ADD CONSTRAINT "FK_content_document_owner" FOREIGN KEY ("ownerId") REFERENCES "user"("id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "content_document"`);
  }
}
