/** (a) A sales rep signs in and pages through their opportunities (needs the demo seed). */
import { signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

const rowIds = () => Array.from(document.querySelectorAll('[data-testid="opportunity-row"]'), (el) => el.getAttribute('data-id'));

test('a sales rep signs in, sees their opportunities and pages to the next page', async () => {
  const { page } = await browser.open();
  await signIn(page, 'rep@demo.example');
  // Signing in lands on the home screen; the sidebar leads to the list.
  await page.waitForURL(/\/home$/);
  await page.getByTestId('nav-opportunities').click();
  await page.waitForURL(/\/opportunities/);
  await waitForText(page.getByTestId('page-heading'), 'My opportunities');

  const rows = page.getByTestId('opportunity-row');
  await rows.first().waitFor({ timeout: 20_000 });
  const firstPage = await page.evaluate(rowIds);
  expect(firstPage.length).toBeGreaterThan(0);
  const range = page.getByTestId('pagination-range');
  const firstRange = ((await range.textContent()) ?? '').trim();
  await snap(page, 'a-opportunities-page-1');

  const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: /Next/ });
  expect(await next.isEnabled()).toBe(true);
  await next.click();
  await page.waitForURL(/[?&]after=/);
  await page.waitForFunction(
    (first) => {
      const now = Array.from(document.querySelectorAll('[data-testid="opportunity-row"]'), (el) => el.getAttribute('data-id'));
      return now.length > 0 && now.every((id) => !first.includes(id));
    },
    firstPage,
    { timeout: 20_000 },
  );
  const secondRange = ((await range.textContent()) ?? '').trim();
  expect(secondRange).not.toBe(firstRange);
  expect(secondRange).not.toBe('');
  await snap(page, 'a-opportunities-page-2');
});
