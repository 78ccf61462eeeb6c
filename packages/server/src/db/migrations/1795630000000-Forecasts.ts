import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Collaborative forecasts: forecasting types, adjustments, and quotas by quantity and product family. */
export class Forecasts1795630000000 implements MigrationInterface {
  name = 'Forecasts1795630000000';

  public async up(q: QueryRunner): Promise<void> {
    const base = `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "orgId" uuid NOT NULL, "createdDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastModifiedDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`;
    await q.query(`CREATE TABLE "forecasting_type" (${base}, "developerName" character varying(80) NOT NULL, "masterLabel" character varying(80) NOT NULL,
      "isActive" boolean NOT NULL DEFAULT true, "isAmount" boolean NOT NULL DEFAULT true, "roleType" character varying(20) NOT NULL DEFAULT 'ROLE',
      "hasAdjustments" boolean NOT NULL DEFAULT true, "hasOwnerAdjustments" boolean NOT NULL DEFAULT true, "productFamily" character varying(40),
      CONSTRAINT "CHK_forecasting_type_role" CHECK ("roleType" IN ('ROLE', 'TERRITORY')), CONSTRAINT "PK_forecasting_type" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_forecasting_type_org" ON "forecasting_type" ("orgId")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_forecasting_type_name" ON "forecasting_type" ("orgId", "developerName")`);
    await q.query(`ALTER TABLE "forecasting_type" ADD CONSTRAINT "FK_forecasting_type_org" FOREIGN KEY ("orgId") REFERENCES "organization"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "forecasting_adjustment" (${base}, "forecastingTypeId" uuid NOT NULL, "ownerId" uuid, "territoryId" uuid,
      "subjectId" uuid NOT NULL, "adjustingNodeId" uuid NOT NULL, "startDate" date NOT NULL, "forecastingItemCategory" character varying(30) NOT NULL,
      "adjustedAmount" numeric(18,2) NOT NULL, "adjustmentNote" character varying(255), "isOwnerAdjustment" boolean NOT NULL DEFAULT false,
      "adjustedById" uuid NOT NULL, "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "CHK_forecasting_adjustment_month" CHECK (EXTRACT(DAY FROM "startDate") = 1),
      CONSTRAINT "CHK_forecasting_adjustment_category" CHECK ("forecastingItemCategory" IN ('BEST_CASE_FORECAST', 'COMMIT_FORECAST')),
      CONSTRAINT "PK_forecasting_adjustment" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_forecasting_adjustment_org" ON "forecasting_adjustment" ("orgId")`);
    await q.query(`CREATE INDEX "IDX_forecasting_adjustment_type" ON "forecasting_adjustment" ("forecastingTypeId")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_forecasting_adjustment_item" ON "forecasting_adjustment" ("forecastingTypeId", "subjectId", "startDate", "forecastingItemCategory", "adjustingNodeId")`);
    await q.query(`ALTER TABLE "forecasting_adjustment" ADD CONSTRAINT "FK_forecasting_adjustment_org" FOREIGN KEY ("orgId") REFERENCES "organization"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "forecasting_adjustment" ADD CONSTRAINT "FK_forecasting_adjustment_type" FOREIGN KEY ("forecastingTypeId") REFERENCES "forecasting_type"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "forecasting_adjustment" ADD CONSTRAINT "FK_forecasting_adjustment_owner" FOREIGN KEY ("ownerId") REFERENCES "user"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "forecasting_adjustment" ADD CONSTRAINT "FK_forecasting_adjustment_territory" FOREIGN KEY ("territoryId") REFERENCES "territory"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "forecasting_adjustment" ADD CONSTRAINT "FK_forecasting_adjustment_by" FOREIGN KEY ("adjustedById") REFERENCES "user"("id") ON DELETE CASCADE`);

    // Quotas: quantity, product family; one quota per owner, territory, month and family.
    await q.query(`ALTER TABLE "forecasting_quota" ALTER COLUMN "quotaAmount" DROP NOT NULL`);
    await q.query(`ALTER TABLE "forecasting_quota" ADD "quotaQuantity" numeric(18,2)`);
    await q.query(`ALTER TABLE "forecasting_quota" ADD "productFamily" character varying(40)`);
    await q.query(`ALTER TABLE "forecasting_quota" ADD CONSTRAINT "CHK_forecasting_quota_measure" CHECK ("quotaAmount" IS NOT NULL OR "quotaQuantity" IS NOT NULL)`);
    await q.query(`DROP INDEX "IDX_eb1c053f1fb801fe96f4db0cd1"`);
    await q.query(`DROP INDEX "IDX_ae3fad45eeb7fa8e02dd83c452"`);
    await q.query(`CREATE UNIQUE INDEX "IDX_forecasting_quota_owner_month" ON "forecasting_quota" ("quotaOwnerId", "startDate") WHERE "territoryId" IS NULL AND "productFamily" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "IDX_forecasting_quota_owner_territory_month" ON "forecasting_quota" ("quotaOwnerId", "territoryId", "startDate") WHERE "territoryId" IS NOT NULL AND "productFamily" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "IDX_forecasting_quota_family" ON "forecasting_quota" ("quotaOwnerId", COALESCE("territoryId", '00000000-0000-0000-0000-000000000000'), "startDate", "productFamily") WHERE "productFamily" IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_forecasting_quota_family"`);
    await q.query(`DROP INDEX "IDX_forecasting_quota_owner_territory_month"`);
    await q.query(`DROP INDEX "IDX_forecasting_quota_owner_month"`);
    await q.query(`DELETE FROM "forecasting_quota" WHERE "productFamily" IS NOT NULL OR "quotaAmount" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "IDX_eb1c053f1fb801fe96f4db0cd1" ON "forecasting_quota" ("quotaOwnerId", "territoryId", "startDate") WHERE "territoryId" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "IDX_ae3fad45eeb7fa8e02dd83c452" ON "forecasting_quota" ("quotaOwnerId", "startDate") WHERE "territoryId" IS NULL`);
    await q.query(`ALTER TABLE "forecasting_quota" DROP CONSTRAINT "CHK_forecasting_quota_measure"`);
    await q.query(`ALTER TABLE "forecasting_quota" DROP COLUMN "productFamily"`);
    await q.query(`ALTER TABLE "forecasting_quota" DROP COLUMN "quotaQuantity"`);
    await q.query(`ALTER TABLE "forecasting_quota" ALTER COLUMN "quotaAmount" SET NOT NULL`);
    await q.query(`DROP TABLE "forecasting_adjustment"`);
    await q.query(`DROP TABLE "forecasting_type"`);
  }
}
