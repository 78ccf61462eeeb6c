import type { RequestContext } from '../api/request-context';
import { assertId, badInput } from '../common/errors';
import { baseQuery, orderTerms } from '../common/list/list-query';
import type { ListDefinition } from '../common/list/define-list';
import { columnIndex, parseCsv, normaliseHeader } from './bulk-csv';
import { bulkFields, coerce } from './bulk-fields';
import { BULK_OBJECTS, MAX_BULK_ROWS, type BulkObject } from './bulk-objects';
import { assertWriteRole, rowError, run, type Candidate } from './bulk-writer';
import { BulkMode, type BulkResult, type FieldValueInput, type RowError } from './bulk.types';
import type { RuleObject as BulkObjectName } from '../validation/rule-fields';

export interface MassUpdateInput {
  ids?: string[] | null;
  expectedVersions?: number[] | null;
  filter?: Record<string, unknown> | null;
  csv?: string | null;
  values?: FieldValueInput[] | null;
  mode?: BulkMode | null;
  dryRun?: boolean | null;
}

type Rec = Record<string, unknown>;

/**
 * Mass update (Salesforce "mass edit" / Data Loader update): the same values on rows chosen by
 * id or by the list filter, or per-row values from a CSV (id + value columns). Set-based: the
 * rows load in one locked statement, are checked in JS and written by one UPDATE.
 */
export class MassUpdateService {
  async massUpdate(ctx: RequestContext, objectName: BulkObjectName, input: MassUpdateInput): Promise<BulkResult> {
    const obj = BULK_OBJECTS[objectName];
    assertWriteRole(ctx, obj);
    const given = (['ids', 'filter', 'csv'] as const).filter((k) => input[k] != null);
    if (given.length !== 1) throw badInput('ids', 'Choose the rows with exactly one of ids, filter or csv');
    const values = this.values(ctx, obj, input.values ?? []);
    if (!input.csv && !Object.keys(values).length) throw badInput('values', 'Give at least one field to set');
    const mode = input.mode ?? BulkMode.ALL_OR_NOTHING;
    const dryRun = input.dryRun ?? false;
    return ctx.transaction(async () => {
      if (input.ids) return run(ctx, obj, await this.byIds(ctx, obj, input.ids, input.expectedVersions, values), { mode, dryRun });
      if (input.filter) return run(ctx, obj, await this.byFilter(ctx, obj, input.filter, values), { mode, dryRun });
      const { rows, errors, fatal } = await this.fromCsv(ctx, obj, input.csv!, values);
      return run(ctx, obj, rows, { mode, dryRun, extraErrors: errors, blocked: fatal });
    });
  }

  /** The values every row gets; a bad one fails the whole request (it would fail every row). */
  private values(ctx: RequestContext, obj: BulkObject, list: FieldValueInput[]): Rec {
    const fields = bulkFields(ctx.dataSource, obj);
    const out: Rec = {};
    list.forEach((v, i) => {
      const f = obj.writable.includes(v.field) ? fields.get(v.field) : undefined;
      if (!f) throw badInput(`values.${i}.field`, `${v.field} is not a field mass update can set on ${obj.name}`);
      if (v.field in out) throw badInput(`values.${i}.field`, `${v.field} is given twice`);
      const c = coerce(f, v.value ?? null);
      if ('error' in c) throw badInput(`values.${i}.value`, c.error);
      out[v.field] = c.value;
    });
    return out;
  }

  private async lockedRows(ctx: RequestContext, obj: BulkObject, ids: string[]): Promise<Map<string, Rec>> {
    const rows: Rec[] = await ctx.em.query(`SELECT t.* FROM "${obj.table}" t WHERE t.id = ANY($1::uuid[]) AND t."orgId" = $2 FOR NO KEY UPDATE OF t`, [ids, ctx.orgId]);
    return new Map(rows.map((r) => [r.id as string, r]));
  }

  private async byIds(ctx: RequestContext, obj: BulkObject, ids: string[], versions: number[] | null | undefined, values: Rec): Promise<Candidate[]> {
    if (ids.length > MAX_BULK_ROWS) throw badInput('ids', `At most ${MAX_BULK_ROWS.toLocaleString('en')} rows per mass update`);
    if (versions && versions.length !== ids.length) throw badInput('expectedVersions', 'Give one version per id, in the same order');
    const clean = ids.map((id) => (typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id.toLowerCase() : null));
    const found = await this.lockedRows(ctx, obj, [...new Set(clean.filter((id): id is string => !!id))]);
    const seen = new Map<string, number>();
    return ids.map((raw, i) => {
      const id = clean[i];
      const c: Candidate = { row: i + 1, id: id ?? raw, before: null, values, expectedVersion: versions?.[i], errors: [] };
      if (!id) c.errors.push(rowError(c, 'ids', 'BAD_USER_INPUT', `"${raw}" is not a valid id`));
      else if (seen.has(id)) c.errors.push(rowError(c, 'ids', 'BAD_USER_INPUT', `Row ${seen.get(id)} already updates this ${obj.name}`));
      else if (!found.has(id)) c.errors.push(rowError(c, 'ids', 'NOT_FOUND', `${obj.name} ${raw} was not found`));
      else c.before = found.get(id)!;
      if (id && !seen.has(id)) seen.set(id, c.row);
      return c;
    });
  }

