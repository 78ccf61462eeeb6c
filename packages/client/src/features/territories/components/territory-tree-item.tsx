import { useTranslation } from 'react-i18next';

import { TreeGroup } from '@/components/ui/tree/tree-group';
import { TreeItem, type TreeItemPosition } from '@/components/ui/tree/tree-item';
import type { TerritoryTreeRowFragment } from '@/gql/graphql';

import { useTerritoryTreeChildren } from '../hooks/use-territory-tree-children';
import { TerritoryStats } from './territory-stats';
import styles from './territory-tree.module.css';

type Period = { periodStart: string; periodEnd: string };

export interface TerritoryTreeItemProps extends TreeItemPosition {
  row: TerritoryTreeRowFragment;
  /** The period of the won business, quota and attainment (also the children's). */
  period: Period;
}

/** A territory of the tree: its name, description and team, and its balance metrics. */
export function TerritoryTreeItem({ row, period, ...position }: TerritoryTreeItemProps) {
  const { t } = useTranslation();
  const hasChildren = row.children.length > 0;
  const team = row.users.filter((u) => u.isActive);
  const roleLabel = (role: string) => {
    const key = ROLE_KEYS[role];
    return key ? t(`territories.roles.${key}`) : role;
  };

  return (
    <TreeItem
      {...position}
      id={row.id}
      hasChildren={hasChildren}
      toggleTestId="territory-toggle"
      data-name={row.name}
      data-testid="territory-node"
      renderTitle={({ nameId, toggle }) => (
        <>
          <span
            id={nameId}
            className={hasChildren ? `${styles.name} ${styles.nameToggle}` : styles.name}
            onClick={hasChildren ? toggle : undefined}
          >
            {row.name}
          </span>
          {row.description && <span className={styles.description}>{row.description}</span>}
          {team.length > 0 && (
            <ul className={styles.team} aria-label={t('territories.tree.team', { name: row.name })}>
              {team.map((member) => (
                <li key={member.id} className={styles.member} data-testid="territory-user">
                  <span className={styles.memberName}>{member.user.name}</span>
                  {member.roleInTerritory && <span className={styles.memberRole}>{roleLabel(member.roleInTerritory)}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      stats={<TerritoryStats row={row} withOwn={hasChildren} />}
      renderGroup={(level) => <TerritoryTreeGroup parentId={row.id} period={period} level={level} />}
    />
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
function TerritoryTreeGroup({ parentId, period, level }: { parentId: string; period: Period; level: number }) {
  const children = useTerritoryTreeChildren(parentId, period);
  return (
    <TreeGroup
      level={level}
      {...children}
      renderItem={(child, position) => <TerritoryTreeItem key={child.id} row={child} period={period} {...position} />}
    />
  );
}
