import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Case } from './case.entity';

@ObjectType({ description: 'One change of a tracked case field (Salesforce CaseHistory); field "created" marks the creation.' })
@Entity('case_history')
@Index(['caseId', 'createdDate'])
export class CaseHistory extends TenantEntity {
  @Field(() => ID) @Column('uuid') caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'caseId' }) case?: Case;
  @Field({ description: 'status, ownerId, priority, or created.' }) @Column(text(40, false)) field: string;
  @Field(() => String, { nullable: true, description: 'Owners by user id (null: the queue).' }) @Column({ type: 'text', nullable: true }) oldValue: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) newValue: string | null;
  @Field(() => ID) @Column('uuid') createdById: string;
  @ManyToOne(() => User) @JoinColumn({ name: 'createdById' }) createdBy?: User;
}
