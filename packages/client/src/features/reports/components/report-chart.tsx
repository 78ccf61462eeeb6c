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
  const header = result.aggregates[0];
  const useAgg = header && header.function !== 'COUNT';
  const points = result.groupsDown.map((g) => ({ key: g.key ?? null, label: g.label, value: (useAgg ? g.aggregates[0] : g.count) ?? 0, count: g.count }));
  const total = useAgg ? (result.grandTotal[0]?.value ?? null) : result.totalCount;
  const format = (n: number) => formatValue(f, n, useAgg ? header.dataType : 'NUMBER', header?.function === 'AVG' && header.dataType === 'PERCENT');
  return (
    <div data-testid="report-chart">
      <Chart model={{ type, points, value: total, format }} label={t('chart.label')} emptyText={t('chart.empty')} loadingText={t('chart.loading')} />
    </div>
  );
}
