import { useTranslation } from 'react-i18next';

import { Tree } from '@/components/ui/tree/tree';
import type { TerritoryTreeRowFragment } from '@/gql/graphql';

import { METRIC_COLUMNS } from './territory-metrics';
import styles from './territory-tree.module.css';
import { TerritoryTreeItem } from './territory-tree-item';

/** Where the rows stack (territory-tree.module.css's [data-stacked] rules follow it). */
const STACKED_QUERY = '(max-width: 1180px)';

export interface TerritoryTreeProps {
  roots: readonly TerritoryTreeRowFragment[];
  period: { periodStart: string; periodEnd: string };
  label: string;
}

/**
 * A model's territories as a WAI-ARIA tree: one tab stop, arrows move and expand/collapse,
 * Home/End jump, Enter toggles. Children load when a row is first expanded. Each row shows its
 * balance over its subtree, and its own share where it has children.
 */
export function TerritoryTree({ roots, period, label }: TerritoryTreeProps) {
  const { t } = useTranslation();

  return (
    <Tree
      label={label}
      columns={[t('territories.tree.columns.name'), ...METRIC_COLUMNS.map((column) => t(`territories.metrics.${column}`))]}
      storageKey="crm.territoryTree.expanded"
      stackedQuery={STACKED_QUERY}
      groupLabels={{ loading: t('territories.tree.loadingChildren'), error: t('territories.tree.childrenError'), retry: t('territories.retry') }}
      className={styles.tree}
      data-testid="territory-tree"
    >
      {roots.map((row, index) => (
        <TerritoryTreeItem key={row.id} row={row} period={period} level={1} posInSet={index + 1} setSize={roots.length} />
      ))}
    </Tree>
  );
}
