import { Field, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { csvCell } from '../../bulk/export-csv.service';
import { MAX_BULK_ROWS } from '../../bulk/bulk-objects';
import { ReportFieldType as T } from './report-enums';
import type { ReportDefinition, ReportFilter } from './report-definition.types';
import { compileReport } from './report-compiler';
import { runFiscalYear } from './report-filters';
import { runCompiled } from './report-engine';
import type { ReportScope } from './report-scope';

@ObjectType({ description: 'A report exported as CSV (RFC 4180, UTF-8 with a BOM; text cells starting like a formula get a leading \').' })
export class ReportCsv {
  @Field({ description: 'The CSV text: a header of column labels, then the detail rows.' }) csv: string;
  @Field(() => Int, { description: 'Detail rows exported.' }) rowCount: number;
  @Field({ description: `True when the report had more than ${MAX_BULK_ROWS} rows (the rest is not exported).` }) truncated: boolean;
  @Field({ description: 'A file name for the download.' }) fileName: string;
}

const TEXT = new Set([T.STRING, T.PICKLIST, T.ID]);

/** The detail rows of a report as CSV, as the list exports write it (formula-safe, BOM). */
export async function reportCsv(ctx: RequestContext, def: ReportDefinition, name: string, filters: ReportFilter[] = [], scope?: ReportScope | null): Promise<ReportCsv> {
  const compiled = compileReport({ ...def, rowLimit: 0 }, filters, scope, await runFiscalYear(ctx, [...(def.filters ?? []), ...filters]));
  const result = await runCompiled(ctx, compiled, MAX_BULK_ROWS);
  const lines = [result.columns.map((c) => csvCell(c.label, true)).join(',')];
  for (const row of result.rows) lines.push(row.values.map((v, i) => csvCell(v, TEXT.has(result.columns[i].dataType))).join(','));
  const fileName = `${name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'report'}.csv`;
  return Object.assign(new ReportCsv(), { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rowCount: result.rows.length, truncated: result.truncated, fileName });
}
