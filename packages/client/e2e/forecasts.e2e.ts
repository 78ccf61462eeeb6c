/**
 * Forecasts as the demo sales manager: they adjust a rep's Commit forecast for this month in the
 * grid and, after a reload, see the adjusted amount marked, with the original and their note on
 * tap. At 375 px the page does not scroll sideways: the grid scrolls inside, its first column sticks.
 */
import { baseUrl, DEMO_PASSWORD, horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
jest.setTimeout(120_000);
const MANAGER = 'manager@demo.example';
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

/** The manager's first subordinate row and the first month of the grid, as the screen asks for it. */
async function target() {
  const { login } = await gql<{ login: { token: string } }>(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: MANAGER, p: DEMO_PASSWORD });
  const { forecastGrid } = await gql<{ forecastGrid: { periods: Array<{ startDate: string }>; rows: Array<{ id: string; name: string; canAdjust: boolean; cells: Array<{ commitForecast: { amountWithoutAdjustments: number } }> }> } }>(
    login.token,
    'query { forecastGrid(input: { periodType: MONTH, periodCount: 3 }) { periods { startDate } rows { id name canAdjust cells { commitForecast { amountWithoutAdjustments } } } } }',
  );
  const row = forecastGrid.rows.find((r) => r.canAdjust);
  if (!row) throw new Error('the demo manager has no subordinate in the forecast');
  return { row, month: forecastGrid.periods[0].startDate, original: row.cells[0].commitForecast.amountWithoutAdjustments };
}

test('a manager adjusts a subordinate\'s commit and sees adjusted and original after a reload', async () => {
  const { row, month } = await target();
  const amount = 100_000 + Math.floor(Math.random() * 90_000);
  const note = `e2e ${Date.now().toString(36)}`;
  const cell = `forecast-${row.id}-${month}-commitForecast`;

  const { page } = await browser.open();
  await signIn(page, MANAGER);
  await page.getByTestId('nav-forecasts').click();
  await page.waitForURL(/\/forecasts$/);
  await page.getByTestId(`${cell}-adjust`).click();
  const dialog = page.getByTestId('forecast-adjust-dialog');
  await dialog.getByTestId('forecast-adjust-amount').fill(String(amount));
  await dialog.getByTestId('forecast-adjust-note').fill(note);
  await dialog.getByTestId('forecast-adjust-save').click();
  await dialog.waitFor({ state: 'hidden' });

  await page.reload();
  const digits = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const adjusted = page.getByTestId(`${cell}-adjusted`);
  await waitForText(adjusted, digits);
  await adjusted.click();
  const original = page.getByTestId(`${cell}-original`);
  await waitForText(original, 'Original:');
  await waitForText(original, note);
  await waitForText(original, 'Marcus Reed');
  await snap(page, 'forecasts-adjusted');
});

test('at 375 px the page does not scroll sideways and the name column sticks', async () => {
  const { row } = await target();
  const { page } = await browser.open(PHONE);
  await signIn(page, MANAGER);
  await page.goto('/forecasts');
  await page.getByTestId('forecast-grid').waitFor();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const header = page.getByTestId(`forecast-row-${row.id}`).locator('th');
  expect(await header.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  // The grid itself scrolls; the name stays in view.
  await page.getByTestId('forecast-grid').evaluate((el) => el.scrollBy({ left: 600 }));
  const box = await header.boundingBox();
  expect(box && box.x).toBeGreaterThanOrEqual(0);
  expect(box && box.x).toBeLessThan(40);
  await snap(page, 'forecasts-phone');
});

test('the CEO drills into a manager\'s forecast and back', async () => {
  const { login } = await gql<{ login: { token: string } }>(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'ceo@demo.example', p: DEMO_PASSWORD });
  const { forecastGrid } = await gql<{ forecastGrid: { rows: Array<{ id: string; name: string; depth: number; hasChildren: boolean }> } }>(login.token, '{ forecastGrid(input: {}) { rows { id name depth hasChildren } } }');
  const manager = forecastGrid.rows.find((r) => r.depth > 0 && r.hasChildren);
  if (!manager) throw new Error('no manager below the CEO');
  const { page } = await browser.open();
  await signIn(page, 'ceo@demo.example');
  await page.goto('/forecasts');
  await page.getByTestId(`forecast-drill-${manager.id}`).click();
  await page.getByTestId('forecast-back').waitFor();
  const rows = page.locator('[data-testid^="forecast-row-"]');
  await waitForText(rows.first(), manager.name);
  expect(await rows.count()).toBeLessThan(forecastGrid.rows.length);
  await page.getByTestId('forecast-back').click();
  await page.getByTestId('forecast-back').waitFor({ state: 'detached' });
  expect(await rows.count()).toBe(forecastGrid.rows.length);
});
