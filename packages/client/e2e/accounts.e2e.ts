/**
 * Accounts and contacts as a sales rep: filter the list, open the account's 360 view, create a
 * contact on it (a missing last name is refused inline first), edit the account; the page at
 * 375 px does not scroll sideways. The account is created through GraphQL for this test alone.
 */
import fs from 'node:fs';

import type { Page } from 'playwright-core';

import { baseUrl, DEMO_PASSWORD, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
// Three GraphQL fixtures and a full walk per test: generous on a busy 2-core machine.
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

async function login(email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  return data.login.token;
}

interface Fixture {
  id: string;
  name: string;
}

/** An account of the rep's own with a parent, two contacts and three opportunities (two open). */
async function createFixture(token: string, tag: string): Promise<Fixture> {
  const create = async (mutation: string, input: Record<string, unknown>) =>
    (await gql<Record<string, { id: string }>>(token, `mutation($input: ${mutation}Input!) { x: ${mutation[0].toLowerCase()}${mutation.slice(1)}(input: $input) { id } }`, { input })).x.id;
  const parentId = await create('CreateAccount', { name: `E2E Parent ${tag}`, billingCity: 'Leeds' });
  const name = `E2E Account ${tag}`;
  const id = await create('CreateAccount', { name, parentId, type: 'Prospect', industry: 'Technology', billingCity: 'Leeds', billingCountry: 'United Kingdom', phone: '+44 113 000 0000' });
  for (const lastName of ['Alder', 'Birch']) await create('CreateContact', { firstName: 'E2E', lastName, accountId: id, title: 'Buyer' });
  const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const past = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await create('CreateOpportunity', { name: `${name} - Renewal`, accountId: id, stageName: 'Prospecting', closeDate: future, amount: 12000 });
  await create('CreateOpportunity', { name: `${name} - Expansion`, accountId: id, stageName: 'Qualification', closeDate: future, amount: 30000 });
  await create('CreateOpportunity', { name: `${name} - Pilot`, accountId: id, stageName: 'Closed Won', closeDate: past, amount: 5000, competitor: 'HubSpot' });
  return { id, name };
}

async function counts(token: string, id: string) {
  const data = await gql<{
    account: { phone: string | null; contacts: { totalCount: number }; open: { totalCount: number }; closed: { totalCount: number } };
  }>(
    token,
    `query($id: ID!) { account(id: $id) { phone contacts(first: 0) { totalCount }
      open: opportunities(first: 0, filter: { isClosed: { eq: false } }) { totalCount }
      closed: opportunities(first: 0, filter: { isClosed: { eq: true } }) { totalCount } } }`,
    { id },
  );
  return data.account;
}

/** Scrolls to the bottom in steps so every lazy section starts its query. */
async function scrollThrough(page: Page) {
  for (let i = 0; i < 12; i += 1) {
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(100);
  }
}

test('a rep filters accounts, opens one, adds a contact (inline error first) and edits the account', async () => {
  const token = await login(REP);
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const account = await createFixture(token, tag);
  const before = await counts(token, account.id);
  expect(before.contacts.totalCount).toBeGreaterThan(0);

  const { page } = await browser.open();
  await signIn(page, REP);
  await page.getByTestId('nav-accounts').click();
  await page.waitForURL(/\/accounts$/);
  await page.getByTestId('account-row').first().waitFor({ timeout: 20_000 });

  // Filters live in the URL.
  await page.getByTestId('filter-name').fill(account.name);
  await page.waitForURL(/[?&]q=/);
  await page.getByTestId('filter-owner').selectOption('me');
  await page.waitForURL(/[?&]owner=me/);
  await page.waitForFunction(
    (name) => {
      const rows = Array.from(document.querySelectorAll('[data-testid="account-row"]'));
      return rows.length === 1 && rows[0].textContent?.includes(name);
    },
    account.name,
    { timeout: 20_000 },
  );
  await snap(page, 'accounts-list-filtered');

  // CSV export of the filtered list: a header and exactly this account.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain(account.name);
  await page.getByTestId('account-link').first().click();
  await page.waitForURL(new RegExp(`/accounts/${account.id}$`));
  await waitForText(page.getByTestId('page-heading'), account.name);

  // Sections filled, matching what GraphQL says.
  const contacts = page.getByTestId('section-contacts');
  await waitForText(contacts.locator('h2'), `(${before.contacts.totalCount})`);
  expect(await contacts.getByTestId('account-contact-row').count()).toBe(before.contacts.totalCount);
  const opportunities = page.getByTestId('section-opportunities');
  await opportunities.scrollIntoViewIfNeeded();
  const opportunityTotal = before.open.totalCount + before.closed.totalCount;
  await waitForText(opportunities.locator('h2'), `(${opportunityTotal})`);
  const openFlags = await opportunities.getByTestId('account-opportunity-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-open')));
  expect(openFlags.length).toBe(opportunityTotal);
  // Open deals first.
  expect(openFlags).toEqual([...Array(before.open.totalCount).fill('true'), ...Array(before.closed.totalCount).fill('false')]);
  await waitForText(page.getByTestId('hierarchy-ancestor'), `E2E Parent ${tag}`);

  // New contact: no last name is refused next to the field, then saved.
  await contacts.getByTestId('new-contact').click();
  const dialog = page.getByTestId('new-contact-dialog');
  await dialog.locator('input[name="firstName"]').fill('Cedar');
  await dialog.getByTestId('new-contact-save').click();
  await waitForText(dialog.getByTestId('contact-field-lastName').getByTestId('field-error'), 'Complete this field.');
  expect(await dialog.locator('input[name="lastName"]').getAttribute('aria-invalid')).toBe('true');
  expect(await dialog.locator('input[name="firstName"]').inputValue()).toBe('Cedar');
  await snap(page, 'accounts-new-contact-error');
  const lastName = `Oak${tag}`;
  await dialog.locator('input[name="lastName"]').fill(lastName);
  await dialog.getByTestId('new-contact-save').click();
  await dialog.waitFor({ state: 'hidden' });
  await waitForText(contacts, `Cedar ${lastName}`);
  await waitForText(contacts.locator('h2'), `(${before.contacts.totalCount + 1})`);
  expect((await counts(token, account.id)).contacts.totalCount).toBe(before.contacts.totalCount + 1);

  // Edit the account; the change survives a reload.
  const phone = `+44 113 ${tag.slice(-6)}`;
  await page.getByTestId('edit-account').click();
  const form = page.getByTestId('account-form-dialog');
  await form.locator('input[name="phone"]').fill(phone);
  await form.getByTestId('account-form-save').click();
  await form.waitFor({ state: 'hidden' });
  await page.reload();
  await waitForText(page.getByTestId('section-details'), phone);
  expect((await counts(token, account.id)).phone).toBe(phone);
  await snap(page, 'accounts-account-page');

  // The new contact's page links back to the account; its edit form saves through the same checks.
  await page.getByTestId('section-contacts').getByRole('link', { name: `Cedar ${lastName}` }).click();
  await page.getByTestId('contact-page').waitFor();
  await waitForText(page.getByTestId('contact-account-link'), account.name);
  await page.getByTestId('edit-contact').click();
  const contactForm = page.getByTestId('contact-form-dialog');
  await contactForm.locator('input[name="lastName"]').fill('');
  await contactForm.getByTestId('contact-form-save').click();
  await contactForm.getByTestId('field-lastName').getByTestId('field-error').waitFor();
  await contactForm.locator('input[name="lastName"]').fill(lastName);
  await contactForm.locator('input[name="title"]').fill('Head of Purchasing');
  await contactForm.getByTestId('contact-form-save').click();
  await contactForm.waitFor({ state: 'hidden' });
  await page.reload();
  await waitForText(page.getByTestId('section-details'), 'Head of Purchasing');
});

