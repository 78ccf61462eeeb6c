import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Extensions } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import type { Page } from '../list/connection-types';
import { newPage } from '../list/define-list';
import { planJsonPages, runJsonPages } from '../list/json-pages';
import type { ListArgs, Partition } from '../list/list-query';
import { selectedColumns, selectsTotal } from '../list/selection';
import type { TenantEntity } from '../tenant.entity';
import type { CrudService } from './crud-service';

/** A to-one relation field: batched by id, null when unset or not visible to the caller. */
export function loadRef<T extends TenantEntity>(ctx: RequestContext, svc: CrudService<T>, id: string | null | undefined): Promise<T | null> | T | null {
  if (!id) return null;
  const loaded = ctx.loaders.loaded(svc.entity, svc.access, id);
  return loaded !== undefined ? loaded : ctx.loaders.byId(svc.entity, svc.access).load(id);
}

/** A to-many relation: `service`'s records whose `by` column (or partition) holds the parent's id. */
export interface ToManySpec<T extends TenantEntity = any> {
  service: CrudService<T>;
  /** The child column holding the parent's id, or a partition through a link table. */
  by: string | Partition;
  /** The loader's name; defaults to the column or the partition's key. */
  name?: string;
  /** A fixed extra condition on the children. */
  where?: Parameters<CrudService<T>['source']>[0];
}

/** A to-one relation: the record of `target` (a service, or an entity and its access) whose id the parent's `column` holds. */
export interface ToOneSpec {
  target: Pick<CrudService<any>, 'entity' | 'access'>;
  column: string;
}

/** Declares a to-many field's relation, so that JSON pages can compile it in a parent's page. */
export const ToMany = (spec: ToManySpec) => Extensions({ toMany: spec });

/** Declares a to-one field's relation, so that JSON pages can join it in a parent's page. */
export const ToOne = (target: ToOneSpec['target'], column: string) => Extensions({ toOne: { target, column } satisfies ToOneSpec });

/** What a to-many relation field pages: `service`'s records under `parentId`. */
export interface Children<T extends TenantEntity> extends ToManySpec<T> {
  parentId: string;
  args: ListArgs;
  /** The field's resolve info: only the selected columns load, and totals only when asked. */
  info: GraphQLResolveInfo | undefined;
}

/**
 * A to-many relation field: the parent's own page, loaded together with the pages of every
 * other parent of the same level in one statement. The loader is looked up by the query's field
 * node (its arguments are fixed for the whole request). Where the selection is plain data, the
 * pages come from PostgreSQL as JSON text (see `json-pages.ts`), and the field resolves to an
 * empty placeholder that the response replaces with that text.
 */
export function loadChildren<T extends TenantEntity>(ctx: RequestContext, c: Children<T>): Promise<Page<T>> {
  const { service, by, info } = c;
  const name = c.name ?? (typeof by === 'string' ? by : by.key);
  if (info) {
    const json = ctx.loaders.forField(info.fieldNodes[0], `${name}:json`, () => {
      const plan = planJsonPages(ctx, c, info);
      return plan && new DataLoader<string, string>((ids) => runJsonPages(ctx, plan, ids), { cache: false, maxBatchSize: 50_000 });
    });
    if (json) {
      return json.load(c.parentId).then((text) => {
        ctx.rawJson.add(info.path, text);
        return newPage(service.list, 0, 0);
      });
    }
  }
  const loader = () => {
    const partition = typeof by === 'string' ? { key: `c."${by}"` } : by;
    const columns = selectedColumns(info, ctx.em.connection.getMetadata(service.entity));
    return ctx.loaders.pages(service.source(c.where), partition, c.args, name, columns, selectsTotal(info));
  };
  const pages = info ? ctx.loaders.forField(info.fieldNodes[0], name, loader) : loader();
  // Pages come as instances of the list's Connection class.
  return pages.load(c.parentId);
}
