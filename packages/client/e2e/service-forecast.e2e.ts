/**
 * Issue 12, item 9: the service forecast screen. A supervisor (admin) opens it from the
 * navigation, sees the history + forecast chart (recharts, loaded with the chart) with the method
 * and backtest MAPE of each channel and the agents-needed table; plans a +300 % spike over the
 * first week and sees the agents needed in that week rise. Then the same screen at 375 px.
 */
import type { Page } from 'playwright-core';

import { horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Sum of the agents needed in the table over the days [from, from + days). */
async function agentsInWeek(page: Page, from: string, days: number): Promise<number> {
  const dates = Array.from({ length: days }, (_, i) => addDays(from, i));
  return page.evaluate((ds) => {
    let sum = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid^="agents-"]')) {
      const date = el.dataset.testid!.slice(-10);
      if (ds.includes(date)) sum += Number(el.dataset.agents);
    }
    return sum;
  }, dates);
}

async function waitForScreen(page: Page) {
  await page.getByTestId('service-forecast-page').waitFor();
  await page.getByTestId('service-forecast-chart').locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-testid^="agents-Phone-"]').first().waitFor({ timeout: 30_000 });
}

test('the forecast chart, MAPE and agents table; a planned spike raises the agents needed', async () => {
  const { page } = await browser.open();
  await signIn(page, 'admin@demo.example');
  await page.getByTestId('nav-service-forecast').click();
  await waitForScreen(page);
  // Method and backtest error beside each channel's forecast.
  await waitForText(page.getByTestId('sf-method-Phone'), /Holt-Winters|Seasonal naive/);
  await waitForText(page.getByTestId('sf-mape-Phone'), /%|not measurable/);
  // The chart draws history and forecast lines.
  expect(await page.getByTestId('service-forecast-chart').locator('.recharts-line').count()).toBeGreaterThanOrEqual(2);
  await snap(page, 'service-forecast-1280');

  const from = await page.getByTestId('spike-from').inputValue();
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const before = await agentsInWeek(page, from, 7);
  const nextWeek = await agentsInWeek(page, addDays(from, 7), 7);

  await page.getByTestId('spike-to').fill(addDays(from, 6));
  await page.getByTestId('spike-change').fill('300');
  await page.getByTestId('spike-add').click();
  await waitForText(page.getByTestId('spike-list'), '+300%');

  const deadline = Date.now() + 20_000;
  let after = before;
  while (Date.now() < deadline && after <= before) {
    await new Promise((r) => setTimeout(r, 200));
    after = await agentsInWeek(page, from, 7);
  }
  expect(after).toBeGreaterThan(before);
  // Outside the spike the agents stay as they were.
  expect(await agentsInWeek(page, addDays(from, 7), 7)).toBe(nextWeek);
  await waitForText(page.getByTestId('sf-reason-Phone'), /backtest|Backtest|settings/);
  await snap(page, 'service-forecast-spike-1280');
});

test('the service forecast screen at 375 px: chart, cards and agents table without horizontal scrolling', async () => {
  const { page } = await browser.open(PHONE);
  await signIn(page, 'admin@demo.example');
  await page.goto('/service-forecast');
  await waitForScreen(page);
  await waitForText(page.getByTestId('sf-mape-Email'), /%|not measurable/);
  expect(await horizontalOverflow(page)).toBe(0);
  const chartBox = await page.getByTestId('service-forecast-chart').boundingBox();
  expect(chartBox!.width).toBeGreaterThan(250);
  expect(chartBox!.width).toBeLessThanOrEqual(375);
  await snap(page, 'service-forecast-375');
});
