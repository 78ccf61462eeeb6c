import { assertId, badInput } from '../errors';
import type { ListDefinition } from './define-list';

type Params = Record<string, unknown>;

/** Builds SQL for one filter object; values always travel as parameters. */
export class FilterCompiler {
  private n = 0;
  readonly params: Params = {};

  constructor(
    private readonly def: ListDefinition<unknown>,
    private readonly alias: string,
    private readonly prefix = 'f',
  ) {}

  compile(filter: Record<string, unknown> | undefined | null, path = 'filter'): string | null {
    if (!filter) return null;
    const parts: string[] = [];
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      if (key === '_and' || key === '_or') {
        const subs = (value as Record<string, unknown>[])
          .map((f, i) => this.compile(f, `${path}.${key}.${i}`))
          .filter((s): s is string => !!s);
        if (subs.length) parts.push(`(${subs.join(key === '_and' ? ' AND ' : ' OR ')})`);
        continue;
      }
      const field = this.def.fields[key];
      if (!field) throw badInput(`${path}.${key}`, `Unknown filter field ${key}`);
      parts.push(...this.operators(`${this.alias}."${field.column}"`, field.kind, value as Record<string, unknown>, `${path}.${key}`));
    }
    return parts.length ? parts.join(' AND ') : null;
  }

  private param(value: unknown): string {
    const name = `${this.prefix}${this.n++}`;
    this.params[name] = value;
    return `:${name}`;
  }

  private operators(col: string, kind: string, ops: Record<string, unknown>, path: string): string[] {
    const out: string[] = [];
    for (const [op, raw] of Object.entries(ops)) {
      if (raw === undefined || raw === null) continue;
      let v = raw;
      if (kind === 'id') {
        v = Array.isArray(raw) ? raw.map((id) => assertId(id as string, `${path}.${op}`)) : op === 'isNull' ? raw : assertId(raw as string, `${path}.${op}`);
      }
      if (typeof v === 'string' && v.length > 1000) throw badInput(`${path}.${op}`, 'Filter values are limited to 1,000 characters');
      out.push(this.operator(col, op, v, path));
    }
    return out;
  }

  private operator(col: string, op: string, v: unknown, path: string): string {
    const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
    switch (op) {
      case 'eq':
        return `${col} = ${this.param(v)}`;
      case 'notEq':
        return `${col} IS DISTINCT FROM ${this.param(v)}`;
      case 'contains':
        return `${col} ILIKE ${this.param(`%${like(v as string)}%`)}`;
      case 'notContains':
        return `(${col} IS NULL OR ${col} NOT ILIKE ${this.param(`%${like(v as string)}%`)})`;
      case 'startsWith':
        return `${col} ILIKE ${this.param(`${like(v as string)}%`)}`;
      case 'in':
        return `${col} = ANY(${this.param(v)})`;
      case 'notIn':
        return `NOT (${col} = ANY(${this.param(v)}))`;
      case 'isNull':
        return v ? `${col} IS NULL` : `${col} IS NOT NULL`;
      case 'lt':
      case 'before':
        return `${col} < ${this.param(v)}`;
      case 'lte':
        return `${col} <= ${this.param(v)}`;
      case 'gt':
      case 'after':
        return `${col} > ${this.param(v)}`;
      case 'gte':
        return `${col} >= ${this.param(v)}`;
      case 'between': {
        const r = v as { start: unknown; end: unknown };
        return `${col} BETWEEN ${this.param(r.start)} AND ${this.param(r.end)}`;
      }
      default:
        throw badInput(`${path}.${op}`, `Unknown operator ${op}`);
    }
  }
}
