/**
 * "My opportunities" as a rep: it opens on the open deals, nearest close date first; the
 * open / won / lost switch lives in the URL; a view saved on this device comes back after a
 * reload. Checks rows against GraphQL (stage state and close date of each shown id).
 */
import type { Page } from 'playwright-core';

import { baseUrl, DEMO_PASSWORD, signIn, snap, useBrowser } from './support/browser';

const browser = useBrowser();
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
let token = '';

async function api<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

beforeAll(async () => {
  const data = await api<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: 'rep@demo.example',
    p: DEMO_PASSWORD,
  });
  token = data.login.token;
});

interface Row {
  id: string;
  closeDate: string;
  isClosed: boolean;
  isWon: boolean;
  owner: { email: string };
}

/** The shown rows, in order, as the server has them. */
async function shownRows(page: Page): Promise<Row[]> {
  await page.getByTestId('opportunity-row').first().waitFor({ timeout: 20_000 });
  const ids = await page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="opportunity-row"]'), (el) => el.getAttribute('data-id') ?? ''));
  const data = await api<{ opportunities: { nodes: Row[] } }>(
    'query($ids: [ID!]) { opportunities(filter: { id: { in: $ids } }, first: 100) { nodes { id closeDate isClosed isWon owner { email } } } }',
    { ids },
  );
  const byId = new Map(data.opportunities.nodes.map((n) => [n.id, n]));
  return ids.map((id) => byId.get(id) as Row);
}

/** Waits (the list shows the previous rows while the next ones load) until the shown rows pass `check`. */
async function rowsWhere(page: Page, check: (rows: Row[]) => boolean, timeout = 15_000): Promise<Row[]> {
  const deadline = Date.now() + timeout;
  let rows = await shownRows(page);
  while (!check(rows) && Date.now() < deadline) {
    await page.waitForTimeout(250);
    rows = await shownRows(page);
  }
  expect(check(rows)).toBe(true);
  return rows;
}

test('opens on my open deals by nearest close date; the status switch and a saved view are in the URL', async () => {
  const { page } = await browser.open();
  await signIn(page, 'rep@demo.example');
  await page.goto('/opportunities');

  const open = await shownRows(page);
  expect(open.length).toBeGreaterThan(0);
  expect(open.every((r) => !r.isClosed && r.owner.email === 'rep@demo.example')).toBe(true);
  const dates = open.map((r) => r.closeDate);
  expect([...dates].sort()).toEqual(dates);
  expect(await page.getByTestId('status-open').getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByTestId('list-view-select').inputValue()).toBe('my-open');

  await page.getByTestId('status-won').click();
  await page.waitForURL(/[?&]status=won/);
  await rowsWhere(page, (rows) => rows.every((r) => r.isWon));

  // Save "closed lost, biggest first" under a name: it is kept on this device for this user.
  await page.getByTestId('status-lost').click();
  await page.waitForURL(/[?&]status=lost/);
  await page.getByRole('button', { name: /Amount/ }).first().click();
  await page.waitForURL(/[?&]sort=amount/);
  await page.getByTestId('list-view-save').click();
  await page.getByText('Saved on this device only').waitFor();
  const name = `Lost big ${run}`;
  await page.getByTestId('list-view-name').fill(name);
  await page.getByTestId('list-view-name').press('Enter');
  const select = page.getByTestId('list-view-select');
  await page.waitForFunction((n) => {
    const el = document.querySelector<HTMLSelectElement>('[data-testid="list-view-select"]');
    return el?.selectedOptions[0]?.textContent === n;
  }, name);
  await snap(page, 'list-saved-view');

  await page.goto('/opportunities');
  await page.getByTestId('opportunity-row').first().waitFor({ timeout: 20_000 });
  expect(await select.inputValue()).toBe('my-open');
  await select.selectOption({ label: name });
  await page.waitForURL((url) => url.searchParams.get('status') === 'lost' && url.searchParams.get('sort') === 'amount');
  const lost = await rowsWhere(page, (rows) => rows.every((r) => r.isClosed && !r.isWon));
  const amounts = await api<{ opportunities: { nodes: { id: string; amount: number | null }[] } }>(
    'query($ids: [ID!]) { opportunities(filter: { id: { in: $ids } }, first: 100) { nodes { id amount } } }',
    { ids: lost.map((r) => r.id) },
  );
  const amountOf = new Map(amounts.opportunities.nodes.map((n) => [n.id, n.amount ?? 0]));
  const shown = lost.map((r) => amountOf.get(r.id) ?? 0);
  expect([...shown].sort((a, b) => b - a)).toEqual(shown); // biggest first, as saved
});
