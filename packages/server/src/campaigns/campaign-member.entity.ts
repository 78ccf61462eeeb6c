import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { TenantEntity } from '../common/tenant.entity';
import { Contact } from '../accounts/contact.entity';
import { Lead } from '../sales/lead.entity';
import { Campaign } from './campaign.entity';

@ObjectType({ description: 'A lead or contact in a campaign, with its member status.' })
@Entity('campaign_member')
@Check('CHK_campaign_member_person', '"leadId" IS NOT NULL OR "contactId" IS NOT NULL')
// One membership per person per campaign.
@Index(['campaignId', 'leadId'], { unique: true, where: '"leadId" IS NOT NULL AND "contactId" IS NULL' })
@Index(['campaignId', 'contactId'], { unique: true, where: '"contactId" IS NOT NULL' })
// Scoped member counts per campaign read the index only.
@Index(['campaignId', 'orgId'])
export class CampaignMember extends TenantEntity {
  @Column('uuid') campaignId: string;
  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'campaignId' }) campaign?: Campaign;

  @Index() @Column({ type: 'uuid', nullable: true }) leadId: string | null;
  @ManyToOne(() => Lead, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'leadId' }) lead?: Lead;

  @Index() @Column({ type: 'uuid', nullable: true }) contactId: string | null;
  @ManyToOne(() => Contact, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'contactId' }) contact?: Contact;

  @Field({ description: "A label of one of the campaign's member statuses." }) @Column({ length: 765 }) status: string;
  @Field({ description: "From the status's hasResponded (read-only)." }) @Column({ default: false }) hasResponded: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'When the member first reached a responded status.' }) @Column({ type: 'date', nullable: true }) firstRespondedDate: string | null;
}
