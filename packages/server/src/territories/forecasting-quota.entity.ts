import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { TenantEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Territory } from './territory.entity';

@ObjectType({ description: "A user's monthly quota (ForecastingQuota), optionally for one territory." })
@Entity('forecasting_quota')
@Index(['quotaOwnerId', 'startDate'], { unique: true, where: '"territoryId" IS NULL' })
@Index(['quotaOwnerId', 'territoryId', 'startDate'], { unique: true, where: '"territoryId" IS NOT NULL' })
@Check('CHK_forecasting_quota_month', `EXTRACT(DAY FROM "startDate") = 1`)
export class ForecastingQuota extends TenantEntity {
  @Field(() => ID) @Column('uuid') quotaOwnerId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'quotaOwnerId' }) quotaOwner?: User;

  @Field(() => ID, { nullable: true, description: 'null: the quota counts in every territory of the owner.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;
  @ManyToOne(() => Territory, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'territoryId' }) territory?: Territory;

  @Field(() => DateScalar, { description: 'The first day of the month the quota is for.' }) @Column({ type: 'date' }) startDate: string;
  @Field(() => Float) @Column({ type: 'numeric', precision: 18, scale: 2 }) quotaAmount: number;
}
