import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { OrderItem } from './order-item.entity';
import { Order } from './order.entity';

export const ORDER_STATUSES = ['Draft', 'Activated', 'Shipped', 'Cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Allowed status moves. Shipped and Cancelled are final. */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  Draft: ['Activated', 'Cancelled'],
  Activated: ['Shipped', 'Cancelled'],
  Shipped: [],
  Cancelled: [],
};

export const MAX_ORDER_LINES = 200;

export const orderList = defineList(() => Order, {
  name: 'Order',
  fields: {
    id: 'id', orderNumber: 'string', status: 'string', accountId: 'id', opportunityId: 'id', ownerId: 'id',
    effectiveDate: 'date', totalAmount: 'number', createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['orderNumber', SortDirection.DESC]],
});

export const orderItemList = defineList(() => OrderItem, {
  name: 'OrderItem',
  fields: { id: 'id', orderId: 'id', productId: 'id', lineNumber: 'number', quantity: 'number', unitPrice: 'number', totalPrice: 'number' },
  defaultOrder: [['lineNumber', SortDirection.ASC]],
});

@InputType()
export class PlaceOrderLineInput {
  @Field(() => ID) productId: string;
  @Field(() => Float, { description: 'More than 0.' }) quantity: number;
  @Field(() => Float, { nullable: true, description: "Default: the product's price in the order's price book." }) unitPrice?: number | null;
}

@InputType()
export class PlaceOrderInput {
  @Field(() => ID, { description: 'A visible account.' }) accountId: string;
  @Field(() => ID, { nullable: true, description: "A visible opportunity of the same account." }) opportunityId?: string | null;
  @Field(() => ID, { nullable: true, description: "Default: the org's standard price book." }) pricebookId?: string | null;
  @Field(() => [PlaceOrderLineInput]) lines: PlaceOrderLineInput[];
  @Field(() => DateScalar, { nullable: true, description: 'Default: today.' }) effectiveDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(32000) description?: string | null;
  @Field({ nullable: true, description: 'true: keep the order as Draft (customer service is notified when it is activated). Default false: placed as Activated.' })
  asDraft?: boolean;
}

@ObjectType({ description: "The customer-service email about an order, from the outbox." })
export class OrderNotification {
  @Field({ description: 'pending (queued or being retried), sending, sent or dead (gave up after the maximum attempts).' }) status: string;
  @Field(() => Int) attempts: number;
  @Field(() => [String]) to: string[];
  @Field(() => DateTimeScalar) createdDate: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentDate: Date | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
}
