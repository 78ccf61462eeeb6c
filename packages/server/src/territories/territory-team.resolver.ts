import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { accountList } from '../accounts/account.types';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import { toConnection } from '../common/list/define-list';
import { loadPage, type ListArgs, type Partition } from '../common/list/list-query';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { ObjectTerritoryAssociation } from './object-territory-association.entity';
import { activeTerritories, territoryModelFor } from './territory-team.loaders';
import { accountTerritoryService as accountLinks, userTerritoryService as userLinks } from './territory-team.service';
import {
  CreateObjectTerritoryAssociationInput, CreateUserTerritoryAssociationInput, objectTerritoryAssociationList,
  UpdateUserTerritoryAssociationInput,
} from './territory-team.types';
import { Territory } from './territory.entity';
import { territoryService } from './territory.service';
import { UserTerritoryAssociation } from './user-territory-association.entity';

/** A user's accounts: each account once, through the user's active assignments in the ACTIVE model. */
const USER_ACCOUNTS: Partition = {
  key: 'ua."userId"',
  join: (qb, alias) =>
    qb.innerJoin(
      `(SELECT DISTINCT u."userId", o."accountId" FROM user_territory_association u
        JOIN object_territory_association o ON o."territoryId" = u."territoryId"
        JOIN territory t ON t.id = u."territoryId" JOIN territory_model m ON m.id = t."modelId"
        WHERE m.state = 'ACTIVE' AND m."orgId" = :__orgId AND u."isActive")`,
      'ua',
      `ua."accountId" = ${alias}.id`,
    ),
};
const USER_TERRITORY_ACCOUNTS: ToManySpec = { service: accountService, by: USER_ACCOUNTS, name: 'userTerritoryAccounts' };

@Resolver(() => UserTerritoryAssociation)
export class UserTerritoryAssociationResolver extends createCrudResolver({
  entity: UserTerritoryAssociation,
  service: userLinks,
  create: CreateUserTerritoryAssociationInput,
  update: UpdateUserTerritoryAssociationInput,
}) {
  @ToOne(userService, 'userId')
  @FieldResolver(() => User)
  user(@Root() a: UserTerritoryAssociation, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, a.userId);
  }

  @ToOne(territoryService, 'territoryId')
  @FieldResolver(() => Territory)
  territory(@Root() a: UserTerritoryAssociation, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryService, a.territoryId);
  }
}

@Resolver(() => ObjectTerritoryAssociation)
export class ObjectTerritoryAssociationResolver {
  @Query(() => ObjectTerritoryAssociation, { description: 'One account assignment by id.' })
  objectTerritoryAssociation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return accountLinks.findOne(ctx, id);
  }

  @Query(() => objectTerritoryAssociationList.Connection, { description: 'Account assignments, filtered, sorted and paged.' })
  async objectTerritoryAssociations(@Args(() => objectTerritoryAssociationList.Args) args: ListArgs, @Ctx() ctx: RequestContext) {
    return toConnection(objectTerritoryAssociationList, await accountLinks.findMany(ctx, args));
  }

  @Mutation(() => ObjectTerritoryAssociation, { description: 'Assigns an account to a territory by hand (TERRITORY_MANUAL).' })
  createObjectTerritoryAssociation(@Arg('input', () => CreateObjectTerritoryAssociationInput) input: CreateObjectTerritoryAssociationInput, @Ctx() ctx: RequestContext) {
    return accountLinks.create(ctx, { ...input });
  }

  @Mutation(() => ID, { description: 'Removes an account from a territory; returns the id.' })
  deleteObjectTerritoryAssociation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return accountLinks.delete(ctx, id);
  }

  @Query(() => accountList.Connection, { description: 'Accounts (visible to the caller) in no territory of the model; default: the active model.' })
  async accountsWithoutTerritory(
    @Arg('modelId', () => ID, { nullable: true }) modelId: string | null,
    @Args(() => accountList.Args) args: ListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const model = await territoryModelFor(ctx, modelId);
    const src = accountService.source((qb, alias) =>
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM object_territory_association wt_o JOIN territory wt_t ON wt_t.id = wt_o."territoryId"
          WHERE wt_o."accountId" = ${alias}.id AND wt_t."modelId" = :__model)`,
        { __model: model.id },
      ),
    );
    return toConnection(accountList, await loadPage(ctx, src, args));
  }

  @ToOne(accountService, 'accountId')
  @FieldResolver(() => Account, { nullable: true, description: 'Null if the caller cannot see the account.' })
  account(@Root() a: ObjectTerritoryAssociation, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, a.accountId);
  }

  @ToOne(territoryService, 'territoryId')
  @FieldResolver(() => Territory)
  territory(@Root() a: ObjectTerritoryAssociation, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryService, a.territoryId);
  }
}

@Resolver(() => User)
export class UserTerritoriesResolver {
  @FieldResolver(() => [Territory], { description: "The user's territories in the active model (active assignments)." })
  territories(@Root() u: User, @Ctx() ctx: RequestContext) {
    return activeTerritories(ctx, 'user', u.id);
  }

  @ToMany(USER_TERRITORY_ACCOUNTS)
  @FieldResolver(() => accountList.Connection, { description: "Accounts of the user's territories in the active model that the caller can see." })
  territoryAccounts(@Root() u: User, @Args(() => accountList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...USER_TERRITORY_ACCOUNTS, parentId: u.id, args, info });
  }
}

@Resolver(() => Account)
export class AccountTerritoriesResolver {
  @FieldResolver(() => [Territory], { description: "The account's territories in the active model." })
  territories(@Root() a: Account, @Ctx() ctx: RequestContext) {
    return activeTerritories(ctx, 'account', a.id);
  }
}
