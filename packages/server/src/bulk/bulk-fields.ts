import type { DataSource } from 'typeorm';
import { isId } from '../common/errors';
import type { BulkObject } from './bulk-objects';

export type FieldKind = 'text' | 'number' | 'int' | 'boolean' | 'date' | 'id' | 'email';

/** A writable field as the database stores it (from the entity's metadata). */
export interface BulkField {
  name: string;
  kind: FieldKind;
  /** SQL type for jsonb_to_recordset. */
  sqlType: string;
  maxLength?: number;
  min?: number;
  max?: number;
}

const cache = new WeakMap<BulkObject, Map<string, BulkField>>();

/** The object's writable fields with their types and limits, derived once from the entity. */
export function bulkFields(ds: DataSource, obj: BulkObject): Map<string, BulkField> {
  let fields = cache.get(obj);
  if (fields) return fields;
  fields = new Map();
  const meta = ds.getMetadata(obj.entity);
  for (const name of [...obj.writable, ...obj.readOnly, 'id', 'orgId', 'createdDate', 'lastModifiedDate', 'version']) {
    const col = meta.findColumnWithPropertyName(name);
    if (!col) continue;
    const type = String(typeof col.type === 'function' ? col.type.name : col.type).toLowerCase();
    let f: BulkField;
    if (type === 'varchar' || type === 'text' || type === 'string') f = { name, kind: obj.emails.includes(name) ? 'email' : 'text', sqlType: 'text', maxLength: col.length ? Number(col.length) : undefined };
    else if (type === 'numeric') f = { name, kind: 'number', sqlType: 'numeric', min: 0, max: col.scale === 2 && col.precision === 5 ? 100 : 1e15 };
    else if (type === 'int' || type === 'int4' || type === 'integer' || type === 'number') f = { name, kind: 'int', sqlType: 'int', min: 0, max: 2 ** 31 - 1 };
    else if (type === 'boolean') f = { name, kind: 'boolean', sqlType: 'boolean' };
    else if (type === 'date') f = { name, kind: 'date', sqlType: 'date' };
    else if (type === 'uuid') f = { name, kind: 'id', sqlType: 'uuid' };
    else if (type === 'timestamptz') f = { name, kind: 'text', sqlType: 'timestamptz' };
    else throw new Error(`bulk: unsupported column type ${type} of ${obj.name}.${name}`);
    fields.set(name, f);
  }
  cache.set(obj, fields);
  return fields;
}

export type Coerced = { value: unknown } | { error: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TRUE = new Set(['true', 'yes', 'y', '1', 'x', '예', '是']);
const FALSE = new Set(['false', 'no', 'n', '0', '아니오', '否']);

function validDate(s: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * A value as the user typed it (a CSV cell or a mass-update value, always text; null or blank
 * clears the field) turned into the stored value, or the reason it cannot be.
 */
export function coerce(f: BulkField, raw: string | null): Coerced {
  const s = raw == null ? '' : raw.trim();
  if (s === '') return { value: f.kind === 'boolean' ? false : null };
  switch (f.kind) {
    case 'text':
    case 'email':
      if (f.maxLength && [...s].length > f.maxLength) return { error: `${f.name} is longer than ${f.maxLength} characters` };
      if (f.kind === 'email' && !EMAIL.test(s)) return { error: `"${s}" is not an email address` };
      return { value: s };
    case 'number':
    case 'int': {
      const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replace(/,/g, '') : s;
      const n = /^-?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : NaN;
      if (!Number.isFinite(n)) return { error: `"${s}" is not a number` };
      if (f.kind === 'int' && !Number.isInteger(n)) return { error: `${f.name} must be a whole number` };
      if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) return { error: `${f.name} must be between ${f.min} and ${f.max}` };
      return { value: n };
    }
    case 'boolean': {
      const l = s.toLowerCase();
      if (TRUE.has(l)) return { value: true };
      if (FALSE.has(l)) return { value: false };
      return { error: `"${s}" is not true or false` };
    }
    case 'date': {
      const d = validDate(s);
      return d ? { value: d } : { error: `"${s}" is not a date (YYYY-MM-DD)` };
    }
    case 'id':
      return isId(s) ? { value: s.toLowerCase() } : { error: `"${s}" is not a valid id` };
  }
}
