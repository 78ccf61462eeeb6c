import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opportunity History (lost, close dates pushed, upsell) joins the deals changed in the period to
 * their opportunity by id: tens of thousands of deals a month for an org-wide viewer. This index
 * answers each with the org, owner and amount the KPIs read, without a heap page per deal.
 */
export class AnalyticsHistoryDeals1795700000000 implements MigrationInterface {
  name = 'AnalyticsHistoryDeals1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_analytics_opp_id_cover" ON "opportunity" (id) INCLUDE ("orgId", "ownerId", amount)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_analytics_opp_id_cover"`);
  }
}
