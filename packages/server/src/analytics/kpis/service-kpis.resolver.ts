import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { DateGranularity } from '../common/date-granularity';
import { checkFilter, type CheckedFilter } from './kpi-filter';
import { CaseKpi } from './kpi-results';
import { CaseKpiGrouping, KpiFilter } from './kpi.types';
import { serviceKpis as k, SlaTarget } from './service-kpis';

registerEnumType(SlaTarget, { name: 'SlaTarget', description: 'FIRST_RESPONSE: firstResponseDate (or the closing) by firstResponseDueDate; RESOLUTION: closedDate by resolutionDueDate.' });

@ObjectType({
  description:
    'The service KPI catalogue over cases the caller may see (an agent: own cases and the queues; a manager: the team\'s; admins and executives: all). ' +
    'KpiFilter.campaignId does not apply (cases have no campaign). Drill-down: records(key, ...) returns the existing CaseConnection.',
})
export class ServiceKpis {
  constructor(readonly filter: CheckedFilter) {}
}

const gran = { nullable: true, defaultValue: null, description: 'Date buckets of the points (null: no date buckets).' };
const by = (d: CaseKpiGrouping) => ({ nullable: true, defaultValue: d, description: 'Group the points by (NONE: no group).' });

@Resolver(() => ServiceKpis)
export class ServiceKpisResolver {
  @Query(() => ServiceKpis, { description: 'Service KPIs under one filter; each field is one statement.' })
  async serviceKpis(@Arg('filter', () => KpiFilter, { nullable: true }) filter: KpiFilter | null, @Ctx() ctx: RequestContext) {
    return new ServiceKpis(await checkFilter(ctx, filter));
  }

  @FieldResolver(() => CaseKpi.Result, { description: 'Backlog: open cases (not isClosed) now, whatever their age; grouped by AGE (days since createdDate: 0-1, 2-7, 8-30, 31+; default), PRIORITY or OWNER (null = waiting in a queue). Period optional (no default) on createdDate.' })
  async backlog(@Root() s: ServiceKpis, @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => CaseKpiGrouping, by(CaseKpiGrouping.AGE)) groupBy: CaseKpiGrouping,
    @Arg('granularity', () => DateGranularity, gran) granularity: DateGranularity | null) {
    return CaseKpi.wrap(await k.backlog(ctx, s.filter, { groupBy, granularity }));
  }

  @FieldResolver(() => CaseKpi.Result, { description: 'Average time to close, hours: closedDate − createdDate over the closed cases whose closedDate falls in the period (default THIS_MONTH); cases closed on create count (0 hours).' })
  async averageTimeToClose(@Root() s: ServiceKpis, @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => CaseKpiGrouping, by(CaseKpiGrouping.NONE)) groupBy: CaseKpiGrouping,
    @Arg('granularity', () => DateGranularity, gran) granularity: DateGranularity | null) {
    return CaseKpi.wrap(await k.averageTimeToClose(ctx, s.filter, { groupBy, granularity }));
  }

  @FieldResolver(() => CaseKpi.Result, { description: 'First-contact resolution rate, percent: of the closed cases whose closedDate falls in the period (default THIS_MONTH), those with isFirstContactResolution (exactly one agent interaction, never reopened).' })
  async firstContactResolutionRate(@Root() s: ServiceKpis, @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => CaseKpiGrouping, by(CaseKpiGrouping.NONE)) groupBy: CaseKpiGrouping,
    @Arg('granularity', () => DateGranularity, gran) granularity: DateGranularity | null) {
    return CaseKpi.wrap(await k.firstContactResolutionRate(ctx, s.filter, { groupBy, granularity }));
  }

  @FieldResolver(() => CaseKpi.Result, { description: 'Average CSAT (1-5): csatScore averaged over the surveyed cases whose closedDate falls in the period (default THIS_MONTH); cases without a survey are excluded.' })
  async averageCsat(@Root() s: ServiceKpis, @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => CaseKpiGrouping, by(CaseKpiGrouping.NONE)) groupBy: CaseKpiGrouping,
    @Arg('granularity', () => DateGranularity, gran) granularity: DateGranularity | null) {
    return CaseKpi.wrap(await k.averageCsat(ctx, s.filter, { groupBy, granularity }));
  }

  @FieldResolver(() => CaseKpi.Result, { description: 'Cases and CSAT per agent: closed cases with an owner whose closedDate falls in the period (default THIS_MONTH), one point per owner (most first) with count and average = average csatScore of its surveyed cases.' })
  async casesByAgent(@Root() s: ServiceKpis, @Ctx() ctx: RequestContext, @Arg('granularity', () => DateGranularity, gran) granularity: DateGranularity | null) {
    return CaseKpi.wrap(await k.casesByAgent(ctx, s.filter, { granularity }));
  }

  @FieldResolver(() => CaseKpi.Result, { description: 'Case volume: cases whose createdDate falls in the period (default THIS_MONTH), grouped by ORIGIN (channel; default), PRODUCT (productName), REASON, TYPE, PRIORITY or OWNER.' })
  async caseVolume(@Root() s: ServiceKpis, @Ctx() ctx: RequestContext,
    @Arg('by', () => CaseKpiGrouping, by(CaseKpiGrouping.ORIGIN)) groupBy: CaseKpiGrouping,
    @Arg('granularity', () => DateGranularity, gran) granularity: DateGranularity | null) {
    return CaseKpi.wrap(await k.caseVolume(ctx, s.filter, { groupBy, granularity }));
  }

  @FieldResolver(() => CaseKpi.Result, { description: 'SLA compliance, percent: of the cases whose createdDate falls in the period (default THIS_MONTH) with a due date for the target whose outcome is decided (done, or still not done past the due time), those done by the due time (not isFirstResponseBreached / isResolutionBreached). Cases still within their time are excluded.' })
  async slaCompliance(@Root() s: ServiceKpis, @Ctx() ctx: RequestContext,
    @Arg('target', () => SlaTarget, { nullable: true, defaultValue: SlaTarget.RESOLUTION }) target: SlaTarget,
    @Arg('groupBy', () => CaseKpiGrouping, by(CaseKpiGrouping.NONE)) groupBy: CaseKpiGrouping,
    @Arg('granularity', () => DateGranularity, gran) granularity: DateGranularity | null) {
    return CaseKpi.wrap(await k.slaCompliance(ctx, s.filter, { groupBy, granularity }, target ?? SlaTarget.RESOLUTION));
  }
}
