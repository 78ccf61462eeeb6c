import { useCallback, useState } from 'react';

function readStored(storageKey: string): Set<string> {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    const ids: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

function store(storageKey: string, ids: Set<string>): void {
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify([...ids]));
  } catch {
    // storage unavailable: the tree forgets its state on the next visit
  }
}

/**
 * Which items of a tree are expanded. Kept for the browser tab (sessionStorage, under
 * `storageKey`), so coming back to the tree shows it as it was left.
 */
export function useTreeExpansion(storageKey: string) {
  const [expanded, setExpanded] = useState<Set<string>>(() => readStored(storageKey));

  const setOpen = useCallback(
    (id: string, open: boolean) => {
      setExpanded((current) => {
        if (current.has(id) === open) return current;
        const next = new Set(current);
        if (open) next.add(id);
        else next.delete(id);
        store(storageKey, next);
        return next;
      });
    },
    [storageKey],
  );

  return { expanded, setOpen };
}
