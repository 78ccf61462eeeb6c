import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { text } from '../../common/column-types';
import { DateScalar } from '../../common/scalars';
import { TenantEntity } from '../../common/tenant.entity';

/** Cumulative roll-up columns (Salesforce ForecastingItemCategory). */
export enum ForecastingItemCategory {
  OPEN_PIPELINE = 'OPEN_PIPELINE',
  BEST_CASE_FORECAST = 'BEST_CASE_FORECAST',
  COMMIT_FORECAST = 'COMMIT_FORECAST',
  CLOSED_ONLY = 'CLOSED_ONLY',
}
registerEnumType(ForecastingItemCategory, {
  name: 'ForecastingItemCategory',
  description:
    'Cumulative roll-ups: OPEN_PIPELINE = Pipeline + Best Case + Most Likely + Commit; BEST_CASE_FORECAST = Best Case + Most Likely + Commit + Closed; ' +
    'COMMIT_FORECAST = Commit + Closed; CLOSED_ONLY = Closed. Omitted counts nowhere. Only BEST_CASE_FORECAST and COMMIT_FORECAST are adjustable.',
});

export const ADJUSTABLE_CATEGORIES: readonly ForecastingItemCategory[] = [ForecastingItemCategory.BEST_CASE_FORECAST, ForecastingItemCategory.COMMIT_FORECAST];

@ObjectType({
  description:
    "An adjustment of one monthly forecasting item: a manager's (ForecastingAdjustment) or the owner's own (ForecastingOwnerAdjustment, isOwnerAdjustment). " +
    'The original amounts are computed from the opportunities and stay visible beside it.',
})
@Entity('forecasting_adjustment')
@Index('IDX_forecasting_adjustment_item', ['forecastingTypeId', 'subjectId', 'startDate', 'forecastingItemCategory', 'adjustingNodeId'], { unique: true })
@Check('CHK_forecasting_adjustment_month', `EXTRACT(DAY FROM "startDate") = 1`)
@Check('CHK_forecasting_adjustment_category', `"forecastingItemCategory" IN ('BEST_CASE_FORECAST', 'COMMIT_FORECAST')`)
export class ForecastingAdjustment extends TenantEntity {
  @Field(() => ID) @Index() @Column('uuid') forecastingTypeId: string;
  @Field(() => ID, { nullable: true, description: 'The adjusted user (role-based forecasts).' }) @Column({ type: 'uuid', nullable: true }) ownerId: string | null;
  @Field(() => ID, { nullable: true, description: 'The adjusted territory (territory forecasts).' }) @Column({ type: 'uuid', nullable: true }) territoryId: string | null;
  /** ownerId or territoryId: the hierarchy node whose item is adjusted. */
  @Column('uuid') subjectId: string;
  /** The node the adjustment was made from: the adjusting manager (role) or the ancestor territory they manage; = subjectId for owner adjustments. */
  @Column('uuid') adjustingNodeId: string;
  @Field(() => DateScalar, { description: 'First day of the adjusted month.' }) @Column({ type: 'date' }) startDate: string;
  @Field(() => ForecastingItemCategory) @Column({ type: 'varchar', length: 30 }) forecastingItemCategory: ForecastingItemCategory;
  @Field(() => Float, { description: 'The amount (or quantity) that replaces the item, subordinates included.' })
  @Column({ type: 'numeric', precision: 18, scale: 2 })
  adjustedAmount: number;
  @Field(() => String, { nullable: true }) @Column(text(255)) adjustmentNote: string | null;
  @Field({ description: 'The owner adjusted their own forecast (ForecastingOwnerAdjustment).' }) @Column({ default: false }) isOwnerAdjustment: boolean;
  @Field(() => ID, { description: 'Who made the adjustment (lastModifiedDate: when).' }) @Column('uuid') adjustedById: string;
  @Field(() => Int, { description: 'Send back as expectedVersion to change it safely.' }) @VersionColumn({ default: 1 }) version: number;
}
