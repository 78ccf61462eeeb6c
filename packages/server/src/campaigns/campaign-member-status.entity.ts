import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';
import { Campaign } from './campaign.entity';

@ObjectType({ description: "One of a campaign's member statuses (Sent, Responded ...)." })
@Entity('campaign_member_status')
@Index(['campaignId', 'label'], { unique: true })
export class CampaignMemberStatus extends TenantEntity {
  @Field(() => ID) @Column('uuid') campaignId: string;
  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'campaignId' }) campaign?: Campaign;

  @Field() @Column({ length: 765 }) label: string;
  @Field({ description: 'Members in this status count as responses.' }) @Column({ default: false }) hasResponded: boolean;
  @Field({ description: 'Members added without a status get this one; exactly one per campaign.' }) @Column({ default: false }) isDefault: boolean;
  @Field(() => Int) @Column('int') sortOrder: number;
}
