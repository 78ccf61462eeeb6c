import { Arg, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../common/errors';
import type { RequestContext } from '../../api/request-context';
import { DateGranularity } from '../common/date-granularity';
import { campaignRoi } from './campaign-roi';
import { checkFilter, type CheckedFilter } from './kpi-filter';
import { CampaignMemberKpi, LeadKpi, OpportunityKpi, TaskKpi } from './kpi-results';
import { KpiFilter, LeadKpiGrouping, OpportunityKpiGrouping, TaskKpiGrouping } from './kpi.types';
import { salesKpis as k } from './sales-kpis';

@ObjectType({
  description:
    'The sales KPI catalogue. Every KPI counts only records the caller may see (a rep: own; a manager: the team\'s; admins and executives: the organisation) ' +
    'within the KpiFilter; each field says what it counts, which date decides the period, its default period and what it excludes. ' +
    'Drill-down: every KPI has records(key, first, after, filter, orderBy) returning the existing connection of its object.',
})
export class SalesKpis {
  constructor(readonly filter: CheckedFilter) {}
}

const gran = (d: DateGranularity | null = DateGranularity.MONTH) => ({ nullable: true, defaultValue: d, description: 'Date buckets of the points (null: no date buckets).' });
const BY = 'Group the points by (NONE: no group).';

@Resolver(() => SalesKpis)
export class SalesKpisResolver {
  @Query(() => SalesKpis, { description: 'Sales KPIs under one filter; each field is one statement.' })
  async salesKpis(@Arg('filter', () => KpiFilter, { nullable: true }) filter: KpiFilter | null, @Ctx() ctx: RequestContext) {
    return new SalesKpis(await checkFilter(ctx, filter));
  }

  @FieldResolver(() => LeadKpi.Result, { description: 'Leads created: count of leads whose createdDate falls in the period (default THIS_YEAR), converted ones included; bucketed by createdDate (default MONTH); groupBy SOURCE or CAMPAIGN (campaign membership; a lead in two campaigns counts in each, once in the total).' })
  async leadsCreated(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran()) granularity: DateGranularity | null,
    @Arg('groupBy', () => LeadKpiGrouping, { nullable: true, defaultValue: LeadKpiGrouping.NONE, description: BY }) groupBy: LeadKpiGrouping) {
    return LeadKpi.wrap(await k.leadsCreated(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Opportunities opened: count of opportunities whose createdDate falls in the period (default THIS_YEAR), whatever their stage now; amount = their summed amount; bucketed by createdDate (default MONTH); groupBy SOURCE (leadSource) or OWNER.' })
  async opportunitiesOpened(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran()) granularity: DateGranularity | null,
    @Arg('groupBy', () => OpportunityKpiGrouping, { nullable: true, defaultValue: OpportunityKpiGrouping.NONE, description: BY }) groupBy: OpportunityKpiGrouping) {
    return OpportunityKpi.wrap(await k.opportunitiesOpened(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Opportunities won: count of opportunities with isWon whose closeDate falls in the period (default THIS_YEAR); amount = won amount; bucketed by closeDate (default MONTH).' })
  async opportunitiesWon(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran()) granularity: DateGranularity | null,
    @Arg('groupBy', () => OpportunityKpiGrouping, { nullable: true, defaultValue: OpportunityKpiGrouping.NONE, description: BY }) groupBy: OpportunityKpiGrouping) {
    return OpportunityKpi.wrap(await k.opportunitiesWon(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => LeadKpi.Result, { description: 'Lead → opportunity conversion rate, percent: of the leads whose createdDate falls in the period (default THIS_QUARTER), those converted with an opportunity (isConverted and convertedOpportunityId set) ÷ all of them. Leads converted without an opportunity count below the line only.' })
  async leadConversionRate(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran(null)) granularity: DateGranularity | null,
    @Arg('groupBy', () => LeadKpiGrouping, { nullable: true, defaultValue: LeadKpiGrouping.NONE, description: BY }) groupBy: LeadKpiGrouping) {
    return LeadKpi.wrap(await k.leadConversionRate(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Win rate, percent: won ÷ closed (won + lost) opportunities whose closeDate falls in the period (default THIS_QUARTER); open deals are excluded. Points carry wins and losses.' })
  async winRate(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran(null)) granularity: DateGranularity | null,
    @Arg('groupBy', () => OpportunityKpiGrouping, { nullable: true, defaultValue: OpportunityKpiGrouping.NONE, description: BY }) groupBy: OpportunityKpiGrouping) {
    return OpportunityKpi.wrap(await k.winRate(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Average contract value: average amount of the won opportunities whose closeDate falls in the period (default THIS_QUARTER); won deals without an amount are excluded.' })
  async averageContractValue(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran(null)) granularity: DateGranularity | null,
    @Arg('groupBy', () => OpportunityKpiGrouping, { nullable: true, defaultValue: OpportunityKpiGrouping.NONE, description: BY }) groupBy: OpportunityKpiGrouping) {
    return OpportunityKpi.wrap(await k.averageContractValue(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => LeadKpi.Result, { description: 'Average days from lead to conversion: average of convertedDate − createdDate (UTC day) in days over the leads converted with a convertedDate in the period (default THIS_QUARTER).' })
  async averageDaysToConvert(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran(null)) granularity: DateGranularity | null,
    @Arg('groupBy', () => LeadKpiGrouping, { nullable: true, defaultValue: LeadKpiGrouping.NONE, description: BY }) groupBy: LeadKpiGrouping) {
    return LeadKpi.wrap(await k.averageDaysToConvert(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => TaskKpi.Result, { description: 'Emails sent: closed tasks of taskSubtype Email whose activityDate falls in the period (default THIS_MONTH); open email tasks (drafts, to-dos) are excluded.' })
  async emailsSent(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran(null)) granularity: DateGranularity | null,
    @Arg('groupBy', () => TaskKpiGrouping, { nullable: true, defaultValue: TaskKpiGrouping.NONE, description: BY }) groupBy: TaskKpiGrouping) {
    return TaskKpi.wrap(await k.emailsSent(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => TaskKpi.Result, { description: 'Outbound calls: closed tasks of taskSubtype Call with callType Outbound (or blank: a logged call without direction counts as made) whose activityDate falls in the period (default THIS_MONTH); Inbound and Internal calls and open call tasks are excluded.' })
  async outboundCalls(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran(null)) granularity: DateGranularity | null,
    @Arg('groupBy', () => TaskKpiGrouping, { nullable: true, defaultValue: TaskKpiGrouping.NONE, description: BY }) groupBy: TaskKpiGrouping) {
    return TaskKpi.wrap(await k.outboundCalls(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => CampaignMemberKpi.Result, { description: 'Opens and open rate per campaign: members whose status is Opened or Clicked or a responded status (numerator = opens) ÷ all members (count), percent; one point per campaign. Period (optional, no default): the member\'s createdDate (when added). Members are read with their campaign, org-wide; ownerId/team mean the campaign\'s owner.' })
  async campaignOpens(@Root() s: SalesKpis, @Ctx() ctx: RequestContext) {
    return CampaignMemberKpi.wrap(await k.campaignOpens(ctx, s.filter));
  }

  @FieldResolver(() => CampaignMemberKpi.Result, { description: 'Responses per campaign: members with hasResponded (numerator) and the response rate ÷ all members, percent; one point per campaign. Period as campaignOpens.' })
  async campaignResponses(@Root() s: SalesKpis, @Ctx() ctx: RequestContext) {
    return CampaignMemberKpi.wrap(await k.campaignResponses(ctx, s.filter));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Wins, losses and win rate by competitor: closed opportunities with a competitor whose closeDate falls in the period (default THIS_YEAR), one point per competitor with wins, losses and value = win rate percent; deals without a competitor are excluded.' })
  async competitorWinLoss(@Root() s: SalesKpis, @Ctx() ctx: RequestContext) {
    return OpportunityKpi.wrap(await k.competitorWinLoss(ctx, s.filter));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Top lost reasons: Closed Lost opportunities (isClosed, not isWon) with a lostReason whose closeDate falls in the period (default THIS_YEAR), counted per lostReason, most first; byCompetitor: per competitor (group) and lostReason (subgroup).' })
  async topLostReasons(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('byCompetitor', () => Boolean, { nullable: true, defaultValue: false }) byCompetitor: boolean) {
    return OpportunityKpi.wrap(await k.topLostReasons(ctx, s.filter, !!byCompetitor));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Pipeline by stage: summed amount (blank = 0) of open opportunities per stageName in the org\'s stage order; period (optional, no default) on closeDate. Closed deals are excluded.' })
  async pipelineByStage(@Root() s: SalesKpis, @Ctx() ctx: RequestContext) {
    return OpportunityKpi.wrap(await k.pipelineByStage(ctx, s.filter));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Open pipeline by account: summed amount (blank = 0) of open opportunities per account (accountId; label: its name; no account = one point), largest first, the top `limit` points; the total covers every open deal; period (optional, no default) on closeDate.' })
  async pipelineByAccount(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 10, description: 'Points returned, the largest first (1-200; a dashboard\'s "maximum values displayed").' }) limit: number) {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('limit', 'limit must be between 1 and 200');
    return OpportunityKpi.wrap(await k.pipelineByAccount(ctx, s.filter, limit));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'New pipeline per day: summed amount (blank = 0) of opportunities created (createdDate) per day of the period (default LAST_N_DAYS:30), whatever their stage now; days without deals have no point.' })
  async newPipelinePerDay(@Root() s: SalesKpis, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, gran(DateGranularity.DAY)) granularity: DateGranularity | null,
    @Arg('groupBy', () => OpportunityKpiGrouping, { nullable: true, defaultValue: OpportunityKpiGrouping.NONE, description: BY }) groupBy: OpportunityKpiGrouping) {
    return OpportunityKpi.wrap(await k.newPipelinePerDay(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Campaign ROI, percent: per campaign (Primary Campaign Source) (won amount − actualCost) ÷ actualCost over its won opportunities the caller sees, closeDate in the period (optional, no default); amount = won amount, denominator = actualCost; campaigns without a cost have no value and stay out of the total. Campaigns with no won deal have no point.' })
  async campaignRoi(@Root() s: SalesKpis, @Ctx() ctx: RequestContext) {
    return OpportunityKpi.wrap(await campaignRoi(ctx, s.filter));
  }
}
