/**
 * (e) Territories: an admin clones the active territory model into a planning model, adds a
 * rule there that sends the German accounts to another territory (after seeing the server
 * refuse a bad filter next to its input), previews it (the moves name the accounts that would
 * move), and the active model's assignments are unchanged afterwards. Needs the demo seed (its
 * active model assigns accounts by country rules; Nordics holds none).
 */
import type { Locator, Page } from 'playwright-core';

import { horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

const ADMIN = 'admin@demo.example';
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** "1,012" or "$1,012" (en-US, as the test browser formats numbers) → 1012. */
async function numberIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent({ timeout: 15_000 })) ?? '';
  const digits = text.replace(/[^\d-]/g, '');
  if (!digits) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(digits);
}

const node = (tree: Locator, name: string) => tree.locator(`[data-testid="territory-node"][data-name="${name}"]`).first();

/** Expands the tree down a path of territory names (children load on expand); returns the last node. */
async function openPath(tree: Locator, names: string[]): Promise<Locator> {
  let current: Locator | undefined;
  for (const [i, name] of names.entries()) {
    current = node(tree, name);
    await current.waitFor({ timeout: 20_000 });
    if (i < names.length - 1 && (await current.getAttribute('aria-expanded')) === 'false') {
      await current.getByTestId('territory-toggle').first().click();
      await tree.page().waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await current.elementHandle());
    }
  }
  return current!;
}

/** A territory row's account count over its subtree (its first match: the row comes before its children). */
const accounts = (territory: Locator) => numberIn(territory.getByTestId('metric-accountCount').first());

/** Names of the accounts billed in a country, through the API with the token the SPA stored. */
async function accountNamesIn(page: Page, country: string): Promise<string[]> {
  const result = await page.evaluate(async (c) => {
    const token = window.localStorage.getItem('crm.authToken');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'query($c: String!) { accounts(first: 500, filter: { billingCountry: { eq: $c } }) { nodes { name } } }',
        variables: { c },
      }),
    });
    return (await response.json()) as { data?: { accounts: { nodes: { name: string }[] } }; errors?: { message: string }[] };
  }, country);
  if (!result.data) throw new Error(`accounts query failed: ${JSON.stringify(result.errors)}`);
  return result.data.accounts.nodes.map((a) => a.name);
}

