import { createClient, type Client } from 'graphql-ws';

import { getAuthToken } from '@/lib/auth-token';

import { GRAPHQL_ENDPOINT } from './links';

/**
 * The GraphQL-over-WebSocket client (graphql-ws), for subscriptions. Import it only from lazily
 * loaded screens (live dashboards): it is not part of the first load. One socket per token,
 * opened on the first subscription and closed when the last one ends; the token travels in
 * connectionParams as `authorization: Bearer <token>`, like the HTTP header.
 */
let client: Client | null = null;
let clientToken: string | null = null;
let active = 0;
const reconnectListeners = new Set<() => void>();
const connectionListeners = new Set<(connected: boolean) => void>();

function wsUrl(): string {
  const url = new URL(GRAPHQL_ENDPOINT, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export function getWsClient(): Client {
  const token = getAuthToken();
  if (client && token === clientToken) return client;
  void client?.dispose();
  clientToken = token;
  // A close while subscriptions are active is a drop: the next connection is a reconnect.
  let dropped = false;
  client = createClient({
    url: wsUrl(),
    lazy: true,
    connectionParams: () => {
      const current = getAuthToken();
      return current ? { authorization: `Bearer ${current}` } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
  });
  // After a dropped connection, changes may have been missed: tell the listeners to catch up.
  client.on('connected', () => {
    if (dropped) reconnectListeners.forEach((listener) => listener());
    dropped = false;
    connectionListeners.forEach((listener) => listener(true));
  });
  client.on('closed', () => {
    if (active > 0) dropped = true;
    connectionListeners.forEach((listener) => listener(false));
  });
  return client;
}

/** Runs a subscription; returns the function that ends it. */
export function subscribe<T>(
  query: string,
  variables: Record<string, unknown>,
  onData: (data: T) => void,
  onError?: (error: unknown) => void,
): () => void {
  active += 1;
  const stop = getWsClient().subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.data) onData(result.data as T);
      },
      error: (error) => onError?.(error),
      complete: () => undefined,
    },
  );
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    active -= 1;
    stop();
  };
}

/** Called after the socket reconnected (events in between may be lost). */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** Called with true when the socket is connected (acknowledged), false when it closed. */
export function onConnectionChange(listener: (connected: boolean) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}
