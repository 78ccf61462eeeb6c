import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
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
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;

  @Field({ description: 'Assigned on insert; never changes.' }) @Column({ length: 30 }) caseNumber: string;
  @Field(() => String, { nullable: true }) @Column(text(255)) subject: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field({ description: 'A CaseStatus apiName.' }) @Column(text(40, false)) status: string;
  @Field({ description: 'From the status (read-only).' }) @Column({ default: false }) isClosed: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) closedDate: Date | null;
  @Field({ description: 'The case was already closed when created.' }) @Column({ default: false }) isClosedOnCreate: boolean;
  @Field({ description: 'High, Medium or Low.' }) @Column({ length: 40, default: 'Medium' }) priority: string;
  @Field(() => String, { nullable: true, description: 'Phone, Email, Web.' }) @Column(text(40)) origin: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) type: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) reason: string | null;
  @Field() @Column({ default: false }) isEscalated: boolean;
  @Field(() => String, { nullable: true }) @Column(text(80)) suppliedName: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) suppliedEmail: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) suppliedPhone: string | null;

  @Index() @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'accountId' }) account?: Account;
  @Index() @Column({ type: 'uuid', nullable: true }) contactId: string | null;
  @ManyToOne(() => Contact, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'contactId' }) contact?: Contact;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => Case, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'parentId' }) parent?: Case;
}
