import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import type { RequestContext } from '../api/request-context';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import { newPage, toConnection } from '../common/list/define-list';
import { loadJsonList } from '../common/list/json-pages';
import type { ListArgs } from '../common/list/list-query';
import { ReadsId } from '../common/list/selection';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { kickOutbox } from '../outbox/outbox';
import { Opportunity } from '../sales/opportunity.entity';
import { opportunityService } from '../sales/opportunity.service';
import { pricebookService, productService } from './catalog.service';
import { orderNotification } from './order-notification.loader';
import { OrderItem } from './order-item.entity';
import { orderItemService } from './order-item.service';
import { Order } from './order.entity';
import { orderService } from './order.service';
import { ORDER_STATUSES, orderItemList, orderList, OrderNotification, PlaceOrderInput } from './order.types';
import { Pricebook } from './pricebook.entity';
import { Product } from './product.entity';

const ORDER_ITEMS: ToManySpec = { service: orderItemService, by: 'orderId' };
const ACCOUNT_ORDERS: ToManySpec = { service: orderService, by: 'accountId' };
const OPPORTUNITY_ORDERS: ToManySpec = { service: orderService, by: 'opportunityId' };

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, { description: 'One order by id (NOT_FOUND if it does not exist or is not visible).' })
  order(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return orderService.findOne(ctx, id);
  }

  @Query(() => orderList.Connection, { description: 'Orders visible to the caller (their own and their team\'s), filtered (e.g. by accountId, status), sorted and paged.' })
  async orders(@Args(() => orderList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const text = await loadJsonList(ctx, { service: orderService }, args, info);
    if (text !== null) {
      ctx.rawJson.add(info.path, text);
      return newPage(orderList, 0, 0);
    }
    return toConnection(orderList, await orderService.findMany(ctx, args));
  }

  @Mutation(() => Order, {
    description: 'Places an order on a visible account (and optionally its opportunity): lines priced from the price book unless a unitPrice is given, status Activated (or Draft with asDraft), and, in the same transaction, an email to customer service in the outbox. Errors name the field, e.g. lines.0.quantity; a refused order writes nothing.',
  })
  async placeOrder(@Arg('input', () => PlaceOrderInput) input: PlaceOrderInput, @Ctx() ctx: RequestContext) {
    const order = await orderService.placeOrder(ctx, input);
    kickOutbox();
    return order;
  }

  @Mutation(() => Order, { description: `Changes the status: Draft → Activated | Cancelled, Activated → Shipped | Cancelled; Shipped and Cancelled are final. Activating a draft notifies customer service. Statuses: ${ORDER_STATUSES.join(', ')}.` })
  async changeOrderStatus(@Arg('id', () => ID) id: string, @Arg('status') status: string, @Ctx() ctx: RequestContext) {
    const order = await orderService.changeStatus(ctx, id, status);
    kickOutbox();
    return order;
  }

  @ToOne(accountService, 'accountId')
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() o: Order, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, o.accountId);
  }

  @ToOne(opportunityService, 'opportunityId')
  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() o: Order, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, opportunityService, o.opportunityId);
  }

  @ToOne(pricebookService, 'pricebookId')
  @FieldResolver(() => Pricebook, { nullable: true })
  pricebook(@Root() o: Order, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, pricebookService, o.pricebookId);
  }

  @ToOne(userService, 'ownerId')
  @FieldResolver(() => User, { description: 'Who placed the order.' })
  owner(@Root() o: Order, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, o.ownerId);
  }

  @ToMany(ORDER_ITEMS)
  @FieldResolver(() => orderItemList.Connection, { description: 'The lines, in order.' })
  items(@Root() o: Order, @Args(() => orderItemList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...ORDER_ITEMS, parentId: o.id, args, info });
  }

  @ReadsId()
  @FieldResolver(() => [String], { description: 'Statuses this order can move to now.' })
  allowedStatuses(@Root() o: Order) {
    return orderService.allowedStatuses(o.status);
  }

  @ReadsId()
  @FieldResolver(() => OrderNotification, { nullable: true, description: 'The customer-service email: pending, sent or dead. Null for a draft.' })
  notification(@Root() o: Order, @Ctx() ctx: RequestContext) {
    return orderNotification(ctx, o.id);
  }
}

@Resolver(() => OrderItem)
export class OrderItemResolver {
  @ToOne(productService, 'productId')
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() i: OrderItem, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, productService, i.productId);
  }
}

@Resolver(() => Account)
export class AccountOrdersResolver {
  @ToMany(ACCOUNT_ORDERS)
  @FieldResolver(() => orderList.Connection, { description: "The account's orders visible to the caller." })
  orders(@Root() a: Account, @Args(() => orderList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...ACCOUNT_ORDERS, parentId: a.id, args, info });
  }
}

@Resolver(() => Opportunity)
export class OpportunityOrdersResolver {
  @ToMany(OPPORTUNITY_ORDERS)
  @FieldResolver(() => orderList.Connection, { description: "The opportunity's orders visible to the caller." })
  orders(@Root() o: Opportunity, @Args(() => orderList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...OPPORTUNITY_ORDERS, parentId: o.id, args, info });
  }
}
