import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { DateGranularity } from '../common/date-granularity';
import { kpiRange, checkFilter, type CheckedFilter } from '../kpis/kpi-filter';
import type { KpiResultData } from '../kpis/kpi-engine';
import { OpportunityKpi } from '../kpis/kpi-results';
import { KpiFilter, OpportunityKpiGrouping } from '../kpis/kpi.types';
import { HISTORY_PERIOD, opportunityHistory as h } from './opportunity-history';

@ObjectType({
  description:
    'Opportunity History (the dashboard of that name): how the pipeline moved, read from opportunity field history. Records the caller may see, ' +
    `within the KpiFilter; the period (default ${HISTORY_PERIOD}) is when the change was recorded. Drill-down through records(...).`,
})
export class OpportunityHistory {
  constructor(readonly filter: CheckedFilter) {}
}

const BY = { nullable: true, defaultValue: OpportunityKpiGrouping.NONE, description: 'Group the points by (NONE: no group).' };
const withPeriod = (f: CheckedFilter, d: KpiResultData) => {
  const r = kpiRange(f, HISTORY_PERIOD)!;
  return OpportunityKpi.wrap({ ...d, periodStart: r.from, periodEnd: r.to });
};

@Resolver(() => OpportunityHistory)
export class OpportunityHistoryResolver {
  @Query(() => OpportunityHistory, { description: 'Opportunity History KPIs under one filter; each field is one statement.' })
  async opportunityHistory(@Arg('filter', () => KpiFilter, { nullable: true }) filter: KpiFilter | null, @Ctx() ctx: RequestContext) {
    return new OpportunityHistory(await checkFilter(ctx, filter));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: `New pipeline: opportunities created in the period (default ${HISTORY_PERIOD}); amount = their amount now; bucketed by createdDate (default DAY).` })
  async newPipeline(@Root() s: OpportunityHistory, @Ctx() ctx: RequestContext,
    @Arg('granularity', () => DateGranularity, { nullable: true, defaultValue: DateGranularity.DAY }) granularity: DateGranularity | null,
    @Arg('groupBy', () => OpportunityKpiGrouping, BY) groupBy: OpportunityKpiGrouping) {
    return OpportunityKpi.wrap(await h.newPipeline(ctx, s.filter, { granularity, groupBy }));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Lost: opportunities whose stage was changed to a closed, not won stage in the period; amount = their amount now.' })
  async lost(@Root() s: OpportunityHistory, @Ctx() ctx: RequestContext, @Arg('groupBy', () => OpportunityKpiGrouping, BY) groupBy: OpportunityKpiGrouping) {
    return withPeriod(s.filter, await h.lost(ctx, s.filter, { groupBy }));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Pushed close dates: opportunities whose closeDate was moved later in the period; amount = their amount now; average = days pushed per opportunity (all its pushes in the period).' })
  async pushedCloseDates(@Root() s: OpportunityHistory, @Ctx() ctx: RequestContext, @Arg('groupBy', () => OpportunityKpiGrouping, BY) groupBy: OpportunityKpiGrouping) {
    return withPeriod(s.filter, await h.pushedCloseDates(ctx, s.filter, { groupBy }));
  }

  @FieldResolver(() => OpportunityKpi.Result, { description: 'Upsell: opportunities whose amount was raised in the period; value and amount = the sum of the raises (not the amounts).' })
  async upsell(@Root() s: OpportunityHistory, @Ctx() ctx: RequestContext, @Arg('groupBy', () => OpportunityKpiGrouping, BY) groupBy: OpportunityKpiGrouping) {
    return withPeriod(s.filter, await h.upsell(ctx, s.filter, { groupBy }));
  }
}
