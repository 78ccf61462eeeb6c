import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: "The organisation's service targets for cases of one priority (like a Salesforce entitlement's milestones)." })
@Entity('case_sla_policy')
@Index(['orgId', 'priority'], { unique: true })
export class CaseSlaPolicy extends TenantEntity {
  @Field({ description: 'High, Medium or Low.' }) @Column({ length: 40 }) priority: string;
  @Field(() => Int, { description: 'Minutes from creation to the first agent response.' }) @Column('int') firstResponseMinutes: number;
  @Field(() => Int, { description: 'Minutes from creation to closing.' }) @Column('int') resolutionMinutes: number;
}
