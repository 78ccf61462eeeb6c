import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput, forbidden } from '../common/errors';
import { UserRole } from '../identity/user-role';
import { parseCondition } from './condition';
import { RULE_FIELDS, isRuleObject } from './rule-fields';
import { ValidationRule } from './validation-rule.entity';
import { validationRuleList } from './validation-rule.types';

/** Validation rules are Setup: only administrators read and change them. */
export class ValidationRuleService extends CrudService<ValidationRule> {
  readonly entity = ValidationRule;
  readonly list = validationRuleList;
  readonly access = 'org' as const;
  readonly writeRoles = [UserRole.ADMIN];

  assertAdmin(ctx: RequestContext) {
    if (ctx.user.role !== UserRole.ADMIN) throw forbidden('Only administrators manage validation rules');
  }

  /** The org's rules of one object (or all), active or not, by object and name. */
  ofObject(ctx: RequestContext, objectApiName?: string | null): Promise<ValidationRule[]> {
    this.assertAdmin(ctx);
    const where = { orgId: ctx.orgId, ...(objectApiName ? { objectApiName } : {}) };
    return ctx.em.find(ValidationRule, { where, order: { objectApiName: 'ASC', name: 'ASC' } });
  }

  protected async apply(ctx: RequestContext, row: ValidationRule, input: Record<string, unknown>) {
    for (const f of ['name', 'errorMessage', 'errorField'] as const) if (!row[f]) throw badInput(f, `${f} is required`);
    if (!isRuleObject(row.objectApiName)) throw badInput('objectApiName', `Rules apply to Opportunity, Lead, Account or Contact`);
    if (!RULE_FIELDS[row.objectApiName].has(row.errorField)) {
      throw badInput('errorField', `"${row.errorField}" is not a field of ${row.objectApiName}`);
    }
    if (input.condition !== undefined || !row.id) {
      const stages: Array<{ apiName: string }> = await ctx.em.query(`SELECT "apiName" FROM opportunity_stage WHERE "orgId" = $1`, [ctx.orgId]);
      row.condition = parseCondition(input.condition ?? row.condition, row.objectApiName, stages.map((s) => s.apiName));
    }
    const clash = await ctx.em.findOne(ValidationRule, { where: { orgId: ctx.orgId, objectApiName: row.objectApiName, name: row.name } });
    if (clash && clash.id !== row.id) throw badInput('name', `${row.objectApiName} already has a rule named ${row.name}`);
  }
}

export const validationRuleService = new ValidationRuleService();
