import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Tree } from '@/components/ui/tree/tree';
import type { CampaignTreeRowFragment } from '@/gql/graphql';

import { campaignPaths } from '../paths';
import { ROLLUP_KEYS, useRollupLabels } from './campaign-rollups';
import styles from './campaign-tree.module.css';
import { CampaignTreeItem } from './campaign-tree-item';

/** Where the rows stack (campaign-tree.module.css's [data-stacked] rules follow it). */
const STACKED_QUERY = '(max-width: 800px)';

export interface CampaignTreeProps {
  roots: readonly CampaignTreeRowFragment[];
  /** All top-level campaigns, also those on pages not loaded yet. */
  totalCount?: number;
  label: string;
}

/**
 * The campaign hierarchy as a WAI-ARIA tree: one tab stop, arrows move and expand/collapse,
 * Home/End jump, Enter opens the campaign. Children load when a row is first expanded.
 */
export function CampaignTree({ roots, totalCount, label }: CampaignTreeProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useRollupLabels();

  return (
    <Tree
      label={label}
      columns={[t('campaigns.tree.columns.name'), ...ROLLUP_KEYS.map((key) => labels[key])]}
      storageKey="crm.campaignTree.expanded"
      stackedQuery={STACKED_QUERY}
      groupLabels={{ loading: t('campaigns.tree.loadingChildren'), error: t('campaigns.tree.childrenError'), retry: t('campaigns.retry') }}
      onEnter={(id) => void navigate(campaignPaths.campaign.getHref(id))}
      className={styles.tree}
      data-testid="campaign-tree"
    >
      {roots.map((row, index) => (
        <CampaignTreeItem
          key={row.id}
          row={row}
          level={1}
          posInSet={index + 1}
          setSize={Math.max(totalCount ?? 0, roots.length)}
        />
      ))}
    </Tree>
  );
}
