import { registerEnumType } from 'type-graphql';

/** Date buckets for groupings (reports, KPIs): one value per period the date falls in. */
export enum DateGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(DateGranularity, {
  name: 'DateGranularity',
  description: 'Date bucket of a grouping. WEEK starts on Sunday (Salesforce en_US, as the relative date literals); buckets are UTC days.',
  valuesConfig: {
    DAY: { description: 'The calendar day (YYYY-MM-DD).' },
    WEEK: { description: 'The week starting on Sunday; the key is that Sunday (YYYY-MM-DD).' },
    MONTH: { description: 'The calendar month; the key is its first day (YYYY-MM-DD).' },
    QUARTER: { description: 'The calendar quarter; the key is its first day (YYYY-MM-DD).' },
    YEAR: { description: 'The calendar year; the key is January 1st (YYYY-MM-DD).' },
  },
});

/** Buckets made of whole calendar months (monthly summaries can answer them). */
export const MONTHLY_GRANULARITIES: ReadonlySet<DateGranularity> = new Set([DateGranularity.MONTH, DateGranularity.QUARTER, DateGranularity.YEAR]);

/** First day of the week for WEEK buckets: 0 = Sunday, as resolveDateLiteral's default. */
export const WEEK_START_DAY = 0;

/**
 * SQL bucketing `expr` (a date or timestamp expression from an allow-list, never input) to the
 * first day of its period, as a date. PostgreSQL weeks start on Monday, so WEEK is shifted to Sunday.
 */
export function dateBucketSql(expr: string, granularity: DateGranularity): string {
  const day = `(${expr})::date`;
  switch (granularity) {
    case DateGranularity.DAY:
      return day;
    case DateGranularity.WEEK:
      return `(date_trunc('week', ${day} + 1) - interval '1 day')::date`;
    case DateGranularity.MONTH:
      return `date_trunc('month', ${day})::date`;
    case DateGranularity.QUARTER:
      return `date_trunc('quarter', ${day})::date`;
    case DateGranularity.YEAR:
      return `date_trunc('year', ${day})::date`;
  }
}
