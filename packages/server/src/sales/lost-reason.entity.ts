import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A value of the Opportunity.lostReason picklist.' })
@Entity('lost_reason')
@Index(['orgId', 'apiName'], { unique: true })
export class LostReason extends TenantEntity {
  @Field({ description: 'The value opportunities store.' }) @Column(text(80, false)) apiName: string;
  @Field() @Column(text(80, false)) masterLabel: string;
  @Field(() => Int) @Column('int') sortOrder: number;
  @Field() @Column({ default: true }) isActive: boolean;
}
