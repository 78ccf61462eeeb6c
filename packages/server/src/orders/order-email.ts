import type { EmailPayload } from '../outbox/email';

/** service@<slug of the org name>.example, when the org has set no customerServiceEmail. */
export function defaultServiceEmail(orgName: string): string {
  const slug = orgName.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'org';
  return `service@${slug}.example`;
}

export interface OrderEmailFacts {
  orgName: string;
  to: string[];
  orderNumber: string;
  status: string;
  accountName: string;
  opportunityName: string | null;
  ownerName: string;
  ownerEmail: string;
  effectiveDate: string;
  totalAmount: number;
  currency: string;
  description: string | null;
  lines: Array<{ productName: string; productCode: string | null; quantity: number; unitPrice: number; totalPrice: number }>;
}

const money = (n: number, currency: string) => `${currency} ${n.toFixed(2)}`;

/** The customer-service notification of a placed order (plain text; the subject carries number and account). */
export function orderEmail(f: OrderEmailFacts): EmailPayload {
  const lines = f.lines.map((l, i) => `${i + 1}. ${l.productName}${l.productCode ? ` (${l.productCode})` : ''}: ${l.quantity} × ${money(l.unitPrice, f.currency)} = ${money(l.totalPrice, f.currency)}`);
  const text = [
    `Order ${f.orderNumber} was placed for ${f.accountName}.`,
    '',
    `Order number: ${f.orderNumber}`,
    `Status: ${f.status}`,
    `Account: ${f.accountName}`,
    ...(f.opportunityName ? [`Opportunity: ${f.opportunityName}`] : []),
    `Effective date: ${f.effectiveDate}`,
    `Placed by: ${f.ownerName} <${f.ownerEmail}>`,
    '',
    'Lines:',
    ...lines,
    '',
    `Total: ${money(f.totalAmount, f.currency)}`,
    ...(f.description ? ['', f.description] : []),
  ].join('\n');
  return { from: `${f.orgName} CRM <${f.to[0]}>`, to: f.to, cc: [f.ownerEmail], subject: `New order ${f.orderNumber}: ${f.accountName}`, text };
}