test('a planning copy with a rule that moves German accounts previews the moves and leaves the active model as it was', async () => {
  const { page } = await browser.open();
  await signIn(page, ADMIN);
  await page.getByTestId('nav-territories').click();
  await page.waitForURL(/\/territories/);

  // The picker lists the active model first, chosen by default.
  const picker = page.getByTestId('model-picker');
  const first = picker.getByTestId('model-option').first();
  await first.waitFor({ timeout: 20_000 });
  expect(await first.getAttribute('data-state')).toBe('ACTIVE');
  expect(await first.getAttribute('aria-current')).toBe('true');
  const activeName = (await first.getAttribute('data-name'))!;
  await waitForText(page.getByTestId('model-name'), activeName);

  // The active model's tree: German accounts sit in DACH, Nordics has none.
  const tree = page.getByTestId('territory-tree');
  await tree.waitFor({ timeout: 20_000 });
  const dach = await openPath(tree, ['Global', 'EMEA', 'DACH']);
  const nordics = node(tree, 'Nordics');
  const dachBefore = await accounts(dach);
  const nordicsBefore = await accounts(nordics);
  expect(dachBefore).toBeGreaterThan(0);
  expect(nordicsBefore).toBe(0);
  const german = await accountNamesIn(page, 'Germany');
  expect(german.length).toBe(dachBefore);
  // The region has its sales rep.
  expect(await dach.getByTestId('territory-user').count()).toBeGreaterThan(0);
  await snap(page, 'e-territory-tree');

  // Clone to plan: the copy is a PLANNING model, chosen at once.
  const planName = `FY27 plan ${Date.now().toString(36)}`;
  await page.getByTestId('clone-model').click();
  const cloneDialog = page.getByTestId('clone-dialog');
  await cloneDialog.getByTestId('clone-name').fill(planName);
  await cloneDialog.getByTestId('clone-submit').click();
  await waitForText(page.getByTestId('model-name'), planName, 20_000);
  expect(await page.getByTestId('model-header').getAttribute('data-state')).toBe('PLANNING');
  const planOption = picker.locator(`[data-testid="model-option"][data-name="${planName}"]`);
  expect(await planOption.getAttribute('data-state')).toBe('PLANNING');
  expect(await planOption.getAttribute('aria-current')).toBe('true');

  // Its rules (copied from the active model); a new one: Germany → Nordics.
  await page.getByTestId('tab-rules').click();
  await page.locator('[data-testid="rule-row"][data-name="DACH"]').waitFor({ timeout: 20_000 });
  await page.getByTestId('rule-new').click();
  const editor = page.getByTestId('rule-editor');
  await editor.getByTestId('rule-name').fill('Germany to Nordics');
  const item = editor.getByTestId('rule-item').first();
  await item.getByTestId('rule-item-field').selectOption('billingCountry');
  await item.getByTestId('rule-item-operator').selectOption('EQUALS');
  await item.getByTestId('rule-item-value').fill('Germany');
  const territorySelect = editor.getByTestId('rule-territory-select');
  const nordicsValue = await territorySelect.locator('option', { hasText: 'Nordics' }).first().getAttribute('value');
  await territorySelect.selectOption(nordicsValue!);
  await editor.getByTestId('rule-territory-add').click();
  await editor.locator('[data-testid="rule-link"][data-name="Nordics"]').waitFor();

  // A filter naming a criterion that does not exist: the server's refusal sits next to the filter input.
  const filter = editor.getByTestId('rule-booleanFilter');
  await filter.fill('1 AND 2');
  await editor.getByTestId('rule-save').click();
  await waitForText(editor.getByTestId('rule-booleanFilter-error'), /item 2 does not exist/);
  expect(await filter.getAttribute('aria-invalid')).toBe('true');
  await snap(page, 'e-rule-editor-error');

  await filter.fill('');
  await editor.getByTestId('rule-save').click();
  await editor.waitFor({ state: 'hidden', timeout: 20_000 });
  const newRule = page.locator('[data-testid="rule-row"][data-name="Germany to Nordics"]');
  await newRule.waitFor({ timeout: 20_000 });
  expect(await newRule.textContent()).toContain('Nordics');

  // Preview: every German account would move from DACH to DACH and Nordics.
  await page.getByTestId('preview-rules').click();
  const preview = page.getByTestId('run-preview');
  const moves = preview.getByTestId('preview-moves');
  await moves.waitFor({ timeout: 30_000 });
  expect(await numberIn(preview.getByTestId('run-count-movesTotalCount'))).toBe(german.length);
  const rows = moves.getByTestId('move-row');
  expect(await rows.count()).toBe(Math.min(german.length, 100));
  for (const row of (await rows.all()).slice(0, 10)) {
    expect(german).toContain(await row.getAttribute('data-account'));
    expect(await row.getByTestId('move-from').textContent()).toBe('DACH');
    expect(await row.getByTestId('move-to').textContent()).toContain('Nordics');
  }
  // Before (the active model) and after, per territory.
  const nordicsBalance = preview.locator('[data-testid="balance-row"][data-name="Nordics"]');
  await nordicsBalance.waitFor();
  await page.waitForFunction(
    (el) => el?.querySelector('[data-testid="balance-accountCount"]')?.getAttribute('data-before') === '0',
    await nordicsBalance.elementHandle(),
  );
  expect(await nordicsBalance.getByTestId('balance-accountCount').getAttribute('data-after')).toBe(String(german.length));
  await snap(page, 'e-preview');

  // The planning model assigns nothing until activated and run: every account is without territory there, page by page.
  await page.getByTestId('tab-unassigned').click();
  const unassigned = page.getByTestId('accounts-without-territory');
  await waitForText(unassigned.getByTestId('pagination-range'), /^1–25 of \d+/, 20_000);
  await unassigned.getByRole('button', { name: /Next/ }).click();
  await waitForText(unassigned.getByTestId('pagination-range'), /^26–50 of/);

  // Back in the active model: nothing moved.
  await picker.locator('[data-testid="model-option"][data-state="ACTIVE"]').click();
  await waitForText(page.getByTestId('model-name'), activeName);
  await page.getByTestId('tab-tree').click();
  const activeTree = page.getByTestId('territory-tree');
  await activeTree.waitFor({ timeout: 20_000 });
  expect(await accounts(await openPath(activeTree, ['Global', 'EMEA', 'DACH']))).toBe(dachBefore);
  expect(await accounts(node(activeTree, 'Nordics'))).toBe(nordicsBefore);
  await snap(page, 'e-active-after');
}, 180_000);

test('at 375 px the territory tree, the rule editor and the accounts without territory fit the width', async () => {
  const { page } = await browser.open(PHONE);
  await signIn(page, ADMIN);
  await page.goto('/territories');
  const tree = page.getByTestId('territory-tree');
  await tree.waitFor({ timeout: 20_000 });
  await openPath(tree, ['Global', 'APAC', 'Korea']);
  const apac = node(tree, 'APAC');
  expect(await accounts(apac)).toBeGreaterThan(0);
  // Stacked numbers keep their labels visible on a phone.
  const label = apac.getByTestId('metric-accountCount').first().locator('xpath=ancestor::span[1]/preceding-sibling::span[1]');
  expect(await label.isVisible()).toBe(true);
  await snap(page, 'e-phone-tree');
  expect(await horizontalOverflow(page)).toBe(0);

  await page.getByTestId('tab-rules').click();
  await page.getByTestId('rule-row').first().waitFor({ timeout: 20_000 });
  expect(await horizontalOverflow(page)).toBe(0);
  await page.locator('[data-testid="rule-row"][data-name="North America East"]').getByTestId('rule-edit').click();
  const editor = page.getByTestId('rule-editor');
  expect(await editor.getByTestId('rule-item').count()).toBe(4);
  expect(await editor.getByTestId('rule-booleanFilter').inputValue()).toBe('(1 AND 2) OR (3 AND 4)');
  await snap(page, 'e-phone-rule-editor');
  expect(await horizontalOverflow(page)).toBe(0);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'hidden' });

  await page.getByTestId('tab-unassigned').click();
  const unassigned = page.getByTestId('accounts-without-territory');
  await unassigned.getByTestId('unassigned-account').first().waitFor({ timeout: 20_000 });
  await snap(page, 'e-phone-unassigned');
  expect(await horizontalOverflow(page)).toBe(0);
}, 120_000);
