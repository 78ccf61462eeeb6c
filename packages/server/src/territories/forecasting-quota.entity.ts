import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { DateScalar } from '../common/scalars';
import { TenantEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Territory } from './territory.entity';

@ObjectType({ description: "A user's monthly quota (ForecastingQuota): revenue and/or quantity, optionally for one territory and one product family." })
@Entity('forecasting_quota')
@Index('IDX_forecasting_quota_owner_month', ['quotaOwnerId', 'startDate'], { unique: true, where: '"territoryId" IS NULL AND "productFamily" IS NULL' })
@Index('IDX_forecasting_quota_owner_territory_month', ['quotaOwnerId', 'territoryId', 'startDate'], { unique: true, where: '"territoryId" IS NOT NULL AND "productFamily" IS NULL' })
@Check('CHK_forecasting_quota_month', `EXTRACT(DAY FROM "startDate") = 1`)
@Check('CHK_forecasting_quota_measure', `"quotaAmount" IS NOT NULL OR "quotaQuantity" IS NOT NULL`)
export class ForecastingQuota extends TenantEntity {
  @Field(() => ID) @Column('uuid') quotaOwnerId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'quotaOwnerId' }) quotaOwner?: User;

  @Field(() => ID, { nullable: true, description: 'null: the quota counts in every territory of the owner (and in role-based forecasts).' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;
  @ManyToOne(() => Territory, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'territoryId' }) territory?: Territory;

  @Field(() => DateScalar, { description: 'The first day of the month the quota is for.' }) @Column({ type: 'date' }) startDate: string;
  @Field(() => Float, { nullable: true, description: 'Revenue quota (IsAmount).' }) @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) quotaAmount: number | null;
  @Field(() => Float, { nullable: true, description: 'Quantity quota (IsQuantity).' }) @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) quotaQuantity: number | null;
  @Field(() => String, { nullable: true, description: 'Only for forecasts of this product family; null: the total.' }) @Column(text(40)) productFamily: string | null;
}
