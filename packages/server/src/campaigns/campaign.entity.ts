import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { money, percent, text } from '../common/column-types';
import { DateScalar } from '../common/scalars';
import { OwnedEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { CampaignRecordType } from './campaign-record-type.entity';

@ObjectType({ description: 'A marketing initiative; campaigns nest in hierarchies and roll their results up.' })
@Entity('campaign')
@Index(['orgId', 'name'])
export class Campaign extends OwnedEntity {
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;

  @Field() @Column(text(80, false)) name: string;
  @Field(() => String, { nullable: true, description: 'Channel: Email, Webinar, Conference, Trade Show, Direct Mail ...' }) @Column(text(40)) type: string | null;
  @Field({ description: 'Planned, In Progress, Completed or Aborted.' }) @Column({ length: 40, default: 'Planned' }) status: string;
  @Field(() => DateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) startDate: string | null;
  @Field(() => DateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) endDate: string | null;
  @Field(() => Float, { nullable: true }) @Column(money) budgetedCost: number | null;
  @Field(() => Float, { nullable: true }) @Column(money) actualCost: number | null;
  @Field(() => Float, { nullable: true, description: 'Entered by a user; not computed.' }) @Column(money) expectedRevenue: number | null;
  @Field(() => Float, { nullable: true, description: 'Expected response rate, percent.' }) @Column(percent) expectedResponse: number | null;
  @Field(() => Float, { nullable: true, description: 'People targeted; entered by a user.' }) @Column({ type: 'double precision', nullable: true }) numberSent: number | null;
  @Field() @Column({ default: false }) isActive: boolean;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;

  @Column({ type: 'uuid', nullable: true }) recordTypeId: string | null;
  @ManyToOne(() => CampaignRecordType, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'recordTypeId' }) recordType?: CampaignRecordType;
  /** Values of the record type's extra fields, validated on write. */
  @Column({ type: 'jsonb', default: () => `'{}'` }) customFields: Record<string, unknown>;

  @Index() @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'parentId' }) parent?: Campaign;
}
