import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { DateScalar } from '../common/scalars';
import { OwnedEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { Pricebook } from './pricebook.entity';

@ObjectType({ description: 'An order of products by an account (Salesforce Order), placed with placeOrder.' })
@Entity('order')
@Index(['orgId', 'orderNumber'], { unique: true })
@Index(['orgId', 'status'])
export class Order extends OwnedEntity {
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;
  @Field({ description: 'Assigned on insert from a sequence; never changes.' }) @Column({ length: 30 }) orderNumber: string;
  @Index() @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'accountId' }) account?: Account;
  @Index() @Column({ type: 'uuid', nullable: true }) opportunityId: string | null;
  @ManyToOne(() => Opportunity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'opportunityId' }) opportunity?: Opportunity;
  @Column('uuid') pricebookId: string;
  @ManyToOne(() => Pricebook, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'pricebookId' }) pricebook?: Pricebook;
  @Field({ description: 'Draft, Activated, Shipped or Cancelled (see changeOrderStatus for the allowed moves).' }) @Column({ length: 20 }) status: string;
  @Field(() => DateScalar, { description: 'When the order takes effect; defaults to the day it was placed.' }) @Column({ type: 'date' }) effectiveDate: string;
  @Field(() => Float, { description: 'Sum of the lines\' totalPrice.' }) @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 }) totalAmount: number;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
}