  /** The visible records the list filter matches, in the list's default order, locked. */
  private async byFilter(ctx: RequestContext, obj: BulkObject, filter: Rec, values: Rec): Promise<Candidate[]> {
    const src = obj.service.source();
    const qb = baseQuery(ctx, src, { filter }, 't', 'mf');
    const order = orderTerms(src.def as ListDefinition<unknown>, null, 't').map(([e, d]) => `${e} ${d} NULLS LAST`).join(', ');
    qb.select('t.id', 'id').addSelect(`ROW_NUMBER() OVER (ORDER BY ${order})`, 'ord');
    const [sql, params] = qb.getQueryAndParameters();
    const rows: Rec[] = await ctx.em.query(`SELECT t.*, s.ord FROM (${sql}) s JOIN "${obj.table}" t ON t.id = s.id ORDER BY s.ord LIMIT ${MAX_BULK_ROWS + 1} FOR NO KEY UPDATE OF t`, params);
    if (rows.length > MAX_BULK_ROWS) throw badInput('filter', `The filter matches more than ${MAX_BULK_ROWS.toLocaleString('en')} records: narrow it`);
    return rows.map(({ ord, ...before }, i) => ({ row: i + 1, id: before.id as string, before, values, errors: [] }));
  }

  /** A CSV with an `id` column and value columns named like the fields; blank cells change nothing. */
  private async fromCsv(ctx: RequestContext, obj: BulkObject, csv: string, values: Rec): Promise<{ rows: Candidate[]; errors: RowError[]; fatal: boolean }> {
    const parsed = parseCsv(csv);
    const fields = bulkFields(ctx.dataSource, obj);
    const idCol = columnIndex(parsed.header, 'id', 'csv');
    const versionCol = parsed.header.findIndex((h) => normaliseHeader(h) === 'version');
    const cols = parsed.header.flatMap((h, i) => {
      if (i === idCol || i === versionCol) return [];
      const name = obj.writable.find((w) => normaliseHeader(w) === normaliseHeader(h));
      if (!name) throw badInput('csv', `The column "${h}" is not a field mass update can set on ${obj.name}`);
      return [{ i, f: fields.get(name)! }];
    });
    const ids = parsed.rows.map((r) => r.cells[idCol].trim().toLowerCase());
    const found = await this.lockedRows(ctx, obj, [...new Set(ids.filter((id) => /^[0-9a-f-]{36}$/.test(id)))]);
    const seen = new Map<string, number>();
    const rows = parsed.rows.map((r, k): Candidate => {
      const id = ids[k];
      const c: Candidate = { row: r.row, id: id || null, before: null, values: { ...values }, errors: [] };
      try {
        assertId(id);
      } catch {
        c.errors.push(rowError(c, 'id', 'BAD_USER_INPUT', id ? `"${r.cells[idCol]}" is not a valid id` : 'The row has no id'));
        return c;
      }
      if (seen.has(id)) c.errors.push(rowError(c, 'id', 'BAD_USER_INPUT', `Row ${seen.get(id)} already updates this ${obj.name}`));
      else if (!found.has(id)) c.errors.push(rowError(c, 'id', 'NOT_FOUND', `${obj.name} ${id} was not found`));
      else c.before = found.get(id)!;
      seen.set(id, seen.get(id) ?? r.row);
      for (const { i, f } of cols) {
        if (!r.cells[i].trim()) continue;
        const v = coerce(f, r.cells[i]);
        if ('error' in v) c.errors.push(rowError(c, f.name, 'BAD_USER_INPUT', v.error));
        else c.values[f.name] = v.value;
      }
      if (versionCol >= 0 && r.cells[versionCol].trim()) {
        const n = Number(r.cells[versionCol]);
        if (Number.isInteger(n)) c.expectedVersion = n;
        else c.errors.push(rowError(c, 'version', 'BAD_USER_INPUT', `"${r.cells[versionCol]}" is not a version number`));
      }
      return c;
    });
    return { rows, errors: parsed.errors, fatal: parsed.fatal };
  }
}

export const massUpdateService = new MassUpdateService();
