import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, ObjectType, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { toConnection, type ListDefinition } from '../../common/list/define-list';
import { campaignMemberList } from '../../campaigns/campaign-member.types';
import { leadList } from '../../sales/lead.types';
import { opportunityList } from '../../sales/opportunity.types';
import { caseList } from '../../service/case.types';
import { taskList } from '../../activities/task.types';
import { kpiRecords, type KpiResultData, type KpiSpec } from './kpi-engine';
import { KpiResultBase } from './kpi.types';

const RECORDS_HELP =
  'Drill-down: the records behind the number through the existing list (same connection, same visibility as the top-level list; ' +
  'filter and orderBy narrow and sort as there). Without key: the records behind value/count; with a point\'s key: that point\'s; ' +
  'numeratorOnly: only the numerator\'s records of a rate. One statement per records field, whatever the number of points.';

/** `<Object>Kpi`: the common KPI numbers plus records(...) as the object's connection. */
function kpiResultType(object: string, list: ListDefinition<any>) {
  @ObjectType(`${object}Kpi`, { description: `A KPI over ${object} records: headline number, breakdown and drill-down to the ${object} list.` })
  class Result extends KpiResultBase {
    spec: KpiSpec;
  }

  @ArgsType()
  class RecordsArgs extends (list.Args as ClassType) {
    @Field(() => String, { nullable: true, description: "A point's key; without it, the records behind the headline number." }) key?: string | null;
    @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Rates: only the records of the numerator.' }) numeratorOnly?: boolean;
  }

  @Resolver(() => Result)
  class ResultResolver {
    @FieldResolver(() => list.Connection, { description: RECORDS_HELP })
    async records(@Root() r: Result, @Args(() => RecordsArgs) args: RecordsArgs, @Ctx() ctx: RequestContext, @Info() _info: GraphQLResolveInfo) {
      return toConnection(list, await kpiRecords(ctx, r.spec, args as never));
    }
  }
  const wrap = (d: KpiResultData) => Object.assign(new Result(), d);
  return { Result, Resolver: ResultResolver, wrap };
}

export const OpportunityKpi = kpiResultType('Opportunity', opportunityList);
export const LeadKpi = kpiResultType('Lead', leadList);
export const CaseKpi = kpiResultType('Case', caseList);
export const TaskKpi = kpiResultType('Task', taskList);
export const CampaignMemberKpi = kpiResultType('CampaignMember', campaignMemberList);

export const kpiResultResolvers = [OpportunityKpi, LeadKpi, CaseKpi, TaskKpi, CampaignMemberKpi].map((k) => k.Resolver);
