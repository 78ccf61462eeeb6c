import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { accountList } from '../accounts/account.types';
import type { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import type { ListArgs, Partition } from '../common/list/list-query';
import { TreeChildren } from '../common/list/json-pages';
import { ReadsId } from '../common/list/selection';
import { TreeLoaders, type TreeSource } from '../common/tree/tree-loaders';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { ObjectTerritoryAssociation } from './object-territory-association.entity';
import { TerritoryModel } from './territory-model.entity';
import { territoryModelService } from './territory-model.service';
import { TerritoryType } from './territory-type.entity';
import { territoryTypeService } from './territory-type.service';
import { Territory } from './territory.entity';
import { territoryService } from './territory.service';
import { CreateTerritoryInput, UpdateTerritoryInput } from './territory.types';
import { ruleTerritoryAssociationList } from './territory-rule.types';
import { ruleTerritoryAssociationService } from './territory-rule.service';
import { objectTerritoryAssociationList } from './territory-team.types';
import { accountTerritoryService, userTerritoryService } from './territory-team.service';
import { UserTerritoryAssociation } from './user-territory-association.entity';

const TERRITORY_ACCOUNT_ASSIGNMENTS: ToManySpec = { service: accountTerritoryService, by: 'territoryId' };
const TERRITORY_RULE_ASSOCIATIONS: ToManySpec = { service: ruleTerritoryAssociationService, by: 'territoryId' };

export const TERRITORY_TREE: TreeSource<Territory> = { entity: Territory, table: 'territory', access: 'org', orderBy: 'name' };

/** A territory's accounts: children through the association table. */
const ACCOUNTS: Partition = {
  key: 'ota."territoryId"',
  join: (qb, alias) => qb.innerJoin(ObjectTerritoryAssociation, 'ota', `ota."accountId" = ${alias}.id`),
};
const TERRITORY_ACCOUNTS: ToManySpec<Account> = { service: accountService, by: ACCOUNTS, name: 'territoryAccounts' };

/** Territory CRUD, its tree and its relations; every field is one batched statement per level. */
@Resolver(() => Territory)
export class TerritoryResolver extends createCrudResolver({
  entity: Territory,
  service: territoryService,
  create: CreateTerritoryInput,
  update: UpdateTerritoryInput,
  plural: 'territories',
}) {
  @ToOne(territoryModelService, 'modelId')
  @FieldResolver(() => TerritoryModel)
  model(@Root() t: Territory, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryModelService, t.modelId);
  }

  @ToOne(territoryTypeService, 'typeId')
  @FieldResolver(() => TerritoryType, { nullable: true })
  type(@Root() t: Territory, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryTypeService, t.typeId);
  }

  @ToOne(userService, 'forecastUserId')
  @FieldResolver(() => User, { nullable: true, description: "The territory's forecast manager." })
  forecastUser(@Root() t: Territory, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, t.forecastUserId);
  }

  @ToOne(territoryService, 'parentId')
  @FieldResolver(() => Territory, { nullable: true, description: 'The parent territory (same model).' })
  parent(@Root() t: Territory, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryService, t.parentId);
  }

  @ReadsId()
  @TreeChildren(TERRITORY_TREE)
  @FieldResolver(() => [Territory], { description: 'Direct child territories, by name.' })
  children(@Root() t: Territory, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return TreeLoaders.children(ctx, TERRITORY_TREE, t.id, info);
  }

  @ReadsId()
  @FieldResolver(() => [Territory], { description: 'Parent, grandparent ... root first.' })
  ancestors(@Root() t: Territory, @Ctx() ctx: RequestContext) {
    return TreeLoaders.ancestors(ctx, TERRITORY_TREE, t.id);
  }

  @ReadsId()
  @FieldResolver(() => [Territory], { description: 'Every territory below, level by level, at most maxDepth levels down.' })
  descendants(@Root() t: Territory, @Arg('maxDepth', () => Int, { defaultValue: 10 }) maxDepth: number, @Ctx() ctx: RequestContext) {
    return TreeLoaders.descendants(ctx, TERRITORY_TREE, t.id, Math.max(1, Math.min(maxDepth, 100)));
  }

  @ReadsId()
  @FieldResolver(() => Int, { description: 'Levels above this territory: a root has depth 0.' })
  depth(@Root() t: Territory, @Ctx() ctx: RequestContext) {
    return TreeLoaders.depth(ctx, TERRITORY_TREE, t.id);
  }

  @ToMany(TERRITORY_ACCOUNTS)
  @FieldResolver(() => accountList.Connection, { description: 'Accounts assigned to this territory (manually or by rule) that the caller can see.' })
  accounts(@Root() t: Territory, @Args(() => accountList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...TERRITORY_ACCOUNTS, parentId: t.id, args, info });
  }

  @ToMany(TERRITORY_ACCOUNT_ASSIGNMENTS)
  @FieldResolver(() => objectTerritoryAssociationList.Connection, { description: 'The account assignments themselves, with how each was made.' })
  accountAssignments(@Root() t: Territory, @Args(() => objectTerritoryAssociationList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...TERRITORY_ACCOUNT_ASSIGNMENTS, parentId: t.id, args, info });
  }

  @FieldResolver(() => [UserTerritoryAssociation], { description: 'Users assigned to the territory, with their role.' })
  users(@Root() t: Territory, @Ctx() ctx: RequestContext) {
    return userTerritoryService.ofTerritory(ctx, t.id);
  }

  @ToMany(TERRITORY_RULE_ASSOCIATIONS)
  @FieldResolver(() => ruleTerritoryAssociationList.Connection, { description: 'Assignment rules attached to this territory.' })
  ruleAssociations(@Root() t: Territory, @Args(() => ruleTerritoryAssociationList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...TERRITORY_RULE_ASSOCIATIONS, parentId: t.id, args, info });
  }
}
