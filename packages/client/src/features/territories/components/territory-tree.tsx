import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { TerritoryTreeRowFragment } from '@/gql/graphql';

import { useTreeExpansion } from '../hooks/use-tree-expansion';
import { METRIC_COLUMNS } from './territory-metrics';
import styles from './territory-tree.module.css';
import { TreeContext, type TreeState } from './territory-tree-context';
import { TerritoryTreeItem } from './territory-tree-item';

const ITEM_SELECTOR = '[role="treeitem"]';

function itemsOf(tree: HTMLElement): HTMLElement[] {
  // Collapsed groups are not rendered: every treeitem in the DOM is visible.
  return Array.from(tree.querySelectorAll<HTMLElement>(ITEM_SELECTOR));
}

function parentItemOf(item: HTMLElement): HTMLElement | null {
  return item.parentElement?.closest<HTMLElement>(ITEM_SELECTOR) ?? null;
}

function firstChildItemOf(item: HTMLElement): HTMLElement | null {
  return item.querySelector<HTMLElement>(`:scope > [role="group"] > ${ITEM_SELECTOR}`);
}

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
  const treeRef = useRef<HTMLUListElement>(null);
  const { expanded, setOpen } = useTreeExpansion();
  const [activeId, setActiveId] = useState<string | null>(null);

  const state = useMemo<TreeState>(
    () => ({ isExpanded: (id) => expanded.has(id), setExpanded: setOpen, activeId, setActiveId, period }),
    [expanded, setOpen, activeId, period],
  );

  // Keep exactly one item tabbable, also when the active one was collapsed away.
  useLayoutEffect(() => {
    const tree = treeRef.current;
    if (!tree) return;
    const items = itemsOf(tree);
    if (items.length && !items.some((item) => item.tabIndex === 0)) items[0].tabIndex = 0;
  });

  const focusItem = useCallback((item: HTMLElement | null | undefined) => {
    if (!item) return;
    const id = item.dataset.id;
    if (id) setActiveId(id);
    item.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const tree = treeRef.current;
    const target = event.target as HTMLElement;
    if (!tree || target.getAttribute('role') !== 'treeitem') return;
    const id = target.dataset.id!;
    const items = itemsOf(tree);
    const index = items.indexOf(target);
    const canExpand = target.hasAttribute('aria-expanded');
    const isOpen = target.getAttribute('aria-expanded') === 'true';

    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusItem(items[index + 1]);
        break;
      case 'ArrowUp':
        focusItem(items[index - 1]);
        break;
      case 'ArrowRight':
        if (canExpand && !isOpen) setOpen(id, true);
        else if (isOpen) focusItem(firstChildItemOf(target));
        break;
      case 'ArrowLeft':
        if (isOpen) setOpen(id, false);
        else focusItem(parentItemOf(target));
        break;
      case 'Home':
        focusItem(items[0]);
        break;
      case 'End':
        focusItem(items[items.length - 1]);
        break;
      case 'Enter':
        if (canExpand) setOpen(id, !isOpen);
        break;
      case '*': {
        // Expand every sibling of the item (APG tree keyboard interaction).
        target.parentElement
          ?.querySelectorAll<HTMLElement>(`:scope > ${ITEM_SELECTOR}[aria-expanded="false"]`)
          .forEach((sibling) => sibling.dataset.id && setOpen(sibling.dataset.id, true));
        break;
      }
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <TreeContext.Provider value={state}>
      <div className={styles.wrapper}>
        <div className={styles.columns} aria-hidden="true">
          <span>{t('territories.tree.columns.name')}</span>
          {METRIC_COLUMNS.map((column) => (
            <span key={column}>{t(`territories.metrics.${column}`)}</span>
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
          data-testid="territory-tree"
        >
          {roots.map((row, index) => (
            <TerritoryTreeItem key={row.id} row={row} level={1} posInSet={index + 1} setSize={roots.length} />
          ))}
        </ul>
      </div>
    </TreeContext.Provider>
  );
}
