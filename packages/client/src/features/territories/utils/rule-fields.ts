/**
 * The account fields and operators an assignment rule may use. The API has no metadata query
 * for them (its input types only describe them in text), so they mirror the server's
 * RULE_FIELDS and RULE_OPERATORS (packages/server/src/territories/rule-filter.ts).
 */
export type RuleFieldKind = 'text' | 'number';

export const RULE_FIELDS = [
  'billingCountry',
  'billingState',
  'billingCity',
  'billingPostalCode',
  'industry',
  'type',
  'rating',
  'name',
  'annualRevenue',
  'numberOfEmployees',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

const NUMBER_FIELDS: ReadonlySet<string> = new Set(['annualRevenue', 'numberOfEmployees']);

export const RULE_OPERATORS = [
  'EQUALS',
  'NOT_EQUALS',
  'IN',
  'STARTS_WITH',
  'CONTAINS',
  'LESS_THAN',
  'GREATER_THAN',
  'LESS_OR_EQUAL',
  'GREATER_OR_EQUAL',
] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

const TEXT_ONLY: ReadonlySet<string> = new Set(['STARTS_WITH', 'CONTAINS']);
const NUMBER_ONLY: ReadonlySet<string> = new Set(['LESS_THAN', 'GREATER_THAN', 'LESS_OR_EQUAL', 'GREATER_OR_EQUAL']);

export function isRuleField(value: string): value is RuleField {
  return (RULE_FIELDS as readonly string[]).includes(value);
}

export function isRuleOperator(value: string): value is RuleOperator {
  return (RULE_OPERATORS as readonly string[]).includes(value);
}

export function fieldKind(field: string): RuleFieldKind {
  return NUMBER_FIELDS.has(field) ? 'number' : 'text';
}

/** Operators that apply to the field (the others would be refused by the server). */
export function operatorsFor(field: string): RuleOperator[] {
  const kind = fieldKind(field);
  return RULE_OPERATORS.filter((op) => (kind === 'number' ? !TEXT_ONLY.has(op) : !NUMBER_ONLY.has(op)));
}
