import fs from 'node:fs/promises';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import type { OutboxMessage } from './outbox-message.entity';
import { composeEmail, messageIdOf, type EmailPayload } from './email';

/** Delivers one outbox message; throws to have it retried. */
export interface OutboxTransport {
  readonly name: string;
  send(msg: Pick<OutboxMessage, 'id' | 'kind' | 'payload' | 'createdDate'>): Promise<void>;
  close?(): void;
}

/**
 * Writes each email as `<outboxId>.eml` into a folder, atomically (a temporary name, fsync,
 * rename). If the file is already there the send is a success that writes nothing: a worker that
 * died after writing and before marking the row sent delivers exactly one file when retried.
 */
export class EmlFileTransport implements OutboxTransport {
  readonly name = 'eml';
  constructor(readonly dir: string) {}

  fileOf(id: string) {
    return path.join(this.dir, `${id}.eml`);
  }

  async send(msg: Pick<OutboxMessage, 'id' | 'kind' | 'payload' | 'createdDate'>): Promise<void> {
    const target = this.fileOf(msg.id);
    if (await exists(target)) return;
    await fs.mkdir(this.dir, { recursive: true });
    const eml = await composeEmail(msg.id, msg.payload as unknown as EmailPayload, new Date(msg.createdDate));
    const tmp = path.join(this.dir, `.${msg.id}.${process.pid}.${Date.now()}.tmp`);
    const fh = await fs.open(tmp, 'w');
    try {
      await fh.writeFile(eml);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, target);
  }
}

/**
 * SMTP through nodemailer. At-least-once: a crash after the server accepted the message and
 * before the row is marked sent sends it again, with the same Message-ID (the outbox id), so
 * receivers and customer-service tools can recognise the duplicate.
 */
export class SmtpTransport implements OutboxTransport {
  readonly name = 'smtp';
  private readonly mailer;
  constructor(url: string) {
    this.mailer = createTransport(url);
  }

  async send(msg: Pick<OutboxMessage, 'id' | 'kind' | 'payload' | 'createdDate'>): Promise<void> {
    const p = msg.payload as unknown as EmailPayload;
    await this.mailer.sendMail({
      from: p.from, to: p.to, cc: p.cc, subject: p.subject, text: p.text, html: p.html,
      messageId: messageIdOf(msg.id), date: new Date(msg.createdDate), headers: { 'X-Outbox-Id': msg.id },
    });
  }

  close() {
    this.mailer.close();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** The configured transport: SMTP when SMTP_URL is set, else .eml files in OUTBOX_DIR. */
export function transportFromConfig(c: { SMTP_URL?: string; outboxDir: string }): OutboxTransport {
  return c.SMTP_URL ? new SmtpTransport(c.SMTP_URL) : new EmlFileTransport(c.outboxDir);
}
