import { DEFAULT_CURRENCY } from '@/config/app';
import type { TerritoryBalanceNumbersFragment } from '@/gql/graphql';
import type { Formatters } from '@/lib/format';

/** The numbers of a tree row, in column order. */
export const METRIC_COLUMNS = ['accountCount', 'totalAnnualRevenue', 'openPipeline', 'closedWonAmount', 'quota', 'attainment'] as const;
export type MetricColumn = (typeof METRIC_COLUMNS)[number];

const compactFormats = new Map<string, Intl.NumberFormat>();

/** "$6.3B": amounts short enough for the tree's columns (the full amount is the cell's title). */
export function compactCurrency(locale: string, value: number): string {
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: DEFAULT_CURRENCY, notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(locale, format);
  }
  return format.format(value);
}

/** One number formatted for its kind (attainment is a ratio; none without quota). */
export function formatMetric(
  format: Formatters,
  column: MetricColumn,
  metrics: TerritoryBalanceNumbersFragment,
  none: string,
  compact = false,
): string {
  switch (column) {
    case 'accountCount':
      return format.number(metrics.accountCount);
    case 'attainment':
      return metrics.attainment == null ? none : format.percent(metrics.attainment * 100);
    default:
      return compact ? compactCurrency(format.locale, metrics[column]) : format.currency(metrics[column]);
  }
}
