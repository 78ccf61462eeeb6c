import type { RequestContext } from '../api/request-context';
import { teamSubquery, territoryAccountsSubquery } from '../common/access';
import { badInput } from '../common/errors';
import type { ListDefinition, OrderByValue } from '../common/list/define-list';
import { baseQuery, orderTerms } from '../common/list/list-query';
import { bulkFields } from './bulk-fields';
import { BULK_OBJECTS, MAX_BULK_ROWS, type BulkObject } from './bulk-objects';
import { CsvExport } from './bulk.types';
import type { RuleObject as BulkObjectName } from '../validation/rule-fields';

type Rec = Record<string, unknown>;

/** A column of the export: a field of the record or a referenced record's field (`account.name`). */
interface ExportColumn {
  key: string;
  sql: string;
  text: boolean;
}

/** Every column an export may have; the default set is the record's fields with references as names. */
function exportColumns(ctx: RequestContext, obj: BulkObject): { all: Map<string, ExportColumn>; defaults: string[] } {
  const fields = bulkFields(ctx.dataSource, obj);
  const all = new Map<string, ExportColumn>();
  for (const f of fields.values()) {
    if (f.name !== 'orgId') all.set(f.name, { key: f.name, sql: `t."${f.name}"`, text: f.kind === 'text' || f.kind === 'email' });
  }
  const names: string[] = [];
  for (const ref of Object.values(obj.refs)) {
    for (const k of new Set([ref.name, ...ref.lookups])) all.set(`${ref.as}.${k}`, { key: `${ref.as}.${k}`, sql: `r_${ref.as}."${k}"`, text: true });
    names.push(`${ref.as}.${ref.name}`);
  }
  const own = [...obj.writable, ...obj.readOnly].filter((f) => fields.has(f) && !obj.refs[f]);
  const defaults = ['id', ...own, ...names, 'createdDate', 'lastModifiedDate'];
  return { all, defaults };
}

/** Visibility of a joined record, as `scopeQuery` decides it for the record's own lists. */
function visibleSql(ctx: RequestContext, alias: string, table: string, access: 'owner' | 'org'): string {
  if (access === 'org' || ctx.seesWholeOrg) return 'true';
  const owned = `${alias}."ownerId" IN ${teamSubquery(':__userId')}`;
  return table === 'account' ? `(${owned} OR ${alias}.id IN ${territoryAccountsSubquery(':__userId', ':__orgId')})` : owned;
}

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180); text starting like a formula gets a leading ' so spreadsheets show it as text. */
export function csvCell(v: unknown, text: boolean): string {
  if (v == null) return '';
  let s = v instanceof Date ? v.toISOString() : String(v);
  if (text && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Exports a list as CSV with the list's filter, order and visibility; at most 50,000 rows. */
export class ExportCsvService {
  async exportCsv(ctx: RequestContext, objectName: BulkObjectName, filter: Rec | null | undefined, orderBy: OrderByValue[] | null | undefined, columns: string[] | null | undefined): Promise<CsvExport> {
    const obj = BULK_OBJECTS[objectName];
    const { all, defaults } = exportColumns(ctx, obj);
    const keys = columns?.length ? columns : defaults;
    const cols = keys.map((k, i) => all.get(k) ?? badThrow(`columns.${i}`, `${k} is not a column of ${obj.name}; use one of ${[...all.keys()].join(', ')}`));
    const src = obj.service.source();
    const qb = baseQuery(ctx, src, { filter }, 't', 'xf');
    qb.select(cols.map((c, i) => `${c.sql} AS "c${i}"`));
    for (const [field, ref] of Object.entries(obj.refs)) {
      if (!cols.some((c) => c.key.startsWith(`${ref.as}.`))) continue;
      const table = ctx.dataSource.getMetadata(ref.entity).tableName;
      const a = `r_${ref.as}`;
      qb.leftJoin(ref.entity, a, `${a}.id = t."${field}" AND ${a}."orgId" = t."orgId" AND ${visibleSql(ctx, a, table, ref.access)}`, { __userId: ctx.user.id, __orgId: ctx.orgId });
    }
    for (const [expr, dir] of orderTerms(src.def as ListDefinition<unknown>, orderBy, 't')) qb.addOrderBy(expr, dir, 'NULLS LAST');
    qb.limit(MAX_BULK_ROWS + 1);
    const rows: Rec[] = await qb.getRawMany();
    const truncated = rows.length > MAX_BULK_ROWS;
    if (truncated) rows.length = MAX_BULK_ROWS;
    const lines = [keys.map((k) => csvCell(k, true)).join(',')];
    for (const r of rows) lines.push(cols.map((c, i) => csvCell(r[`c${i}`], c.text)).join(','));
    return Object.assign(new CsvExport(), { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rowCount: rows.length, truncated });
  }
}

function badThrow(field: string, message: string): never {
  throw badInput(field, message);
}

export const exportCsvService = new ExportCsvService();
