import { EventEmitter } from 'node:events';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/** In-process signal: a message was committed, so a worker in this process sends it at once. */
export const outboxSignal = new EventEmitter();

export interface NewOutboxMessage {
  orgId: string;
  kind: string;
  recordId?: string | null;
  payload: Record<string, unknown>;
}

/** Writes a message in the caller's transaction (`em`): it exists exactly when the change commits. */
export async function enqueueOutbox(em: EntityManager, m: NewOutboxMessage): Promise<string> {
  if (!em.queryRunner?.isTransactionActive) throw new Error('enqueueOutbox must run inside the transaction of the change it reports');
  const { identifiers } = await em.insert(OutboxMessage, { orgId: m.orgId, kind: m.kind, recordId: m.recordId ?? null, payload: m.payload as never });
  return identifiers[0].id as string;
}

/** Call after the transaction committed: wakes a worker of this process. */
export const kickOutbox = () => outboxSignal.emit('kick');
