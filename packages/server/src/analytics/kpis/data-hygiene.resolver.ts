import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { hygieneKpi, hygienePerOwner } from './data-hygiene';
import { checkFilter, type CheckedFilter } from './kpi-filter';
import { OpportunityKpi } from './kpi-results';
import { DataHygieneOwner, KpiFilter } from './kpi.types';

@ObjectType({
  description:
    'Clean Your Room: open opportunities (not isClosed) the caller may see that need attention, each problem one point per owner (most first). ' +
    'Today = analyticsToday(); the period (optional, no default) filters closeDate. Drill-down: records(key: a point\'s key) returns the existing OpportunityConnection.',
})
export class DataHygiene {
  constructor(readonly filter: CheckedFilter) {}
}

@Resolver(() => DataHygiene)
export class DataHygieneResolver {
  @Query(() => DataHygiene, { description: 'Data hygiene (Clean Your Room) under one filter; each field is one statement.' })
  async dataHygiene(@Arg('filter', () => KpiFilter, { nullable: true }) filter: KpiFilter | null, @Ctx() ctx: RequestContext) {
    return new DataHygiene(await checkFilter(ctx, filter));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Open deals with a past close date: closeDate before today.' })
  pastCloseDate(@Root() h: DataHygiene, @Ctx() ctx: RequestContext) {
    return hygieneKpi(ctx, h.filter, 'pastCloseDate').then(OpportunityKpi.wrap);
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Open deals with no activity in 30 days: lastActivityDate (the latest activityDate of its closed tasks and events, whoever owns them) blank or before today − 29 days. Open tasks do not count; a scheduled event keeps the deal off the list, as in Salesforce.' })
  noActivity30Days(@Root() h: DataHygiene, @Ctx() ctx: RequestContext) {
    return hygieneKpi(ctx, h.filter, 'noActivity30Days').then(OpportunityKpi.wrap);
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Open deals missing an amount (amount blank).' })
  missingAmount(@Root() h: DataHygiene, @Ctx() ctx: RequestContext) {
    return hygieneKpi(ctx, h.filter, 'missingAmount').then(OpportunityKpi.wrap);
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Open deals missing a close date (closeDate is required here, so 0 unless imported data lacks it).' })
  missingCloseDate(@Root() h: DataHygiene, @Ctx() ctx: RequestContext) {
    return hygieneKpi(ctx, h.filter, 'missingCloseDate').then(OpportunityKpi.wrap);
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Open deals missing a next step (nextStep blank or only spaces).' })
  missingNextStep(@Root() h: DataHygiene, @Ctx() ctx: RequestContext) {
    return hygieneKpi(ctx, h.filter, 'missingNextStep').then(OpportunityKpi.wrap);
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Open deals with at least one problem: past close date, no activity in 30 days, or missing amount, close date or next step.' })
  needsAttention(@Root() h: DataHygiene, @Ctx() ctx: RequestContext) {
    return hygieneKpi(ctx, h.filter, 'needsAttention').then(OpportunityKpi.wrap);
  }

  @FieldResolver(() => [DataHygieneOwner], { description: 'Every owner with open deals: the counts of each problem side by side (one statement), most needing attention first. Drill into one owner and problem through that problem\'s field: records(key) of its point for the owner.' })
  perOwner(@Root() h: DataHygiene, @Ctx() ctx: RequestContext) {
    return hygienePerOwner(ctx, h.filter);
  }
}
