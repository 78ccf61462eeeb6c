import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput, conflict } from '../common/errors';
import { lockModelContent, lockTerritoryContent, TERRITORY_WRITE_ROLES } from './model-lock';
import { parseBooleanFilter, validateRuleItems, type RuleItemInput } from './rule-filter';
import { RuleTerritoryAssociation } from './rule-territory-association.entity';
import { TerritoryAssignmentRule } from './territory-assignment-rule.entity';
import { TerritoryRuleItem } from './territory-rule-item.entity';
import { ruleTerritoryAssociationList, territoryAssignmentRuleList } from './territory-rule.types';

type Input = Record<string, unknown>;

/** Items validated for a rule being saved, written after the rule row (same transaction). */
const pendingItems = new WeakMap<TerritoryAssignmentRule, RuleItemInput[]>();

/**
 * Account assignment rules. Everything is checked before anything is written: fields and
 * operators of the items, values of numeric fields, and the boolean filter against the items.
 */
export class TerritoryAssignmentRuleService extends CrudService<TerritoryAssignmentRule> {
  readonly entity = TerritoryAssignmentRule;
  readonly list = territoryAssignmentRuleList;
  readonly access = 'org' as const;
  readonly writeRoles = TERRITORY_WRITE_ROLES;

  /** The items of many rules, by sortOrder: one statement per level. */
  items(ctx: RequestContext, ruleId: string): Promise<TerritoryRuleItem[]> {
    return ctx.loaders.listBy(TerritoryRuleItem, 'ruleId', ['sortOrder']).load(ruleId);
  }

  protected async applyInput(ctx: RequestContext, row: TerritoryAssignmentRule, input: Input, isNew: boolean) {
    const { items, modelId, ...rest } = input as Input & { items?: RuleItemInput[] | null; modelId?: string };
    for (const k of ['name', 'isActive'] as const) if (rest[k] === null) throw badInput(k, `${k} cannot be blank`);
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) (row as unknown as Input)[k] = v;
    if (isNew) {
      row.modelId = modelId!;
      row.isActive ??= true;
    }
    await lockModelContent(ctx, row.modelId, isNew ? 'modelId' : 'id');
    if (!row.name?.trim()) throw badInput('name', 'name is required');
    row.name = row.name.trim();
    row.booleanFilter = row.booleanFilter?.trim() || null;
    let count: number;
    if (items != null) {
      const valid = validateRuleItems(items);
      pendingItems.set(row, valid);
      count = valid.length;
    } else if (isNew) {
      throw badInput('items', 'A rule needs at least one item');
    } else {
      count = await ctx.em.getRepository(TerritoryRuleItem).countBy({ ruleId: row.id });
    }
    if (row.booleanFilter) parseBooleanFilter(row.booleanFilter, count);
    // A duplicate name within the model hits a unique index (CONFLICT, field name).
  }

  /** Given items replace the rule's items: one delete, one insert. */
  protected async afterSave(ctx: RequestContext, row: TerritoryAssignmentRule, isNew: boolean) {
    const items = pendingItems.get(row);
    if (!items) return;
    pendingItems.delete(row);
    if (!isNew) await ctx.em.delete(TerritoryRuleItem, { ruleId: row.id });
    await ctx.em.insert(TerritoryRuleItem, items.map((it, i) => ({ ...it, orgId: row.orgId, ruleId: row.id, sortOrder: i + 1 })));
  }

  /** Items and territory links go with the rule (FK cascade). */
  protected async beforeDelete(ctx: RequestContext, row: TerritoryAssignmentRule) {
    await lockModelContent(ctx, row.modelId, 'id');
  }
}

export const territoryRuleService = new TerritoryAssignmentRuleService();

/** A rule attached to a territory of its own model; isInherited extends it to the subtree. */
export class RuleTerritoryAssociationService extends CrudService<RuleTerritoryAssociation> {
  readonly entity = RuleTerritoryAssociation;
  readonly list = ruleTerritoryAssociationList;
  readonly access = 'org' as const;
  readonly writeRoles = TERRITORY_WRITE_ROLES;

  protected async applyInput(ctx: RequestContext, row: RuleTerritoryAssociation, input: Input, isNew: boolean) {
    const { applyToDescendants } = input as { applyToDescendants?: boolean | null };
    if (isNew) {
      const rule = await this.reference(ctx, TerritoryAssignmentRule, input.ruleId as string, 'ruleId', 'org');
      const territory = await lockTerritoryContent(ctx, input.territoryId as string, 'territoryId');
      if (territory.modelId !== rule.modelId) throw badInput('territoryId', "The territory must belong to the rule's territory model");
      if (await ctx.em.getRepository(RuleTerritoryAssociation).existsBy({ ruleId: rule.id, territoryId: territory.id })) {
        throw conflict('territoryId', 'The rule is already attached to this territory');
      }
      row.ruleId = rule.id;
      row.territoryId = territory.id;
    } else {
      await lockTerritoryContent(ctx, row.territoryId, 'id');
    }
    if (applyToDescendants != null) row.isInherited = applyToDescendants;
    row.isInherited ??= false;
  }

  protected async beforeDelete(ctx: RequestContext, row: RuleTerritoryAssociation) {
    await lockTerritoryContent(ctx, row.territoryId, 'id');
  }
}

export const ruleTerritoryAssociationService = new RuleTerritoryAssociationService();
