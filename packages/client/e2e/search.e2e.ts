/**
 * Global search: a seeded Korean account is found through the sidebar's search box by its owner,
 * and a Chinese one through the phone's top bar; results are grouped and link to the record.
 * Reads only (no data changes).
 */
import { baseUrl, DEMO_PASSWORD, horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

interface SeededAccount {
  id: string;
  name: string;
  owner: { email: string };
}

async function api<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** A seeded account whose name contains `text`, with its owner (asked as the administrator). */
async function seededAccount(text: string): Promise<SeededAccount> {
  const { login } = await api<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: 'admin@demo.example',
    p: DEMO_PASSWORD,
  });
  const data = await api<{ accounts: { nodes: SeededAccount[] } }>(
    'query($t: String!) { accounts(filter: { name: { contains: $t } }, first: 1, orderBy: [{ field: name }]) { nodes { id name owner { email } } } }',
    { t: text },
    login.token,
  );
  const account = data.accounts.nodes[0];
  if (!account) throw new Error(`the demo seed has no account named like "${text}"`);
  return account;
}

test('the owner of a Korean account finds it through the search box and opens it', async () => {
  const account = await seededAccount('주식회사');
  const { page } = await browser.open();
  await signIn(page, account.owner.email);

  const box = page.getByTestId('global-search-input');
  await box.fill(account.name);
  await box.press('Enter');
  await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === account.name);
  await waitForText(page.getByTestId('page-heading'), account.name);
  const hit = page.locator(`[data-testid="search-group"][data-object="Account"] [data-testid="search-hit"][data-id="${account.id}"]`);
  await hit.waitFor({ timeout: 20_000 });
  expect(await hit.locator('a').getAttribute('href')).toBe(`/accounts/${account.id}`);
  // The box keeps the term on the results page.
  expect(await box.inputValue()).toBe(account.name);
  await snap(page, 'search-korean');
});

test('on a phone the top bar searches a Chinese account name without horizontal scrolling', async () => {
  const account = await seededAccount('有限公司');
  const { page } = await browser.open(PHONE);
  await signIn(page, account.owner.email);

  const box = page.getByTestId('global-search-input');
  expect(await box.isVisible()).toBe(true);
  await box.fill(account.name);
  await box.press('Enter');
  const hit = page.locator(`[data-testid="search-hit"][data-id="${account.id}"]`);
  await hit.waitFor({ timeout: 20_000 });
  expect(await hit.getAttribute('data-object')).toBe('Account');
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'search-chinese-phone');
});
