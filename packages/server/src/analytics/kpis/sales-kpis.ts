import type { RequestContext } from '../../api/request-context';
import { CampaignMember } from '../../campaigns/campaign-member.entity';
import { campaignMemberList } from '../../campaigns/campaign-member.types';
import { Task } from '../../activities/task.entity';
import { taskList } from '../../activities/task.types';
import { Lead } from '../../sales/lead.entity';
import { leadList } from '../../sales/lead.types';
import { Opportunity } from '../../sales/opportunity.entity';
import { opportunityList } from '../../sales/opportunity.types';
import { DateGranularity } from '../common/date-granularity';
import { runKpi, type KpiGroup, type KpiSpec } from './kpi-engine';
import { pipelineByAccount } from './pipeline-by-account';
import { OPPORTUNITY_OPEN_ACCOUNT, OPPORTUNITY_CLOSE_MONTH, OPPORTUNITY_CREATED_MONTH, S, type KpiSummary } from './kpi-summary';
import type { CheckedFilter } from './kpi-filter';
import { accountGroup, campaignGroup, columnGroup, DIMS, leadCampaignGroup, ownerGroup, stageGroup } from './kpi-dimensions';
import { LeadKpiGrouping, OpportunityKpiGrouping, TaskKpiGrouping } from './kpi.types';

const OPP_GROUPS: Record<OpportunityKpiGrouping, () => KpiGroup | null> = {
  NONE: () => null,
  SOURCE: () => columnGroup('leadSource'),
  OWNER: () => ownerGroup(),
  CAMPAIGN: () => campaignGroup(),
  COMPETITOR: () => columnGroup('competitor'),
  TYPE: () => columnGroup('type'),
  STAGE: () => stageGroup,
};
const LEAD_GROUPS: Record<LeadKpiGrouping, (f: CheckedFilter) => KpiGroup | null> = {
  NONE: () => null,
  SOURCE: () => columnGroup('leadSource'),
  CAMPAIGN: (f) => leadCampaignGroup(!!f.campaignId),
  OWNER: () => ownerGroup(),
  STATUS: () => columnGroup('status'),
};
const TASK_GROUPS: Record<TaskKpiGrouping, () => KpiGroup | null> = { NONE: () => null, OWNER: () => ownerGroup() };

type Extra = Omit<KpiSpec, 'entity' | 'list' | 'access' | 'dims' | 'filter'>;
const opp = (f: CheckedFilter, x: Extra): KpiSpec => ({ entity: Opportunity, list: opportunityList as never, access: 'owner', dims: DIMS.opportunity, filter: f, ...x });
const lead = (f: CheckedFilter, x: Extra): KpiSpec => ({ entity: Lead, list: leadList as never, access: 'owner', dims: DIMS.lead, filter: f, ...x });
const task = (f: CheckedFilter, x: Extra): KpiSpec => ({ entity: Task, list: taskList as never, access: 'owner', dims: DIMS.task, filter: f, ...x });
const member = (f: CheckedFilter, x: Extra): KpiSpec => ({ entity: CampaignMember, list: campaignMemberList as never, access: 'org', dims: DIMS.campaignMember, filter: f, ...x });

const CREATED = { column: 'createdDate', type: 'timestamptz' } as const;
const CLOSE = { column: 'closeDate', type: 'date' } as const;
const ACTIVITY = { column: 'activityDate', type: 'date' } as const;

// The same populations over the monthly summaries (kpi-summary.ts); the conditions read columns both have.
const closed = (where: (a: string) => string[], x: Partial<KpiSummary> = {}): KpiSummary => ({ table: OPPORTUNITY_CLOSE_MONTH, where, count: S.count, amount: S.amount, ...x });
const created: KpiSummary = { table: OPPORTUNITY_CREATED_MONTH, count: S.count, amount: S.amount };
const isWon = (a: string) => `${a}."isWon"`;
const CLOSED = (a: string) => [`${a}."isClosed"`];
const WON = (a: string) => [`${a}."isWon"`];
const WITH_COMPETITOR = (a: string) => [`${a}."isClosed"`, `${a}.competitor IS NOT NULL`];
const LOST_WITH_REASON = (a: string) => [`${a}."isClosed"`, `NOT ${a}."isWon"`, `${a}."lostReason" IS NOT NULL`];
const OPEN = (a: string) => [`NOT ${a}."isClosed"`];

export interface Breakdown<G> {
  granularity?: DateGranularity | null;
  groupBy?: G | null;
}

