import { useCallback, useState } from 'react';

const STORAGE_KEY = 'crm.territoryTree.expanded';

function readStored(): Set<string> {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    const ids: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

function store(ids: Set<string>): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...ids]));
  } catch {
    // storage unavailable: the tree forgets its state on the next visit
  }
}

/**
 * Which territories are expanded, kept for the browser tab (sessionStorage). Territory ids
 * differ between models, so one set serves every model.
 */
export function useTreeExpansion() {
  const [expanded, setExpanded] = useState<Set<string>>(readStored);

  const setOpen = useCallback((id: string, open: boolean) => {
    setExpanded((current) => {
      if (current.has(id) === open) return current;
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      store(next);
      return next;
    });
  }, []);

  return { expanded, setOpen };
}
