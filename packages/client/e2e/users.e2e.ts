/**
 * (f) Setup > Users: an administrator changes a sales rep's role (kept after a reload) and
 * deactivates her after confirming; her open session is refused and she can no longer sign in.
 * The server refuses the administrator locking themselves out, shown on their own row. A sales
 * rep has no Users entry and the page tells them it is for administrators. The rep is activated
 * again with her seeded role at the end (the suite's test files share one server).
 */
import type { Locator, Page } from 'playwright-core';

import { horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

const ADMIN = 'admin@demo.example';
const REP = 'rep@demo.example';
const TARGET = { email: 'rep3@demo.example', name: 'Olivia Grant' };
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const userRow = (page: Page, email: string) => page.locator(`[data-testid="user-row"][data-email="${email}"]`);

/** Waits until the row's data attribute has the value (the row re-renders from the cache). */
async function waitForRow(row: Locator, attribute: 'role' | 'active' | 'pending', value: string): Promise<void> {
  await row.page().waitForFunction(
    ([el, name, expected]) => (el as Element | null)?.getAttribute(name as string) === expected,
    [await row.elementHandle({ timeout: 20_000 }), `data-${attribute}`, value] as const,
    { timeout: 20_000 },
  );
}

/** The next answer to the SPA's updateUser mutation. */
function updateUserAnswer(page: Page) {
  return page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === 'UpdateUserAccess',
    { timeout: 20_000 },
  );
}

async function openUsers(page: Page): Promise<void> {
  await page.getByTestId('nav-users').click();
  await page.waitForURL(/\/setup\/users$/);
  await waitForText(page.getByTestId('page-heading'), 'Users');
  await page.getByTestId('user-row').first().waitFor({ timeout: 20_000 });
}

test('an admin changes a rep\'s role and deactivates her: her session ends and she cannot sign in', async () => {
  const { page } = await browser.open();
  await signIn(page, ADMIN);
  await openUsers(page);

  const row = userRow(page, TARGET.email);
  await row.waitFor();
  expect(await row.getAttribute('data-name')).toBe(TARGET.name);
  expect(await row.getAttribute('data-role')).toBe('SALES_REP');
  expect(await row.getAttribute('data-active')).toBe('true');
  expect(await row.textContent()).toContain('Sales representative');
  await snap(page, 'f-users');

  // The role saves on change and is still there after a reload.
  let answer = updateUserAnswer(page);
  await row.getByTestId('user-role-select').selectOption('SALES_MANAGER');
  expect((await answer).ok()).toBe(true);
  await waitForRow(row, 'role', 'SALES_MANAGER');
  await page.reload();
  await userRow(page, TARGET.email).waitFor({ timeout: 20_000 });
  expect(await userRow(page, TARGET.email).getAttribute('data-role')).toBe('SALES_MANAGER');
  expect(await userRow(page, TARGET.email).getByTestId('user-role-select').inputValue()).toBe('SALES_MANAGER');

  // She is signed in elsewhere while she is deactivated.
  const other = (await browser.open()).page;
  await signIn(other, TARGET.email);

  // Deactivating asks first; cancelling changes nothing.
  const deactivate = userRow(page, TARGET.email).getByTestId('user-deactivate');
  await deactivate.click();
  const dialog = page.getByTestId('user-deactivate-dialog');
  await waitForText(dialog, `Deactivate ${TARGET.name}?`);
  await snap(page, 'f-deactivate-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await userRow(page, TARGET.email).getAttribute('data-active')).toBe('true');

  await deactivate.click();
  answer = updateUserAnswer(page);
  await dialog.getByTestId('confirm-deactivate').click();
  expect((await answer).ok()).toBe(true);
  await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
  await waitForRow(userRow(page, TARGET.email), 'active', 'false');
  await waitForText(userRow(page, TARGET.email).getByTestId('user-status'), 'Inactive');
  await userRow(page, TARGET.email).getByTestId('user-activate').waitFor();

  // Her open session is refused at its next request: back to the sign-in page.
  await other.reload();
  await other.waitForURL(/\/sign-in/, { timeout: 20_000 });

  // A fresh browser: her sign-in fails with the app's message.
  const fresh = (await browser.open()).page;
  await fresh.goto('/sign-in');
  const form = fresh.getByTestId('sign-in-form');
  await form.locator('input[name="email"]').fill(TARGET.email);
  await form.locator('input[name="password"]').fill('demo1234');
  await form.locator('button[type="submit"]').click();
  await waitForText(fresh.getByTestId('sign-in-error'), 'The email or password is incorrect.');
  expect(new URL(fresh.url()).pathname).toBe('/sign-in');

  // The admin cannot lock themselves out: the server's refusals show on their own row.
  const own = userRow(page, ADMIN);
  expect(await own.getByTestId('user-you').count()).toBe(1);
  await own.getByTestId('user-deactivate').click();
  answer = updateUserAnswer(page);
  await dialog.getByTestId('confirm-deactivate').click();
  await answer;
  await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
  const activeError = own.getByTestId('user-error-isActive');
  await waitForText(activeError, 'you cannot deactivate your own user');
  expect(await activeError.getAttribute('data-code')).toBe('BAD_USER_INPUT');
  expect(await own.getAttribute('data-active')).toBe('true');

  answer = updateUserAnswer(page);
  await own.getByTestId('user-role-select').selectOption('SALES_REP');
  await answer;
  await waitForText(own.getByTestId('user-error-role'), 'you cannot remove your own administrator role');
  await waitForRow(own, 'pending', '');
  expect(await own.getByTestId('user-role-select').inputValue()).toBe('ADMIN');
  expect(await own.getByTestId('user-role-select').getAttribute('aria-invalid')).toBe('true');
  await snap(page, 'f-own-row-errors');

  // Back as seeded: active, sales rep.
  answer = updateUserAnswer(page);
  await userRow(page, TARGET.email).getByTestId('user-activate').click();
  expect((await answer).ok()).toBe(true);
  await waitForRow(userRow(page, TARGET.email), 'active', 'true');
  answer = updateUserAnswer(page);
  await userRow(page, TARGET.email).getByTestId('user-role-select').selectOption('SALES_REP');
  expect((await answer).ok()).toBe(true);
  await waitForRow(userRow(page, TARGET.email), 'role', 'SALES_REP');
}, 120_000);

test('a sales rep has no Users entry, and the page says it is for administrators', async () => {
  const { page } = await browser.open();
  await signIn(page, REP);
  await page.getByTestId('nav-territories').waitFor();
  expect(await page.getByTestId('nav-users').count()).toBe(0);

  await page.goto('/setup/users');
  await waitForText(page.getByTestId('users-forbidden'), 'Only administrators can manage users.');
  expect(await page.getByTestId('user-row').count()).toBe(0);
});

test('at 375 px the users list fits the width and its entry is in the menu', async () => {
  const { page } = await browser.open(PHONE);
  await signIn(page, ADMIN);
  await page.getByTestId('menu-button').click();
  await page.getByTestId('nav-users').waitFor({ state: 'visible' });
  await openUsers(page);
  await userRow(page, TARGET.email).getByTestId('user-role-select').waitFor({ state: 'visible' });
  await snap(page, 'f-phone-users');
  expect(await horizontalOverflow(page)).toBe(0);
});
