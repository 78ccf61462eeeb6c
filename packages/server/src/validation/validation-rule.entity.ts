import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { JSONScalar } from '../common/scalars';
import { TenantEntity } from '../common/tenant.entity';
import type { Condition } from './condition';

@ObjectType({ description: 'A rule checked on every write of an object: when its condition holds, the write fails (Salesforce ValidationRule).' })
@Entity('validation_rule')
@Index(['orgId', 'objectApiName', 'name'], { unique: true })
export class ValidationRule extends TenantEntity {
  @Field({ description: 'Opportunity, Lead, Account or Contact.' }) @Column(text(40, false)) objectApiName: string;
  @Field({ description: 'Unique per object, e.g. Competitor_Required_At_Proposal.' }) @Column(text(80, false)) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field() @Column({ default: true }) isActive: boolean;
  @Field(() => JSONScalar, { description: 'The error condition: { and | or: [...] }, { not }, or { field, op, value?, prior? }.' })
  @Column({ type: 'jsonb' })
  condition: Condition;

  @Field() @Column(text(255, false)) errorMessage: string;
  @Field({ description: 'The field the error is shown on.' }) @Column(text(80, false)) errorField: string;
}
