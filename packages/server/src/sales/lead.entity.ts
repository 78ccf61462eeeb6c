import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { money, text } from '../common/column-types';
import { DateScalar } from '../common/scalars';
import { OwnedEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { Opportunity } from './opportunity.entity';

@ObjectType({ description: 'A prospect not yet qualified; conversion turns it into an account, contact and opportunity.' })
@Entity('lead')
@Index(['orgId', 'lastName'])
@Index(['orgId', 'externalId'], { unique: true, where: '"externalId" IS NOT NULL' })
export class Lead extends OwnedEntity {
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;
  @Field(() => Int, { description: 'Increments on every save: send it back as expectedVersion to update safely.' }) @VersionColumn({ default: 1 }) version: number;

  @Field(() => String, { nullable: true }) @Column(text(40)) salutation: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) firstName: string | null;
  @Field() @Column(text(80, false)) lastName: string;
  @Field(() => String, { nullable: true, description: 'Id in another system; unique per organisation when set (import match key).' }) @Column(text(80)) externalId: string | null;
  @Field({ description: 'First and last name (read-only).' }) @Column(text(121, false)) name: string;
  @Field() @Column(text(255, false)) company: string;
  @Field(() => String, { nullable: true }) @Column(text(128)) title: string | null;
  @Index() @Field(() => String, { nullable: true }) @Column(text(80)) email: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) phone: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) mobilePhone: string | null;
  @Field({ description: 'A LeadStatus apiName.' }) @Column(text(40, false)) status: string;
  @Field(() => String, { nullable: true }) @Column(text(40)) leadSource: string | null;
  @Field(() => String, { nullable: true, description: 'Hot, Warm or Cold.' }) @Column(text(40)) rating: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) industry: string | null;
  @Field(() => Float, { nullable: true }) @Column(money) annualRevenue: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) numberOfEmployees: number | null;
  @Field(() => String, { nullable: true }) @Column(text(255)) street: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) city: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) state: string | null;
  @Field(() => String, { nullable: true }) @Column(text(20)) postalCode: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) country: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field() @Column({ default: false }) doNotCall: boolean;
  @Field() @Column({ default: false }) hasOptedOutOfEmail: boolean;

  @Field({ description: 'Assigned (or created) by someone else and not yet opened by the owner: markLeadRead clears it.' })
  @Column({ default: false })
  isUnreadByOwner: boolean;

  @Field({ description: 'Set only by conversion.' }) @Column({ default: false }) isConverted: boolean;
  @Field(() => DateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) convertedDate: string | null;
  @Column({ type: 'uuid', nullable: true }) convertedAccountId: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'convertedAccountId' }) convertedAccount?: Account;
  @Column({ type: 'uuid', nullable: true }) convertedContactId: string | null;
  @ManyToOne(() => Contact, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'convertedContactId' }) convertedContact?: Contact;
  @Column({ type: 'uuid', nullable: true }) convertedOpportunityId: string | null;
  @ManyToOne(() => Opportunity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'convertedOpportunityId' }) convertedOpportunity?: Opportunity;
}
