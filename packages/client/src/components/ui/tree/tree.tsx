import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

import { useMediaQuery } from '@/hooks/use-media-query';

import styles from './tree.module.css';
import { TreeContext, type TreeGroupLabels, type TreeState } from './tree-context';
import { handleTreeKey, itemsOf } from './tree-keyboard';
import { useTreeExpansion } from './use-tree-expansion';

export interface TreeProps {
  /** The tree's accessible name. */
  label: string;
  /** Column headers over the rows (shown on wide screens): the name's, then the numbers'. */
  columns: readonly ReactNode[];
  /** Where the expanded items are kept for the browser tab (sessionStorage). */
  storageKey: string;
  /** Below this media query the rows stack: numbers under the name, each with its label. */
  stackedQuery: string;
  /** What a group shows while its children load or when they failed. */
  groupLabels: TreeGroupLabels;
  /** Enter on an item; without it Enter expands or collapses the item. */
  onEnter?: (id: string) => void;
  /** The feature's class on the wrapper: sets the `--tree-*` variables (see tree.module.css). */
  className?: string;
  'data-testid'?: string;
  /** The top-level `TreeItem`s. */
  children: ReactNode;
}

/**
 * A WAI-ARIA tree with columns of numbers: one tab stop, arrows move and expand/collapse,
 * Home/End jump, `*` expands siblings. Expanded items render their children (`TreeItem`).
 */
export function Tree(props: TreeProps) {
  const { label, columns, storageKey, stackedQuery, groupLabels, onEnter, className, children, 'data-testid': testId } = props;
  const treeRef = useRef<HTMLUListElement>(null);
  const { expanded, setOpen } = useTreeExpansion(storageKey);
  const [activeId, setActiveId] = useState<string | null>(null);
  const stacked = useMediaQuery(stackedQuery);

  const state = useMemo<TreeState>(
    () => ({ isExpanded: (id) => expanded.has(id), setExpanded: setOpen, activeId, setActiveId, groupLabels }),
    [expanded, setOpen, activeId, groupLabels],
  );

  // Keep exactly one item tabbable, also when the active one was collapsed away.
  useLayoutEffect(() => {
    const tree = treeRef.current;
    if (!tree) return;
    const items = itemsOf(tree);
    if (items.length && !items.some((item) => item.tabIndex === 0)) items[0].tabIndex = 0;
  });

  const focus = useCallback((item: HTMLElement | null | undefined) => {
    if (!item) return;
    const id = item.dataset.id;
    if (id) setActiveId(id);
    item.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const tree = treeRef.current;
    const target = event.target as HTMLElement;
    if (!tree || target.getAttribute('role') !== 'treeitem') return;
    if (handleTreeKey(tree, target, event.key, { focus, setOpen, onEnter })) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <TreeContext.Provider value={state}>
      <div className={className ? `${styles.wrapper} ${className}` : styles.wrapper} data-stacked={stacked || undefined}>
        <div className={styles.columns} aria-hidden="true">
          {columns.map((column, index) => (
            <span key={index}>{column}</span>
          ))}
        </div>
        <ul
          ref={treeRef}
          role="tree"
          aria-label={label}
          className={styles.tree}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const target = event.target as HTMLElement;
            if (target.dataset.id && target.getAttribute('role') === 'treeitem') setActiveId(target.dataset.id);
          }}
          data-testid={testId}
        >
          {children}
        </ul>
      </div>
    </TreeContext.Provider>
  );
}
