import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead';

/**
 * A message to deliver, written in the transaction of the change it reports (transactional
 * outbox) and drained by the OutboxWorker. `sending` rows carry a lease (`lockedUntil`): a
 * worker that died mid-send leaves them to be taken again once it expires.
 */
@Entity('outbox_message')
@Index(['status', 'nextAttemptAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') orgId: string;
  /** What the payload is; 'email' is the only kind so far. */
  @Column({ length: 40 }) kind: string;
  /** The record the message is about (e.g. the order), for its status on that record. */
  @Index() @Column({ type: 'uuid', nullable: true }) recordId: string | null;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status: OutboxStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) nextAttemptAt: Date;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdDate: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentDate: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
}
