import type { DataBulkResultFragment } from '@/gql/graphql';

/** A chosen file as text: decoded as UTF-8 (Korean, Chinese survive), the byte-order mark dropped. */
export async function readCsvFile(file: File): Promise<string> {
  const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const cell = (v: string | number | null | undefined): string => {
  const s = v == null ? '' : String(v);
  // Quoted when needed; a leading = + - @ is neutralised so a spreadsheet does not run it.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The failures as CSV (row, id, field, code, message), with a BOM so spreadsheets read UTF-8. */
export function errorsCsv(errors: DataBulkResultFragment['errors']): string {
  const lines = [['row', 'id', 'field', 'code', 'message'].join(',')];
  for (const e of errors) lines.push([e.row, e.id, e.field, e.code, e.message].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Ids pasted one per line or separated by commas, spaces or tabs. */
export function parseIds(text: string): string[] {
  return text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
}
