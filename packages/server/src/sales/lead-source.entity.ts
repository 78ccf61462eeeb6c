import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A value of the LeadSource picklist (Lead, Contact and Opportunity leadSource).' })
@Entity('lead_source')
@Index(['orgId', 'apiName'], { unique: true })
export class LeadSource extends TenantEntity {
  @Field({ description: 'The value records store.' }) @Column(text(40, false)) apiName: string;
  @Field() @Column(text(80, false)) masterLabel: string;
  @Field(() => Int) @Column('int') sortOrder: number;
  @Field() @Column({ default: true }) isActive: boolean;
}
