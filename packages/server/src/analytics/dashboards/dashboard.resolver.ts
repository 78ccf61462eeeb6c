import { Arg, Ctx, FieldResolver, ID, Info, InputType, Field, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../api/request-context';
import { JSONScalar } from '../../common/scalars';
import { User } from '../../identity/user.entity';
import { Dashboard, DashboardComponent } from './dashboard.entity';
import { dashboardService as svc } from './dashboard.service';
import { CreateDashboardComponentInput, CreateDashboardInput, UpdateDashboardComponentInput, UpdateDashboardInput } from './dashboard.types';
import { componentVariables } from './filter-variables';
import { OpportunityHistoryResolver } from './opportunity-history.resolver';

@InputType({ description: 'The viewer\'s choice per dashboard filter; a filter not given takes its default.' })
export class DashboardFilterValuesInput {
  @Field(() => String, { nullable: true, description: 'A date literal, e.g. THIS_QUARTER.' }) period?: string | null;
  @Field(() => ID, { nullable: true, description: 'A manager: them and everyone under them.' }) team?: string | null;
  @Field(() => ID, { nullable: true, description: 'A territory and its children.' }) territory?: string | null;
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => [Dashboard], { description: 'Dashboards you may view: your own, public ones (all for administrators), by folder and title.' })
  dashboards(@Ctx() ctx: RequestContext) {
    return svc.list(ctx);
  }

  @Query(() => Dashboard, { nullable: true, description: 'One dashboard by id or developerName; null when it does not exist or you may not view it.' })
  dashboard(@Arg('id', () => ID, { nullable: true }) id: string | null, @Arg('developerName', () => String, { nullable: true }) developerName: string | null, @Ctx() ctx: RequestContext) {
    return svc.findOne(ctx, id, developerName);
  }

  @FieldResolver(() => [DashboardComponent], { description: 'In grid order (row, then column).' })
  components(@Root() d: Dashboard, @Ctx() ctx: RequestContext) {
    return svc.components(ctx, d.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Whose access a SPECIFIED_USER dashboard runs with.' })
  runningUser(@Root() d: Dashboard, @Ctx() ctx: RequestContext) {
    return d.runningUserId ? ctx.loaders.byId(User, 'org').load(d.runningUserId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() d: Dashboard, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(User, 'org').load(d.ownerId);
  }

  @Mutation(() => Dashboard)
  createDashboard(@Arg('input', () => CreateDashboardInput) input: CreateDashboardInput, @Ctx() ctx: RequestContext) {
    return svc.create(ctx, input);
  }

  @Mutation(() => Dashboard, { description: 'Owner or administrators; only the given fields change.' })
  updateDashboard(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateDashboardInput) input: UpdateDashboardInput, @Ctx() ctx: RequestContext) {
    return svc.update(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Owner or administrators; its components go with it.' })
  deleteDashboard(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return svc.delete(ctx, id);
  }

  @Mutation(() => DashboardComponent, { description: 'The document is checked against the schema and registered as a persisted query.' })
  createDashboardComponent(@Arg('input', () => CreateDashboardComponentInput) input: CreateDashboardComponentInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return svc.createComponent(ctx, info.schema, input);
  }

  @Mutation(() => DashboardComponent)
  updateDashboardComponent(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateDashboardComponentInput) input: UpdateDashboardComponentInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return svc.updateComponent(ctx, info.schema, id, input);
  }

  @Mutation(() => ID)
  deleteDashboardComponent(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return svc.deleteComponent(ctx, id);
  }
}

@Resolver(() => DashboardComponent)
export class DashboardComponentResolver {
  @FieldResolver(() => JSONScalar, {
    description: 'The variables to send with the document under the dashboard\'s filters: { filter: KpiFilter } for KPI components, { filters: [ReportFilterInput] } (the period) and, when the document declares $scope, { scope: ReportScopeInput } (team, territory) for report components.',
  })
  async variables(@Root() c: DashboardComponent, @Arg('filters', () => DashboardFilterValuesInput, { nullable: true }) chosen: DashboardFilterValuesInput | null, @Ctx() ctx: RequestContext) {
    const d = await ctx.loaders.get<string, Dashboard | null>('dashboard.byId', async (ids) => {
      const rows = await svc.visible(ctx).andWhere('d.id = ANY(:ids)', { ids }).getMany();
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }).load(c.dashboardId);
    return componentVariables(c, d?.filters ?? [], chosen ?? {});
  }
}

export const dashboardsResolvers = [DashboardResolver, DashboardComponentResolver, OpportunityHistoryResolver];
