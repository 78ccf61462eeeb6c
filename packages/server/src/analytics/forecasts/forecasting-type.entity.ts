import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../../common/column-types';
import { TenantEntity } from '../../common/tenant.entity';

/** Which hierarchy a forecast rolls up (Salesforce ForecastingType.RoleType, our reading). */
export enum ForecastingRoleType {
  ROLE = 'ROLE',
  TERRITORY = 'TERRITORY',
}
registerEnumType(ForecastingRoleType, {
  name: 'ForecastingRoleType',
  description: 'ROLE: rolls up the manager hierarchy (opportunity owner). TERRITORY: rolls up the ACTIVE territory model (the opportunity\'s territory).',
});

@ObjectType({ description: 'A kind of forecast (ForecastingType): its measure, hierarchy, adjustments and product family.' })
@Entity('forecasting_type')
@Index(['orgId', 'developerName'], { unique: true })
export class ForecastingType extends TenantEntity {
  @Field() @Column(text(80, false)) developerName: string;
  @Field() @Column(text(80, false)) masterLabel: string;
  @Field() @Column({ default: true }) isActive: boolean;
  @Field({ description: 'true: the measure is revenue (opportunity amount); false: quantity (one per deal; with a product family, product units).' })
  @Column({ default: true })
  isAmount: boolean;
  @Field(() => ForecastingRoleType) @Column({ type: 'varchar', length: 20, default: ForecastingRoleType.ROLE }) roleType: ForecastingRoleType;
  @Field({ description: 'Managers may adjust the forecasts of users (or territories) below them.' }) @Column({ default: true }) hasAdjustments: boolean;
  @Field({ description: 'Users (territory forecast managers) may adjust their own forecast.' }) @Column({ default: true }) hasOwnerAdjustments: boolean;
  @Field(() => String, {
    nullable: true,
    description: "Only this product family counts: the opportunity's order lines of products of the family (revenue: their total price; quantity: their quantity).",
  })
  @Column(text(40))
  productFamily: string | null;

}
