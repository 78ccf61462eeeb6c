import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { CrudService } from '../common/crud/crud-service';
import { assertId, badInput, isId } from '../common/errors';
import { Organization } from '../identity/organization.entity';
import { User } from '../identity/user.entity';
import { enqueueOutbox } from '../outbox/outbox';
import { Opportunity } from '../sales/opportunity.entity';
import { pricebookService } from './catalog.service';
import { PricebookEntry } from './pricebook-entry.entity';
import { Pricebook } from './pricebook.entity';
import { Product } from './product.entity';
import { defaultServiceEmail, orderEmail } from './order-email';
import { OrderItem } from './order-item.entity';
import { Order } from './order.entity';
import { MAX_ORDER_LINES, ORDER_STATUSES, ORDER_TRANSITIONS, orderList, type OrderStatus, type PlaceOrderInput } from './order.types';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Test hook: throws after the order and its lines are inserted (proves the rollback). */
export const orderFaults = { afterInsert: null as null | (() => void) };

export class OrderService extends CrudService<Order> {
  readonly entity = Order;
  readonly list = orderList;
  readonly access = 'owner' as const;

  /** Orders are made only by placeOrder. */
  create(): never {
    throw badInput('input', 'Use placeOrder to create an order');
  }

  /**
   * Creates the order with its lines and, in the same transaction, the customer-service email in
   * the outbox: both are written or neither. Activated unless `asDraft` (a draft notifies on activation).
   */
  placeOrder(ctx: RequestContext, input: PlaceOrderInput): Promise<Order> {
    return ctx.transaction(async () => {
      const account = await this.reference(ctx, Account, input.accountId, 'accountId', 'owner');
      let opportunity: Opportunity | null = null;
      if (input.opportunityId) {
        opportunity = await this.reference(ctx, Opportunity, input.opportunityId, 'opportunityId', 'owner');
        if (opportunity.accountId !== account.id) throw badInput('opportunityId', 'The opportunity belongs to another account');
      }
      const pricebook = input.pricebookId
        ? await this.reference(ctx, Pricebook, input.pricebookId, 'pricebookId', 'org')
        : await pricebookService.standard(ctx);
      if (!pricebook) throw badInput('pricebookId', 'The organisation has no active standard price book: name one');
      if (!pricebook.isActive) throw badInput('pricebookId', 'The price book is not active');
      const lines = await this.priceLines(ctx, pricebook.id, input.lines);
      const [{ n }] = await ctx.em.query(`SELECT lpad(nextval('order_number_seq')::text, 8, '0') AS n`);
      const order = ctx.em.create(Order, {
        orgId: ctx.orgId, ownerId: ctx.user.id, orderNumber: n, accountId: account.id, opportunityId: opportunity?.id ?? null,
        pricebookId: pricebook.id, status: input.asDraft ? 'Draft' : 'Activated', effectiveDate: input.effectiveDate ?? new Date().toISOString().slice(0, 10),
        totalAmount: round2(lines.reduce((s, l) => s + l.totalPrice, 0)), description: input.description?.trim() || null,
      });
      await ctx.em.save(order);
      await ctx.em.insert(OrderItem, lines.map((l, i) => ({ orgId: ctx.orgId, orderId: order.id, productId: l.product.id, lineNumber: i + 1, quantity: l.quantity, unitPrice: l.unitPrice, totalPrice: l.totalPrice })));
      orderFaults.afterInsert?.();
      if (order.status === 'Activated') await this.notify(ctx, order, account, opportunity, lines);
      return order;
    });
  }

  /** Moves the order along ORDER_TRANSITIONS; activating a draft notifies customer service. */
  changeStatus(ctx: RequestContext, id: string, status: string): Promise<Order> {
    return ctx.transaction(async () => {
      if (!(ORDER_STATUSES as readonly string[]).includes(status)) throw badInput('status', `status must be one of: ${ORDER_STATUSES.join(', ')}`);
      const order = await this.loadForWrite(ctx, id);
      const allowed = ORDER_TRANSITIONS[order.status as OrderStatus] ?? [];
      if (!allowed.includes(status as OrderStatus)) {
        throw badInput('status', `A ${order.status} order cannot become ${status}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`, { allowed });
      }
      const from = order.status;
      order.status = status;
      await ctx.em.update(Order, { id: order.id }, { status });
      if (from === 'Draft' && status === 'Activated') {
        const account = await ctx.em.findOneByOrFail(Account, { id: order.accountId });
        const opportunity = order.opportunityId ? await ctx.em.findOneBy(Opportunity, { id: order.opportunityId }) : null;
        const items = await ctx.em.find(OrderItem, { where: { orderId: order.id }, order: { lineNumber: 'ASC' } });
        const products = await ctx.em.findByIds(Product, items.map((i) => i.productId));
        const byId = new Map(products.map((p) => [p.id, p]));
        await this.notify(ctx, order, account, opportunity, items.map((i) => ({ ...i, product: byId.get(i.productId)! })));
      }
      return order;
    });
  }

