import { useQuery } from '@apollo/client/react';
import { useId, type CSSProperties, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button/button';
import { Spinner } from '@/components/ui/spinner/spinner';
import { CampaignTreeChildrenDocument, type CampaignTreeRowFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { campaignPaths } from '../paths';
import { CampaignStatusPill, useCampaignTypeLabel } from './campaign-status-pill';
import styles from './campaign-tree.module.css';
import { useTreeState } from './campaign-tree-context';

export interface CampaignTreeItemProps {
  row: CampaignTreeRowFragment;
  /** 1 for top-level campaigns. */
  level: number;
  posInSet: number;
  setSize: number;
}

export function CampaignTreeItem({ row, level, posInSet, setSize }: CampaignTreeItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const typeLabel = useCampaignTypeLabel();
  const tree = useTreeState();
  const nameId = useId();
  const statsId = useId();
  const hasChildren = row.children.length > 0;
  const expanded = hasChildren && tree.isExpanded(row.id);
  const tabbable = tree.activeId ? tree.activeId === row.id : level === 1 && posInSet === 1;
  const type = typeLabel(row.type);

  const toggle = (event: MouseEvent<HTMLElement>) => {
    event.stopPropagation();
    tree.setExpanded(row.id, !expanded);
    // The clicked row becomes the tree's tab stop (and keeps it when its children go away).
    tree.setActiveId(row.id);
    (event.currentTarget.closest('[role="treeitem"]') as HTMLElement | null)?.focus();
  };

  const stats = [
    { key: 'numberOfContacts', label: t('campaigns.stats.numberOfContacts'), value: format.number(row.numberOfContacts) },
    { key: 'numberOfResponses', label: t('campaigns.stats.numberOfResponses'), value: format.number(row.numberOfResponses) },
    {
      key: 'hierarchyNumberOfResponses',
      label: t('campaigns.tree.columns.hierarchyNumberOfResponses'),
      value: format.number(row.hierarchyNumberOfResponses),
    },
    {
      key: 'hierarchyNumberOfOpportunities',
      label: t('campaigns.tree.columns.hierarchyNumberOfOpportunities'),
      value: format.number(row.hierarchyNumberOfOpportunities),
    },
    {
      key: 'hierarchyAmountWonOpportunities',
      label: t('campaigns.tree.columns.hierarchyAmountWonOpportunities'),
      value: format.currency(row.hierarchyAmountWonOpportunities),
    },
  ] as const;

  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-labelledby={nameId}
      aria-describedby={statsId}
      tabIndex={tabbable ? 0 : -1}
      className={styles.item}
      data-id={row.id}
      data-testid="campaign-node"
    >
      <div className={styles.row} style={{ '--level': level - 1 } as CSSProperties}>
        <div className={styles.nameCell}>
          {hasChildren ? (
            // Mouse and touch only: keyboard users expand with the arrow keys on the item.
            <span className={styles.toggle} onClick={toggle} aria-hidden="true" data-testid="campaign-toggle">
              <span className={expanded ? styles.chevronOpen : styles.chevron} />
            </span>
          ) : (
            <span className={styles.togglePlaceholder} aria-hidden="true" />
          )}
          <div className={styles.title}>
            <Link id={nameId} to={campaignPaths.campaign.getHref(row.id)} tabIndex={-1} className={styles.name}>
              {row.name}
            </Link>
            <span className={styles.meta}>
              <CampaignStatusPill status={row.status} />
              {type && <span className={styles.type}>{type}</span>}
            </span>
          </div>
        </div>
        <div id={statsId} className={styles.stats}>
          {stats.map((stat) => (
            <span key={stat.key} className={styles.stat}>
              <span className={styles.statLabel}>{stat.label}</span>{' '}
              <span className={styles.statValue} data-testid={`rollup-${stat.key}`}>
                {stat.value}
              </span>
            </span>
          ))}
        </div>
      </div>
      {expanded && <CampaignTreeGroup parentId={row.id} level={level + 1} />}
    </li>
  );
}

/** The children of an expanded campaign, fetched when it is expanded. */
function CampaignTreeGroup({ parentId, level }: { parentId: string; level: number }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CampaignTreeChildrenDocument, {
    variables: { id: parentId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const children = data?.campaign.children;

  if (!children) {
    return (
      <div className={styles.groupStatus} style={{ '--level': level - 1 } as CSSProperties}>
        {error ? (
          <>
            <span role="alert">{t('campaigns.tree.childrenError')}</span>
            <Button variant="secondary" size="sm" onClick={() => void refetch()}>
              {t('campaigns.retry')}
            </Button>
          </>
        ) : (
          <Spinner label={t('campaigns.tree.loadingChildren')} showLabel />
        )}
      </div>
    );
  }

  return (
    <ul role="group" className={styles.group}>
      {children.map((child, index) => (
        <CampaignTreeItem key={child.id} row={child} level={level} posInSet={index + 1} setSize={children.length} />
      ))}
    </ul>
  );
}
