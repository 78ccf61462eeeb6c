import { badInput } from '../common/errors';

/** Account fields a rule may test, with how they compare. */
export const RULE_FIELDS: Record<string, 'text' | 'number'> = {
  billingPostalCode: 'text', billingCountry: 'text', billingState: 'text', billingCity: 'text', industry: 'text',
  type: 'text', rating: 'text', name: 'text', annualRevenue: 'number', numberOfEmployees: 'number',
};

/** Operators, and the kind of field each applies to. */
export const RULE_OPERATORS: Record<string, 'any' | 'text' | 'number'> = {
  EQUALS: 'any', NOT_EQUALS: 'any', IN: 'any', STARTS_WITH: 'text', CONTAINS: 'text',
  LESS_THAN: 'number', GREATER_THAN: 'number', LESS_OR_EQUAL: 'number', GREATER_OR_EQUAL: 'number',
};

export const MAX_RULE_ITEMS = 10;

export interface RuleItemInput {
  field: string;
  operator: string;
  value: string;
}

const NUMBER = /^-?\d{1,15}(\.\d{1,4})?$/;

/** IN takes comma-separated values; every other operator one value. */
export const ruleValues = (item: RuleItemInput): string[] =>
  item.operator === 'IN' ? item.value.split(',').map((v) => v.trim()).filter(Boolean) : [item.value.trim()];

/** Checks every item; the first problem is BAD_USER_INPUT naming `items.<index>.<field>`. */
export function validateRuleItems(items: RuleItemInput[], path = 'items'): RuleItemInput[] {
  if (!items.length) throw badInput(path, 'A rule needs at least one item');
  if (items.length > MAX_RULE_ITEMS) throw badInput(path, `A rule has at most ${MAX_RULE_ITEMS} items`);
  return items.map((item, i) => {
    const at = (f: string) => `${path}.${i}.${f}`;
    const kind = RULE_FIELDS[item.field];
    if (!kind) throw badInput(at('field'), `Item ${i + 1}: unknown field "${item.field}"; use one of ${Object.keys(RULE_FIELDS).join(', ')}`);
    const opKind = RULE_OPERATORS[item.operator];
    if (!opKind) throw badInput(at('operator'), `Item ${i + 1}: unknown operator "${item.operator}"; use one of ${Object.keys(RULE_OPERATORS).join(', ')}`);
    if (opKind !== 'any' && opKind !== kind) {
      throw badInput(at('operator'), `Item ${i + 1}: ${item.operator} compares ${opKind === 'number' ? 'numbers' : 'text'}, but ${item.field} is a ${kind} field`);
    }
    const values = ruleValues(item);
    if (!values.length || !values[0]) throw badInput(at('value'), `Item ${i + 1}: a value is required`);
    if (kind === 'number') {
      const bad = values.find((v) => !NUMBER.test(v));
      if (bad !== undefined) throw badInput(at('value'), `Item ${i + 1}: ${item.field} is numeric and "${bad}" is not a number`);
    }
    return { field: item.field, operator: item.operator, value: item.value.trim() };
  });
}

// ---- Boolean filter: "1 AND (2 OR NOT 3)" ------------------------------------------------------

export type FilterNode =
  | { k: 'item'; n: number }
  | { k: 'not'; e: FilterNode }
  | { k: 'and' | 'or'; parts: FilterNode[] };

interface Token {
  t: 'num' | 'AND' | 'OR' | 'NOT' | '(' | ')';
  v: string;
  at: number;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+)|(AND|OR|NOT)(?![A-Za-z0-9_])|([()]))/iy;
  let pos = 0;
  while (pos < src.length) {
    if (!src.slice(pos).trim()) break;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) {
      const at = pos + (src.slice(pos).length - src.slice(pos).trimStart().length);
      throw badInput('booleanFilter', `booleanFilter: unexpected "${src[at]}" at position ${at + 1}`);
    }
    const at = m.index + m[0].length - (m[1] ?? m[2] ?? m[3]).length;
    if (m[1]) out.push({ t: 'num', v: m[1], at });
    else if (m[2]) out.push({ t: m[2].toUpperCase() as Token['t'], v: m[2], at });
    else out.push({ t: m[3] as Token['t'], v: m[3], at });
    pos = re.lastIndex;
  }
  return out;
}

/**
 * Recursive descent over: expr := unary ((AND | OR) unary)*, one operator per level (mixing AND
 * and OR needs parentheses, as in Salesforce); unary := NOT unary | '(' expr ')' | number.
 * Every number must name an existing item (1..itemCount).
 */
