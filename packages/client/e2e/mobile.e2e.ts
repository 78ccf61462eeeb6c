/** (c) At a phone's width (375 px) the app works and never scrolls sideways. */
import { horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

test('at 375 px the sign-in and opportunities pages fit the width, and the menu opens', async () => {
  const { page } = await browser.open(PHONE);
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-form').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);

  await signIn(page, 'rep@demo.example');
  // Signing in lands on the home screen; it fits too.
  await page.waitForURL(/\/home$/);
  await page.getByTestId('home-deals').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.goto('/opportunities');
  await waitForText(page.getByTestId('page-heading'), 'My opportunities');
  // Whatever the list shows (rows, empty or an error), once it has settled it must fit.
  await page
    .locator('[data-testid="opportunity-row"], [data-testid="opportunities-empty"], [data-testid="opportunities-error"]')
    .first()
    .waitFor({ timeout: 20_000 });
  await snap(page, 'c-phone-opportunities');
  expect(await horizontalOverflow(page)).toBe(0);

  const menu = page.getByTestId('menu-button');
  expect(await menu.isVisible()).toBe(true);
  await menu.click();
  await page.getByTestId('current-user-name').waitFor({ state: 'visible' });
  await page.getByTestId('sign-out').waitFor({ state: 'visible' });
  await snap(page, 'c-phone-menu');
  expect(await horizontalOverflow(page)).toBe(0);
});
