import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadRef, ToOne } from '../common/crud/relations';
import { DateScalar } from '../common/scalars';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { ForecastingQuota } from './forecasting-quota.entity';
import { forecastingQuotaService } from './forecasting-quota.service';
import { CreateForecastingQuotaInput, UpdateForecastingQuotaInput } from './forecasting-quota.types';
import { territoryMetrics } from './territory-metrics';
import { TerritoryMetrics, TerritoryRepMetrics } from './territory-metrics.types';
import { Territory } from './territory.entity';
import { territoryService } from './territory.service';

const START = { description: 'First day of the period (inclusive).' };
const END = { description: 'Last day of the period (inclusive).' };

/** Balance metrics: each field is one statement per nesting level and period for all territories. */
@Resolver(() => Territory)
export class TerritoryMetricsResolver {
  @FieldResolver(() => TerritoryMetrics, { description: "This territory's own accounts, pipeline, won business and quota." })
  metrics(
    @Root() t: Territory,
    @Arg('periodStart', () => DateScalar, START) periodStart: string,
    @Arg('periodEnd', () => DateScalar, END) periodEnd: string,
    @Ctx() ctx: RequestContext,
  ) {
    return territoryMetrics.own(ctx, t.id, { periodStart, periodEnd });
  }

  @FieldResolver(() => TerritoryMetrics, { description: 'The same over the territory and all its descendants (each account and quota once).' })
  hierarchyMetrics(
    @Root() t: Territory,
    @Arg('periodStart', () => DateScalar, START) periodStart: string,
    @Arg('periodEnd', () => DateScalar, END) periodEnd: string,
    @Ctx() ctx: RequestContext,
  ) {
    return territoryMetrics.hierarchy(ctx, t.id, { periodStart, periodEnd });
  }

  @FieldResolver(() => [TerritoryRepMetrics], { description: 'Per active user assignment: quota, won business and attainment.' })
  repMetrics(
    @Root() t: Territory,
    @Arg('periodStart', () => DateScalar, START) periodStart: string,
    @Arg('periodEnd', () => DateScalar, END) periodEnd: string,
    @Ctx() ctx: RequestContext,
  ) {
    return territoryMetrics.reps(ctx, t.id, { periodStart, periodEnd });
  }
}

@Resolver(() => TerritoryRepMetrics)
export class TerritoryRepMetricsResolver {
  @ToOne(userService, 'userId')
  @FieldResolver(() => User)
  user(@Root() r: TerritoryRepMetrics, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, r.userId);
  }
}

@Resolver(() => ForecastingQuota)
export class ForecastingQuotaResolver extends createCrudResolver({
  entity: ForecastingQuota,
  service: forecastingQuotaService,
  create: CreateForecastingQuotaInput,
  update: UpdateForecastingQuotaInput,
}) {
  @ToOne(userService, 'quotaOwnerId')
  @FieldResolver(() => User)
  quotaOwner(@Root() q: ForecastingQuota, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, q.quotaOwnerId);
  }

  @ToOne(territoryService, 'territoryId')
  @FieldResolver(() => Territory, { nullable: true })
  territory(@Root() q: ForecastingQuota, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryService, q.territoryId);
  }
}
