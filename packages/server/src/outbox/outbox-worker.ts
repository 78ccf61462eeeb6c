import type { DataSource } from 'typeorm';
import { logger } from '../config/logger';
import type { OutboxMessage } from './outbox-message.entity';
import { outboxSignal } from './outbox';
import type { OutboxTransport } from './transport';

export interface OutboxWorkerOptions {
  transport: OutboxTransport;
  maxAttempts?: number;
  /** First retry after this; doubles per attempt (capped at maxDelayMs). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  pollMs?: number;
  /** How long a claimed row stays ours; after that another worker may take it again. */
  leaseMs?: number;
  batchSize?: number;
  /** The clock (tests pass a fake one). */
  now?: () => Date;
}

type Claimed = Pick<OutboxMessage, 'id' | 'orgId' | 'kind' | 'payload' | 'attempts' | 'createdDate'>;

/** Back-off before attempt `attempts + 1`: base × 2^(attempts-1), capped. */
export const retryDelayMs = (attempts: number, base: number, max: number) => Math.min(max, base * 2 ** Math.max(0, attempts - 1));

/**
 * Drains `outbox_message`: claims due rows with `FOR UPDATE SKIP LOCKED` (so concurrent workers
 * take disjoint rows) and a lease, sends each, marks it sent. A failure schedules a retry with
 * exponential back-off; after maxAttempts the row is `dead` with its last error. A worker that dies
 * mid-send leaves its rows `sending`: they are taken again when the lease expires (the attempt
 * counts). Idempotent transports (the .eml folder) make that redelivery exactly-once.
 */
export class OutboxWorker {
  readonly maxAttempts: number;
  private readonly o: Required<Omit<OutboxWorkerOptions, 'transport'>>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly onKick = () => void this.wake();

  constructor(private readonly ds: DataSource, private readonly opts: OutboxWorkerOptions) {
    this.o = {
      maxAttempts: opts.maxAttempts ?? 8, baseDelayMs: opts.baseDelayMs ?? 5_000, maxDelayMs: opts.maxDelayMs ?? 3_600_000,
      pollMs: opts.pollMs ?? 1_000, leaseMs: opts.leaseMs ?? 60_000, batchSize: opts.batchSize ?? 20, now: opts.now ?? (() => new Date()),
    };
    this.maxAttempts = this.o.maxAttempts;
  }

  /** Polls every pollMs and whenever a message is committed in this process. */
  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    outboxSignal.on('kick', this.onKick);
    this.schedule(0);
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    outboxSignal.off('kick', this.onKick);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.opts.transport.close?.();
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.wake(), ms);
  }

  private async wake(): Promise<void> {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.drainOnce()) > 0);
        } while (this.again && !this.stopped);
      } catch (err) {
        logger.error({ err }, 'outbox: drain failed');
      } finally {
        this.running = null;
        this.schedule(this.o.pollMs);
      }
    })();
    return this.running;
  }

  /** Claims one batch of due messages and delivers them; returns how many were claimed. */
  async drainOnce(): Promise<number> {
    const rows = await this.claim();
    for (const row of rows) await this.deliver(row);
    return rows.length;
  }

  private async claim(): Promise<Claimed[]> {
    const now = this.o.now();
    const leaseEnd = new Date(now.getTime() + this.o.leaseMs);
    const [rows] = await this.ds.query(
      `UPDATE outbox_message m SET status = 'sending', "lockedUntil" = $2, attempts = m.attempts + 1
       WHERE m.id IN (
         SELECT id FROM outbox_message
         WHERE (status = 'pending' AND "nextAttemptAt" <= $1) OR (status = 'sending' AND "lockedUntil" < $1)
         ORDER BY "nextAttemptAt", id
         LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING m.id, m."orgId", m.kind, m.payload, m.attempts, m."createdDate"`,
      [now, leaseEnd, this.o.batchSize],
    );
    return rows as Claimed[];
  }

  private async deliver(row: Claimed): Promise<void> {
    try {
      await this.opts.transport.send(row);
    } catch (err) {
      const message = String((err as Error)?.message ?? err).slice(0, 2000);
      const dead = row.attempts >= this.o.maxAttempts;
      const next = new Date(this.o.now().getTime() + retryDelayMs(row.attempts, this.o.baseDelayMs, this.o.maxDelayMs));
      await this.ds.query(
        `UPDATE outbox_message SET status = $2, "lastError" = $3, "nextAttemptAt" = $4, "lockedUntil" = NULL WHERE id = $1 AND status = 'sending'`,
        [row.id, dead ? 'dead' : 'pending', message, next],
      );
      logger[dead ? 'error' : 'warn']({ id: row.id, attempts: row.attempts, err: message }, dead ? 'outbox: message is dead' : 'outbox: send failed, will retry');
      return;
    }
    await this.ds.query(
      `UPDATE outbox_message SET status = 'sent', "sentDate" = $2, "lockedUntil" = NULL, "lastError" = NULL WHERE id = $1 AND status = 'sending'`,
      [row.id, this.o.now()],
    );
  }
}
