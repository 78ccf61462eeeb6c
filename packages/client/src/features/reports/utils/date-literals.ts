/** Salesforce relative date literals the server resolves (analytics/relative-dates.ts). */
const UNITS = ['WEEK', 'MONTH', 'QUARTER', 'YEAR', 'FISCAL_QUARTER', 'FISCAL_YEAR'] as const;

export const FIXED_LITERALS: readonly string[] = [
  'TODAY',
  'YESTERDAY',
  'TOMORROW',
  ...UNITS.flatMap((u) => [`THIS_${u}`, `LAST_${u}`, `NEXT_${u}`]),
  'LAST_90_DAYS',
  'NEXT_90_DAYS',
];

/** Literals that take a number (`LAST_N_DAYS:30`). */
export const N_LITERALS: readonly string[] = [
  ...['DAYS', 'WEEKS', 'MONTHS', 'QUARTERS', 'YEARS', 'FISCAL_QUARTERS', 'FISCAL_YEARS'].flatMap((u) => [`LAST_N_${u}`, `NEXT_N_${u}`]),
  ...['DAYS', 'WEEKS', 'MONTHS', 'QUARTERS', 'YEARS'].map((u) => `N_${u}_AGO`),
];

export type DateValue = { mode: 'relative'; literal: string; n: number } | { mode: 'exact'; day: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDateValue(value: string): DateValue {
  if (DAY.test(value)) return { mode: 'exact', day: value };
  const [literal, n] = value.toUpperCase().split(':');
  if (N_LITERALS.includes(literal)) return { mode: 'relative', literal, n: Math.max(1, Number(n) || 1) };
  if (FIXED_LITERALS.includes(literal)) return { mode: 'relative', literal, n: 1 };
  return { mode: 'relative', literal: 'THIS_MONTH', n: 1 };
}

export function formatDateValue(v: DateValue): string {
  if (v.mode === 'exact') return v.day;
  return N_LITERALS.includes(v.literal) ? `${v.literal}:${v.n}` : v.literal;
}
