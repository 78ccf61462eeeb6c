import { IsIn, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { ForecastingAdjustment, ForecastingItemCategory } from './forecasting-adjustment.entity';
import { ForecastingRoleType, ForecastingType } from './forecasting-type.entity';

export enum ForecastPeriodType {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(ForecastPeriodType, { name: 'ForecastPeriodType', description: 'Forecast periods: calendar months or quarters, by opportunity close date.' });

@InputType()
export class ForecastGridInput {
  @Field(() => ID, { nullable: true, description: 'Default: the first active forecasting type of roleType.' }) forecastingTypeId?: string;
  @Field(() => ForecastingRoleType, { nullable: true, description: 'Used when forecastingTypeId is not given; default ROLE.' }) roleType?: ForecastingRoleType;
  @Field(() => ForecastPeriodType, { nullable: true, defaultValue: ForecastPeriodType.MONTH }) periodType?: ForecastPeriodType;
  @Field(() => String, { nullable: true, description: 'A date literal (THIS_MONTH, NEXT_QUARTER ...) or a day; the first period contains its start. Default: today.' })
  @IsOptional()
  @MaxLength(40)
  startPeriod?: string;
  @Field(() => Int, { nullable: true, defaultValue: 3, description: 'Number of periods, 1 to 12.' }) @IsOptional() @Min(1) @Max(12) periodCount?: number;
  @Field(() => ID, { nullable: true, description: 'Drill into this user (or territory) and those below; it must be visible to the caller.' }) rootId?: string;
}

@InputType()
export class AdjustForecastInput {
  @Field(() => ID) forecastingTypeId: string;
  @Field(() => ID, { nullable: true, description: 'The adjusted user (role-based types).' }) ownerId?: string;
  @Field(() => ID, { nullable: true, description: 'The adjusted territory (territory types).' }) territoryId?: string;
  @Field(() => DateScalar, { description: 'First day of the adjusted month.' }) startDate: string;
  @Field(() => ForecastingItemCategory, { description: 'BEST_CASE_FORECAST or COMMIT_FORECAST.' })
  @IsIn([ForecastingItemCategory.BEST_CASE_FORECAST, ForecastingItemCategory.COMMIT_FORECAST], { message: 'Only Best Case and Commit forecasts are adjustable' })
  forecastingItemCategory: ForecastingItemCategory;
  @Field(() => Float) @Min(0) @Max(1e15) adjustedAmount: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(255) adjustmentNote?: string;
  @Field(() => Int, { nullable: true, description: "The adjustment's version when it was read (CONFLICT if it changed since)." }) expectedVersion?: number;
}

@ObjectType({ description: 'One forecast period.' })
export class ForecastPeriod {
  @Field(() => ForecastPeriodType) periodType: ForecastPeriodType;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar, { description: 'Last day of the period (inclusive).' }) endDate: string;
}

@ObjectType({ description: 'A forecasting item (ForecastingItem): one owner or territory, period and roll-up category.' })
export class ForecastingItem {
  @Field(() => ForecastingItemCategory) forecastingItemCategory: ForecastingItemCategory;
  @Field(() => Float, { description: "The owner's (territory's) own opportunities in the category, no adjustments." }) ownerOnlyAmount: number;
  @Field(() => Float, { description: 'Own plus every subordinate (child territory), no adjustments: the original.' }) amountWithoutAdjustments: number;
  @Field(() => Float, { description: "What the owner sees: the owner's own adjustment (or own + subordinates with the adjustments made at or below the owner), without adjustments from managers above." })
  amountWithoutManagerAdjustment: number;
  @Field(() => Float, { description: "The caller's view with every adjustment visible to them applied: the item's adjustment if any, else own + each subordinate's forecastAmount." })
  forecastAmount: number;
  @Field({ description: 'A manager above the owner adjusted this item (visible to the caller).' }) hasAdjustment: boolean;
  @Field({ description: 'The owner adjusted their own item.' }) hasOwnerAdjustment: boolean;
  @Field(() => ForecastingAdjustment, { nullable: true, description: 'The manager adjustment applied (monthly periods).' }) adjustment: ForecastingAdjustment | null;
  @Field(() => ForecastingAdjustment, { nullable: true, description: 'The owner adjustment (monthly periods).' }) ownerAdjustment: ForecastingAdjustment | null;
}

@ObjectType({ description: 'Pipeline vs forecast vs quota of one row and period.' })
export class ForecastCell {
  @Field(() => DateScalar) startDate: string;
  @Field(() => ForecastingItem, { description: 'Open Pipeline = Pipeline + Best Case + Most Likely + Commit (not adjustable).' }) openPipeline: ForecastingItem;
  @Field(() => ForecastingItem, { description: 'Best Case Forecast = Best Case + Most Likely + Commit + Closed.' }) bestCaseForecast: ForecastingItem;
  @Field(() => ForecastingItem, { description: 'Commit Forecast = Commit + Closed.' }) commitForecast: ForecastingItem;
  @Field(() => ForecastingItem, { description: 'Closed Only = Closed (won) business (not adjustable).' }) closedOnly: ForecastingItem;
  @Field(() => Float, { nullable: true, description: "The row's own quota for the period (sum of its monthly ForecastingQuota in the type's measure and product family); null: none." })
  quota: number | null;
  @Field(() => Float, { nullable: true, description: 'Attainment = closedOnly.amountWithoutAdjustments / quota (0.5 = 50 %); null without a positive quota.' })
  attainment: number | null;
}

@ObjectType({ description: 'One row of the forecast grid: a user (role-based) or a territory.' })
export class ForecastRow {
  @Field(() => ID, { description: 'The user or territory id.' }) id: string;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => ID, { nullable: true }) territoryId: string | null;
  @Field() name: string;
  @Field(() => ID, { nullable: true, description: 'The row above it in the grid (null: a top row).' }) parentId: string | null;
  @Field(() => Int, { description: 'Level in the grid, 0 = top.' }) depth: number;
  @Field() hasChildren: boolean;
  @Field({ description: "The caller may make a manager adjustment on this row (a manager above it; territories: the forecast manager of a territory above)." })
  canAdjust: boolean;
  @Field({ description: 'The caller may make an owner adjustment on this row (their own row; territories: they are its forecast manager).' }) canAdjustOwn: boolean;
  @Field(() => [ForecastCell]) cells: ForecastCell[];
}

@ObjectType({ description: 'Collaborative forecasts: rows x periods x cumulative categories, with quotas and attainment.' })
export class ForecastGrid {
  @Field(() => ForecastingType) forecastingType: ForecastingType;
  @Field(() => ForecastPeriodType) periodType: ForecastPeriodType;
  @Field(() => [ForecastPeriod]) periods: ForecastPeriod[];
  @Field(() => [ForecastRow]) rows: ForecastRow[];
}
