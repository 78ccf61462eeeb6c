import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = ['"orgId", "ownerId"', 'id, "stageName", amount, "closeDate", "nextStep", "forecastCategoryName"'];

/** Open pipeline by account (Account Overview) from the open-deal index alone: accountId joins its INCLUDE columns. */
export class AnalyticsOpenByAccount1795660000004 implements MigrationInterface {
  name = 'AnalyticsOpenByAccount1795660000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_analytics_opp_open"`);
    await q.query(`CREATE INDEX "IDX_analytics_opp_open" ON "opportunity" (${OPEN[0]}) INCLUDE (${OPEN[1]}, "accountId") WHERE NOT "isClosed"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_analytics_opp_open"`);
    await q.query(`CREATE INDEX "IDX_analytics_opp_open" ON "opportunity" (${OPEN[0]}) INCLUDE (${OPEN[1]}) WHERE NOT "isClosed"`);
  }
}
