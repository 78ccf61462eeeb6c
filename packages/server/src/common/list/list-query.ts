import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { scopeQuery, type AccessPolicy } from '../access';
import { badInput } from '../errors';
import { arrayLiteral } from '../sql';
import type { Page } from './connection-types';
import { SortDirection } from './connection-types';
import { decodeCursor } from './cursor';
import { newPage, type ListDefinition, type OrderByValue } from './define-list';
import { FilterCompiler } from './compile-filter';
import { hydrate } from './hydrate';

export interface ListArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  filter?: Record<string, unknown> | null;
  orderBy?: OrderByValue[] | null;
}

export interface ListSource<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  def: ListDefinition<T>;
  access: AccessPolicy;
  /** Extra fixed conditions (e.g. "open opportunities only"). */
  where?: (qb: SelectQueryBuilder<T>, alias: string) => void;
}

const DEFAULT_PAGE = 20;

interface Window {
  offset: number;
  limit: number;
  /** `last` without `before`: the start depends on the total. */
  fromEnd: boolean;
}

export function pageWindow(args: ListArgs, maxPage: number): Window {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badInput('last', 'Give either first or last, not both');
  for (const [name, v] of [['first', first], ['last', last]] as const) {
    if (v != null && (v < 0 || v > maxPage)) throw badInput(name, `${name} must be between 0 and ${maxPage}`);
  }
  const afterPos = after ? decodeCursor(after, 'after') + 1 : 0;
  if (last != null) {
    if (before) {
      const end = decodeCursor(before, 'before');
      const start = Math.max(afterPos, end - last);
      return { offset: start, limit: Math.max(0, end - start), fromEnd: false };
    }
    return { offset: afterPos, limit: last, fromEnd: true };
  }
  let limit = first ?? DEFAULT_PAGE;
  if (before) limit = Math.min(limit, Math.max(0, decodeCursor(before, 'before') - afterPos));
  return { offset: afterPos, limit, fromEnd: false };
}

type OrderTerm = [string, 'ASC' | 'DESC'];

/** The requested order (or the list's default) with `id` as the final tie-breaker. */
export function orderTerms(def: ListDefinition<unknown>, orderBy: OrderByValue[] | null | undefined, alias: string): OrderTerm[] {
  const order = orderBy?.length ? orderBy.map((o) => [o.field, o.direction ?? SortDirection.ASC] as const) : def.spec.defaultOrder;
  const terms = order.map(([field, dir]): OrderTerm => {
    const f = def.fields[field];
    if (!f?.sortable) throw badInput('orderBy', `Cannot sort by ${field}`);
    return [`${alias}."${f.column}"`, dir === SortDirection.DESC ? 'DESC' : 'ASC'];
  });
  return [...terms, [`${alias}."id"`, 'ASC']];
}

// Blanks sort last either way, as in Salesforce list views.
export const orderSql = (terms: OrderTerm[]) => terms.map(([e, d]) => `${e} ${d} NULLS LAST`).join(', ');

/** The caller's visible rows of a list, filtered; `prefix` names the filter's parameters. */
export function baseQuery<T extends ObjectLiteral>(ctx: RequestContext, src: ListSource<T>, args: ListArgs, alias: string, prefix = 'f') {
  const qb = ctx.em.getRepository(src.entity).createQueryBuilder(alias);
  scopeQuery(ctx, qb, alias, src.access);
  src.where?.(qb, alias);
  const compiler = new FilterCompiler(src.def as ListDefinition<unknown>, alias, prefix);
  const cond = compiler.compile(args.filter ?? undefined);
  if (cond) qb.andWhere(cond, compiler.params);
  return qb;
}

/** One page of a top-level list with its total: one statement (two only for `last` alone). */
export async function loadPage<T extends ObjectLiteral>(ctx: RequestContext, src: ListSource<T>, args: ListArgs): Promise<Page<T>> {
  const win = pageWindow(args, ctx.config.MAX_PAGE_SIZE);
  const qb = baseQuery(ctx, src, args, 't');
  let total: number | undefined;
  if (win.fromEnd) {
    total = await qb.getCount();
    win.offset = Math.max(win.offset, total - win.limit);
  }
  qb.addSelect('COUNT(*) OVER ()', '__total').offset(win.offset).limit(win.limit);
  for (const [expr, dir] of orderTerms(src.def as ListDefinition<unknown>, args.orderBy, 't')) qb.addOrderBy(expr, dir, 'NULLS LAST');
  if (win.limit === 0) return { nodes: [], offset: win.offset, totalCount: total ?? (await qb.getCount()) };
  const raw = await qb.getRawMany();
  const entities = hydrate(ctx.em, src.entity, raw, 't');
  if (total === undefined) total = raw.length ? Number(raw[0].__total) : win.offset > 0 ? await baseQuery(ctx, src, args, 't').getCount() : 0;
  return { nodes: entities, offset: win.offset, totalCount: total };
}