  allowedStatuses(status: string): readonly OrderStatus[] {
    return ORDER_TRANSITIONS[status as OrderStatus] ?? [];
  }

  /** Validates the lines (fields `lines.<i>.productId` / `.quantity` / `.unitPrice`) and prices them. */
  private async priceLines(ctx: RequestContext, pricebookId: string, lines: PlaceOrderInput['lines']) {
    if (!lines?.length) throw badInput('lines', 'Add at least one product');
    if (lines.length > MAX_ORDER_LINES) throw badInput('lines', `An order has at most ${MAX_ORDER_LINES} lines`);
    lines.forEach((l, i) => {
      if (!isId(l.productId)) throw badInput(`lines.${i}.productId`, 'Choose a product');
      if (!(Number.isFinite(l.quantity) && l.quantity > 0)) throw badInput(`lines.${i}.quantity`, 'The quantity must be more than 0');
      if (l.quantity > 1e9 || round2(l.quantity) !== l.quantity) throw badInput(`lines.${i}.quantity`, 'The quantity has at most 2 decimals');
      if (l.unitPrice != null && !(Number.isFinite(l.unitPrice) && l.unitPrice >= 0 && l.unitPrice < 1e12)) throw badInput(`lines.${i}.unitPrice`, 'The unit price must be 0 or more');
    });
    const ids = [...new Set(lines.map((l) => assertId(l.productId)))];
    const products = await ctx.em.find(Product, { where: ids.map((id) => ({ id, orgId: ctx.orgId })) });
    const entries = await ctx.em.find(PricebookEntry, { where: ids.map((productId) => ({ productId, pricebookId, orgId: ctx.orgId })) });
    const productOf = new Map(products.map((p) => [p.id, p]));
    const entryOf = new Map(entries.map((e) => [e.productId, e]));
    return lines.map((l, i) => {
      const product = productOf.get(l.productId.toLowerCase());
      if (!product) throw badInput(`lines.${i}.productId`, `No product with id ${l.productId}`);
      if (!product.isActive) throw badInput(`lines.${i}.productId`, `${product.name} is not active`);
      const entry = entryOf.get(product.id);
      if (!entry || !entry.isActive) throw badInput(`lines.${i}.productId`, `${product.name} has no active price in this price book`);
      const unitPrice = round2(l.unitPrice ?? Number(entry.unitPrice));
      return { product, quantity: l.quantity, unitPrice, totalPrice: round2(unitPrice * l.quantity) };
    });
  }

  /** The customer-service email, in the order's transaction. */
  private async notify(ctx: RequestContext, order: Order, account: Account, opportunity: Opportunity | null, lines: Array<{ product: Product; quantity: number; unitPrice: number; totalPrice: number }>) {
    const org = await ctx.em.findOneByOrFail(Organization, { id: ctx.orgId });
    const owner = await ctx.em.findOneByOrFail(User, { id: order.ownerId });
    const to = [org.customerServiceEmail || defaultServiceEmail(org.name)];
    const payload = orderEmail({
      orgName: org.name, to, orderNumber: order.orderNumber, status: order.status, accountName: account.name, opportunityName: opportunity?.name ?? null,
      ownerName: owner.name, ownerEmail: owner.email, effectiveDate: order.effectiveDate, totalAmount: Number(order.totalAmount), currency: org.defaultCurrencyIsoCode,
      description: order.description,
      lines: lines.map((l) => ({ productName: l.product.name, productCode: l.product.productCode, quantity: Number(l.quantity), unitPrice: Number(l.unitPrice), totalPrice: Number(l.totalPrice) })),
    });
    await enqueueOutbox(ctx.em, { orgId: ctx.orgId, kind: 'email', recordId: order.id, payload: payload as unknown as Record<string, unknown> });
  }
}

export const orderService = new OrderService();
