import { badInput } from '../common/errors';
import { RULE_FIELDS, type RuleObject } from './rule-fields';

/**
 * A rule's condition: a tree of `{ and: [...] }`, `{ or: [...] }`, `{ not: ... }` and leaves
 * `{ field, op, value?, prior? }` (`prior: true` reads the value before the write). It is data,
 * checked against an allow-list when saved and evaluated in JS: never eval, never SQL.
 * The rule fires (the write fails) when the condition is true.
 */
export type Condition =
  | { and: Condition[] }
  | { or: Condition[] }
  | { not: Condition }
  | { field: string; op: Op; value?: Scalar | Scalar[]; prior?: boolean }
  | { op: 'isNew' };

type Scalar = string | number | boolean | null;
export type Row = Record<string, unknown>;

const VALUE_OPS = ['equals', 'notEquals', 'lt', 'lte', 'gt', 'gte'] as const;
const OPS = ['isBlank', 'isNotBlank', 'in', 'notIn', 'changed', 'stageAtOrAfter', 'stageBefore', ...VALUE_OPS] as const;
export type Op = (typeof OPS)[number] | 'isNew';

const MAX_NODES = 100;
const MAX_DEPTH = 10;

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Checks a condition from the API; BAD_USER_INPUT on `condition` naming what is wrong. */
export function parseCondition(input: unknown, object: RuleObject, stageNames: readonly string[]): Condition {
  let nodes = 0;
  const fail = (msg: string) => badInput('condition', `condition: ${msg}`);
  const walk = (c: unknown, depth: number): Condition => {
    if (++nodes > MAX_NODES) throw fail(`more than ${MAX_NODES} nodes`);
    if (depth > MAX_DEPTH) throw fail(`nested deeper than ${MAX_DEPTH}`);
    if (!isPlain(c)) throw fail('each node must be an object');
    const keys = Object.keys(c);
    if ('and' in c || 'or' in c) {
      const k = 'and' in c ? 'and' : 'or';
      const list = c[k];
      if (keys.length !== 1 || !Array.isArray(list) || !list.length) throw fail(`"${k}" takes a non-empty list and nothing else`);
      return { [k]: list.map((x) => walk(x, depth + 1)) } as Condition;
    }
    if ('not' in c) {
      if (keys.length !== 1) throw fail('"not" takes one condition and nothing else');
      return { not: walk(c.not, depth + 1) };
    }
    const { field, op, value, prior } = c;
    const extra = keys.filter((k) => !['field', 'op', 'value', 'prior'].includes(k));
    if (extra.length) throw fail(`unknown key "${extra[0]}"`);
    if (op === 'isNew') return { op: 'isNew' };
    if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) throw fail(`unknown op ${JSON.stringify(op)}`);
    if (typeof field !== 'string' || !RULE_FIELDS[object].has(field)) throw fail(`"${String(field)}" is not a field rules can read on ${object}`);
    if (prior !== undefined && typeof prior !== 'boolean') throw fail('"prior" must be true or false');
    const leaf = { field, op: op as Op, ...(prior ? { prior: true } : {}) };
    if (op === 'in' || op === 'notIn') {
      if (!Array.isArray(value) || !value.every(isScalar)) throw fail(`"${op}" takes a list of values`);
      return { ...leaf, value };
    }
    if (op === 'stageAtOrAfter' || op === 'stageBefore') {
      if (object !== 'Opportunity' || field !== 'stageName') throw fail(`"${op}" applies to Opportunity.stageName`);
      if (typeof value !== 'string' || !stageNames.includes(value)) throw fail(`"${String(value)}" is not an opportunity stage`);
      return { ...leaf, value };
    }
    if ((VALUE_OPS as readonly string[]).includes(op)) {
      if (!isScalar(value)) throw fail(`"${op}" takes one value`);
      return { ...leaf, value };
    }
    if (value !== undefined) throw fail(`"${op}" takes no value`);
    return leaf;
  };
  return walk(input, 0);
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Comparable form: dates as ISO text, numeric text as numbers (numeric columns load as text). */
function norm(v: unknown): Scalar {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string' && v.trim() !== '' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return isScalar(v) ? v : String(v);
}

function same(a: unknown, b: unknown): boolean {
  if (blank(a) && blank(b)) return true;
  return norm(a) === norm(b);
}

function compare(a: unknown, b: unknown): number | null {
  const x = norm(a);
  const y = norm(b);
  if (x === null || y === null) return null;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
}

export interface EvalInput {
  before: Row | null;
  after: Row;
  /** Opportunity stage apiName → sortOrder. */
  stageOrder: ReadonlyMap<string, number>;
}

/** True when the condition holds for the write (so the rule's error applies). */
export function evaluate(c: Condition, e: EvalInput): boolean {
  if ('and' in c) return c.and.every((x) => evaluate(x, e));
  if ('or' in c) return c.or.some((x) => evaluate(x, e));
  if ('not' in c) return !evaluate(c.not, e);
  if (c.op === 'isNew') return e.before === null;
  const { field, op, value } = c as { field: string; op: Op; value?: Scalar | Scalar[]; prior?: boolean };
  const prior = (c as { prior?: boolean }).prior;
  const src = prior ? e.before : e.after;
  if (prior && src === null) return false;
  const v = src![field];
  switch (op) {
    case 'isBlank': return blank(v);
    case 'isNotBlank': return !blank(v);
    case 'equals': return same(v, value);
    case 'notEquals': return !same(v, value);
    case 'in': return (value as Scalar[]).some((x) => same(v, x));
    case 'notIn': return !(value as Scalar[]).some((x) => same(v, x));
    case 'changed': return e.before !== null && !same(e.before[field], e.after[field]);
    case 'stageAtOrAfter':
    case 'stageBefore': {
      const at = e.stageOrder.get(String(v));
      const ref = e.stageOrder.get(String(value));
      if (at === undefined || ref === undefined) return false;
      return op === 'stageAtOrAfter' ? at >= ref : at < ref;
    }
    default: {
      const d = compare(v, value);
      if (d === null) return false;
      return op === 'lt' ? d < 0 : op === 'lte' ? d <= 0 : op === 'gt' ? d > 0 : d >= 0;
    }
  }
}
