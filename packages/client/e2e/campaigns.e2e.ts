/**
 * (d) Campaigns: a marketing user expands the hierarchy, opens a child campaign, adds a lead as a
 * member in a responded status, and sees the campaign's responses and its parent's hierarchy
 * roll-up go up by one (needs the demo seed).
 */
import type { Locator, Page } from 'playwright-core';

import { horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

const MARKETING = 'marketing@demo.example';
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** "1,012" (en-US, as the test browser formats numbers) → 1012. */
async function numberIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent({ timeout: 15_000 })) ?? '';
  const digits = text.replace(/[^\d-]/g, '');
  if (!digits) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(digits);
}

async function waitForNumber(locator: Locator, expected: number, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = NaN;
  while (Date.now() < deadline) {
    last = await numberIn(locator).catch(() => NaN);
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${expected}, still ${last} after ${timeout} ms`);
}

/** A campaign node's own row value (its first match: the row comes before its children). */
const rollup = (node: Locator, key: string) => node.getByTestId(`rollup-${key}`).first();

/**
 * The demo marketing user owns no leads or contacts, and leads and contacts are visible to their
 * owners only, so the test first creates a lead of its own through the API (same origin, with
 * the token the SPA stored when signing in).
 */
async function createOwnLead(page: Page, lastName: string): Promise<string> {
  const result = await page.evaluate(async (name) => {
    const token = window.localStorage.getItem('crm.authToken');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }',
        variables: { input: { firstName: 'E2E', lastName: name, company: 'E2E Responders Ltd', city: 'Austin', leadSource: 'Web' } },
      }),
    });
    return (await response.json()) as { data?: { createLead: { id: string } }; errors?: { message: string }[] };
  }, lastName);
  if (!result.data) throw new Error(`createLead failed: ${JSON.stringify(result.errors)}`);
  return result.data.createLead.id;
}

test('a marketing user adds a responded lead to a child campaign and the roll-ups go up by one', async () => {
  const { page } = await browser.open();
  await signIn(page, MARKETING);
  const lastName = `Responder ${Date.now().toString(36)}`;
  const leadId = await createOwnLead(page, lastName);

  // The hierarchy, from the navigation.
  await page.getByTestId('nav-campaigns').click();
  await page.waitForURL(/\/campaigns$/);
  const tree = page.getByTestId('campaign-tree');
  await tree.waitFor({ timeout: 20_000 });
  expect(await tree.getAttribute('role')).toBe('tree');

  // A top-level campaign with children: expand it (its children load on demand).
  const root = tree.locator('[role="treeitem"][aria-level="1"][aria-expanded]').first();
  await root.waitFor();
  const rootId = (await root.getAttribute('data-id'))!;
  const rootNode = tree.locator(`[data-testid="campaign-node"][data-id="${rootId}"]`);
  if ((await rootNode.getAttribute('aria-expanded')) === 'false') {
    await rootNode.getByTestId('campaign-toggle').first().click();
  }
  const child = rootNode.locator('[role="group"] > [data-testid="campaign-node"]').first();
  await child.waitFor({ timeout: 20_000 });
  expect(await rootNode.getAttribute('aria-expanded')).toBe('true');
  const rootResponsesBefore = await numberIn(rollup(rootNode, 'hierarchyNumberOfResponses'));
  await snap(page, 'd-campaign-tree');

  // Open the child campaign.
  const childId = (await child.getAttribute('data-id'))!;
  await child.getByRole('link').first().click();
  await page.waitForURL(new RegExp(`/campaigns/${childId}$`));
  const stats = page.getByTestId('campaign-stats');
  await stats.waitFor({ timeout: 20_000 });
  const ownBefore = await numberIn(stats.getByTestId('stat-numberOfResponses'));
  const hierarchyBefore = await numberIn(stats.getByTestId('stat-hierarchyNumberOfResponses'));
  // The breadcrumbs lead back up through the parent.
  expect(await page.getByTestId('campaign-breadcrumbs').getByRole('link').count()).toBeGreaterThanOrEqual(2);

  // Add members: leads, filtered by name, the new lead ticked, a responded status.
  await page.getByTestId('add-members').click();
  const dialog = page.getByTestId('add-members-dialog');
  await dialog.getByTestId('add-members-kind-lead').check();
  await dialog.getByTestId('add-members-filter-name').fill(lastName);
  // The search runs once typing pauses: wait for its result (only the new lead has this name).
  await waitForText(dialog.getByTestId('add-members-count'), 'Showing 1 of 1 matching Leads', 20_000);
  const candidate = dialog.locator(`[data-testid="member-candidate"][data-id="${leadId}"]`);
  await candidate.waitFor({ timeout: 20_000 });
  expect(await dialog.getByTestId('member-candidate').count()).toBe(1);
  await candidate.getByRole('checkbox').check();
  const statusSelect = dialog.getByTestId('add-members-status');
  const respondedStatus = await statusSelect.locator('option[data-responded="true"]').first().getAttribute('value');
  expect(respondedStatus).toBeTruthy();
  await statusSelect.selectOption(respondedStatus!);
  await snap(page, 'd-add-members');
  await dialog.getByTestId('add-members-selected').click();

  // The statistics and the member list follow.
  await waitForText(page.getByTestId('members-notice'), '1 member added');
  await waitForNumber(stats.getByTestId('stat-numberOfResponses'), ownBefore + 1);
  await waitForNumber(stats.getByTestId('stat-hierarchyNumberOfResponses'), hierarchyBefore + 1);
  const memberRow = page.locator(`[data-testid="member-row"][data-name="E2E ${lastName}"]`);
  await memberRow.waitFor({ timeout: 15_000 });
  expect(await memberRow.getAttribute('data-status')).toBe(respondedStatus);
  expect(await memberRow.getByTestId('member-status-select').inputValue()).toBe(respondedStatus);
  await snap(page, 'd-campaign-after-add');

  // Back in the tree (still expanded): the parent's hierarchy roll-up counts the new response.
  await page.getByTestId('campaign-breadcrumbs').getByRole('link').first().click();
  await page.waitForURL(/\/campaigns$/);
  const rootAgain = page.getByTestId('campaign-tree').locator(`[data-testid="campaign-node"][data-id="${rootId}"]`);
  await rootAgain.waitFor({ timeout: 20_000 });
  await waitForNumber(rollup(rootAgain, 'hierarchyNumberOfResponses'), rootResponsesBefore + 1);
  expect(await rootAgain.getAttribute('aria-expanded')).toBe('true');
  await snap(page, 'd-campaign-tree-after');
});

test('the campaign tree works from the keyboard and, at 375 px, stacks its numbers without sideways scrolling', async () => {
  const { page } = await browser.open(PHONE);
  await signIn(page, MARKETING);
  await page.goto('/campaigns');
  const tree = page.getByTestId('campaign-tree');
  const first = tree.locator('[role="treeitem"][aria-level="1"]').first();
  await first.waitFor({ timeout: 20_000 });
  expect(await horizontalOverflow(page)).toBe(0);

  // One tab stop; → expands (children load), → again moves into them, ← returns, ← collapses.
  await first.focus();
  expect(await first.getAttribute('tabindex')).toBe('0');
  const wasExpanded = (await first.getAttribute('aria-expanded')) === 'true';
  if (!wasExpanded) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await first.elementHandle());
  const firstChild = first.locator('[role="group"] > [role="treeitem"]').first();
  await firstChild.waitFor({ timeout: 20_000 });
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((el) => document.activeElement === el, await firstChild.elementHandle());
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((el) => document.activeElement === el, await first.elementHandle());
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'false', await first.elementHandle());

  // Stacked numbers keep their labels visible on a phone.
  const label = rollup(first, 'hierarchyNumberOfResponses').locator('xpath=preceding-sibling::span[1]');
  expect(await label.isVisible()).toBe(true);
  expect(await label.textContent()).toBe('Responses in hierarchy');
  await snap(page, 'd-phone-campaign-tree');
  expect(await horizontalOverflow(page)).toBe(0);

  // The campaign page fits the width too.
  await first.getByRole('link').first().click();
  await page.getByTestId('campaign-stats').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="member-row"], [data-testid="members-empty"]').first().waitFor({ timeout: 20_000 });
  expect(await horizontalOverflow(page)).toBe(0);
});
