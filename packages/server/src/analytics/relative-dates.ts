import { badInput } from '../common/errors';

/** A half-open date range: `from` inclusive, `to` exclusive, both "YYYY-MM-DD" (UTC days). */
export interface DateRange {
  from: string;
  to: string;
}

export interface DateLiteralOptions {
  /** First month of the fiscal year, 1-12 (Salesforce's fiscal settings); 1 = calendar year. */
  fiscalYearStartMonth?: number;
  /** First day of the week, 0 = Sunday (Salesforce's en_US locale) .. 6. */
  weekStartDay?: number;
  /** The field named in the error when the literal is malformed. */
  field?: string;
}

type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR' | 'FISCAL_QUARTER' | 'FISCAL_YEAR';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** Start (UTC ms) of the `unit` period that contains `day`, moved by `offset` periods. */
function periodStart(day: number, unit: Unit, offset: number, o: Required<Omit<DateLiteralOptions, 'field'>>): number {
  const d = new Date(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'DAY':
      return day + offset * DAY_MS;
    case 'WEEK':
      return day - ((d.getUTCDay() - o.weekStartDay + 7) % 7) * DAY_MS + offset * 7 * DAY_MS;
    case 'MONTH':
      return Date.UTC(y, m + offset, 1);
    case 'QUARTER':
      return Date.UTC(y, m - (m % 3) + offset * 3, 1);
    case 'YEAR':
      return Date.UTC(y + offset, 0, 1);
    case 'FISCAL_QUARTER':
    case 'FISCAL_YEAR': {
      const start = o.fiscalYearStartMonth - 1;
      const sinceStart = (m - start + 12) % 12;
      if (unit === 'FISCAL_QUARTER') return Date.UTC(y, m - (sinceStart % 3) + offset * 3, 1);
      return Date.UTC(y, m - sinceStart + offset * 12, 1);
    }
  }
}

const span = (day: number, unit: Unit, first: number, count: number, o: Required<Omit<DateLiteralOptions, 'field'>>): DateRange => ({
  from: iso(periodStart(day, unit, first, o)),
  to: iso(periodStart(day, unit, first + count, o)),
});

const UNITS: Record<string, Unit> = {
  DAYS: 'DAY', WEEKS: 'WEEK', MONTHS: 'MONTH', QUARTERS: 'QUARTER', YEARS: 'YEAR',
  FISCAL_QUARTERS: 'FISCAL_QUARTER', FISCAL_YEARS: 'FISCAL_YEAR',
};
const SINGLE: Record<string, Unit> = {
  WEEK: 'WEEK', MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR', FISCAL_QUARTER: 'FISCAL_QUARTER', FISCAL_YEAR: 'FISCAL_YEAR',
};

/** Every literal form accepted, for error messages and the schema's descriptions. */
export const DATE_LITERAL_FORMS =
  'TODAY, YESTERDAY, TOMORROW, THIS_|LAST_|NEXT_ WEEK|MONTH|QUARTER|YEAR|FISCAL_QUARTER|FISCAL_YEAR, LAST_90_DAYS, NEXT_90_DAYS, ' +
  'LAST_N_|NEXT_N_ DAYS|WEEKS|MONTHS|QUARTERS|YEARS|FISCAL_QUARTERS|FISCAL_YEARS:n, N_DAYS_AGO:n, N_WEEKS_AGO:n, N_MONTHS_AGO:n, ' +
  'N_QUARTERS_AGO:n, N_YEARS_AGO:n, or an explicit YYYY-MM-DD';

/**
 * Resolves a Salesforce relative date literal (SOQL semantics) against `today` into a half-open
 * range of days. LAST_N_DAYS:n includes today and the n days before it; NEXT_N_DAYS:n starts
 * tomorrow; LAST_N_<unit>:n and NEXT_N_<unit>:n exclude the current period; N_<unit>_AGO:n is one
 * period. A malformed literal is a BAD_USER_INPUT naming `field`.
 */
export function resolveDateLiteral(literal: string, today: Date, options: DateLiteralOptions = {}): DateRange {
  const field = options.field ?? 'value';
  const o = { fiscalYearStartMonth: options.fiscalYearStartMonth ?? 1, weekStartDay: options.weekStartDay ?? 0 };
  const fail = () => badInput(field, `"${String(literal).slice(0, 40)}" is not a date literal; use one of ${DATE_LITERAL_FORMS}`);
  if (typeof literal !== 'string' || literal.length > 40) throw fail();
  const day = utcDay(today);
  const text = literal.trim().toUpperCase();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const ms = Date.parse(`${text}T00:00:00Z`);
    if (Number.isNaN(ms) || iso(ms) !== text) throw fail();
    return { from: text, to: iso(ms + DAY_MS) };
  }
  if (text === 'TODAY') return span(day, 'DAY', 0, 1, o);
  if (text === 'YESTERDAY') return span(day, 'DAY', -1, 1, o);
  if (text === 'TOMORROW') return span(day, 'DAY', 1, 1, o);
  if (text === 'LAST_90_DAYS') return { from: iso(day - 90 * DAY_MS), to: iso(day + DAY_MS) };
  if (text === 'NEXT_90_DAYS') return span(day, 'DAY', 1, 90, o);
  let m = /^(THIS|LAST|NEXT)_([A-Z_]+)$/.exec(text);
  if (m && SINGLE[m[2]]) return span(day, SINGLE[m[2]], m[1] === 'THIS' ? 0 : m[1] === 'LAST' ? -1 : 1, 1, o);
  m = /^(LAST|NEXT)_N_([A-Z_]+):(\d{1,4})$/.exec(text);
  if (m && UNITS[m[2]]) {
    const n = Number(m[3]);
    const unit = UNITS[m[2]];
    if (unit === 'DAY') return m[1] === 'LAST' ? { from: iso(day - n * DAY_MS), to: iso(day + DAY_MS) } : span(day, 'DAY', 1, n, o);
    return m[1] === 'LAST' ? span(day, unit, -n, n, o) : span(day, unit, 1, n, o);
  }
  m = /^N_([A-Z_]+)_AGO:(\d{1,4})$/.exec(text);
  if (m && UNITS[`${m[1]}`]) return span(day, UNITS[m[1]], -Number(m[2]), 1, o);
  throw fail();
}

/** The whole-day range a literal resolves to, or `undefined` for no literal. */
export function optionalDateRange(literal: string | null | undefined, today: Date, options: DateLiteralOptions = {}): DateRange | undefined {
  return literal == null || literal === '' ? undefined : resolveDateLiteral(literal, today, options);
}

/**
 * "Today" for analytics: the clock, or the day in `CRM_TODAY` (YYYY-MM-DD) when set, so tests and
 * the bench evaluate THIS_MONTH against the fixed day their data was dated from.
 */
export function analyticsToday(): Date {
  const fixed = process.env.CRM_TODAY;
  return fixed ? new Date(`${fixed}T12:00:00Z`) : new Date();
}
