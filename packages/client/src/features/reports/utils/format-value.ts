import type { Formatters } from '@/lib/format';

import type { FieldType } from './definition';

/** A cell or aggregate as text by its data type (PERCENT of a boolean average is a 0..1 share). */
export function formatValue(f: Formatters, value: string | number | null | undefined, dataType: FieldType | null | undefined, shareOf1 = false): string {
  if (value == null || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  switch (dataType) {
    case 'CURRENCY':
      return Number.isFinite(n) ? f.currency(n) : String(value);
    case 'PERCENT':
      return Number.isFinite(n) ? f.percent(shareOf1 ? n * 100 : n) : String(value);
    case 'NUMBER':
      return Number.isFinite(n) ? f.number(n) : String(value);
    case 'DATE':
      return typeof value === 'string' ? f.date(value) : String(value);
    case 'DATETIME':
      return typeof value === 'string' ? new Date(value).toLocaleString(f.locale) : String(value);
    default:
      return typeof value === 'number' ? f.number(value) : value;
  }
}
