// The demo catalogue (a standard price book, ten products) and a few orders of rep@demo.example.
import { OrderItem } from '../orders/order-item.entity';
import { Order } from '../orders/order.entity';
import { PricebookEntry } from '../orders/pricebook-entry.entity';
import { Pricebook } from '../orders/pricebook.entity';
import { Product } from '../orders/product.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { bulkInsert, type SeedContext } from './context';

const PRODUCTS: Array<[string, string, string, number]> = [
  ['CRM Starter licence (1 user, 1 year)', 'LIC-STARTER', 'Software', 300],
  ['CRM Professional licence (1 user, 1 year)', 'LIC-PRO', 'Software', 900],
  ['CRM Enterprise licence (1 user, 1 year)', 'LIC-ENT', 'Software', 1800],
  ['Onboarding package', 'SRV-ONBOARD', 'Services', 5000],
  ['Data migration (per object)', 'SRV-MIGRATE', 'Services', 1200],
  ['Training day (on site)', 'SRV-TRAIN', 'Services', 2000],
  ['Premier support (1 year)', 'SUP-PREMIER', 'Support', 4000],
  ['Barcode scanner', 'HW-SCAN', 'Hardware', 250],
  ['Rugged tablet', 'HW-TABLET', 'Hardware', 800],
  ['Receipt printer', 'HW-PRINT', 'Hardware', 180],
];

export async function seedOrders(ctx: SeedContext): Promise<number> {
  const r = ctx.rng('orders');
  const { dateTime } = ctx.dates;
  const { orgId } = ctx;
  const created = dateTime(-700, 9);
  const pricebookId = r.uuid();
  await bulkInsert(ctx.em, Pricebook, [{ id: pricebookId, orgId, name: 'Standard Price Book', isStandard: true, isActive: true, createdDate: created, lastModifiedDate: created }]);
  const products = PRODUCTS.map(([name, productCode, family, price]) => ({ id: r.uuid(), name, productCode, family, price }));
  await bulkInsert(ctx.em, Product, products.map((p) => ({ id: p.id, orgId, name: p.name, productCode: p.productCode, family: p.family, isActive: true, createdDate: created, lastModifiedDate: created })));
  await bulkInsert(ctx.em, PricebookEntry, products.map((p) => ({ id: r.uuid(), orgId, pricebookId, productId: p.id, unitPrice: p.price, isActive: true, createdDate: created, lastModifiedDate: created })));
  // Orders on three of the rep's won deals' accounts, one per status.
  const rep = ctx.users.rep;
  const deals = ctx.opportunities.filter((o) => o.ownerId === rep.id && o.isClosed).slice(0, 4);
  const statuses = ['Shipped', 'Activated', 'Draft', 'Cancelled'];
  const orders: Array<Partial<Order>> = [];
  const items: Array<Partial<OrderItem>> = [];
  const outbox: Array<Partial<OutboxMessage>> = [];
  const numbers: Array<{ n: string }> = await ctx.em.query(`SELECT lpad(nextval('order_number_seq')::text, 8, '0') AS n FROM generate_series(1, $1)`, [deals.length]);
  deals.forEach((deal, i) => {
    const id = r.uuid();
    const placed = dateTime(deal.closeDays + 1, 11);
    const lines = [r.pick(products), r.pick(products.slice(3))].filter((p, j, all) => all.indexOf(p) === j);
    let total = 0;
    lines.forEach((p, j) => {
      const quantity = p.family === 'Software' ? r.int(5, 50) : r.int(1, 4);
      total += quantity * p.price;
      items.push({ id: r.uuid(), orgId, orderId: id, productId: p.id, lineNumber: j + 1, quantity, unitPrice: p.price, totalPrice: quantity * p.price, createdDate: placed, lastModifiedDate: placed });
    });
    orders.push({
      id, orgId, ownerId: rep.id, orderNumber: numbers[i].n, accountId: deal.accountId, opportunityId: deal.id, pricebookId, status: statuses[i],
      effectiveDate: placed.toISOString().slice(0, 10), totalAmount: total, description: null, createdDate: placed, lastModifiedDate: placed,
    });
    // Their notifications went out when they were placed (drafts notify on activation).
    if (statuses[i] !== 'Draft') {
      outbox.push({
        id: r.uuid(), orgId, kind: 'email', recordId: id, status: 'sent', attempts: 1, nextAttemptAt: placed, lastError: null, createdDate: placed, sentDate: placed, lockedUntil: null,
        payload: { from: 'Demo Company CRM <service@demo-company.example>', to: ['service@demo-company.example'], subject: `New order ${numbers[i].n}`, text: `Order ${numbers[i].n} (demo data).` },
      });
    }
  });
  await bulkInsert(ctx.em, Order, orders);
  await bulkInsert(ctx.em, OrderItem, items);
  await bulkInsert(ctx.em, OutboxMessage, outbox);
  return orders.length;
}
