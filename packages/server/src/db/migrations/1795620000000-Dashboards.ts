import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dashboards, their components, and the registry of persisted query documents. */
export class Dashboards1795620000000 implements MigrationInterface {
  name = 'Dashboards1795620000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "dashboard" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "orgId" uuid NOT NULL,
      "createdDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastModifiedDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "title" character varying(80) NOT NULL, "developerName" character varying(80) NOT NULL, "description" text,
      "folder" character varying(80), "isPublic" boolean NOT NULL DEFAULT false,
      "dashboardType" character varying(20) NOT NULL DEFAULT 'LOGGED_IN_USER', "runningUserId" uuid,
      "filters" jsonb NOT NULL DEFAULT '[]', "ownerId" uuid NOT NULL, "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_dashboard" PRIMARY KEY ("id"),
      CONSTRAINT "FK_dashboard_org" FOREIGN KEY ("orgId") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_dashboard_owner" FOREIGN KEY ("ownerId") REFERENCES "user"("id"),
      CONSTRAINT "FK_dashboard_running_user" FOREIGN KEY ("runningUserId") REFERENCES "user"("id"),
      CONSTRAINT "CHK_dashboard_running_user" CHECK ("dashboardType" <> 'SPECIFIED_USER' OR "runningUserId" IS NOT NULL))`);
    await q.query(`CREATE INDEX "IDX_dashboard_org" ON "dashboard" ("orgId")`);
    await q.query(`CREATE INDEX "IDX_dashboard_owner" ON "dashboard" ("ownerId")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_dashboard_developer_name" ON "dashboard" ("orgId", "developerName")`);
    await q.query(`CREATE TABLE "dashboard_component" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "orgId" uuid NOT NULL,
      "createdDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastModifiedDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "dashboardId" uuid NOT NULL, "title" character varying(80) NOT NULL, "visualization" character varying(20) NOT NULL,
      "row" integer NOT NULL, "col" integer NOT NULL, "width" integer NOT NULL,
      "reportId" uuid, "kpi" character varying(80), "document" text NOT NULL, "documentHash" character(64) NOT NULL,
      "objects" text[] NOT NULL DEFAULT '{}', "settings" text,
      CONSTRAINT "PK_dashboard_component" PRIMARY KEY ("id"),
      CONSTRAINT "FK_dashboard_component_dashboard" FOREIGN KEY ("dashboardId") REFERENCES "dashboard"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_dashboard_component_org" ON "dashboard_component" ("orgId")`);
    await q.query(`CREATE INDEX "IDX_dashboard_component_position" ON "dashboard_component" ("dashboardId", "row", "col")`);
    await q.query(`CREATE INDEX "IDX_dashboard_component_hash" ON "dashboard_component" ("dashboardId", "documentHash")`);
    // orgId NULL: a document registered for every organisation.
    await q.query(`CREATE TABLE "persisted_query" (
      "hash" character(64) NOT NULL, "orgId" uuid REFERENCES "organization"("id") ON DELETE CASCADE,
      "document" text NOT NULL, "createdDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(`CREATE UNIQUE INDEX "IDX_persisted_query_hash_org" ON "persisted_query" ("hash", "orgId") NULLS NOT DISTINCT`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "persisted_query"`);
    await q.query(`DROP TABLE "dashboard_component"`);
    await q.query(`DROP TABLE "dashboard"`);
  }
}