/** The definitions, in the words the schema shows them (sales-kpis.resolver.ts). */
export const salesKpis = {
  leadsCreated: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<LeadKpiGrouping>) =>
    runKpi(ctx, lead(f, { date: CREATED, defaultPeriod: 'THIS_YEAR', measure: 'count', granularity: b.granularity, group: LEAD_GROUPS[b.groupBy ?? 'NONE'](f) })),

  opportunitiesOpened: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<OpportunityKpiGrouping>) =>
    runKpi(ctx, opp(f, { date: CREATED, defaultPeriod: 'THIS_YEAR', measure: 'count', amount: (a) => `${a}.amount`, granularity: b.granularity, group: OPP_GROUPS[b.groupBy ?? 'NONE'](), summary: created })),

  opportunitiesWon: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<OpportunityKpiGrouping>) =>
    runKpi(ctx, opp(f, { date: CLOSE, defaultPeriod: 'THIS_YEAR', where: WON, measure: 'count', amount: (a) => `${a}.amount`, granularity: b.granularity, group: OPP_GROUPS[b.groupBy ?? 'NONE'](), summary: closed(WON) })),

  leadConversionRate: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<LeadKpiGrouping>) =>
    runKpi(ctx, lead(f, {
      date: CREATED, defaultPeriod: 'THIS_QUARTER', measure: 'rate', numerator: (a) => `(${a}."isConverted" AND ${a}."convertedOpportunityId" IS NOT NULL)`,
      granularity: b.granularity, group: LEAD_GROUPS[b.groupBy ?? 'NONE'](f),
    })),

  winRate: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<OpportunityKpiGrouping>) =>
    runKpi(ctx, opp(f, {
      date: CLOSE, defaultPeriod: 'THIS_QUARTER', where: CLOSED, measure: 'rate', numerator: isWon, winLoss: true,
      amount: (a) => `${a}.amount`, granularity: b.granularity, group: OPP_GROUPS[b.groupBy ?? 'NONE'](), summary: closed(CLOSED, { numerator: S.countWhere(isWon) }),
    })),

  averageContractValue: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<OpportunityKpiGrouping>) =>
    runKpi(ctx, opp(f, {
      date: CLOSE, defaultPeriod: 'THIS_QUARTER', where: (a) => [`${a}."isWon"`, `${a}.amount IS NOT NULL`], measure: 'average',
      average: (a) => `${a}.amount`, amount: (a) => `${a}.amount`, granularity: b.granularity, group: OPP_GROUPS[b.groupBy ?? 'NONE'](),
      summary: closed((a) => [...WON(a), `${a}."amountCount" > 0`], { count: S.amountCount, average: S.averageAmount }),
    })),

  averageDaysToConvert: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<LeadKpiGrouping>) =>
    runKpi(ctx, lead(f, {
      date: { column: 'convertedDate', type: 'date' }, defaultPeriod: 'THIS_QUARTER', where: (a) => [`${a}."isConverted"`], measure: 'average',
      average: (a) => `(${a}."convertedDate" - CAST(${a}."createdDate" AT TIME ZONE 'UTC' AS date))`, granularity: b.granularity, group: LEAD_GROUPS[b.groupBy ?? 'NONE'](f),
    })),

  emailsSent: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<TaskKpiGrouping>) =>
    runKpi(ctx, task(f, {
      date: ACTIVITY, defaultPeriod: 'THIS_MONTH', where: (a) => [`${a}."taskSubtype" = 'Email'`, `${a}."isClosed"`], measure: 'count',
      granularity: b.granularity, group: TASK_GROUPS[b.groupBy ?? 'NONE'](),
    })),

  outboundCalls: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<TaskKpiGrouping>) =>
    runKpi(ctx, task(f, {
      date: ACTIVITY, defaultPeriod: 'THIS_MONTH', where: (a) => [`${a}."taskSubtype" = 'Call'`, `${a}."isClosed"`, `(${a}."callType" = 'Outbound' OR ${a}."callType" IS NULL)`],
      measure: 'count', granularity: b.granularity, group: TASK_GROUPS[b.groupBy ?? 'NONE'](),
    })),

  campaignOpens: (ctx: RequestContext, f: CheckedFilter) =>
    runKpi(ctx, member(f, {
      date: CREATED, defaultPeriod: null, measure: 'rate', group: campaignGroup(),
      numerator: (a) => `(${a}.status IN ('Opened', 'Clicked') OR ${a}."hasResponded")`,
    })),

  campaignResponses: (ctx: RequestContext, f: CheckedFilter) =>
    runKpi(ctx, member(f, { date: CREATED, defaultPeriod: null, measure: 'rate', group: campaignGroup(), numerator: (a) => `${a}."hasResponded"` })),

  competitorWinLoss: (ctx: RequestContext, f: CheckedFilter) =>
    runKpi(ctx, opp(f, {
      date: CLOSE, defaultPeriod: 'THIS_YEAR', where: WITH_COMPETITOR, measure: 'rate',
      numerator: isWon, winLoss: true, amount: (a) => `${a}.amount`, group: columnGroup('competitor'),
      summary: closed(WITH_COMPETITOR, { numerator: S.countWhere(isWon) }),
    })),

  topLostReasons: (ctx: RequestContext, f: CheckedFilter, byCompetitor: boolean) =>
    runKpi(ctx, opp(f, {
      date: CLOSE, defaultPeriod: 'THIS_YEAR', where: LOST_WITH_REASON, measure: 'count',
      amount: (a) => `${a}.amount`, byCount: true, summary: closed(LOST_WITH_REASON),
      group: byCompetitor ? columnGroup('competitor') : columnGroup('lostReason'), subgroup: byCompetitor ? columnGroup('lostReason') : null,
    })),

  pipelineByStage: (ctx: RequestContext, f: CheckedFilter) =>
    runKpi(ctx, opp(f, { date: CLOSE, defaultPeriod: null, where: OPEN, measure: 'amount', amount: (a) => `coalesce(${a}.amount, 0)`, group: stageGroup, summary: closed(OPEN) })),

  pipelineByAccount: (ctx: RequestContext, f: CheckedFilter, limit: number) =>
    pipelineByAccount(ctx, opp(f, {
      date: CLOSE, defaultPeriod: null, where: OPEN, measure: 'amount', amount: (a) => `coalesce(${a}.amount, 0)`, group: accountGroup(),
      byAmount: true, limit, summary: { table: OPPORTUNITY_OPEN_ACCOUNT, count: S.count, amount: S.amount },
    })),

  newPipelinePerDay: (ctx: RequestContext, f: CheckedFilter, b: Breakdown<OpportunityKpiGrouping>) =>
    runKpi(ctx, opp(f, {
      date: CREATED, defaultPeriod: 'LAST_N_DAYS:30', measure: 'amount', amount: (a) => `coalesce(${a}.amount, 0)`,
      granularity: b.granularity ?? DateGranularity.DAY, group: OPP_GROUPS[b.groupBy ?? 'NONE'](),
    })),
};
