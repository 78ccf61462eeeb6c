import { print } from 'graphql';
import { useEffect, useMemo, useState } from 'react';

import { RecordsChangedDocument } from '@/gql/graphql';
import { onConnectionChange, onReconnect, subscribe } from '@/lib/apollo/ws-client';

const QUERY = print(RecordsChangedDocument);

export type LiveStatus = 'connecting' | 'live' | 'offline';

/**
 * One subscription for the whole dashboard: `recordsChanged(objects:)` over graphql-ws with the
 * union of the components' objects. Returns a counter per object name, bumped on each change
 * (and for every object after a reconnect, since changes may have been missed meanwhile).
 */
export function useLiveChanges(objects: string[]): { versions: Record<string, number>; status: LiveStatus } {
  const key = useMemo(() => [...new Set(objects)].sort().join(','), [objects]);
  const [versions, setVersions] = useState<Record<string, number>>({});
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    if (!key) return undefined;
    const names = key.split(',');
    const bump = (list: string[]) => setVersions((v) => Object.fromEntries([...Object.entries(v), ...list.map((n) => [n, (v[n] ?? 0) + 1])]));
    const offConnection = onConnectionChange((connected) => setStatus(connected ? 'live' : 'offline'));
    const stop = subscribe<{ recordsChanged: { objectName: string } }>(
      QUERY,
      { objects: names },
      (data) => {
        setStatus('live');
        bump([data.recordsChanged.objectName]);
      },
      () => setStatus('offline'),
    );
    const off = onReconnect(() => {
      setStatus('live');
      bump(names);
    });
    return () => {
      offConnection();
      off();
      stop();
    };
  }, [key]);
  return { versions, status };
}

/** A component's refresh key: the sum of its objects' change counters. */
export const refreshKeyOf = (versions: Record<string, number>, objects: readonly string[]) => objects.reduce((sum, o) => sum + (versions[o] ?? 0), 0);
