import DataLoader from 'dataloader';
import type { FieldNode } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { scopeQuery, teamSubquery, type AccessPolicy } from '../access';
import type { Page } from '../list/connection-types';
import { hydrate } from '../list/hydrate';
import { loadPagesByParent, type ListArgs, type ListSource, type Partition } from '../list/list-query';

const targetName = (t: EntityTarget<ObjectLiteral>) => (typeof t === 'function' ? t.name : String(t));

/**
 * Request-scoped DataLoaders, created on first use and keyed by what they load, so that every
 * relation field of one nesting level becomes one batched statement.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private team?: Promise<Set<string>>;

  constructor(private readonly ctx: RequestContext) {}

  private readonly memos = new Map<string, unknown>();

  /** Any other per-request state, created once per request under `key`. */
  memo<T>(key: string, create: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, create());
    return this.memos.get(key) as T;
  }

  /** A loader for anything keyed; `batch` must return values in key order. */
  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>, cache = true): DataLoader<K, V> {
    let l = this.loaders.get(key);
    if (!l) this.loaders.set(key, (l = new DataLoader(batch as never, { maxBatchSize: 50_000, cache })));
    return l as DataLoader<K, V>;
  }

  /** What `byId` has loaded so far, per entity and access: read synchronously by `loaded`. */
  private readonly byIdLoaded = new Map<unknown, Map<AccessPolicy, Map<string, unknown>>>();
  private readonly fieldLoaders = new WeakMap<FieldNode, Map<string, unknown>>();

  /**
   * The loader of one field of the query, created once: every parent of a level resolves the
   * same field node with the same arguments, so the loader's key need not be built per row.
   */
  forField<L>(node: FieldNode, name: string, create: () => L): L {
    let byName = this.fieldLoaders.get(node);
    if (!byName) this.fieldLoaders.set(node, (byName = new Map()));
    if (!byName.has(name)) byName.set(name, create());
    return byName.get(name) as L;
  }

  /** Records by id, scoped to the caller: an invisible record loads as null. */
  byId<T extends ObjectLiteral>(entity: EntityTarget<T>, access: AccessPolicy): DataLoader<string, T | null> {
    const key = `byId:${targetName(entity)}:${access}`;
    return this.get(key, async (ids: readonly string[]) => {
      const qb = this.ctx.em.getRepository(entity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids });
      const rows = hydrate(this.ctx.em, entity, await scopeQuery(this.ctx, qb, 't', access).getRawMany(), 't');
      const map = new Map(rows.map((r) => [r.id as string, r]));
      let perAccess = this.byIdLoaded.get(entity);
      if (!perAccess) this.byIdLoaded.set(entity, (perAccess = new Map()));
      let loaded = perAccess.get(access);
      if (!loaded) perAccess.set(access, (loaded = new Map()));
      for (const id of ids) loaded.set(id, map.get(id) ?? null);
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /**
   * A record `byId` has already loaded in this request (null if invisible), or undefined: lets
   * a to-one field answer without a promise, which on pages of thousands of rows saves much of
   * graphql-js's asynchronous bookkeeping.
   */
  loaded<T extends ObjectLiteral>(entity: EntityTarget<T>, access: AccessPolicy, id: string): T | null | undefined {
    return this.byIdLoaded.get(entity)?.get(access)?.get(id) as T | null | undefined;
  }

  /**
   * Every row whose `column` is one of the keys, grouped by key, in `order` (plain lists such as
   * a campaign's statuses or a territory's children): one statement per nesting level. With
   * `columns`, only those (and `column`) load.
   */
  listBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    order: string[],
    opts: { access?: AccessPolicy; where?: string; columns?: string[] | null } = {},
  ): DataLoader<string, T[]> {
    const access = opts.access ?? 'org';
    const only = opts.columns ? [...new Set([...opts.columns, column])] : null;
    return this.get(`listBy:${targetName(entity)}:${column}:${order.join()}:${access}:${opts.where ?? ''}:${only?.join() ?? '*'}`, async (keys: readonly string[]) => {
      const qb = this.ctx.em.getRepository(entity).createQueryBuilder('t').where(`t."${column}" = ANY(:keys)`, { keys });
      if (only) {
        const cols = this.ctx.em.connection.getMetadata(entity).columns.filter((c) => only.includes(c.propertyName));
        qb.select(cols.map((c) => `t."${c.databaseName}" AS "t_${c.databaseName}"`));
      }
      if (opts.where) qb.andWhere(opts.where);
      for (const o of [...order, 'id']) qb.addOrderBy(`t."${o}"`);
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      const rows = hydrate(this.ctx.em, entity, await scopeQuery(this.ctx, qb, 't', access).getRawMany(), 't', only);
      for (const row of rows) groups.get(row[column])?.push(row);
      return keys.map((k) => groups.get(k)!);
    });
  }

  /**
   * Per-parent pages of a to-many relation: one statement for all parents of a level. Pages are
   * not cached: each parent asks once per field, and a level's rows can then be collected as
   * soon as the level is answered instead of living until the end of the request.
   */
  pages<T extends ObjectLiteral>(
    src: ListSource<T>,
    partition: Partition,
    args: ListArgs,
    name: string,
    columns?: string[] | null,
    totals = true,
  ): DataLoader<string, Page<T>> {
    const key = `pages:${targetName(src.entity)}:${name}:${JSON.stringify(args)}:${columns?.join() ?? '*'}:${totals}`;
    return this.get(key, async (parentIds: readonly string[]) => {
      const pages = await loadPagesByParent(this.ctx, src, partition, parentIds, args, columns, totals);
      return parentIds.map((id) => pages.get(id)!);
    }, false);
  }

  /** Ids of the caller and everyone below them in the manager hierarchy (once per request). */
  teamIds(): Promise<Set<string>> {
    this.team ??= this.ctx.em
      .query(`SELECT id FROM ${teamSubquery('$1')} t`, [this.ctx.user.id])
      .then((rows: { id: string }[]) => new Set(rows.map((r) => r.id)));
    return this.team;
  }
}