test('the account page at 375 px has no horizontal scroll', async () => {
  const token = await login(REP);
  const account = await createFixture(token, `m${Date.now().toString(36)}`);
  const { page } = await browser.open({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  await signIn(page, REP);
  await page.goto(`/accounts/${account.id}`);
  await waitForText(page.getByTestId('page-heading'), account.name);
  await scrollThrough(page);
  await page.getByTestId('account-opportunity-row').first().waitFor({ timeout: 20_000 });
  await page.getByTestId('account-contact-row').first().waitFor({ timeout: 20_000 });
  await snap(page, 'accounts-account-375');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});

test('saving over someone else’s change shows their values, then overwrites on request', async () => {
  const token = await login(REP);
  const tag = `c${Date.now().toString(36)}`;
  const account = await createFixture(token, tag);
  const { page } = await browser.open();
  await signIn(page, REP);
  await page.goto(`/accounts/${account.id}`);
  await waitForText(page.getByTestId('page-heading'), account.name);
  await page.getByTestId('edit-account').click();
  const form = page.getByTestId('account-form-dialog');
  await form.locator('input[name="phone"]').fill('+44 113 111 1111');

  // Someone else saves first (their version wins the row).
  await gql(token, 'mutation($id: ID!) { updateAccount(id: $id, input: { phone: "+44 113 222 2222" }) { id } }', { id: account.id });
  await form.getByTestId('account-form-save').click();
  await waitForText(form.getByTestId('conflict-phone'), '+44 113 222 2222');
  expect(await form.locator('input[name="phone"]').inputValue()).toBe('+44 113 111 1111');
  expect((await counts(token, account.id)).phone).toBe('+44 113 222 2222');
  await snap(page, 'accounts-conflict');

  await form.getByTestId('conflict-overwrite').click();
  await form.waitFor({ state: 'hidden' });
  expect((await counts(token, account.id)).phone).toBe('+44 113 111 1111');
  await waitForText(page.getByTestId('section-details'), '+44 113 111 1111');
});

test('the parent account is chosen with the typeahead and shows in the hierarchy', async () => {
  const token = await login(REP);
  const tag = `p${Date.now().toString(36)}`;
  const account = await createFixture(token, tag);
  const holding = `E2E Holding ${tag}`;
  await gql(token, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { name: holding } });
  const { page } = await browser.open();
  await signIn(page, REP);
  await page.goto(`/accounts/${account.id}`);
  await waitForText(page.getByTestId('hierarchy-ancestor'), `E2E Parent ${tag}`);
  await page.getByTestId('edit-account').click();
  const form = page.getByTestId('account-form-dialog');
  const picker = form.getByTestId('parent-picker');
  await picker.click();
  await picker.fill(`Holding ${tag}`);
  const option = form.getByRole('option', { name: holding });
  await option.waitFor({ timeout: 15_000 });
  await option.click();
  expect(await picker.inputValue()).toBe(holding);
  await form.getByTestId('account-form-save').click();
  await form.waitFor({ state: 'hidden' });
  await page.reload();
  await waitForText(page.getByTestId('hierarchy-ancestor'), holding);
  const data = await gql<{ account: { parent: { name: string } | null } }>(token, 'query($id: ID!) { account(id: $id) { parent { name } } }', { id: account.id });
  expect(data.account.parent?.name).toBe(holding);
});
