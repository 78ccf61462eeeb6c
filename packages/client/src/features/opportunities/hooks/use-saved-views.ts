import { useCallback, useSyncExternalStore } from 'react';

import type { ListView } from '../utils/list-views';
import type { ViewCriteria } from './use-opportunities-view';

const key = (userId: string) => `crm.opportunityViews.${userId}`;
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; views: ListView[] }>();

function read(userId: string): ListView[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key(userId));
  } catch {
    raw = null;
  }
  const hit = cache.get(userId);
  if (hit && hit.raw === raw) return hit.views;
  let views: ListView[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) views = parsed.filter((v): v is ListView => Boolean(v?.id && v?.name && v?.criteria));
  } catch {
    views = [];
  }
  cache.set(userId, { raw, views });
  return views;
}

function write(userId: string, views: ListView[]) {
  window.localStorage.setItem(key(userId), JSON.stringify(views));
  listeners.forEach((l) => l());
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

const NONE: ListView[] = [];

/** The user's own list views, saved in this browser's localStorage under their user id. */
export function useSavedViews(userId: string | null) {
  const views = useSyncExternalStore(subscribe, () => (userId ? read(userId) : NONE), () => NONE);

  const save = useCallback(
    (name: string, criteria: ViewCriteria): ListView | null => {
      if (!userId) return null;
      const view: ListView = { id: `user-${Date.now().toString(36)}`, name, criteria };
      write(userId, [...read(userId), view]);
      return view;
    },
    [userId],
  );

  const remove = useCallback(
    (id: string) => {
      if (userId) write(userId, read(userId).filter((v) => v.id !== id));
    },
    [userId],
  );

  return { views, save, remove };
}
