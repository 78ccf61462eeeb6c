/** (b) Switching the language to 한국어 translates the page and is remembered. */
import { signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

test('switching to 한국어 changes the heading, and the choice survives a reload', async () => {
  const { page } = await browser.open();
  await page.goto('/sign-in');
  await waitForText(page.getByTestId('page-heading'), 'Sign in to Open CRM');

  await signIn(page, 'rep@demo.example');
  await page.getByTestId('nav-opportunities').click();
  const heading = page.getByTestId('page-heading');
  await waitForText(heading, 'My opportunities');

  await page.locator('select:has(option[value="ko"])').selectOption('ko');
  await waitForText(heading, '내 영업 기회');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
  await snap(page, 'b-korean');

  await page.reload();
  await waitForText(page.getByTestId('page-heading'), '내 영업 기회');
});
