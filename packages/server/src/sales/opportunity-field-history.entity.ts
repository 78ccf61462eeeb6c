import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Opportunity } from './opportunity.entity';

@ObjectType({ description: 'One change of a tracked opportunity field (Salesforce OpportunityFieldHistory); field "created" marks the creation.' })
@Entity('opportunity_field_history')
@Index(['orgId', 'createdDate'])
@Index(['opportunityId', 'createdDate'])
export class OpportunityFieldHistory extends TenantEntity {
  @Field(() => ID) @Column('uuid') opportunityId: string;
  @ManyToOne(() => Opportunity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'opportunityId' }) opportunity?: Opportunity;

  @Field({ description: 'stageName, amount, closeDate, forecastCategoryName, probability, ownerId, or created.' })
  @Column(text(40, false))
  field: string;

  @Field(() => String, { nullable: true, description: 'As text: numbers plain, dates YYYY-MM-DD, owners by user id.' })
  @Column({ type: 'text', nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) newValue: string | null;

  @Field(() => ID) @Column('uuid') createdById: string;

  /** The opportunity's current owner, kept by the database (migration HistoryOpportunityOwner): team reads of history. */
  @Column({ type: 'uuid', nullable: true, insert: false, update: false }) opportunityOwnerId: string | null;
  @ManyToOne(() => User) @JoinColumn({ name: 'createdById' }) createdBy?: User;
}
