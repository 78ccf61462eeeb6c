/**
 * Place Order as the demo rep: an account of their own (made through GraphQL for this test
 * alone), a product picked with the typeahead, the order in the list with its status, the
 * customer-service email as an .eml file in the server's outbox folder, and the order page at
 * 375 px. The outbox folder is the one global-setup gives the server (E2E_OUTBOX_DIR).
 */
import fs from 'node:fs';
import path from 'node:path';

import { baseUrl, DEMO_PASSWORD, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
jest.setTimeout(120_000);
const REP = 'rep@demo.example';

async function gql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Quoted-printable soft breaks and escapes undone, so long lines of the body read whole. */
const decodeQp = (s: string) => s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

async function findEml(dir: string, needle: string, timeoutMs = 15_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const hits = fs.existsSync(dir)
      ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).filter((f) => decodeQp(fs.readFileSync(path.join(dir, f), 'latin1')).includes(needle))
      : [];
    if (hits.length || Date.now() > until) return hits;
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('a rep places an order from the account, sees it in the list with its status, and customer service gets its email', async () => {
  const outboxDir = process.env.E2E_OUTBOX_DIR;
  if (!outboxDir) throw new Error('E2E_OUTBOX_DIR (the server\'s OUTBOX_DIR) is not set: see e2e/global-setup.ts');
  const { login } = await gql<{ login: { token: string } }>(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: REP, p: DEMO_PASSWORD });
  const name = `E2E Orders ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const { createAccount } = await gql<{ createAccount: { id: string } }>(login.token, 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }', { i: { name } });

  const { page } = await browser.open();
  await signIn(page, REP);
  // From the account's page: its quick actions carry Place order.
  await page.goto(`${baseUrl()}/accounts/${createAccount.id}`);
  await page.getByTestId('record-place-order').click();
  await page.waitForURL(new RegExp(`/orders/new\\?accountId=${createAccount.id}$`));
  await page.getByTestId('place-order-form').waitFor();
  await page.waitForFunction((n) => (document.querySelector('[data-testid="order-account"]') as HTMLInputElement | null)?.value === n, name);
  // Placing without products is refused inline, and nothing is lost.
  await page.getByTestId('order-submit').click();
  await waitForText(page.getByTestId('field-error').first(), /at least one product/i);
  await page.getByTestId('order-product').fill('starter');
  await page.getByRole('option', { name: /Starter licence/ }).click();
  await page.getByTestId('order-line').first().waitFor();
  expect(await page.getByTestId('order-line-price').inputValue()).toBe('300');
  await page.getByTestId('order-line-quantity').fill('3');
  await waitForText(page.getByTestId('order-form-total'), /900/);
  await page.getByTestId('order-submit').click();

  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  const heading = await waitForText(page.getByTestId('page-heading'), /\d{8}/);
  const orderNumber = /(\d{8})/.exec(heading)![1];
  const orderPath = new URL(page.url()).pathname;
  expect(await page.getByTestId('order-status').getAttribute('data-status')).toBe('Activated');
  await snap(page, 'orders-page');

  await page.getByTestId('nav-orders').click();
  const row = page.locator(`[data-testid="order-row"][data-order-number="${orderNumber}"]`);
  await row.waitFor({ timeout: 20_000 });
  expect(await row.getByTestId('order-status').getAttribute('data-status')).toBe('Activated');
  await waitForText(row, name);

  const files = await findEml(outboxDir, `Order ${orderNumber} was placed for ${name}.`);
  expect(files).toHaveLength(1);
  const eml = decodeQp(fs.readFileSync(path.join(outboxDir, files[0]), 'latin1'));
  expect(eml).toContain(`Subject: New order ${orderNumber}: ${name}`);
  expect(eml).toMatch(/^To: service@demo-company\.example/m);

  // The order page on a phone shows the email as sent, without sideways scrolling.
  const phone = await browser.open({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  await signIn(phone.page, REP);
  await phone.page.goto(`${baseUrl()}${orderPath}`);
  await waitForText(phone.page.getByTestId('page-heading'), orderNumber);
  await waitForText(phone.page.getByTestId('order-notification'), /sent/i, 20_000);
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await snap(phone.page, 'orders-page-375');
});
