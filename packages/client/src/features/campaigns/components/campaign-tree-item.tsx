import { Link } from 'react-router';

import { TreeGroup } from '@/components/ui/tree/tree-group';
import { TreeItem, TreeStat, type TreeItemPosition } from '@/components/ui/tree/tree-item';
import type { CampaignTreeRowFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { useCampaignTreeChildren } from '../hooks/use-campaign-tree-children';
import { campaignPaths } from '../paths';
import { ROLLUP_KEYS, useRollupLabels } from './campaign-rollups';
import { CampaignStatusPill, useCampaignTypeLabel } from './campaign-status-pill';
import styles from './campaign-tree.module.css';

export interface CampaignTreeItemProps extends TreeItemPosition {
  row: CampaignTreeRowFragment;
}

/** A campaign of the tree: its name, status and type, its own and roll-up numbers. */
export function CampaignTreeItem({ row, ...position }: CampaignTreeItemProps) {
  const format = useFormatters();
  const labels = useRollupLabels();
  const typeLabel = useCampaignTypeLabel();
  const type = typeLabel(row.type);

  return (
    <TreeItem
      {...position}
      id={row.id}
      hasChildren={row.children.length > 0}
      toggleTestId="campaign-toggle"
      data-testid="campaign-node"
      renderTitle={({ nameId }) => (
        <>
          <Link id={nameId} to={campaignPaths.campaign.getHref(row.id)} tabIndex={-1} className={styles.name}>
            {row.name}
          </Link>
          <span className={styles.meta}>
            <CampaignStatusPill status={row.status} />
            {type && <span className={styles.type}>{type}</span>}
          </span>
        </>
      )}
      stats={ROLLUP_KEYS.map((key) => (
        <TreeStat key={key} label={labels[key]} className={styles.stat}>
          <span className={styles.statValue} data-testid={`rollup-${key}`}>
            {key === 'hierarchyAmountWonOpportunities' ? format.currency(row[key]) : format.number(row[key])}
          </span>
        </TreeStat>
      ))}
      renderGroup={(level) => <CampaignTreeGroup parentId={row.id} level={level} />}
    />
  );
}

/** The children of an expanded campaign, fetched when it is expanded. */
function CampaignTreeGroup({ parentId, level }: { parentId: string; level: number }) {
  const children = useCampaignTreeChildren(parentId);
  return (
    <TreeGroup
      level={level}
      {...children}
      renderItem={(child, position) => <CampaignTreeItem key={child.id} row={child} {...position} />}
    />
  );
}
