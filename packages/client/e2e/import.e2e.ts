/**
 * Import wizard: an administrator imports three accounts (one Korean, one Chinese name) from a
 * CSV where one row names a parent account that does not exist. Per row: the bad row is reported
 * with its row number as the file shows it and its field, the two good accounts exist (GraphQL).
 * All or nothing: a file with a bad row (a missing name) writes nothing (GraphQL). Mass update: a
 * rep pastes ids of two of her own new deals and an unknown one. Names carry a unique tag so
 * parallel test files do not meet these records.
 */
import type { Page } from 'playwright-core';

import { baseUrl, DEMO_PASSWORD, horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
jest.setTimeout(120_000);
const ADMIN = 'admin@demo.example';
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

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
  const data = await gql<{ login: { token: string } }>(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD });
  return data.login.token;
}

async function accountNames(token: string, prefix: string): Promise<string[]> {
  const data = await gql<{ accounts: { nodes: Array<{ name: string; industry: string | null }> } }>(
    token,
    'query($p: String!) { accounts(first: 20, filter: { name: { startsWith: $p } }) { nodes { name industry } } }',
    { p: prefix },
  );
  return data.accounts.nodes.map((a) => a.name).sort();
}

/** Chooses the object and the file, waits for the preview and checks the suggested mapping. */
async function chooseFile(page: Page, csv: string, fileName: string): Promise<void> {
  await page.getByTestId('object-Account').check();
  await page.getByTestId('import-file').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
  await page.getByTestId('import-preview').waitFor({ timeout: 20_000 });
  expect(await page.locator('[data-testid="mapping-select"][data-column="Account Name"]').inputValue()).toBe('name');
}

async function runImport(page: Page, mode: 'PER_ROW' | 'ALL_OR_NOTHING'): Promise<void> {
  await page.getByTestId(`mode-${mode}`).check();
  await page.getByTestId('import-run').click();
  await page.getByTestId('bulk-results').waitFor({ timeout: 30_000 });
}

test('per row: the bad row is reported with its row number and field, the two good accounts are created', async () => {
  const token = await login(ADMIN);
  const tag = `E2E Import ${Date.now().toString(36)}`;
  const csv = [
    'Account Name,Parent Account,Industry',
    `${tag} 한국 무역,,Technology`,
    `"${tag} No Parent, Ltd",${tag} Nowhere Holdings,Retail`,
    `${tag} 上海贸易,,Retail`,
  ].join('\r\n');

  const { page } = await browser.open();
  await signIn(page, ADMIN);
  await page.getByTestId('nav-data-import').click();
  await page.waitForURL(/\/data\/import$/);
  await waitForText(page.getByTestId('page-heading'), 'Import');
  await chooseFile(page, csv, 'accounts.csv');
  expect(await page.getByTestId('import-preview').getAttribute('data-rows')).toBe('3');
  const parent = page.locator('[data-testid="mapping-select"][data-column="Parent Account"]');
  if ((await parent.inputValue()) !== 'parent.name') await parent.selectOption('parent.name');

  // A dry run reports the same failure and writes nothing.
  await page.getByTestId('import-dry-run').click();
  await waitForText(page.getByTestId('bulk-outcome'), /Dry run/);
  expect(await accountNames(token, tag)).toEqual([]);

  await runImport(page, 'PER_ROW');
  const results = page.getByTestId('bulk-results');
  await waitForText(page.getByTestId('bulk-outcome'), /2 created/);
  expect(await results.getAttribute('data-total')).toBe('3');
  expect(await results.getAttribute('data-succeeded')).toBe('2');
  expect(await results.getAttribute('data-failed')).toBe('1');
  const errorRows = page.getByTestId('bulk-error-row');
  expect(await errorRows.count()).toBe(1);
  // Row 3 as a spreadsheet shows the file: the header is row 1.
  expect(await errorRows.first().getAttribute('data-row')).toBe('3');
  expect(await errorRows.first().getAttribute('data-field')).toBe('parent.name');
  expect(await errorRows.first().textContent()).toContain('Nowhere Holdings');
  expect(await page.getByTestId('bulk-errors-download').getAttribute('download')).toBe('account-import-errors.csv');
  await snap(page, 'import-per-row');

  expect(await accountNames(token, tag)).toEqual([`${tag} 上海贸易`, `${tag} 한국 무역`].sort());
});

test('all or nothing: a file with a bad row writes nothing, at 375 px without sideways scrolling', async () => {
  const token = await login(ADMIN);
  const tag = `E2E Import ${Date.now().toString(36)}`;
  const csv = ['Account Name,Industry', `${tag} 北京,Retail`, ',Retail', `${tag} 서울,Technology`].join('\n');

  const { page } = await browser.open(PHONE);
  await signIn(page, ADMIN);
  await page.goto('/data/import');
  await chooseFile(page, csv, 'accounts-bad.csv');
  await runImport(page, 'ALL_OR_NOTHING');
  await waitForText(page.getByTestId('bulk-outcome'), /Nothing was written/);
  const row = page.getByTestId('bulk-error-row').first();
  expect(await row.getAttribute('data-row')).toBe('3');
  expect(await row.getAttribute('data-field')).toBe('name');
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'import-all-or-nothing-phone');

  expect(await accountNames(token, tag)).toEqual([]);
});

test('mass update as a rep: pasted ids, one unknown, per row: two deals updated, the unknown id reported', async () => {
  const token = await login('rep@demo.example');
  const tag = `E2E Mass ${Date.now().toString(36)}`;
  const create = async (name: string) =>
    (await gql<{ createOpportunity: { id: string } }>(token, 'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }', {
      input: { name, stageName: 'Prospecting', closeDate: '2027-03-31' },
    })).createOpportunity.id;
  const ids = [await create(`${tag} A`), await create(`${tag} B`)];
  const unknown = '00000000-0000-4000-8000-000000000000';

  const { page } = await browser.open();
  await signIn(page, 'rep@demo.example');
  await page.getByTestId('nav-data-mass-update').click();
  await page.waitForURL(/\/data\/mass-update$/);
  await page.getByTestId('object-Opportunity').check();
  await page.getByTestId('source-ids').check();
  await page.getByTestId('mass-ids').fill([...ids, unknown].join('\n'));
  await page.getByTestId('mass-value-field').selectOption('nextStep');
  await page.getByTestId('mass-value-value').fill(`Call back ${tag}`);
  await page.getByTestId('mode-PER_ROW').check();
  await page.getByTestId('mass-run').click();
  const results = page.getByTestId('bulk-results');
  await results.waitFor({ timeout: 30_000 });
  expect(await results.getAttribute('data-succeeded')).toBe('2');
  expect(await results.getAttribute('data-failed')).toBe('1');
  const error = page.getByTestId('bulk-error-row').first();
  expect(await error.getAttribute('data-row')).toBe('3');
  expect(await error.getAttribute('data-code')).toBe('NOT_FOUND');
  await snap(page, 'mass-update-ids');

  const data = await gql<{ opportunities: { nodes: Array<{ nextStep: string | null }> } }>(
    token,
    'query($p: String!) { opportunities(first: 5, filter: { name: { startsWith: $p } }) { nodes { nextStep } } }',
    { p: tag },
  );
  expect(data.opportunities.nodes.map((o) => o.nextStep)).toEqual([`Call back ${tag}`, `Call back ${tag}`]);
});
