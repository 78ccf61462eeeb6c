import { useSyncExternalStore } from 'react';

import { getAuthToken, subscribeAuthToken } from '@/lib/auth-token';

/** The current API token (or null), re-rendering when it changes in any tab. */
export function useAuthToken(): string | null {
  return useSyncExternalStore(subscribeAuthToken, getAuthToken, () => null);
}
