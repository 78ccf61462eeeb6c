import { useId, type CSSProperties, type MouseEvent, type ReactNode } from 'react';

import styles from './tree.module.css';
import { useTreeState } from './tree-context';

export interface TreeItemRender {
  /** The id of the element that names the item (its aria-labelledby). */
  nameId: string;
  expanded: boolean;
  /** Expands or collapses the item from a click (mouse and touch). */
  toggle: (event: MouseEvent<HTMLElement>) => void;
}

/** Where an item stands in the tree. */
export interface TreeItemPosition {
  /** 1 for top-level items. */
  level: number;
  posInSet: number;
  setSize: number;
}

export interface TreeItemProps extends TreeItemPosition {
  id: string;
  hasChildren: boolean;
  /** The row's name and details, left of the numbers. */
  renderTitle: (item: TreeItemRender) => ReactNode;
  /** The row's numbers (`TreeStat`s), which describe the item. */
  stats: ReactNode;
  /** The children (a `TreeGroup` at `level`), rendered while the item is expanded. */
  renderGroup: (level: number) => ReactNode;
  toggleTestId?: string;
  /** data-testid, data-name, …: on the item. */
  [data: `data-${string}`]: string | undefined;
}

/** One row of a `Tree` and, while expanded, its children. */
export function TreeItem(props: TreeItemProps) {
  const { id, level, posInSet, setSize, hasChildren, renderTitle, stats, renderGroup, toggleTestId, ...data } = props;
  const tree = useTreeState();
  const nameId = useId();
  const statsId = useId();
  const expanded = hasChildren && tree.isExpanded(id);
  const tabbable = tree.activeId ? tree.activeId === id : level === 1 && posInSet === 1;

  const toggle = (event: MouseEvent<HTMLElement>) => {
    event.stopPropagation();
    tree.setExpanded(id, !expanded);
    // The clicked row becomes the tree's tab stop (and keeps it when its children go away).
    tree.setActiveId(id);
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
      data-id={id}
      {...data}
    >
      <div className={styles.row} style={{ '--level': level - 1 } as CSSProperties}>
        <div className={styles.nameCell}>
          {hasChildren ? (
            // Mouse and touch only: keyboard users expand with the arrow keys on the item.
            <span className={styles.toggle} onClick={toggle} aria-hidden="true" data-testid={toggleTestId}>
              <span className={expanded ? styles.chevronOpen : styles.chevron} />
            </span>
          ) : (
            <span className={styles.togglePlaceholder} aria-hidden="true" />
          )}
          <div className={styles.title}>{renderTitle({ nameId, expanded, toggle })}</div>
        </div>
        <div id={statsId} className={styles.stats}>
          {stats}
        </div>
      </div>
      {expanded && renderGroup(level + 1)}
    </li>
  );
}

export interface TreeStatProps {
  /** Named by the column header on wide screens; shown next to the number once rows stack. */
  label: ReactNode;
  className?: string;
  labelClassName?: string;
  /** The number(s). */
  children: ReactNode;
}

/** One number of a `TreeItem` with its label. */
export function TreeStat({ label, className, labelClassName, children }: TreeStatProps) {
  return (
    <span className={className}>
      <span className={labelClassName ? `${styles.statLabel} ${labelClassName}` : styles.statLabel}>{label}</span>{' '}
      {children}
    </span>
  );
}
