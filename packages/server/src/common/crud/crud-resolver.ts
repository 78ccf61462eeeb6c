import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { newPage, toConnection } from '../list/define-list';
import { loadJsonList } from '../list/json-pages';
import type { ListArgs } from '../list/list-query';
import type { TenantEntity } from '../tenant.entity';
import { CrudService } from './crud-service';

const lcFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

export interface CrudResolverOptions<T extends TenantEntity> {
  entity: ClassType<T>;
  service: CrudService<T>;
  create: ClassType;
  update: ClassType;
  /** Plural query name; default: lowerCamel name + "s". */
  plural?: string;
}

/**
 * The five operations every object has, named as the issue tracker and Salesforce users expect:
 * `x(id)`, `xs(first, after, last, before, filter, orderBy)`, `createX`, `updateX`, `deleteX`.
 * Concrete resolvers extend it and add their relation fields.
 */
export function createCrudResolver<T extends TenantEntity>(o: CrudResolverOptions<T>) {
  const name = o.service.list.spec.name;
  const one = lcFirst(name);
  const many = o.plural ?? `${one}s`;
  const svc = o.service;

  @Resolver(() => o.entity)
  abstract class CrudResolver {
    @Query(() => o.entity, { name: one, description: `One ${name} by id (NOT_FOUND if it does not exist or is not visible).` })
    // The executor may answer a plain-data selection as one JSON statement (api/json-record.ts).
    @Extensions({ jsonRecord: svc })
    async getOne(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<T> {
      return svc.findOne(ctx, id);
    }

    @Query(() => svc.list.Connection, { name: many, description: `${name} records visible to the caller, filtered, sorted and paged.` })
    async getMany(@Args(() => svc.list.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
      // A plain-data selection is written as JSON by PostgreSQL, as `findMany` would page it
      // (unless the service pages its own way).
      if (svc.findMany === CrudService.prototype.findMany) {
        const text = await loadJsonList(ctx, { service: svc }, args, info);
        if (text !== null) {
          ctx.rawJson.add(info.path, text);
          return newPage(svc.list, 0, 0);
        }
      }
      return toConnection(svc.list, await svc.findMany(ctx, args));
    }

    @Mutation(() => o.entity, { name: `create${name}` })
    async createOne(@Arg('input', () => o.create) input: object, @Ctx() ctx: RequestContext): Promise<T> {
      return svc.create(ctx, { ...input });
    }

    @Mutation(() => o.entity, { name: `update${name}`, description: 'Only the given fields change.' })
    async updateOne(@Arg('id', () => ID) id: string, @Arg('input', () => o.update) input: object, @Ctx() ctx: RequestContext): Promise<T> {
      return svc.update(ctx, id, { ...input });
    }

    @Mutation(() => ID, { name: `delete${name}`, description: 'Returns the id of the deleted record.' })
    async deleteOne(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
      return svc.delete(ctx, id);
    }
  }
  return CrudResolver;
}
