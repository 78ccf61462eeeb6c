import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, ToMany, type ToManySpec } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { TerritoryModel } from './territory-model.entity';
import { territoryModelService as models } from './territory-model.service';
import { CreateTerritoryModelInput, CreateTerritoryTypeInput, UpdateTerritoryModelInput, UpdateTerritoryTypeInput } from './territory-model.types';
import { territoryRuleService } from './territory-rule.service';
import { territoryAssignmentRuleList } from './territory-rule.types';
import { TerritoryType } from './territory-type.entity';
import { territoryTypeService } from './territory-type.service';
import { Territory } from './territory.entity';
import { territoryService } from './territory.service';
import { territoryList } from './territory.types';

const TERRITORY_MODEL_TERRITORIES: ToManySpec = { service: territoryService, by: 'modelId' };
const TERRITORY_MODEL_ASSIGNMENT_RULES: ToManySpec = { service: territoryRuleService, by: 'modelId' };

/** Territory models: CRUD, life cycle, clone, and the model's trees and rules. */
@Resolver(() => TerritoryModel)
export class TerritoryModelResolver extends createCrudResolver({
  entity: TerritoryModel,
  service: models,
  create: CreateTerritoryModelInput,
  update: UpdateTerritoryModelInput,
}) {
  @Query(() => TerritoryModel, { nullable: true, description: "The organisation's ACTIVE territory model (null if none)." })
  activeTerritoryModel(@Ctx() ctx: RequestContext) {
    return models.active(ctx);
  }

  @Mutation(() => TerritoryModel, {
    description: 'PLANNING -> ACTIVE, running its assignment rules (manual assignments stay); the previously active model becomes ARCHIVED. All or nothing.',
  })
  activateTerritoryModel(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return models.activate(ctx, id);
  }

  @Mutation(() => TerritoryModel, { description: 'ACTIVE -> ARCHIVED; an archived model is read-only for good.' })
  archiveTerritoryModel(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return models.archive(ctx, id);
  }

  @Mutation(() => TerritoryModel, {
    description: 'A new PLANNING model with a copy of the territories (same tree), rules with their items and territory links, user assignments, manual account assignments and territory quotas.',
  })
  cloneTerritoryModel(@Arg('id', () => ID) id: string, @Arg('name') name: string, @Ctx() ctx: RequestContext) {
    return models.clone(ctx, id, name);
  }

  @FieldResolver(() => [Territory], { description: 'Top-level territories of the model, by name.' })
  rootTerritories(@Root() m: TerritoryModel, @Ctx() ctx: RequestContext) {
    return ctx.loaders.listBy(Territory, 'modelId', ['name'], { where: 't."parentId" IS NULL' }).load(m.id);
  }

  @ToMany(TERRITORY_MODEL_TERRITORIES)
  @FieldResolver(() => territoryList.Connection, { description: 'Every territory of the model.' })
  territories(@Root() m: TerritoryModel, @Args(() => territoryList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...TERRITORY_MODEL_TERRITORIES, parentId: m.id, args, info });
  }

  @ToMany(TERRITORY_MODEL_ASSIGNMENT_RULES)
  @FieldResolver(() => territoryAssignmentRuleList.Connection, { description: "The model's account assignment rules." })
  assignmentRules(@Root() m: TerritoryModel, @Args(() => territoryAssignmentRuleList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...TERRITORY_MODEL_ASSIGNMENT_RULES, parentId: m.id, args, info });
  }
}

@Resolver(() => TerritoryType)
export class TerritoryTypeResolver extends createCrudResolver({
  entity: TerritoryType,
  service: territoryTypeService,
  create: CreateTerritoryTypeInput,
  update: UpdateTerritoryTypeInput,
}) {}
