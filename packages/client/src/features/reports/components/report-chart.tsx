import { Chart } from '@/components/charts/chart';
import type { ChartKind } from '@/components/charts/chart-types';
import type { ReportResultFieldsFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { useReportsT } from '../i18n';
import { formatValue } from '../utils/format-value';

/** The report's chart over its first grouping: the first aggregate (or the record count) per group. */
export function ReportChart({ type, result }: { type: ChartKind; result: ReportResultFieldsFragment }) {
  const t = useReportsT();
  const f = useFormatters();
  // The first summary that is not the plain record count, else the record count.
  const index = result.aggregates.findIndex((a) => !(a.function === 'COUNT' && !a.field));
  const header = index >= 0 ? result.aggregates[index] : undefined;
  const useAgg = Boolean(header);
  const points = result.groupsDown.map((g) => ({ key: g.key ?? null, label: g.label, value: (useAgg ? g.aggregates[index] : g.count) ?? 0, count: g.count }));
  const total = useAgg ? (result.grandTotal[index]?.value ?? null) : result.totalCount;
  const format = (n: number) => formatValue(f, n, header?.function === 'COUNT' ? 'NUMBER' : (header?.dataType ?? 'NUMBER'), header?.function === 'AVG' && header.dataType === 'PERCENT');
  return (
    <div data-testid="report-chart">
      <Chart model={{ type, points, value: total, format }} label={t('chart.label')} emptyText={t('chart.empty')} loadingText={t('chart.loading')} />
    </div>
  );
}
