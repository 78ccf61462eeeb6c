import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { scopeQuery, type AccessPolicy } from '../access';
import { planJsonTree, runJsonPages, type TreeSpec } from '../list/json-pages';
import { selectedColumns } from '../list/selection';

/** A table with `id`, `orgId` and `parentId`: campaigns, territories, accounts. */
export interface TreeSource<T extends ObjectLiteral> extends TreeSpec {
  entity: EntityTarget<T>;
  table: string;
  access: AccessPolicy;
  /** Sibling order. */
  orderBy: string;
}

const name = (s: TreeSource<ObjectLiteral>) => s.table;

/** The most levels a tree walk follows (a guard: hierarchies are far shallower). */
export const MAX_TREE_DEPTH = 1000;

/**
 * Tree fields resolved set-based: every call below is one statement for all nodes of a
 * level, whatever the size of the tree (recursive CTEs over the adjacency list).
 */
export class TreeLoaders {
  /**
   * Only the columns the selection needs load (`info`: the field's resolve info). Where the
   * selection is plain data, the levels below come from PostgreSQL as JSON text, all in one
   * statement (`json-pages.ts`), and the field resolves to an empty placeholder list.
   */
  static children<T extends ObjectLiteral>(ctx: RequestContext, src: TreeSource<T>, id: string, info?: GraphQLResolveInfo): Promise<T[]> {
    if (info) {
      const json = ctx.loaders.forField(info.fieldNodes[0], `tree:json:${src.table}`, () => {
        const plan = planJsonTree(ctx, src, info);
        return plan && new DataLoader<string, string>((ids) => runJsonPages(ctx, plan, ids), { cache: false, maxBatchSize: 50_000 });
      });
      if (json) {
        return json.load(id).then((text) => {
          ctx.rawJson.add(info.path, text);
          return [];
        });
      }
    }
    const columns = selectedColumns(info, ctx.em.connection.getMetadata(src.entity));
    return ctx.loaders.listBy(src.entity, 'parentId', [src.orderBy], { access: src.access, columns }).load(id);
  }

  /**
   * Root first (`nearestFirst`: parent first), the node itself excluded, at most `maxDepth`
   * levels up; ancestors the caller cannot see are left out.
   */
  static ancestors<T extends ObjectLiteral>(
    ctx: RequestContext,
    src: TreeSource<T>,
    id: string,
    opts: { nearestFirst?: boolean; maxDepth?: number } = {},
  ): Promise<T[]> {
    const maxDepth = Math.max(1, Math.min(opts.maxDepth ?? MAX_TREE_DEPTH, MAX_TREE_DEPTH));
    const order = opts.nearestFirst ? 'ASC' : 'DESC';
    return ctx.loaders
      .get(`tree:ancestors:${name(src)}:${order}:${maxDepth}`, async (ids: readonly string[]) => {
        const qb = ctx.em
          .getRepository(src.entity)
          .createQueryBuilder('t')
          .innerJoin(
            `(WITH RECURSIVE up(start, id, d) AS (SELECT n.id, n."parentId", 1 FROM "${src.table}" n WHERE n.id = ANY(:ids) AND n."parentId" IS NOT NULL
               UNION ALL SELECT up.start, p."parentId", up.d + 1 FROM "${src.table}" p JOIN up ON p.id = up.id WHERE p."parentId" IS NOT NULL AND up.d < :maxDepth)
              SELECT start, id, d FROM up)`,
            'a',
            'a.id = t.id',
            { ids, maxDepth },
          )
          .addSelect('a.start', '__start')
          .orderBy('a.d', order);
        const { entities, raw } = await scopeQuery(ctx, qb, 't', src.access).getRawAndEntities();
        return ids.map((start) => pick(entities, raw, (r) => r.__start === start));
      })
      .load(id) as Promise<T[]>;
  }

  /** Depth-first levels: children, grandchildren ... up to maxDepth levels below the node. */
  static descendants<T extends ObjectLiteral>(ctx: RequestContext, src: TreeSource<T>, id: string, maxDepth: number): Promise<T[]> {
    return ctx.loaders
      .get(`tree:descendants:${name(src)}:${maxDepth}`, async (ids: readonly string[]) => {
        const qb = ctx.em
          .getRepository(src.entity)
          .createQueryBuilder('t')
          .innerJoin(
            `(WITH RECURSIVE down(start, id, d) AS (SELECT c."parentId", c.id, 1 FROM "${src.table}" c WHERE c."parentId" = ANY(:ids)
               UNION ALL SELECT down.start, c.id, down.d + 1 FROM "${src.table}" c JOIN down ON c."parentId" = down.id WHERE down.d < :maxDepth)
              SELECT start, id, d FROM down)`,
            'a',
            'a.id = t.id',
            { ids, maxDepth },
          )
          .addSelect('a.start', '__start')
          .orderBy('a.d')
          .addOrderBy(`t."${src.orderBy}"`)
          .addOrderBy('t.id');
        const { entities, raw } = await scopeQuery(ctx, qb, 't', src.access).getRawAndEntities();
        return ids.map((start) => pick(entities, raw, (r) => r.__start === start));
      })
      .load(id) as Promise<T[]>;
  }

  /** Levels above the node: a root has depth 0. */
  static depth(ctx: RequestContext, src: TreeSource<ObjectLiteral>, id: string): Promise<number> {
    return ctx.loaders
      .get(`tree:depth:${name(src)}`, async (ids: readonly string[]) => {
        const rows: { id: string; depth: number }[] = await ctx.em.query(
          `WITH RECURSIVE up(start, id, d) AS (SELECT n.id, n."parentId", 0 FROM "${src.table}" n WHERE n.id = ANY($1) AND n."orgId" = $2
             UNION ALL SELECT up.start, p."parentId", up.d + 1 FROM "${src.table}" p JOIN up ON p.id = up.id WHERE up.id IS NOT NULL AND up.d < ${MAX_TREE_DEPTH})
           SELECT start AS id, max(d) AS depth FROM up GROUP BY start`,
          [ids, ctx.orgId],
        );
        const byId = new Map(rows.map((r) => [r.id, Number(r.depth)]));
        return ids.map((i) => byId.get(i) ?? 0);
      })
      .load(id);
  }
}

/** Rows of a raw+entities result that match, in result order. */
function pick<T extends ObjectLiteral>(entities: T[], raw: Record<string, unknown>[], match: (r: Record<string, unknown>) => boolean): T[] {
  const byId = new Map(entities.map((e) => [e.id as string, e]));
  return raw.filter(match).map((r) => byId.get(r.t_id as string)!);
}
