import type { RequestContext } from '../api/request-context';
import { badInput } from '../common/errors';
import { writeHooks } from '../common/crud/write-hooks';
import { evaluate, type Condition, type Row } from './condition';
import { isRuleObject, type RuleObject } from './rule-fields';

interface LoadedRule {
  objectApiName: string;
  name: string;
  condition: Condition;
  errorMessage: string;
  errorField: string;
}

interface OrgRules {
  rules: LoadedRule[];
  stageOrder: Map<string, number>;
}

/** The org's active rules and its stage order: one statement, once per request (per transaction). */
function orgRules(ctx: RequestContext): Promise<OrgRules> {
  return ctx.loaders
    .get<string, OrgRules>('validationRules', async (orgIds) => {
      const rows: Array<{ rules: LoadedRule[] | null; stages: Array<[string, number]> | null }> = await ctx.em.query(
        `SELECT (SELECT json_agg(json_build_object('objectApiName', r."objectApiName", 'name', r.name, 'condition', r.condition,
                   'errorMessage', r."errorMessage", 'errorField', r."errorField") ORDER BY r.name)
                 FROM validation_rule r WHERE r."orgId" = $1 AND r."isActive") AS rules,
                (SELECT json_agg(json_build_array(s."apiName", s."sortOrder")) FROM opportunity_stage s WHERE s."orgId" = $1) AS stages`,
        [orgIds[0]],
      );
      const { rules, stages } = rows[0];
      return [{ rules: rules ?? [], stageOrder: new Map(stages ?? []) }];
    })
    .load(ctx.orgId);
}

export interface RuleViolation {
  index: number;
  field: string;
  message: string;
  rule: string;
}

/**
 * Every violation of the org's active rules of `objectApiName` by each write (`before` null for
 * a new record, `after` the record as it would be saved): one statement at most per request,
 * then pure evaluation per row.
 */
export async function ruleViolations(
  ctx: RequestContext,
  objectApiName: RuleObject,
  rows: Array<{ before: Record<string, unknown> | null; after: Record<string, unknown> }>,
): Promise<RuleViolation[]> {
  if (!rows.length) return [];
  const { rules, stageOrder } = await orgRules(ctx);
  const mine = rules.filter((r) => r.objectApiName === objectApiName);
  const out: RuleViolation[] = [];
  if (!mine.length) return out;
  rows.forEach(({ before, after }, index) => {
    for (const r of mine) {
      if (evaluate(r.condition, { before: before as Row | null, after: after as Row, stageOrder })) {
        out.push({ index, field: r.errorField, message: r.errorMessage, rule: r.name });
      }
    }
  });
  return out;
}

/** Throws the first violation as BAD_USER_INPUT (extensions.field = errorField, extensions.rule). */
export async function assertValid(
  ctx: RequestContext,
  objectApiName: RuleObject,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<void> {
  const [v] = await ruleViolations(ctx, objectApiName, [{ before, after }]);
  if (v) throw badInput(v.field, v.message, { rule: v.rule });
}

// CrudService runs the rules of every object that has them, before each save.
writeHooks.validate = (ctx, objectApiName, before, after) =>
  isRuleObject(objectApiName) ? assertValid(ctx, objectApiName, before, after) : Promise.resolve();
