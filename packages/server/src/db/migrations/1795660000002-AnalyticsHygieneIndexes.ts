import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clean Your Room and CSAT from indexes alone: "no activity in 30 days" hashes the ids of the
 * deals with a task or event in the window (the org's activities by day, opportunityId included)
 * and looks each open deal's id up (id included in the open-deal index); average CSAT selects
 * rated cases by close day without `isClosed`.
 */
/** [name, table, keys, INCLUDE, INCLUDE before this migration, WHERE] */
const INDEXES: Array<[string, string, string, string, string, string?]> = [
  ['opp_open', 'opportunity', '"orgId", "ownerId"', 'id, "stageName", amount, "closeDate", "nextStep", "forecastCategoryName"',
    '"stageName", amount, "closeDate", "nextStep", "forecastCategoryName"', 'NOT "isClosed"'],
  ['task_day', 'task', '"orgId", "activityDate"', '"ownerId", "taskSubtype", "isClosed", "callType", "opportunityId"', '"ownerId", "taskSubtype", "isClosed", "callType"'],
  ['event_day', 'event', '"orgId", "activityDate"', '"ownerId", type, "opportunityId"', '"ownerId", type'],
];

async function recreate(q: QueryRunner, name: string, table: string, keys: string, include: string, where?: string) {
  await q.query(`DROP INDEX "public"."IDX_analytics_${name}"`);
  await q.query(`CREATE INDEX "IDX_analytics_${name}" ON "${table}" (${keys}) INCLUDE (${include})${where ? ` WHERE ${where}` : ''}`);
}

export class AnalyticsHygieneIndexes1795660000002 implements MigrationInterface {
  name = 'AnalyticsHygieneIndexes1795660000002';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, table, keys, include, , where] of INDEXES) await recreate(q, name, table, keys, include, where);
    await q.query(`CREATE INDEX "IDX_analytics_case_csat" ON "case" ("orgId", "closedDate") INCLUDE ("ownerId", "csatScore") WHERE "csatScore" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_analytics_case_csat"`);
    for (const [name, table, keys, , before, where] of INDEXES) await recreate(q, name, table, keys, before, where);
  }
}
