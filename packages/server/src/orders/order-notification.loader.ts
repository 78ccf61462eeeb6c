import DataLoader from 'dataloader';
import type { RequestContext } from '../api/request-context';
import type { OrderNotification } from './order.types';

const loaders = new WeakMap<object, DataLoader<string, OrderNotification | null>>();

/** The latest outbox email per order, for every order of the level in one statement. */
export function orderNotification(ctx: RequestContext, orderId: string): Promise<OrderNotification | null> {
  let l = loaders.get(ctx.loaders);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows: Array<OrderNotification & { recordId: string }> = await ctx.em.query(
        `SELECT DISTINCT ON ("recordId") "recordId", status, attempts, payload->'to' AS "to", "createdDate", "sentDate", "lastError"
         FROM outbox_message WHERE "orgId" = $1 AND "recordId" = ANY($2::uuid[]) AND kind = 'email'
         ORDER BY "recordId", "createdDate" DESC`,
        [ctx.orgId, ids],
      );
      const by = new Map(rows.map((r) => [r.recordId, r]));
      return ids.map((id) => by.get(id) ?? null);
    });
    loaders.set(ctx.loaders, l);
  }
  return l.load(orderId);
}
