import type { RequestContext } from '../api/request-context';
import { scopeQuery } from '../common/access';
import { badInput } from '../common/errors';
import { columnIndex, parseCsv, type CsvRow } from './bulk-csv';
import { bulkFields, coerce, type BulkField } from './bulk-fields';
import { BULK_OBJECTS, type BulkObject, type RefSpec } from './bulk-objects';
import { assertWriteRole, rowError, run, type Candidate } from './bulk-writer';
import { BulkMode, ImportMatchBy, type BulkResult, type ImportRecordsInput } from './bulk.types';

type Rec = Record<string, unknown>;

/** A mapped column: a field of the record, or a reference by one of the referenced record's keys. */
type Target = { i: number; field: BulkField } | { i: number; ref: string; spec: RefSpec & { as: string }; key: 'name' | 'externalId' | 'email' };

/** Every field name a column may map to, for the wizard. */
export function importFields(obj: BulkObject): string[] {
  const refs = Object.values(obj.refs).flatMap((r) => r.lookups.map((k) => `${r.as}.${k}`));
  return [...obj.writable, ...refs];
}

/**
 * Salesforce's Data Import Wizard: rows create records, or update the record they match (by
 * externalId, or by email for leads and contacts); references by name or external id. Set-based:
 * one lookup per reference type, one for the matches, one INSERT and one UPDATE.
 */
export class ImportService {
  async importRecords(ctx: RequestContext, input: ImportRecordsInput): Promise<BulkResult> {
    const obj = BULK_OBJECTS[input.objectApiName];
    assertWriteRole(ctx, obj);
    const parsed = parseCsv(input.csv);
    const targets = this.targets(ctx, obj, parsed.header, input);
    const mode = input.mode ?? BulkMode.ALL_OR_NOTHING;
    return ctx.transaction(async () => {
      const rows = parsed.rows.map((r) => this.candidate(r, targets));
      await this.resolveReferences(ctx, obj, parsed.rows, rows, targets);
      await this.match(ctx, obj, rows, input.matchBy ?? ImportMatchBy.none);
      return run(ctx, obj, rows, { mode, dryRun: input.dryRun ?? false, extraErrors: parsed.errors, blocked: parsed.fatal });
    });
  }

  private targets(ctx: RequestContext, obj: BulkObject, header: string[], input: ImportRecordsInput): Target[] {
    const fields = bulkFields(ctx.dataSource, obj);
    const used = new Set<string>();
    const targets = input.mapping.map((m, n): Target => {
      const i = columnIndex(header, m.column, `mapping.${n}.column`);
      if (used.has(m.field)) throw badInput(`mapping.${n}.field`, `${m.field} is mapped twice`);
      used.add(m.field);
      if (obj.writable.includes(m.field)) return { i, field: fields.get(m.field)! };
      const [as, key] = m.field.split('.');
      const entry = Object.entries(obj.refs).find(([, r]) => r.as === as && r.lookups.includes(key as never));
      if (!entry) throw badInput(`mapping.${n}.field`, `${m.field} is not a field an import can fill on ${obj.name}`);
      return { i, ref: entry[0], spec: entry[1], key: key as 'name' };
    });
    const by = input.matchBy ?? ImportMatchBy.none;
    if (by === ImportMatchBy.email && !obj.matchEmail) throw badInput('matchBy', `${obj.name} records cannot be matched by email`);
    if (by !== ImportMatchBy.none) {
      const key = by === ImportMatchBy.email ? obj.matchEmail! : 'externalId';
      if (!targets.some((t) => 'field' in t && t.field.name === key)) throw badInput('matchBy', `Matching by ${by} needs a column mapped to ${key}`);
    }
    return targets;
  }

  /** A row's own values; blank cells set nothing (a matched record keeps its value). */
  private candidate(r: CsvRow, targets: Target[]): Candidate {
    const c: Candidate = { row: r.row, id: null, before: null, values: {}, errors: [] };
    for (const t of targets) {
      if (!('field' in t) || !r.cells[t.i].trim()) continue;
      const v = coerce(t.field, r.cells[t.i]);
      if ('error' in v) c.errors.push(rowError(c, t.field.name, 'BAD_USER_INPUT', v.error));
      else c.values[t.field.name] = v.value;
    }
    return c;
  }

