import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Case } from './case.entity';

@ObjectType({ description: 'An agent interaction on a case (Salesforce CaseComment); the resolution note of closeCase is one too.' })
@Entity('case_comment')
@Index(['caseId', 'createdDate'])
export class CaseComment extends TenantEntity {
  @Field(() => ID) @Column('uuid') caseId: string;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'caseId' }) case?: Case;
  @Field() @Column('text') body: string;
  @Field({ description: 'Visible to the customer; only published comments count as a first response.' }) @Column({ default: true }) isPublished: boolean;
  @Field({ description: 'The resolution note written when closing: not counted as an interaction.' }) @Column({ default: false }) isResolution: boolean;
  @Field(() => ID) @Column('uuid') createdById: string;
  @ManyToOne(() => User) @JoinColumn({ name: 'createdById' }) createdBy?: User;
}
