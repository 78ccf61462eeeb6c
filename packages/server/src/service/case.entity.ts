import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { text } from '../common/column-types';
import { DateTimeScalar } from '../common/scalars';
import { OwnedEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';

@ObjectType({ description: "A customer's question, problem or request (Service Cloud)." })
@Entity('case')
@Index(['orgId', 'caseNumber'], { unique: true })
export class Case extends OwnedEntity {
  // ownerId is nullable on this table (migration CaseService1795540000000): null = unassigned, in the queue of its origin.
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;
  @Field(() => Int, { description: 'Increments on every save: send it back as expectedVersion to update safely.' }) @VersionColumn({ default: 1 }) version: number;
  @Field(() => ID, { nullable: true, description: 'The user who logged the case; null when the customer did (email, web, chat, social).' })
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: 'Assigned on insert; never changes.' }) @Column({ length: 30 }) caseNumber: string;
  @Field(() => String, { nullable: true }) @Column(text(255)) subject: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field({ description: 'A CaseStatus apiName.' }) @Column(text(40, false)) status: string;
  @Field({ description: 'From the status (read-only).' }) @Column({ default: false }) isClosed: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) closedDate: Date | null;
  @Field({ description: 'The case was already closed when created.' }) @Column({ default: false }) isClosedOnCreate: boolean;
  @Field({ description: 'High, Medium or Low.' }) @Column({ length: 40, default: 'Medium' }) priority: string;
  @Field(() => String, { nullable: true, description: 'Phone, Email, Web, Chat or Social: the channel, and the queue of an unassigned case.' }) @Column(text(40)) origin: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) type: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) reason: string | null;
  @Field() @Column({ default: false }) isEscalated: boolean;
  @Field(() => String, { nullable: true }) @Column(text(80)) suppliedName: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) suppliedEmail: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) suppliedPhone: string | null;

  @Field(() => String, { nullable: true, description: 'The product concerned, by name.' }) @Column(text(255)) productName: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The first agent response: a published comment or an activity by a user other than the creator, or a call/email logged on the case.' })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseDate: Date | null;
  @Field(() => Int, { description: 'Agent interactions: comments (but the resolution note) and activities on the case.' }) @Column('int', { default: 0 }) agentInteractionCount: number;
  @Field(() => Int, { description: 'Times a closed case was set back to an open status.' }) @Column('int', { default: 0 }) reopenCount: number;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) lastReopenedDate: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'createdDate + the first-response minutes of the SLA policy of its priority.' })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseDueDate: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'createdDate + the resolution minutes of the SLA policy of its priority.' })
  @Column({ type: 'timestamptz', nullable: true })
  resolutionDueDate: Date | null;
  @Field(() => Int, { nullable: true, description: 'Customer satisfaction 1-5 (closed cases only).' }) @Column('smallint', { nullable: true }) csatScore: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) csatComment: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) csatDate: Date | null;

  @Index() @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'accountId' }) account?: Account;
  @Index() @Column({ type: 'uuid', nullable: true }) contactId: string | null;
  @ManyToOne(() => Contact, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'contactId' }) contact?: Contact;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => Case, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'parentId' }) parent?: Case;
}
