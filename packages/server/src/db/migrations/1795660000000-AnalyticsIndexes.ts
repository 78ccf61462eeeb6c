import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the analytics (KPIs, reports, dashboards; docs/ARCHITECTURE.md, "Analytics").
 * Each KPI reads one population of one object by org and a date range, or the open records:
 * a covering index answers it from the index alone (an index-only scan, no row visits). Two
 * shapes per population: date-leading for org-wide viewers, owner-leading for a rep or a
 * manager (`"ownerId" IN team` becomes one short range scan per team member).
 */
const INDEXES: Array<[string, string, string, string, string?]> = [
  // [name, table, key columns, INCLUDE columns, WHERE]
  ['opp_open', 'opportunity', '"orgId", "ownerId"', '"stageName", amount, "closeDate", "nextStep", "forecastCategoryName"', 'NOT "isClosed"'],
  ['opp_closed', 'opportunity', '"orgId", "closeDate"', '"ownerId", "isWon", amount, competitor, "lostReason", "stageName"', '"isClosed"'],
  ['opp_closed_owner', 'opportunity', '"orgId", "ownerId", "closeDate"', '"isWon", amount, competitor, "lostReason", "stageName"', '"isClosed"'],
  ['opp_created', 'opportunity', '"orgId", "createdDate"', '"ownerId", amount, "isClosed", "isWon", "leadSource"'],
  ['opp_created_owner', 'opportunity', '"orgId", "ownerId", "createdDate"', 'amount, "isClosed", "isWon", "leadSource"'],
  ['task_day', 'task', '"orgId", "activityDate"', '"ownerId", "taskSubtype", "isClosed", "callType"'],
  ['task_opportunity_day', 'task', '"opportunityId", "activityDate"', ''],
  ['event_day', 'event', '"orgId", "activityDate"', '"ownerId", type'],
  ['event_opportunity_day', 'event', '"opportunityId", "activityDate"', ''],
  ['case_created', 'case', '"orgId", "createdDate"', '"ownerId", origin, reason, "productName", type, "isClosed", "closedDate", "resolutionDueDate"'],
  ['case_created_owner', 'case', '"orgId", "ownerId", "createdDate"', 'origin, reason, "productName", type, "isClosed", "closedDate", "resolutionDueDate"'],
  ['case_closed', 'case', '"orgId", "closedDate"', '"ownerId", "createdDate", "csatScore", "reopenCount", "agentInteractionCount"', '"isClosed"'],
  ['case_closed_owner', 'case', '"orgId", "ownerId", "closedDate"', '"createdDate", "csatScore", "reopenCount", "agentInteractionCount"', '"isClosed"'],
  ['case_open', 'case', '"orgId", "ownerId"', '"createdDate", priority, status, origin', 'NOT "isClosed"'],
  ['lead_created', 'lead', '"orgId", "createdDate"', '"ownerId", "leadSource", "isConverted", "convertedOpportunityId"'],
  ['lead_created_owner', 'lead', '"orgId", "ownerId", "createdDate"', '"leadSource", "isConverted", "convertedOpportunityId"'],
  ['lead_converted', 'lead', '"orgId", "convertedDate"', '"ownerId", "createdDate"', '"isConverted"'],
  ['member_campaign', 'campaign_member', '"orgId", "campaignId"', 'status, "hasResponded"'],
];

export class AnalyticsIndexes1795660000000 implements MigrationInterface {
  name = 'AnalyticsIndexes1795660000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, table, keys, include, where] of INDEXES) {
      await q.query(`CREATE INDEX "IDX_analytics_${name}" ON "${table}" (${keys})${include ? ` INCLUDE (${include})` : ''}${where ? ` WHERE ${where}` : ''}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX "public"."IDX_analytics_${name}"`);
  }
}
