import { parse } from 'csv-parse/sync';
import { badInput } from '../common/errors';
import { MAX_BULK_ROWS, MAX_CSV_BYTES } from './bulk-objects';
import type { RowError } from './bulk.types';

/** One data record; `row` is its row as a spreadsheet shows the file (the header is row 1). */
export interface CsvRow {
  row: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  /** Records with the wrong number of cells, or the record where the file stops being CSV. */
  errors: RowError[];
  /** The file stopped being CSV (e.g. an unterminated quote): nothing after `errors[0].row` was read. */
  fatal: boolean;
}

/**
 * Reads a CSV file (RFC 4180; UTF-8 with or without BOM; quoted cells may hold commas, quotes
 * and line breaks). Blank lines are skipped but keep their row numbers. A file that is too big
 * or has no header is refused as a whole (field `csv`); bad records are reported by row.
 */
export function parseCsv(csv: string, maxRows = MAX_BULK_ROWS): ParsedCsv {
  if (Buffer.byteLength(csv, 'utf8') > MAX_CSV_BYTES) throw badInput('csv', `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB: split it into smaller files`);
  let records: string[][];
  const errors: RowError[] = [];
  let fatal = false;
  try {
    records = parse(csv, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to: maxRows + 2 });
  } catch (e) {
    const err = e as Error & { records?: number; code?: string };
    const row = (err.records ?? 0) + 1;
    const why = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed (a " is missing)' : err.message;
    errors.push({ row, id: null, field: 'csv', code: 'BAD_USER_INPUT', message: `Row ${row} is not valid CSV: ${why}` });
    fatal = true;
    // The records before the broken one are still worth a preview and precise per-row errors.
    records = row > 1 ? (parse(csv, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to: row - 1 }) as string[][]) : [];
  }
  const header = (records[0] ?? []).map((h) => h.trim());
  if (!header.length || header.every((h) => !h)) {
    if (fatal) throw badInput('csv', errors[0].message);
    throw badInput('csv', 'The file is empty: it needs a header row');
  }
  const rows: CsvRow[] = [];
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.length === 1 && cells[0].trim() === '') return;
    if (cells.length !== header.length) {
      errors.push({ row, id: null, field: 'csv', code: 'BAD_USER_INPUT', message: `Row ${row} has ${cells.length} cells; the header has ${header.length}` });
      return;
    }
    rows.push({ row, cells });
  });
  if (rows.length + errors.length > maxRows) throw badInput('csv', `The file has more than ${maxRows.toLocaleString('en')} rows: split it into smaller files`);
  errors.sort((a, b) => a.row - b.row);
  return { header, rows, errors, fatal };
}

/** Header names compare without case, spaces, dots, dashes and underscores. */
export const normaliseHeader = (h: string) => h.normalize('NFKC').toLowerCase().replace(/[\s._\-()（）]/g, '');

/** The index of each named column; BAD_USER_INPUT when a name is missing or ambiguous. */
export function columnIndex(header: string[], column: string, field: string): number {
  const exact = header.flatMap((h, i) => (h === column.trim() ? [i] : []));
  const loose = exact.length ? exact : header.flatMap((h, i) => (normaliseHeader(h) === normaliseHeader(column) ? [i] : []));
  if (!loose.length) throw badInput(field, `The file has no column "${column}"`);
  if (loose.length > 1) throw badInput(field, `The file has ${loose.length} columns named "${column}"`);
  return loose[0];
}
