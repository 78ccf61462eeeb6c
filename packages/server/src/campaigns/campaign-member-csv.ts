import { parse } from 'csv-parse/sync';
import { badInput } from '../common/errors';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './campaign-member-bulk.types';

/** One data row of a member import file; blank cells are null. */
export interface MemberCsvRow {
  row: number;
  email: string | null;
  id: string | null;
  status: string | null;
}

const COLUMNS = ['email', 'id', 'status'] as const;

/**
 * Reads a member import file (csv-parse, sync): a header row naming `email` and/or `id` and
 * optionally `status`, case-insensitive; other columns are ignored, blank lines skipped. A file
 * that is too big, malformed or lacks the columns is refused as a whole (field `csv`).
 */
export function parseMemberCsv(csv: string): MemberCsvRow[] {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) {
    throw badInput('csv', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files`);
  }
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      // One record more than allowed is enough to know the file is too long.
      to: MAX_IMPORT_ROWS + 2,
    });
  } catch (e) {
    throw badInput('csv', `The file is not valid CSV: ${(e as Error).message}`);
  }
  if (!records.length) throw badInput('csv', 'The file is empty: it needs a header row with an email or id column');
  const header = records[0].map((h) => h.trim().toLowerCase());
  const index = {} as Record<(typeof COLUMNS)[number], number>;
  for (const name of COLUMNS) {
    index[name] = header.indexOf(name);
    if (index[name] !== header.lastIndexOf(name)) throw badInput('csv', `The header row names the column "${name}" twice`);
  }
  if (index.email < 0 && index.id < 0) throw badInput('csv', 'The header row needs an "email" or an "id" column');
  const data = records.slice(1);
  if (data.length > MAX_IMPORT_ROWS) {
    throw badInput('csv', `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows: split it into smaller files`);
  }
  const cell = (r: string[], i: number) => (i >= 0 && r[i] ? r[i] : null);
  return data.map((r, i) => ({ row: i + 1, email: cell(r, index.email), id: cell(r, index.id), status: cell(r, index.status) }));
}
