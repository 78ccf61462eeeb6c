import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { OrderItem } from './order-item.entity';
import { orderItemList } from './order.types';

/** Order lines: read under Order.items (the order's visibility applies); written only by placeOrder. */
export class OrderItemService extends CrudService<OrderItem> {
  readonly entity = OrderItem;
  readonly list = orderItemList;
  readonly access = 'org' as const;

  create(): never {
    throw badInput('input', 'Order lines are written by placeOrder');
  }
}

export const orderItemService = new OrderItemService();
