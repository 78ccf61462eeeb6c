import type { EntityManager } from 'typeorm';
import { TaskStatus } from '../activities/task-status.entity';
import { LeadStatus } from '../sales/lead-status.entity';
import { OpportunityStage } from '../sales/opportunity-stage.entity';
import { CaseStatus } from '../service/case-status.entity';

// The picklist metadata a fresh Salesforce org ships with (see shared/reference/salesforce-domain.md).
// Seeded per organisation and editable afterwards.

const STAGES: Array<[string, number, string, boolean, boolean]> = [
  ['Prospecting', 10, 'Pipeline', false, false],
  ['Qualification', 10, 'Pipeline', false, false],
  ['Needs Analysis', 20, 'Pipeline', false, false],
  ['Value Proposition', 50, 'Pipeline', false, false],
  ['Id. Decision Makers', 60, 'Pipeline', false, false],
  ['Perception Analysis', 70, 'Best Case', false, false],
  ['Proposal/Price Quote', 75, 'Best Case', false, false],
  ['Negotiation/Review', 90, 'Commit', false, false],
  ['Closed Won', 100, 'Closed', true, true],
  ['Closed Lost', 0, 'Omitted', true, false],
];

const LEAD_STATUSES: Array<[string, boolean, boolean]> = [
  ['Open - Not Contacted', false, true],
  ['Working - Contacted', false, false],
  ['Closed - Converted', true, false],
  ['Closed - Not Converted', false, false],
];

const CASE_STATUSES: Array<[string, boolean, boolean]> = [
  ['New', false, true],
  ['Working', false, false],
  ['Escalated', false, false],
  ['Closed', true, false],
];

const TASK_STATUSES: Array<[string, boolean, boolean]> = [
  ['Not Started', false, true],
  ['In Progress', false, false],
  ['Completed', true, false],
  ['Waiting on someone else', false, false],
  ['Deferred', false, false],
];

/** Creates an organisation's default stages and statuses. */
export async function seedOrgDefaults(em: EntityManager, orgId: string): Promise<void> {
  await em.insert(
    OpportunityStage,
    STAGES.map(([apiName, defaultProbability, forecastCategoryName, isClosed, isWon], i) => ({
      orgId, apiName, masterLabel: apiName, sortOrder: i + 1, defaultProbability, forecastCategoryName, isClosed, isWon,
    })),
  );
  await em.insert(LeadStatus, LEAD_STATUSES.map(([apiName, isConverted, isDefault], i) => ({ orgId, apiName, masterLabel: apiName, sortOrder: i + 1, isConverted, isDefault })));
  await em.insert(CaseStatus, CASE_STATUSES.map(([apiName, isClosed, isDefault], i) => ({ orgId, apiName, masterLabel: apiName, sortOrder: i + 1, isClosed, isDefault })));
  await em.insert(TaskStatus, TASK_STATUSES.map(([apiName, isClosed, isDefault], i) => ({ orgId, apiName, masterLabel: apiName, sortOrder: i + 1, isClosed, isDefault })));
}
