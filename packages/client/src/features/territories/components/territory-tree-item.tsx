import { useQuery } from '@apollo/client/react';
import { useId, type CSSProperties, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Spinner } from '@/components/ui/spinner/spinner';
import { TerritoryTreeChildrenDocument, type TerritoryTreeRowFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { formatMetric, METRIC_COLUMNS } from './territory-metrics';
import styles from './territory-tree.module.css';
import { useTreeState } from './territory-tree-context';

export interface TerritoryTreeItemProps {
  row: TerritoryTreeRowFragment;
  /** 1 for top-level territories. */
  level: number;
  posInSet: number;
  setSize: number;
}

export function TerritoryTreeItem({ row, level, posInSet, setSize }: TerritoryTreeItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tree = useTreeState();
  const nameId = useId();
  const statsId = useId();
  const hasChildren = row.children.length > 0;
  const expanded = hasChildren && tree.isExpanded(row.id);
  const tabbable = tree.activeId ? tree.activeId === row.id : level === 1 && posInSet === 1;
  const team = row.users.filter((u) => u.isActive);
  const none = t('common.empty');
  const roleLabel = (role: string) => {
    const key = ROLE_KEYS[role];
    return key ? t(`territories.roles.${key}`) : role;
  };

  const toggle = (event: MouseEvent<HTMLElement>) => {
    event.stopPropagation();
    tree.setExpanded(row.id, !expanded);
    // The clicked row becomes the tree's tab stop (and keeps it when its children go away).
    tree.setActiveId(row.id);
    (event.currentTarget.closest('[role="treeitem"]') as HTMLElement | null)?.focus();
  };

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
      data-name={row.name}
      data-testid="territory-node"
    >
      <div className={styles.row} style={{ '--level': level - 1 } as CSSProperties}>
        <div className={styles.nameCell}>
          {hasChildren ? (
            // Mouse and touch only: keyboard users expand with the arrow keys on the item.
            <span className={styles.toggle} onClick={toggle} aria-hidden="true" data-testid="territory-toggle">
              <span className={expanded ? styles.chevronOpen : styles.chevron} />
            </span>
          ) : (
            <span className={styles.togglePlaceholder} aria-hidden="true" />
          )}
          <div className={styles.title}>
            <span id={nameId} className={styles.name} onClick={hasChildren ? toggle : undefined}>
              {row.name}
            </span>
            {row.description && <span className={styles.description}>{row.description}</span>}
            {team.length > 0 && (
              <ul className={styles.team} aria-label={t('territories.tree.team', { name: row.name })}>
                {team.map((member) => (
                  <li key={member.id} className={styles.member} data-testid="territory-user">
                    <span className={styles.memberName}>{member.user.name}</span>
                    {member.roleInTerritory && (
                      <span className={styles.memberRole}>
                        {roleLabel(member.roleInTerritory)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div id={statsId} className={styles.stats}>
          {METRIC_COLUMNS.map((column) => (
            <span key={column} className={styles.stat}>
              <span className={styles.statLabel}>{t(`territories.metrics.${column}`)}</span>{' '}
              <span className={styles.statValues}>
                <span
                  className={styles.statValue}
                  title={formatMetric(format, column, row.hierarchyMetrics, none)}
                  data-testid={`metric-${column}`}
                >
                  {formatMetric(format, column, row.hierarchyMetrics, none, true)}
                </span>
                {hasChildren && (
                  <span className={styles.statOwn} title={formatMetric(format, column, row.metrics, none)}>
                    {t('territories.tree.own')}{' '}
                    <span data-testid={`metric-own-${column}`}>{formatMetric(format, column, row.metrics, none, true)}</span>
                  </span>
                )}
              </span>
            </span>
          ))}
        </div>
      </div>
      {expanded && <TerritoryTreeGroup parentId={row.id} level={level + 1} />}
    </li>
  );
}

/** The server's picklist of roles in a territory, to their translation keys. */
const ROLE_KEYS: Partial<Record<string, 'territoryManager' | 'salesRep' | 'salesEngineer' | 'owner' | 'administrator'>> = {
  'Territory Manager': 'territoryManager',
  'Sales Rep': 'salesRep',
  'Sales Engineer': 'salesEngineer',
  Owner: 'owner',
  Administrator: 'administrator',
};

/** The children of an expanded territory, fetched when it is expanded. */
function TerritoryTreeGroup({ parentId, level }: { parentId: string; level: number }) {
  const { t } = useTranslation();
  const { period } = useTreeState();
  const { data, error, refetch } = useQuery(TerritoryTreeChildrenDocument, {
    variables: { id: parentId, ...period },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const children = data?.territory.children;

  if (!children) {
    return (
      <div className={styles.groupStatus} style={{ '--level': level - 1 } as CSSProperties}>
        {error ? (
          <>
            <span role="alert">{t('territories.tree.childrenError')}</span>
            <Button variant="secondary" size="sm" onClick={() => void refetch()}>
              {t('territories.retry')}
            </Button>
          </>
        ) : (
          <Spinner label={t('territories.tree.loadingChildren')} showLabel />
        )}
      </div>
    );
  }

  return (
    <ul role="group" className={styles.group}>
      {children.map((child, index) => (
        <TerritoryTreeItem key={child.id} row={child} level={level} posInSet={index + 1} setSize={children.length} />
      ))}
    </ul>
  );
}
