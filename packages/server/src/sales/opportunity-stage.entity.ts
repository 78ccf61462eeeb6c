import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A value of Opportunity.stageName and what it implies (Salesforce OpportunityStage).' })
@Entity('opportunity_stage')
@Index(['orgId', 'apiName'], { unique: true })
export class OpportunityStage extends TenantEntity {
  @Field({ description: 'The stage name opportunities store.' }) @Column({ length: 40 }) apiName: string;
  @Field() @Column({ length: 40 }) masterLabel: string;
  @Field(() => Int) @Column('int') sortOrder: number;
  @Field(() => Float) @Column({ type: 'numeric', precision: 5, scale: 2 }) defaultProbability: number;
  @Field({ description: 'Omitted, Pipeline, Best Case, Most Likely, Commit or Closed.' }) @Column({ length: 40 }) forecastCategoryName: string;
  @Field() @Column() isClosed: boolean;
  @Field() @Column() isWon: boolean;
  @Field() @Column({ default: true }) isActive: boolean;
  @Field(() => String, { nullable: true, description: 'Guidance for success: the steps the rep sees at this stage (the path).' })
  @Column({ type: 'text', nullable: true })
  guidance: string | null;

  @Field(() => [String], { description: 'Opportunity fields to fill at this stage (the path\'s key fields).' })
  @Column('text', { array: true, default: '{}' })
  keyFields: string[];
}
