import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Won deals (opportunities won per month, average contract value, campaign ROI) are selected by
 * `isWon` alone, which the planner cannot match to the closed-deal indexes (`WHERE "isClosed"`):
 * their own partial covering indexes, by close day (org-wide, per owner) and by campaign.
 */
const INDEXES: Array<[string, string, string, string]> = [
  ['opp_won', '"orgId", "closeDate"', '"ownerId", amount, "campaignId"', '"isWon"'],
  ['opp_won_owner', '"orgId", "ownerId", "closeDate"', 'amount, "campaignId"', '"isWon"'],
  ['opp_won_campaign', '"orgId", "campaignId"', '"ownerId", amount, "closeDate"', '"isWon" AND "campaignId" IS NOT NULL'],
];

export class AnalyticsWonIndexes1795660000001 implements MigrationInterface {
  name = 'AnalyticsWonIndexes1795660000001';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, keys, include, where] of INDEXES) {
      await q.query(`CREATE INDEX "IDX_analytics_${name}" ON "opportunity" (${keys}) INCLUDE (${include}) WHERE ${where}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX "public"."IDX_analytics_${name}"`);
  }
}
