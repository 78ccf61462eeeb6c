import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A value of Lead.status (Salesforce LeadStatus).' })
@Entity('lead_status')
@Index(['orgId', 'apiName'], { unique: true })
export class LeadStatus extends TenantEntity {
  @Field() @Column({ length: 40 }) apiName: string;
  @Field() @Column({ length: 40 }) masterLabel: string;
  @Field(() => Int) @Column('int') sortOrder: number;
  @Field({ description: 'Leads are converted into this status.' }) @Column() isConverted: boolean;
  @Field({ description: 'New leads get this status.' }) @Column() isDefault: boolean;
}
