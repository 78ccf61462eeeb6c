import type { EntityManager } from 'typeorm';
import { TaskStatus } from '../activities/task-status.entity';
import { Competitor } from '../sales/competitor.entity';
import { LeadStatus } from '../sales/lead-status.entity';
import { LostReason } from '../sales/lost-reason.entity';
import { LeadSource } from '../sales/lead-source.entity';
import { OpportunityStage } from '../sales/opportunity-stage.entity';
import { ValidationRule } from '../validation/validation-rule.entity';
import { CaseStatus } from '../service/case-status.entity';
import { CaseSlaPolicy } from '../service/case-sla-policy.entity';
import { SLA_DEFAULTS } from '../service/case-sla';

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

/** Guidance for success and key fields per default stage (the opportunity path). */
export const STAGE_GUIDANCE: Record<string, [string, string[]]> = {
  Prospecting: ['Research the account. Find the business problem and who feels it. Book a discovery call.', ['amount', 'closeDate', 'nextStep']],
  Qualification: ['Confirm budget, authority, need and timeline. Disqualify early if two are missing.', ['amount', 'closeDate', 'contactId']],
  'Needs Analysis': ['Map current process and pains with the champion. Agree on success criteria.', ['nextStep', 'description']],
  'Value Proposition': ['Present the solution against their success criteria. Quantify the value.', ['amount', 'nextStep']],
  'Id. Decision Makers': ['Name the economic buyer and every approver. Plan meetings with each.', ['contactId', 'nextStep']],
  'Perception Analysis': ['Check how decision makers see us versus the alternatives. Address objections.', ['competitor', 'nextStep']],
  'Proposal/Price Quote': ['Send the proposal and price quote. Record the main competitor.', ['amount', 'competitor', 'closeDate']],
  'Negotiation/Review': ['Negotiate terms, get legal and procurement moving. Confirm the signing date.', ['amount', 'closeDate', 'nextStep']],
  'Closed Won': ['Hand over to onboarding. Thank the champion and ask for a reference.', ['amount']],
  'Closed Lost': ['Record why the deal was lost and who won it. Plan a follow-up date.', ['lostReason', 'competitor']],
};

export const LOST_REASONS = ['Price', 'Features', 'Timing', 'Lost to Competitor', 'No Decision', 'Other'];

/** LeadSource: Salesforce's newer defaults with the values the demo seed uses, Other last. */
export const LEAD_SOURCES = [
  'Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Trade Show', 'Employee Referral', 'Advertisement',
  'Seminar - Internal', 'Word of mouth', 'Other',
];

/** A fresh org's competitors (the demo org brings its own). */
export const DEFAULT_COMPETITORS = ['Salesforce', 'HubSpot', 'Microsoft Dynamics'];

/** The competitive-insights rules every org ships with (see src/validation/condition.ts). */
export const DEFAULT_RULES: Array<Pick<ValidationRule, 'objectApiName' | 'name' | 'errorField' | 'description' | 'errorMessage' | 'condition'>> = [
  {
    objectApiName: 'Opportunity', name: 'Competitor_Required_At_Proposal', errorField: 'competitor',
    description: 'Competitive insights: the main competitor is known from Proposal/Price Quote on.',
    errorMessage: 'Enter the main competitor: it is required from Proposal/Price Quote on.',
    condition: { and: [
      { field: 'stageName', op: 'stageAtOrAfter', value: 'Proposal/Price Quote' },
      { field: 'stageName', op: 'notEquals', value: 'Closed Lost' },
      { field: 'competitor', op: 'isBlank' },
    ] },
  },
  {
    objectApiName: 'Opportunity', name: 'Lost_Reason_Required_When_Closed_Lost', errorField: 'lostReason',
    description: 'Competitive insights: every lost deal says why.',
    errorMessage: 'Enter the lost reason: it is required when the opportunity is Closed Lost.',
    condition: { and: [{ field: 'stageName', op: 'equals', value: 'Closed Lost' }, { field: 'lostReason', op: 'isBlank' }] },
  },
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

/** Creates an organisation's default stages, statuses, picklists and validation rules. */
export async function seedOrgDefaults(em: EntityManager, orgId: string, competitors: readonly string[] = DEFAULT_COMPETITORS): Promise<void> {
  await em.insert(
    OpportunityStage,
    STAGES.map(([apiName, defaultProbability, forecastCategoryName, isClosed, isWon], i) => ({
      orgId, apiName, masterLabel: apiName, sortOrder: i + 1, defaultProbability, forecastCategoryName, isClosed, isWon,
      guidance: STAGE_GUIDANCE[apiName][0], keyFields: STAGE_GUIDANCE[apiName][1],
    })),
  );
  await em.insert(LostReason, LOST_REASONS.map((apiName, i) => ({ orgId, apiName, masterLabel: apiName, sortOrder: i + 1 })));
  await em.insert(LeadSource, LEAD_SOURCES.map((apiName, i) => ({ orgId, apiName, masterLabel: apiName, sortOrder: i + 1 })));
  if (competitors.length) await em.insert(Competitor, competitors.map((name) => ({ orgId, name })));
  await em.insert(ValidationRule, DEFAULT_RULES.map((r) => ({ orgId, ...r })));
  await em.insert(LeadStatus, LEAD_STATUSES.map(([apiName, isConverted, isDefault], i) => ({ orgId, apiName, masterLabel: apiName, sortOrder: i + 1, isConverted, isDefault })));
  await em.insert(CaseStatus, CASE_STATUSES.map(([apiName, isClosed, isDefault], i) => ({ orgId, apiName, masterLabel: apiName, sortOrder: i + 1, isClosed, isDefault })));
  await em.insert(CaseSlaPolicy, SLA_DEFAULTS.map(([priority, firstResponseMinutes, resolutionMinutes]) => ({ orgId, priority, firstResponseMinutes, resolutionMinutes })));
  await em.insert(TaskStatus, TASK_STATUSES.map(([apiName, isClosed, isDefault], i) => ({ orgId, apiName, masterLabel: apiName, sortOrder: i + 1, isClosed, isDefault })));
}
