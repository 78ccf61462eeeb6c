export const ITEM_SELECTOR = '[role="treeitem"]';

/** The tree's visible items, in order (collapsed groups are not rendered). */
export function itemsOf(tree: HTMLElement): HTMLElement[] {
  return Array.from(tree.querySelectorAll<HTMLElement>(ITEM_SELECTOR));
}

function parentItemOf(item: HTMLElement): HTMLElement | null {
  return item.parentElement?.closest<HTMLElement>(ITEM_SELECTOR) ?? null;
}

function firstChildItemOf(item: HTMLElement): HTMLElement | null {
  return item.querySelector<HTMLElement>(`:scope > [role="group"] > ${ITEM_SELECTOR}`);
}

export interface TreeKeyActions {
  focus: (item: HTMLElement | null | undefined) => void;
  setOpen: (id: string, open: boolean) => void;
  /** Enter; without it Enter expands or collapses the item. */
  onEnter?: (id: string) => void;
}

/**
 * The WAI-ARIA APG tree keys on `target`, an item of `tree`: arrows move and expand/collapse,
 * Home/End jump, `*` expands the item's siblings, Enter as `onEnter` says. False for other keys.
 */
export function handleTreeKey(tree: HTMLElement, target: HTMLElement, key: string, actions: TreeKeyActions): boolean {
  const { focus, setOpen, onEnter } = actions;
  const id = target.dataset.id!;
  const items = itemsOf(tree);
  const index = items.indexOf(target);
  const canExpand = target.hasAttribute('aria-expanded');
  const isOpen = target.getAttribute('aria-expanded') === 'true';

  switch (key) {
    case 'ArrowDown':
      focus(items[index + 1]);
      return true;
    case 'ArrowUp':
      focus(items[index - 1]);
      return true;
    case 'ArrowRight':
      if (canExpand && !isOpen) setOpen(id, true);
      else if (isOpen) focus(firstChildItemOf(target));
      return true;
    case 'ArrowLeft':
      if (isOpen) setOpen(id, false);
      else focus(parentItemOf(target));
      return true;
    case 'Home':
      focus(items[0]);
      return true;
    case 'End':
      focus(items[items.length - 1]);
      return true;
    case 'Enter':
      if (onEnter) onEnter(id);
      else if (canExpand) setOpen(id, !isOpen);
      return true;
    case '*':
      target.parentElement
        ?.querySelectorAll<HTMLElement>(`:scope > ${ITEM_SELECTOR}[aria-expanded="false"]`)
        .forEach((sibling) => sibling.dataset.id && setOpen(sibling.dataset.id, true));
      return true;
    default:
      return false;
  }
}
