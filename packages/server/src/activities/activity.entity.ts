import { Field, ObjectType } from 'type-graphql';
import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { DateScalar } from '../common/scalars';
import { OwnedEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { Lead } from '../sales/lead.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { Case } from '../service/case.entity';
import { Campaign } from '../campaigns/campaign.entity';

/**
 * What tasks and events share. Salesforce's polymorphic WhoId (contact or lead) and WhatId
 * (account, opportunity, case, campaign) are kept as typed foreign keys, so every link is checked
 * by the database; `accountId` is also derived from the what or the contact.
 */
@ObjectType()
export abstract class Activity extends OwnedEntity {
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;

  @Field(() => String, { nullable: true, description: 'Call, Email, Meeting, Send Letter ...' }) @Column(text(255)) subject: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) type: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Due date (tasks) or the day (events).' }) @Column({ type: 'date', nullable: true }) activityDate: string | null;

  @Index() @Column({ type: 'uuid', nullable: true }) contactId: string | null;
  @ManyToOne(() => Contact, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'contactId' }) contact?: Contact;
  @Index() @Column({ type: 'uuid', nullable: true }) leadId: string | null;
  @ManyToOne(() => Lead, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'leadId' }) lead?: Lead;
  @Index() @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'accountId' }) account?: Account;
  @Index() @Column({ type: 'uuid', nullable: true }) opportunityId: string | null;
  @ManyToOne(() => Opportunity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'opportunityId' }) opportunity?: Opportunity;
  @Index() @Column({ type: 'uuid', nullable: true }) caseId: string | null;
  @ManyToOne(() => Case, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'caseId' }) case?: Case;
  @Index() @Column({ type: 'uuid', nullable: true }) campaignId: string | null;
  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'campaignId' }) campaign?: Campaign;
}
