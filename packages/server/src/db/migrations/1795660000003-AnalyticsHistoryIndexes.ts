import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opportunity History (deals lost, close dates pushed, upsell in a period) reads the field
 * history of one field by change day: the changes of the period come from this index alone and
 * are joined to their deals, instead of probing every deal's history. Reports filter deals by
 * close day with stage, competitor and lost reason as plain columns (not the partial indexes'
 * isClosed): a covering index by close day for them.
 */
const INDEXES: Array<[string, string, string, string]> = [
  ['history_field_day', 'opportunity_field_history', '"orgId", field, "createdDate"', '"opportunityId", "oldValue", "newValue"'],
  ['opp_close_day', 'opportunity', '"orgId", "closeDate"', '"ownerId", "stageName", "isClosed", "isWon", amount, competitor, "lostReason"'],
];

export class AnalyticsHistoryIndexes1795660000003 implements MigrationInterface {
  name = 'AnalyticsHistoryIndexes1795660000003';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, table, keys, include] of INDEXES) await q.query(`CREATE INDEX "IDX_analytics_${name}" ON "${table}" (${keys}) INCLUDE (${include})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX "public"."IDX_analytics_${name}"`);
  }
}
