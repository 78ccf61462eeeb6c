import { createPubSub, filter, pipe } from '@graphql-yoga/subscription';
import { Client, type Notification } from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from '../../config/logger';
import { isId } from '../../common/errors';
import { invalidateWidgets } from '../dashboards/widget-cache';

/** The channel the statement-level triggers notify (migration 1795620000001). */
export const CHANNEL = 'crm_changes';

/** Object names the triggers send; subscriptions may ask only for these. */
export const LIVE_OBJECTS = ['Opportunity', 'Lead', 'Case', 'Task', 'Event', 'Campaign', 'CampaignMember', 'Account'] as const;

export interface RecordsChangedEvent {
  objectName: string;
  at: Date;
}

/** Where notification payloads come from: a LISTEN connection of its own, or the embedded database's one session. */
export interface NotificationSource {
  start(onPayload: (payload: string) => void): Promise<void>;
  stop(): Promise<void>;
}

/**
 * One per server process: receives the database's change notifications and fans them out to
 * this process's subscribers, by organisation. Notifications of one organisation and object
 * within `coalesceMs` become one event (a mass update is one refetch, not hundreds).
 */
export class ChangeFeed {
  private readonly pubSub = createPubSub<Record<string, [RecordsChangedEvent]>>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly source: NotificationSource,
    private readonly coalesceMs = 250,
  ) {}

  start(): Promise<void> {
    return this.source.start((payload) => this.onPayload(payload));
  }

  async stop(): Promise<void> {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    await this.source.stop();
  }

  /** The organisation's events for the given objects, as an async iterator. */
  subscribe(orgId: string, objects: readonly string[]): AsyncIterable<RecordsChangedEvent> {
    const wanted = new Set(objects);
    return pipe(this.pubSub.subscribe(`org:${orgId}`), filter((e: RecordsChangedEvent) => wanted.has(e.objectName)));
  }

  private onPayload(payload: string) {
    let msg: { orgId?: unknown; objectName?: unknown };
    try {
      msg = JSON.parse(payload);
    } catch {
      return;
    }
    const { orgId, objectName } = msg;
    if (!isId(orgId) || typeof objectName !== 'string' || !(LIVE_OBJECTS as readonly string[]).includes(objectName)) return;
    invalidateWidgets(orgId); // before subscribers hear of it: their refetch must not be answered from the cache
    const key = `${orgId}:${objectName}`;
    if (this.pending.has(key)) return;
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.pubSub.publish(`org:${orgId}`, { objectName, at: new Date() });
      }, this.coalesceMs),
    );
  }
}

/**
 * PostgreSQL: one dedicated connection that LISTENs (never one of the pool's, which are shared by
 * requests). A lost connection is re-opened with back-off from 250 ms to 10 s; changes in the gap
 * are missed, which the client covers by refetching when its socket reconnects.
 */
export class ListenConnection implements NotificationSource {
  private client: Client | null = null;
  private stopped = false;
  private delay = 250;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly url: string) {}

  async start(onPayload: (payload: string) => void): Promise<void> {
    const connect = async () => {
      const client = new Client({ connectionString: this.url, application_name: 'crm-live-listen' });
      client.on('notification', (n: Notification) => n.channel === CHANNEL && n.payload && onPayload(n.payload));
      const retry = (err?: unknown) => {
        if (this.client === client) this.client = null;
        void client.end().catch(() => undefined);
        if (this.stopped || this.timer) return;
        logger.warn({ err, retryInMs: this.delay }, 'live: LISTEN connection lost');
        this.timer = setTimeout(() => {
          this.timer = null;
          void connect().catch(retry);
        }, this.delay);
        this.delay = Math.min(this.delay * 2, 10_000);
      };
      client.on('error', retry);
      client.on('end', () => this.client === client && retry());
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.stopped) return void client.end();
      this.client = client;
      this.delay = 250;
    };
    await connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }
}

interface PgPool {
  on(event: 'connect', cb: (client: Client) => void): void;
  off(event: 'connect', cb: (client: Client) => void): void;
}

/**
 * Embedded PGlite has one session, held by the pool's only connection: that session LISTENs, and
 * the notifications it receives (its own commits' NOTIFYs, which is all there is) arrive on that
 * connection. PGlite's in-process `listen` does not see NOTIFYs sent through the socket server.
 */
export class SessionListener implements NotificationSource {
  private readonly attached = new WeakSet<Client>();
  private onConnect?: (client: Client) => void;

  constructor(private readonly dataSource: DataSource) {}

  private get pool(): PgPool {
    return (this.dataSource.driver as unknown as { master: PgPool }).master;
  }

  async start(onPayload: (payload: string) => void): Promise<void> {
    this.onConnect = (client) => {
      if (this.attached.has(client)) return;
      this.attached.add(client);
      client.on('notification', (n: Notification) => n.channel === CHANNEL && n.payload && onPayload(n.payload));
      client.query(`LISTEN ${CHANNEL}`).catch((err) => logger.warn({ err }, 'live: LISTEN failed'));
    };
    this.pool.on('connect', this.onConnect);
    const runner = this.dataSource.createQueryRunner();
    try {
      this.onConnect((await runner.connect()) as Client);
      await runner.query('SELECT 1');
    } finally {
      await runner.release();
    }
  }

  async stop(): Promise<void> {
    if (this.onConnect) this.pool.off('connect', this.onConnect);
  }
}

export function createChangeFeed(dataSource: DataSource, kind: 'postgres' | 'embedded'): ChangeFeed {
  const source = kind === 'embedded' ? new SessionListener(dataSource) : new ListenConnection((dataSource.options as { url: string }).url);
  return new ChangeFeed(source);
}
