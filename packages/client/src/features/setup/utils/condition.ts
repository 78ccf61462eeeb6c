import { BOOLEAN_FIELDS, LIST_OPS, NO_VALUE_OPS, NUMBER_FIELDS, OPERATORS, type Operator } from '../config';

/** One row of the condition builder: field, operator and the value as typed. */
export interface ConditionRow {
  key: string;
  field: string;
  op: Operator;
  value: string;
  /** Reads the value before the write ("prior value"). */
  prior: boolean;
}

/** The builder's state: rows joined by AND or OR, optionally negated as a whole. */
export interface ConditionDraft {
  join: 'and' | 'or';
  not: boolean;
  rows: ConditionRow[];
}

let seq = 0;
export const newRow = (field = ''): ConditionRow => ({ key: `r${++seq}`, field, op: 'isBlank', value: '', prior: false });
export const emptyDraft = (): ConditionDraft => ({ join: 'and', not: false, rows: [newRow()] });

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function scalar(field: string, text: string): string | number | boolean | null {
  const s = text.trim();
  if (BOOLEAN_FIELDS.has(field)) return s === 'true';
  if (NUMBER_FIELDS.has(field) && s !== '' && Number.isFinite(Number(s))) return Number(s);
  return s === '' ? null : s;
}

function leafOf(row: ConditionRow): Json {
  if (row.op === 'isNew') return { op: 'isNew' };
  const leaf: Json = { field: row.field, op: row.op };
  if (row.prior) leaf.prior = true;
  if (LIST_OPS.has(row.op)) leaf.value = row.value.split(',').map((v) => scalar(row.field, v)).filter((v) => v !== null);
  else if (!NO_VALUE_OPS.has(row.op)) leaf.value = scalar(row.field, row.value);
  return leaf;
}

/** The JSON condition the server stores. */
export function toCondition(draft: ConditionDraft): Json {
  const leaves = draft.rows.map(leafOf);
  const body = leaves.length === 1 ? leaves[0] : { [draft.join]: leaves };
  return draft.not ? { not: body } : body;
}

function rowOf(leaf: unknown): ConditionRow | null {
  if (!isObj(leaf) || typeof leaf.op !== 'string' || !(OPERATORS as readonly string[]).includes(leaf.op)) return null;
  if (leaf.op === 'isNew') return { ...newRow(), op: 'isNew' };
  if (typeof leaf.field !== 'string') return null;
  const v = leaf.value;
  const value = Array.isArray(v) ? v.join(', ') : v === undefined || v === null ? '' : String(v);
  return { ...newRow(leaf.field), op: leaf.op as Operator, value, prior: leaf.prior === true };
}

/** The builder's state of a stored condition, or null when it nests deeper than the builder shows. */
export function fromCondition(condition: unknown): ConditionDraft | null {
  let c = condition;
  let not = false;
  if (isObj(c) && 'not' in c) {
    not = true;
    c = c.not;
  }
  if (isObj(c) && (Array.isArray(c.and) || Array.isArray(c.or))) {
    const join = Array.isArray(c.and) ? 'and' : 'or';
    const rows = (c[join] as unknown[]).map(rowOf);
    return rows.every((r): r is ConditionRow => r !== null) ? { join, not, rows } : null;
  }
  const row = rowOf(c);
  return row ? { join: 'and', not, rows: [row] } : null;
}