/** How children attach to their parent: a column of the child, or a join through a link table. */
export interface Partition {
  key: string;
  join?: (qb: SelectQueryBuilder<ObjectLiteral>, alias: string) => void;
}

/**
 * Pages of children for many parents in one statement: each parent gets its own page and total
 * (window functions), so nested lists never share one limit and never issue a query per parent.
 * `columns` limits the columns loaded; without `totals` no total is counted (totalCount is NaN,
 * which GraphQL would refuse to return rather than answer wrong).
 */
export async function loadPagesByParent<T extends ObjectLiteral>(
  ctx: RequestContext,
  src: ListSource<T>,
  partition: Partition,
  parentIds: readonly string[],
  args: ListArgs,
  columns?: string[] | null,
  totals = true,
): Promise<Map<string, Page<T>>> {
  const win = pageWindow(args, ctx.config.MAX_PAGE_SIZE);
  if (win.fromEnd) throw badInput('last', 'Nested lists page forward: use first/after, or last with before');
  const def = src.def as ListDefinition<T>;
  const inner = baseQuery(ctx, src, args, 'c');
  partition.join?.(inner as never, 'c');
  const order = orderSql(orderTerms(src.def as ListDefinition<unknown>, args.orderBy, 'c'));
  // The page's columns come straight from the windowed rows (no second pass over the table),
  // aliased as `t_<column>` for `hydrate`.
  const meta = ctx.em.connection.getMetadata(src.entity);
  const cols = meta.columns.filter((c) => !c.isVirtual && (!columns || columns.includes(c.propertyName)));
  inner.select(cols.map((c) => `c."${c.databaseName}" AS "t_${c.databaseName}"`));
  inner
    .addSelect(partition.key, '__parent')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${partition.key} ORDER BY ${order})`, '__rn')
    .andWhere(`${partition.key} = ANY(:__parents)`, { __parents: arrayLiteral(parentIds) ?? parentIds });
  if (totals) inner.addSelect(`COUNT(*) OVER (PARTITION BY ${partition.key})`, '__total');
  const raw = await ctx.em
    .createQueryBuilder()
    .select('*')
    .from(`(${inner.getQuery()})`, 'w')
    .where('w.__rn > :__from AND w.__rn <= :__to', { __from: win.offset, __to: win.offset + win.limit })
    .setParameters(inner.getParameters())
    .getRawMany();
  const entities = hydrate(ctx.em, src.entity, raw, 't', columns);
  // Rows come in no particular order: each goes to its place in its parent's page (row numbers
  // of one parent are consecutive), which spares the database a final sort.
  const pages = new Map<string, Page<T>>();
  raw.forEach((r, i) => {
    let page = pages.get(r.__parent);
    if (!page) pages.set(r.__parent, (page = newPage(def, win.offset, totals ? Number(r.__total) : NaN)));
    page.nodes[Number(r.__rn) - win.offset - 1] = entities[i];
  });
  // Parents whose page came back empty (past the first page, or `first: 0`) only know their
  // total if we ask.
  const missing = parentIds.filter((id) => !pages.has(id));
  if (missing.length && (win.offset > 0 || win.limit === 0) && totals) {
    const counts = baseQuery(ctx, src, args, 'c');
    partition.join?.(counts as never, 'c');
    const rows = await counts
      .select(partition.key, 'parent')
      .addSelect('COUNT(*)', 'n')
      .andWhere(`${partition.key} = ANY(:__parents)`, { __parents: missing })
      .groupBy(partition.key)
      .getRawMany();
    for (const r of rows) pages.set(r.parent, newPage(def, win.offset, Number(r.n)));
  }
  for (const id of parentIds) if (!pages.has(id)) pages.set(id, newPage(def, win.offset, totals || win.offset === 0 ? 0 : NaN));
  return pages;
}
