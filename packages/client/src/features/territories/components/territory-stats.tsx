import { useTranslation } from 'react-i18next';

import { TreeStat } from '@/components/ui/tree/tree-item';
import type { TerritoryTreeRowFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { formatMetric, METRIC_COLUMNS } from './territory-metrics';
import styles from './territory-tree.module.css';

/**
 * A territory's balance metrics over its subtree (compact, the full amount as the title) and,
 * `withOwn`, its own share of them.
 */
export function TerritoryStats({ row, withOwn }: { row: TerritoryTreeRowFragment; withOwn: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = t('common.empty');

  return METRIC_COLUMNS.map((column) => (
    <TreeStat key={column} label={t(`territories.metrics.${column}`)} className={styles.stat} labelClassName={styles.statLabel}>
      <span className={styles.statValues}>
        <span
          className={styles.statValue}
          title={formatMetric(format, column, row.hierarchyMetrics, none)}
          data-testid={`metric-${column}`}
        >
          {formatMetric(format, column, row.hierarchyMetrics, none, true)}
        </span>
        {withOwn && (
          <span className={styles.statOwn} title={formatMetric(format, column, row.metrics, none)}>
            {t('territories.tree.own')}{' '}
            <span data-testid={`metric-own-${column}`}>{formatMetric(format, column, row.metrics, none, true)}</span>
          </span>
        )}
      </span>
    </TreeStat>
  ));
}
