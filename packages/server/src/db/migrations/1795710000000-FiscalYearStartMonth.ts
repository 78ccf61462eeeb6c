import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Salesforce FiscalYearSettings "Fiscal Year Start Month" (1 = January: the calendar year). */
export class FiscalYearStartMonth1795710000000 implements MigrationInterface {
  name = 'FiscalYearStartMonth1795710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organization" ADD "fiscalYearStartMonth" smallint NOT NULL DEFAULT 1
      CONSTRAINT "CHK_organization_fiscal_year_start_month" CHECK ("fiscalYearStartMonth" BETWEEN 1 AND 12)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organization" DROP COLUMN "fiscalYearStartMonth"`);
  }
}