  /** Names and external ids of referenced records to ids: one visible-records lookup per reference. */
  private async resolveReferences(ctx: RequestContext, obj: BulkObject, csv: CsvRow[], rows: Candidate[], targets: Target[]) {
    const refTargets = targets.filter((t): t is Extract<Target, { ref: string }> => 'ref' in t);
    for (const ref of new Set(refTargets.map((t) => t.ref))) {
      const mine = refTargets.filter((t) => t.ref === ref);
      const spec = mine[0].spec;
      const wanted: Record<string, Set<string>> = { name: new Set(), externalId: new Set(), email: new Set() };
      for (const r of csv) for (const t of mine) if (r.cells[t.i].trim()) wanted[t.key].add(norm(t.key, r.cells[t.i]));
      if (!Object.values(wanted).some((s) => s.size)) continue;
      const qb = ctx.em.getRepository(spec.entity).createQueryBuilder('t').select('t.id', 'id').addSelect('lower(t.name)', 'name');
      const conds: string[] = [];
      if (spec.lookups.includes('externalId')) qb.addSelect('t."externalId"', 'externalId');
      if (spec.lookups.includes('email')) qb.addSelect('lower(t.email)', 'email');
      if (wanted.name.size) conds.push(`${hashed('lower(t.name)')} IN (SELECT unnest(CAST(:names AS text[])))`);
      if (wanted.externalId.size) conds.push('t."externalId" = ANY(:exts)');
      if (wanted.email.size) conds.push(`${hashed('lower(t.email)')} IN (SELECT unnest(CAST(:emails AS text[])))`);
      qb.where(`(${conds.join(' OR ')})`, { names: [...wanted.name], exts: [...wanted.externalId], emails: [...wanted.email] });
      scopeQuery(ctx, qb, 't', spec.access);
      const found: Rec[] = await qb.getRawMany();
      const index = (key: string) => {
        const m = new Map<string, string[]>();
        for (const f of found) if (f[key] != null) m.set(String(f[key]), [...(m.get(String(f[key])) ?? []), f.id as string]);
        return m;
      };
      const maps = { name: index('name'), externalId: index('externalId'), email: index('email') };
      const label = spec.entity.name;
      csv.forEach((r, k) => {
        const c = rows[k];
        for (const t of mine) {
          const cell = r.cells[t.i].trim();
          if (!cell) continue;
          const ids = maps[t.key].get(norm(t.key, cell)) ?? [];
          const field = `${spec.as}.${t.key}`;
          if (!ids.length) c.errors.push(rowError(c, field, 'BAD_USER_INPUT', `No ${label} you can see with ${t.key} "${cell}"`));
          else if (ids.length > 1) c.errors.push(rowError(c, field, 'BAD_USER_INPUT', `${ids.length} ${label} records have ${t.key} "${cell}": use an id or external id`));
          else if (c.values[ref] !== undefined && c.values[ref] !== ids[0]) c.errors.push(rowError(c, field, 'BAD_USER_INPUT', `The row names two different ${label} records`));
          else c.values[ref] = ids[0];
        }
      });
    }
  }

  /** Rows whose key is a record's become updates of it (locked); a record matched twice fails the later row. */
  private async match(ctx: RequestContext, obj: BulkObject, rows: Candidate[], by: ImportMatchBy) {
    if (by === ImportMatchBy.none) return;
    const key = by === ImportMatchBy.email ? obj.matchEmail! : 'externalId';
    const keyOf = (c: Candidate) => (c.values[key] == null ? null : by === ImportMatchBy.email ? String(c.values[key]).toLowerCase() : String(c.values[key]));
    const keys = [...new Set(rows.map(keyOf).filter((k): k is string => !!k))];
    if (!keys.length) return;
    const col = by === ImportMatchBy.email ? hashed(`lower(t."${key}")`) : `t."${key}"`;
    const order = obj.name === 'Lead' ? 't."isConverted", ' : '';
    const found: Rec[] = await ctx.em.query(
      `SELECT t.* FROM "${obj.table}" t WHERE t."orgId" = $1 AND ${col} IN (SELECT unnest($2::text[])) ORDER BY ${order}t."createdDate", t.id FOR NO KEY UPDATE OF t`,
      [ctx.orgId, keys],
    );
    const byKey = new Map<string, Rec>();
    for (const f of found) {
      const k = by === ImportMatchBy.email ? String(f[key]).toLowerCase() : String(f[key]);
      if (!byKey.has(k)) byKey.set(k, f);
    }
    const seen = new Map<string, number>();
    for (const c of rows) {
      const k = keyOf(c);
      const rec = k ? byKey.get(k) : undefined;
      if (!rec) continue;
      c.id = rec.id as string;
      const earlier = seen.get(c.id);
      if (earlier !== undefined) c.errors.push(rowError(c, key, 'BAD_USER_INPUT', `Row ${earlier} already updates this ${obj.name}`));
      else {
        seen.set(c.id, c.row);
        c.before = rec;
        // The same address in another case is not a change.
        if (by === ImportMatchBy.email) delete c.values[key];
      }
    }
  }
}

/**
 * A lower(...) the planner cannot answer from the search's trigram indexes: equality through a
 * trigram index rechecks every similar name (thousands of "Account 0..."), once per wanted value;
 * a hash join over the organisation's rows is milliseconds.
 */
const hashed = (expr: string) => `(${expr} || '')`;

const norm = (key: string, v: string) => (key === 'externalId' ? v.trim() : v.trim().toLowerCase());

export const importService = new ImportService();
