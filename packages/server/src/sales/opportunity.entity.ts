import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { money, percent, text } from '../common/column-types';
import { DateScalar } from '../common/scalars';
import { OwnedEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { Campaign } from '../campaigns/campaign.entity';

@ObjectType({ description: 'A deal in progress. The stage implies probability, forecast category, isClosed and isWon.' })
@Entity('opportunity')
@Index(['orgId', 'closeDate'])
@Index(['orgId', 'stageName'])
@Index(['orgId', 'externalId'], { unique: true, where: '"externalId" IS NOT NULL' })
export class Opportunity extends OwnedEntity {
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;
  @Field(() => Int, { description: 'Increments on every save: send it back as expectedVersion to update safely.' }) @VersionColumn({ default: 1 }) version: number;

  @Field() @Column(text(120, false)) name: string;
  @Field(() => String, { nullable: true, description: 'Id in another system; unique per organisation when set (import match key).' }) @Column(text(80)) externalId: string | null;
  @Field({ description: 'An OpportunityStage apiName.' }) @Column(text(40, false)) stageName: string;
  @Field(() => Float, { nullable: true, description: 'The net amount: listAmount less the approved discountPercent, if any.' }) @Column(money) amount: number | null;
  @Field(() => Float, { nullable: true, description: 'The amount before the approved discount (read-only; set by discount approval).' }) @Column(money) listAmount: number | null;
  @Field(() => Float, { nullable: true, description: 'The approved discount in percent (read-only): only an approved DiscountApprovalRequest sets it and recomputes amount.' }) @Column(percent) discountPercent: number | null;
  @Field(() => DateScalar) @Column({ type: 'date' }) closeDate: string;
  @Field(() => Float, { nullable: true, description: "Percent; defaults from the stage, may be overridden." }) @Column(percent) probability: number | null;
  @Field({ description: 'Omitted, Pipeline, Best Case, Most Likely, Commit or Closed; defaults from the stage.' }) @Column(text(40, false)) forecastCategoryName: string;
  @Field({ description: 'From the stage (read-only).' }) @Column({ default: false }) isClosed: boolean;
  @Field({ description: 'From the stage (read-only).' }) @Column({ default: false }) isWon: boolean;
  @Field(() => String, { nullable: true, description: 'New Business, Existing Business ...' }) @Column(text(40)) type: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) leadSource: string | null;
  @Field(() => String, { nullable: true, description: "The main competitor: a Competitor's name." }) @Column(text(80)) competitor: string | null;
  @Field(() => String, { nullable: true, description: 'Why the deal was lost: a LostReason apiName.' }) @Column(text(80)) lostReason: string | null;
  @Field(() => String, { nullable: true }) @Column(text(255)) nextStep: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Last Activity (Salesforce LastActivityDate, read-only): the latest activityDate of the opportunity's closed tasks and its events, a future event's included; null without any. Maintained by the database.",
  })
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  lastActivityDate: string | null;

  @Index() @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'accountId' }) account?: Account;

  @Column({ type: 'uuid', nullable: true }) contactId: string | null;
  @ManyToOne(() => Contact, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'contactId' }) contact?: Contact;

  /** Primary Campaign Source: the campaign credited in campaign statistics. */
  @Index() @Column({ type: 'uuid', nullable: true }) campaignId: string | null;
  @ManyToOne(() => Campaign, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'campaignId' }) campaign?: Campaign;
}
