import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const SUB = `subscription($objects: [String!]!) { recordsChanged(objects: $objects) { objectName at } }`;

export interface Subscriber {
  events: Array<{ objectName: string; at: string }>;
  errors: unknown[];
  client: Client;
  /** Resolves when the server acknowledged the connection. */
  connected: Promise<void>;
  stop(): Promise<void>;
}

/** A graphql-ws client (ws) subscribed to recordsChanged on `httpUrl`. */
export function subscribe(httpUrl: string, token: string | null, objects: string[]): Subscriber {
  let onConnected!: () => void;
  const connected = new Promise<void>((r) => (onConnected = r));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { connected: () => onConnected() },
  });
  const s: Subscriber = {
    events: [],
    errors: [],
    client,
    connected,
    stop: () => client.dispose() as Promise<void>,
  };
  client.subscribe<{ recordsChanged: { objectName: string; at: string } }>(
    { query: SUB, variables: { objects } },
    { next: (r) => (r.data ? s.events.push(r.data.recordsChanged) : s.errors.push(r.errors)), error: (e) => s.errors.push(e), complete: () => undefined },
  );
  return s;
}

export const waitFor = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts src/server.ts in a child process on `databaseUrl`; resolves with its URL. */
export function startChildServer(databaseUrl: string): Promise<{ url: string; proc: ChildProcess; stop(): Promise<void> }> {
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'live-child.ts')], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.once('exit', (code) => reject(new Error(`child server exited with ${code}`)));
    proc.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      proc.removeAllListeners('exit');
      resolve({
        url: JSON.parse(line).url,
        proc,
        stop: () => new Promise((r) => {
          proc.once('exit', () => r());
          proc.kill('SIGTERM');
        }),
      });
    });
  });
}

/** Runs any operation over a fresh socket; resolves with its first result or error. */
export async function runOverSocket(httpUrl: string, token: string, query: string): Promise<{ data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> }> {
  const client = createClient({ url: `${httpUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    return await new Promise((resolve) => {
      client.subscribe({ query }, { next: (r) => resolve(r as never), error: (e) => resolve({ errors: Array.isArray(e) ? e : [e as never] }), complete: () => undefined });
    });
  } finally {
    await client.dispose();
  }
}
