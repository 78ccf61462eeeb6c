import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { createCrudResolver } from '../../common/crud/crud-resolver';
import { loadRef } from '../../common/crud/relations';
import { User } from '../../identity/user.entity';
import { userService } from '../../identity/user.service';
import { ForecastingAdjustment } from './forecasting-adjustment.entity';
import { forecastingAdjustmentService } from './forecasting-adjustment.service';
import { ForecastingType } from './forecasting-type.entity';
import { forecastingTypeService } from './forecasting-type.service';
import { CreateForecastingTypeInput, UpdateForecastingTypeInput } from './forecasting-type.types';
import { AdjustForecastInput, ForecastGrid, ForecastGridInput } from './forecast-grid.types';
import { forecastGridService } from './forecast-grid.service';

@Resolver(() => ForecastingType)
export class ForecastingTypeResolver extends createCrudResolver({
  entity: ForecastingType,
  service: forecastingTypeService,
  create: CreateForecastingTypeInput,
  update: UpdateForecastingTypeInput,
}) {}

@Resolver(() => ForecastingAdjustment)
export class ForecastingAdjustmentResolver {
  @FieldResolver(() => User, { description: 'Who adjusted (lastModifiedDate: when).' })
  adjustedBy(@Root() a: ForecastingAdjustment, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, a.adjustedById);
  }
}

@Resolver()
export class ForecastResolver {
  @Query(() => ForecastGrid, {
    description:
      "Collaborative forecast grid: the caller's row and those below them (admins and executives: everyone; territory types: the territories " +
      'the caller manages or is assigned to, and those below), per period: Open Pipeline, Best Case, Commit and Closed (cumulative), quota and attainment, ' +
      'each with its original and adjusted amounts. A constant number of statements whatever the rows and periods.',
  })
  forecastGrid(@Arg('input', () => ForecastGridInput) input: ForecastGridInput, @Ctx() ctx: RequestContext): Promise<ForecastGrid> {
    return forecastGridService.grid(ctx, input);
  }

  @Mutation(() => ForecastingAdjustment, {
    description:
      "Adjusts a monthly Best Case or Commit forecast: a manager above the owner (territories: the forecast manager of a territory above) makes a manager adjustment, " +
      'the owner (the territory\'s forecast manager) an owner adjustment. Replaces the caller\'s earlier adjustment of the same item; the original amounts stay.',
  })
  adjustForecast(@Arg('input', () => AdjustForecastInput) input: AdjustForecastInput, @Ctx() ctx: RequestContext) {
    return forecastingAdjustmentService.adjust(ctx, input);
  }

  @Mutation(() => ID, { description: 'Removes an adjustment the caller made (admins: any); the item shows its original amount again.' })
  deleteForecastingAdjustment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return forecastingAdjustmentService.remove(ctx, id);
  }
}

export const forecastsResolvers = [ForecastingTypeResolver, ForecastingAdjustmentResolver, ForecastResolver] as const;
