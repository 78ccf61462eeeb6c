import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../api/request-context';
import { toConnection } from '../list/define-list';
import type { ListArgs } from '../list/list-query';
import type { Partition } from '../list/list-query';
import { selectedColumns, selectsTotal } from '../list/selection';
import type { TenantEntity } from '../tenant.entity';
import type { CrudService } from './crud-service';

/** A to-one relation field: batched by id, null when unset or not visible to the caller. */
export function loadRef<T extends TenantEntity>(ctx: RequestContext, svc: CrudService<T>, id: string | null | undefined): Promise<T | null> | T | null {
  if (!id) return null;
  const loaded = ctx.loaders.loaded(svc.entity, svc.access, id);
  return loaded !== undefined ? loaded : ctx.loaders.byId(svc.entity, svc.access).load(id);
}

/**
 * A to-many relation field: the parent's own page, loaded together with the pages of every
 * other parent of the same level in one statement. `partition` defaults to a child column.
 * With `info`, only the columns the selection needs are loaded, and the loader is looked up by
 * the query's field node (its arguments are fixed for the whole request).
 */
export async function loadChildren<T extends TenantEntity>(
  ctx: RequestContext,
  svc: CrudService<T>,
  parentId: string,
  args: ListArgs,
  by: string | Partition,
  name = typeof by === 'string' ? by : by.key,
  where?: Parameters<CrudService<T>['source']>[0],
  info?: GraphQLResolveInfo,
) {
  const loader = () => {
    const partition = typeof by === 'string' ? { key: `c."${by}"` } : by;
    const columns = selectedColumns(info, ctx.em.connection.getMetadata(svc.entity));
    return ctx.loaders.pages(svc.source(where), partition, args, name, columns, selectsTotal(info));
  };
  const pages = info ? ctx.loaders.forField(info.fieldNodes[0], name, loader) : loader();
  return toConnection(svc.list, await pages.load(parentId));
}
