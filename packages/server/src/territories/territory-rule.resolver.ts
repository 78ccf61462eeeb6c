import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { assignmentRunService } from './assignment-run.service';
import { RuleTerritoryAssociation } from './rule-territory-association.entity';
import { TerritoryAssignmentRule } from './territory-assignment-rule.entity';
import { AccountMove, AssignmentRunResult, TerritoryAssignmentChange } from './territory-metrics.types';
import { TerritoryModel } from './territory-model.entity';
import { territoryModelService } from './territory-model.service';
import { TerritoryRuleItem } from './territory-rule-item.entity';
import { ruleTerritoryAssociationService as links, territoryRuleService as rules } from './territory-rule.service';
import {
  CreateRuleTerritoryAssociationInput, CreateTerritoryAssignmentRuleInput, ruleTerritoryAssociationList,
  UpdateRuleTerritoryAssociationInput, UpdateTerritoryAssignmentRuleInput,
} from './territory-rule.types';
import { Territory } from './territory.entity';
import { territoryService } from './territory.service';

const TERRITORY_ASSIGNMENT_RULE_TERRITORY_ASSOCIATIONS: ToManySpec = { service: links, by: 'ruleId' };

const MOVES = { defaultValue: 100, description: 'How many moves to list (0..500); movesTotalCount counts them all.' };

@Resolver(() => TerritoryAssignmentRule)
export class TerritoryAssignmentRuleResolver extends createCrudResolver({
  entity: TerritoryAssignmentRule,
  service: rules,
  create: CreateTerritoryAssignmentRuleInput,
  update: UpdateTerritoryAssignmentRuleInput,
}) {
  @Mutation(() => AssignmentRunResult, {
    description: 'ACTIVE model: assigns every account by the active rules (manual assignments stay). PLANNING model: a preview that writes nothing.',
  })
  runAssignmentRules(@Arg('modelId', () => ID) modelId: string, @Arg('movesLimit', () => Int, MOVES) movesLimit: number, @Ctx() ctx: RequestContext) {
    return assignmentRunService.run(ctx, modelId, { preview: false, movesLimit });
  }

  @Query(() => AssignmentRunResult, { description: 'What runAssignmentRules would do in the model, without writing anything.' })
  previewAssignmentRules(@Arg('modelId', () => ID) modelId: string, @Arg('movesLimit', () => Int, MOVES) movesLimit: number, @Ctx() ctx: RequestContext) {
    return assignmentRunService.run(ctx, modelId, { preview: true, movesLimit });
  }

  @ToOne(territoryModelService, 'modelId')
  @FieldResolver(() => TerritoryModel)
  model(@Root() r: TerritoryAssignmentRule, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryModelService, r.modelId);
  }

  @FieldResolver(() => [TerritoryRuleItem], { description: 'The criteria, by sortOrder.' })
  items(@Root() r: TerritoryAssignmentRule, @Ctx() ctx: RequestContext) {
    return rules.items(ctx, r.id);
  }

  @ToMany(TERRITORY_ASSIGNMENT_RULE_TERRITORY_ASSOCIATIONS)
  @FieldResolver(() => ruleTerritoryAssociationList.Connection, { description: 'Territories the rule is attached to.' })
  territoryAssociations(@Root() r: TerritoryAssignmentRule, @Args(() => ruleTerritoryAssociationList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...TERRITORY_ASSIGNMENT_RULE_TERRITORY_ASSOCIATIONS, parentId: r.id, args, info });
  }
}

@Resolver(() => RuleTerritoryAssociation)
export class RuleTerritoryAssociationResolver extends createCrudResolver({
  entity: RuleTerritoryAssociation,
  service: links,
  create: CreateRuleTerritoryAssociationInput,
  update: UpdateRuleTerritoryAssociationInput,
}) {
  @ToOne(rules, 'ruleId')
  @FieldResolver(() => TerritoryAssignmentRule, { nullable: true })
  rule(@Root() l: RuleTerritoryAssociation, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, rules, l.ruleId);
  }

  @ToOne(territoryService, 'territoryId')
  @FieldResolver(() => Territory, { nullable: true })
  territory(@Root() l: RuleTerritoryAssociation, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryService, l.territoryId);
  }
}

const territoriesById = (ctx: RequestContext, ids: string[]) =>
  Promise.all(ids.map((id) => loadRef(ctx, territoryService, id))).then((ts) => ts.filter((t): t is Territory => !!t));

@Resolver(() => AccountMove)
export class AccountMoveResolver {
  @ToOne(accountService, 'accountId')
  @FieldResolver(() => Account, { nullable: true, description: 'Null if the caller cannot see the account.' })
  account(@Root() m: AccountMove, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, m.accountId);
  }

  @FieldResolver(() => [Territory])
  fromTerritories(@Root() m: AccountMove, @Ctx() ctx: RequestContext) {
    return territoriesById(ctx, m.fromTerritoryIds);
  }

  @FieldResolver(() => [Territory])
  toTerritories(@Root() m: AccountMove, @Ctx() ctx: RequestContext) {
    return territoriesById(ctx, m.toTerritoryIds);
  }
}

@Resolver(() => TerritoryAssignmentChange)
export class TerritoryAssignmentChangeResolver {
  @ToOne(territoryService, 'territoryId')
  @FieldResolver(() => Territory)
  territory(@Root() c: TerritoryAssignmentChange, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryService, c.territoryId);
  }
}

@Resolver(() => AssignmentRunResult)
export class AssignmentRunResultResolver {
  @ToOne(territoryModelService, 'modelId')
  @FieldResolver(() => TerritoryModel)
  model(@Root() r: AssignmentRunResult, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryModelService, r.modelId);
  }
}