export function parseBooleanFilter(src: string, itemCount: number): FilterNode {
  const tokens = tokenize(src);
  let i = 0;
  const fail = (msg: string): never => {
    throw badInput('booleanFilter', `booleanFilter: ${msg}`);
  };
  const where = () => (i < tokens.length ? `"${tokens[i].v}" at position ${tokens[i].at + 1}` : 'the end');

  const unary = (depth: number): FilterNode => {
    if (depth > 50) fail('too deeply nested');
    const tok = tokens[i];
    if (!tok) return fail('expected an item number, NOT or "(" at the end');
    if (tok.t === 'NOT') {
      i++;
      return { k: 'not', e: unary(depth + 1) };
    }
    if (tok.t === '(') {
      i++;
      const e = expr(depth + 1);
      if (tokens[i]?.t !== ')') fail(`missing ")" before ${where()}`);
      i++;
      return e;
    }
    if (tok.t === 'num') {
      i++;
      const n = Number(tok.v);
      if (n < 1 || n > itemCount) fail(`item ${tok.v} does not exist (the rule has ${itemCount} item${itemCount === 1 ? '' : 's'})`);
      return { k: 'item', n };
    }
    return fail(`expected an item number, NOT or "(" but found ${where()}`);
  };

  const expr = (depth: number): FilterNode => {
    const parts = [unary(depth)];
    let op: 'AND' | 'OR' | null = null;
    while (tokens[i]?.t === 'AND' || tokens[i]?.t === 'OR') {
      const t = tokens[i].t as 'AND' | 'OR';
      if (op && op !== t) fail(`use parentheses when mixing AND and OR (${where()})`);
      op = t;
      i++;
      parts.push(unary(depth));
    }
    return parts.length === 1 ? parts[0] : { k: op === 'AND' ? 'and' : 'or', parts };
  };

  if (!tokens.length) fail('is empty');
  const tree = expr(0);
  if (i < tokens.length) fail(`unexpected ${where()}`);
  return tree;
}

// ---- SQL --------------------------------------------------------------------------------------

/** Positional parameters of one statement; values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[];
  constructor(initial: unknown[] = []) {
    this.values = [...initial];
  }
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const NUMERIC_SQL: Record<string, string> = { LESS_THAN: '<', GREATER_THAN: '>', LESS_OR_EQUAL: '<=', GREATER_OR_EQUAL: '>=' };

/** One item as a two-valued SQL condition (blank fields never match, except NOT_EQUALS). */
function itemSql(item: RuleItemInput, alias: string, p: SqlParams): string {
  // Stored items were validated on write; the column name is still never taken on trust.
  if (!RULE_FIELDS[item.field] || !RULE_OPERATORS[item.operator]) throw new Error(`Invalid stored rule item ${item.field} ${item.operator}`);
  const col = `${alias}."${item.field}"`;
  const values = ruleValues(item);
  if (RULE_FIELDS[item.field] === 'number') {
    switch (item.operator) {
      case 'EQUALS': return `${col} = ${p.add(values[0])}::numeric`;
      case 'NOT_EQUALS': return `${col} IS DISTINCT FROM ${p.add(values[0])}::numeric`;
      case 'IN': return `${col} = ANY(${p.add(values)}::numeric[])`;
      default: return `${col} ${NUMERIC_SQL[item.operator]} ${p.add(values[0])}::numeric`;
    }
  }
  switch (item.operator) {
    case 'EQUALS': return `lower(${col}) = ${p.add(values[0].toLowerCase())}`;
    case 'NOT_EQUALS': return `lower(${col}) IS DISTINCT FROM ${p.add(values[0].toLowerCase())}`;
    case 'IN': return `lower(${col}) = ANY(${p.add(values.map((v) => v.toLowerCase()))}::text[])`;
    case 'STARTS_WITH': return `${col} ILIKE ${p.add(`${escapeLike(values[0])}%`)}`;
    default: return `${col} ILIKE ${p.add(`%${escapeLike(values[0])}%`)}`;
  }
}

/** A whole rule as one SQL boolean over the account row `alias`. */
export function compileRule(items: RuleItemInput[], booleanFilter: string | null, alias: string, p: SqlParams): string {
  const conds = items.map((it) => `coalesce(${itemSql(it, alias, p)}, false)`);
  const walk = (n: FilterNode): string => {
    if (n.k === 'item') return conds[n.n - 1];
    if (n.k === 'not') return `NOT ${walk(n.e)}`;
    return `(${n.parts.map(walk).join(n.k === 'and' ? ' AND ' : ' OR ')})`;
  };
  return booleanFilter?.trim() ? walk(parseBooleanFilter(booleanFilter, items.length)) : `(${conds.join(' AND ')})`;
}
