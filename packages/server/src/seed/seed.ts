import type { DataSource } from 'typeorm';
import { TaskStatus } from '../activities/task-status.entity';
import { logger } from '../config/logger';
import { seedOrgDefaults } from '../identity/org-defaults';
import { COMPETITORS } from './companies';
import { Organization } from '../identity/organization.entity';
import { LeadStatus } from '../sales/lead-status.entity';
import { OpportunityStage } from '../sales/opportunity-stage.entity';
import { CaseStatus } from '../service/case-status.entity';
import { bulkInsert, newRng, type SeedContext } from './context';
import { DemoCalendar, resolveAnchor, withCalendar } from './random';
import { seedAccounts } from './seed-accounts';
import { seedEvents, seedTasks } from './seed-activities';
import { seedCampaigns } from './seed-campaigns';
import { seedDiscountRequests } from './seed-discount-requests';
import { seedContacts, seedPersonContacts } from './seed-contacts';
import { seedLeads } from './seed-leads';
import { seedMembers } from './seed-members';
import { seedOpportunities } from './seed-opportunities';
import { seedGroups } from './seed-groups';
import { seedOrders } from './seed-orders';
import { seedCases } from './seed-cases';
import { seedTerritories } from './seed-service';
import { seedTerritoryRules } from './seed-territory-rules';
import { seedUsers } from './seed-users';
import { seedReports } from './seed-reports';
import { seedDashboards } from './seed-dashboards';
import { seedForecasts } from './seed-forecasts';

export { DEMO_PASSWORD, DEMO_USERS } from './seed-users';
export const DEMO_ORG_NAME = 'Demo Company';

/** Rows created per object. */
export interface DemoSummary {
  orgId: string;
  /** The day the demo's dates count from (YYYY-MM-DD). */
  anchor: string;
  users: number;
  accounts: number;
  /** Business contacts and the person accounts' own contacts. */
  contacts: number;
  leads: number;
  opportunities: number;
  /** Opportunity field history rows (creations, stage, amount and close date changes). */
  opportunityHistory: number;
  campaigns: number;
  campaignMemberStatuses: number;
  campaignMembers: number;
  territories: number;
  cases: number;
  tasks: number;
  events: number;
}

export interface SeedOptions {
  /** The demo's "today" (YYYY-MM-DD): default CRM_SEED_ANCHOR, else the UTC day of seeding (see random.ts). */
  anchor?: string | Date;
}

/**
 * Creates the deterministic demo organisation "Demo Company": two years of history up to its
 * anchor day (by default the day it is seeded), the same records (ids included) for the same
 * anchor. One transaction, bulk inserts.
 */
export function seedDemo(ds: DataSource, options: SeedOptions = {}): Promise<DemoSummary> {
  const dates = new DemoCalendar(resolveAnchor(options.anchor));
  // The free helpers of random.ts (isoDate, dateTime, daysOf) follow this seed's anchor too.
  return withCalendar(dates, () => ds.transaction(async (em) => {
    const orgId = newRng('organization').uuid();
    const created = dates.dateTime(-800, 8);
    await bulkInsert(em, Organization, [{ id: orgId, name: DEMO_ORG_NAME, defaultCurrencyIsoCode: 'USD', createdDate: created }]);
    await seedOrgDefaults(em, orgId, COMPETITORS);
    // The org's picklist metadata decides the flags derived from stages and statuses.
    const order = { sortOrder: 'ASC' } as const;
    const stages = await em.find(OpportunityStage, { where: { orgId }, order });
    const leadStatuses = await em.find(LeadStatus, { where: { orgId }, order });
    const caseStatuses = await em.find(CaseStatus, { where: { orgId }, order });
    const taskStatuses = await em.find(TaskStatus, { where: { orgId }, order });
    const ctx: SeedContext = { em, orgId, dates, rng: newRng, users: {}, accounts: [], contacts: [], campaigns: [], opportunities: [], leads: [], cases: [] };
    const users = await timed('users', () => seedUsers(ctx));
    const accounts = await timed('accounts', () => seedAccounts(ctx));
    const contacts = await timed('contacts', () => seedContacts(ctx));
    const personContacts = await timed('person contacts', () => seedPersonContacts(ctx));
    const territories = await timed('territories', () => seedTerritories(ctx));
    await timed('territory rules, assignments, teams and quotas', () => seedTerritoryRules(ctx));
    const campaigns = await timed('campaigns', () => seedCampaigns(ctx));
    const { opportunities, history: opportunityHistory } = await timed('opportunities', () => seedOpportunities(ctx, stages));
    const leads = await timed('leads', () => seedLeads(ctx, leadStatuses));
    const campaignMembers = await timed('campaign members', () => seedMembers(ctx));
    const cases = await timed('cases', () => seedCases(ctx, caseStatuses));
    const tasks = await timed('tasks', () => seedTasks(ctx, taskStatuses));
    const events = await timed('events', () => seedEvents(ctx));
    await timed('discount requests', () => seedDiscountRequests(ctx));
    await timed('groups', () => seedGroups(ctx));
    await timed('products and orders', () => seedOrders(ctx));
    await timed('forecasts', () => seedForecasts(ctx));
    await timed('reports', () => seedReports(ctx));
    await timed('dashboards', () => seedDashboards(ctx));
    return {
      orgId, anchor: dates.anchor, users, accounts, contacts: contacts + personContacts, leads, opportunities, opportunityHistory, campaigns: campaigns.campaigns, campaignMemberStatuses: campaigns.statuses,
      campaignMembers, territories, cases, tasks, events,
    };
  }));
}

async function timed<T>(step: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await fn();
  logger.debug({ step, ms: Date.now() - started }, 'seed step');
  return result;
}

/** Seeds the demo organisation when the database has no organisation yet; true when it did. */
export async function seedIfEmpty(ds: DataSource): Promise<boolean> {
  if ((await ds.getRepository(Organization).count()) > 0) return false;
  logger.info('empty database: seeding the demo organisation');
  const started = Date.now();
  const summary = await seedDemo(ds);
  await ds.query('ANALYZE'); // plans fit the demo's sizes at once (PGlite has no autovacuum)
  logger.info({ ...summary, ms: Date.now() - started }, 'demo organisation seeded (sign in as admin@demo.example / demo1234)');
  return true;
}
