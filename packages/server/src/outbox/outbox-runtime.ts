import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { OutboxWorker } from './outbox-worker';
import { transportFromConfig } from './transport';

/** The server's worker, from the configuration (OUTBOX_* and SMTP_URL). */
export function outboxWorkerFromConfig(ds: DataSource, c: Config): OutboxWorker {
  return new OutboxWorker(ds, {
    transport: transportFromConfig(c), maxAttempts: c.OUTBOX_MAX_ATTEMPTS, baseDelayMs: c.OUTBOX_BASE_DELAY_MS,
    pollMs: c.OUTBOX_POLL_MS, leaseMs: c.OUTBOX_LEASE_MS,
  });
}
