import MailComposer from 'nodemailer/lib/mail-composer';

/** The payload of an outbox message of kind 'email'. */
export interface EmailPayload {
  from: string;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html?: string;
}

/** Message-ID of an outbox email: stable per outbox row, so a resend is recognisable. */
export const messageIdOf = (outboxId: string) => `<${outboxId}@outbox.crm.local>`;

/** The RFC 5322 message (headers encoded by nodemailer, so Korean/Chinese subjects survive). */
export function composeEmail(outboxId: string, p: EmailPayload, date: Date): Promise<Buffer> {
  const composer = new MailComposer({
    from: p.from, to: p.to, cc: p.cc, subject: p.subject, text: p.text, html: p.html,
    messageId: messageIdOf(outboxId), date, headers: { 'X-Outbox-Id': outboxId },
  });
  return new Promise((resolve, reject) => composer.compile().build((err, buf) => (err ? reject(err) : resolve(buf))));
}
