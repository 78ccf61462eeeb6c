import type { RequestContext } from '../../api/request-context';
import { toConnection } from '../list/define-list';
import type { ListArgs } from '../list/list-query';
import type { Partition } from '../list/list-query';
import type { TenantEntity } from '../tenant.entity';
import type { CrudService } from './crud-service';

/** A to-one relation field: batched by id, null when unset or not visible to the caller. */
export function loadRef<T extends TenantEntity>(ctx: RequestContext, svc: CrudService<T>, id: string | null | undefined): Promise<T | null> | null {
  return id ? ctx.loaders.byId(svc.entity, svc.access).load(id) : null;
}

/**
 * A to-many relation field: the parent's own page, loaded together with the pages of every
 * other parent of the same level in one statement. `partition` defaults to a child column.
 */
export async function loadChildren<T extends TenantEntity>(
  ctx: RequestContext,
  svc: CrudService<T>,
  parentId: string,
  args: ListArgs,
  by: string | Partition,
  name = typeof by === 'string' ? by : by.key,
  where?: Parameters<CrudService<T>['source']>[0],
) {
  const partition = typeof by === 'string' ? { key: `c."${by}"` } : by;
  const page = await ctx.loaders.pages(svc.source(where), partition, args, name).load(parentId);
  return toConnection(svc.list, page);
}
