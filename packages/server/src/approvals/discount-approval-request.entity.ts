import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { money, percent } from '../common/column-types';
import { DateTimeScalar } from '../common/scalars';
import { TenantEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Opportunity } from '../sales/opportunity.entity';

export const DISCOUNT_STATUSES = ['Pending', 'Approved', 'Rejected', 'Recalled'] as const;
export type DiscountStatus = (typeof DISCOUNT_STATUSES)[number];

@ObjectType({
  description: "A request to discount an opportunity (Salesforce's approval process on the opportunity owner's manager). "
    + 'Approving it sets Opportunity.discountPercent and reduces Opportunity.amount from listAmount; a pending, rejected or recalled request changes nothing.',
})
@Entity('discount_approval_request')
// One pending request per opportunity (the database's guarantee; the service says CONFLICT first).
@Index('UQ_discount_request_pending', ['opportunityId'], { unique: true, where: `"status" = 'Pending'` })
@Index(['orgId', 'approverId', 'status'])
export class DiscountApprovalRequest extends TenantEntity {
  @Field(() => ID) @Index() @Column('uuid') opportunityId: string;
  @ManyToOne(() => Opportunity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'opportunityId' }) opportunity?: Opportunity;

  @Field(() => Float, { description: 'Percent off the list amount.' }) @Column({ ...percent, nullable: false }) requestedDiscountPercent: number;
  @Field(() => Float, { description: 'The list amount (before any discount) the percentage applies to, as of the submission.' })
  @Column({ ...money, nullable: false }) listAmount: number;
  @Field(() => Float, { description: 'listAmount less the requested discount: the opportunity amount once approved.' })
  @Column({ ...money, nullable: false }) discountedAmount: number;

  @Field(() => String, { description: 'Pending, Approved, Rejected or Recalled.' }) @Column({ type: 'varchar', length: 20 }) status: DiscountStatus;
  @Field({ description: "At or below the organisation's discountApprovalThreshold: approved on submission, without an approver." })
  @Column({ default: false }) isAutoApproved: boolean;

  @Field(() => ID) @Column('uuid') submittedById: string;
  @ManyToOne(() => User) @JoinColumn({ name: 'submittedById' }) submittedBy?: User;
  @Field(() => ID, { nullable: true, description: "The owner's manager at submission (an administrator if the owner had none); null if auto-approved." })
  @Column({ type: 'uuid', nullable: true }) approverId: string | null;
  @ManyToOne(() => User) @JoinColumn({ name: 'approverId' }) approver?: User;
  @Field(() => ID, { nullable: true, description: 'Who approved, rejected or recalled it (the approver, an administrator, or the submitter for a recall).' })
  @Column({ type: 'uuid', nullable: true }) decidedById: string | null;
  @ManyToOne(() => User) @JoinColumn({ name: 'decidedById' }) decidedBy?: User;

  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) submitterComment: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) approverComment: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) decidedDate: Date | null;
}
