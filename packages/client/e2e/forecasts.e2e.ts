/**
 * Forecasts as the demo sales manager: they adjust a rep's Commit forecast for this month in the
 * grid and, after a reload, see the adjusted amount marked, with the original and their note on
 * tap. At 375 px the page does not scroll sideways: the grid scrolls inside, its first column sticks.
 * They set a rep's monthly quota from the quota cell (by keyboard) and see quota and attainment change;
 * a server refusal shows under the month's field.
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

const TOKEN_QUERY = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

interface QuotaRow { id: string; name: string; depth: number; cells: Array<{ startDate: string; quota: number | null; attainment: number | null; closedOnly: { amountWithoutAdjustments: number } }> }

/** A rep of the manager with Closed business in one of the grid's months, and that month's saved quota record. */
async function quotaTarget() {
  const { login } = await gql<{ login: { token: string } }>(null, TOKEN_QUERY, { e: MANAGER, p: DEMO_PASSWORD });
  const { forecastGrid } = await gql<{ forecastGrid: { rows: QuotaRow[] } }>(
    login.token,
    '{ forecastGrid(input: { roleType: ROLE, periodType: MONTH, periodCount: 3 }) { rows { id name depth cells { startDate quota attainment closedOnly { amountWithoutAdjustments } } } } }',
  );
  for (const row of forecastGrid.rows.filter((r) => r.depth > 0)) {
    const cell = row.cells.find((c) => c.closedOnly.amountWithoutAdjustments > 0);
    if (!cell) continue;
    const { forecastingQuotas } = await gql<{ forecastingQuotas: { nodes: Array<{ id: string; quotaAmount: number | null }> } }>(
      login.token,
      'query($f: ForecastingQuotaFilter!) { forecastingQuotas(first: 5, filter: $f) { nodes { id quotaAmount } } }',
      { f: { quotaOwnerId: { eq: row.id }, startDate: { eq: cell.startDate }, territoryId: { isNull: true }, productFamily: { isNull: true } } },
    );
    return { token: login.token, row, cell, month: cell.startDate, closed: cell.closedOnly.amountWithoutAdjustments, saved: forecastingQuotas.nodes[0] ?? null };
  }
  throw new Error('no rep of the demo manager has closed business in the grid months');
}

const digitsOf = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** As the grid shows attainment: closed / quota, rounded like the server, as a whole percentage. */
const percentOf = (closed: number, quota: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(Math.round((closed / quota) * 1e6) / 1e6);

/** Puts the rep's quota back as the seed had it (the other specs share the server). */
async function restoreQuota(t: Awaited<ReturnType<typeof quotaTarget>>) {
  const { forecastingQuotas } = await gql<{ forecastingQuotas: { nodes: Array<{ id: string }> } }>(
    t.token,
    'query($f: ForecastingQuotaFilter!) { forecastingQuotas(first: 5, filter: $f) { nodes { id } } }',
    { f: { quotaOwnerId: { eq: t.row.id }, startDate: { eq: t.month }, territoryId: { isNull: true }, productFamily: { isNull: true } } },
  );
  const now = forecastingQuotas.nodes[0];
  if (now && t.saved?.quotaAmount != null) await gql(t.token, 'mutation($id: ID!, $a: Float) { updateForecastingQuota(id: $id, input: { quotaAmount: $a }) { id } }', { id: now.id, a: t.saved.quotaAmount });
  else if (now) await gql(t.token, 'mutation($id: ID!) { deleteForecastingQuota(id: $id) }', { id: now.id });
  else if (t.saved?.quotaAmount != null) {
    await gql(t.token, 'mutation($i: CreateForecastingQuotaInput!) { createForecastingQuota(input: $i) { id } }', { i: { quotaOwnerId: t.row.id, startDate: t.month, quotaAmount: t.saved.quotaAmount } });
  }
}

test('a manager sets a rep\'s monthly quota by keyboard and sees quota and attainment change', async () => {
  const t = await quotaTarget();
  // A quota that makes attainment 40 % (25 % if it already was 40 %).
  const before = t.cell.attainment == null ? null : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(t.cell.attainment);
  let quota = Math.round(t.closed / 0.4);
  if (percentOf(t.closed, quota) === before) quota = Math.round(t.closed / 0.25);
  const cell = `forecast-${t.row.id}-${t.month}`;
  try {
    const { page } = await browser.open(PHONE);
    await signIn(page, MANAGER);
    await page.goto('/forecasts');
    await page.getByTestId('forecast-grid').waitFor();
    // The manager cannot set their own quota: no editor on their row.
    const own = (await page.locator('[data-testid^="forecast-row-"]').first().getAttribute('data-testid'))!.replace('forecast-row-', '');
    expect(await page.getByTestId(`forecast-${own}-${t.month}-quota-edit`).count()).toBe(0);

    await page.getByTestId(`${cell}-quota-edit`).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('forecast-quota-dialog');
    const input = dialog.getByTestId(`forecast-quota-input-${t.row.id}-${t.month}`);
    await input.waitFor();
    expect(await input.inputValue()).toBe(t.saved?.quotaAmount == null ? '' : String(t.saved.quotaAmount));
    // The first quota field has the focus: type over it and press Enter to save.
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.testid === id, `forecast-quota-input-${t.row.id}-${t.month}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(quota));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await snap(page, 'forecasts-quota-dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    // The grid refetched: the new quota and its attainment, without a reload.
    await waitForText(page.getByTestId(`${cell}-quota`), digitsOf(quota));
    await waitForText(page.getByTestId(`${cell}-attainment`), percentOf(t.closed, quota));
    // Saved on the server.
    const { forecastingQuotas } = await gql<{ forecastingQuotas: { nodes: Array<{ quotaAmount: number }> } }>(
      t.token,
      'query($f: ForecastingQuotaFilter!) { forecastingQuotas(first: 5, filter: $f) { nodes { quotaAmount } } }',
      { f: { quotaOwnerId: { eq: t.row.id }, startDate: { eq: t.month }, territoryId: { isNull: true }, productFamily: { isNull: true } } },
    );
    expect(forecastingQuotas.nodes.map((n) => n.quotaAmount)).toEqual([quota]);
  } finally {
    await restoreQuota(t);
  }
});

test('a server refusal shows under the month\'s field; saving again and clearing the quota then work', async () => {
  const t = await quotaTarget();
  if (!t.saved) throw new Error('the demo rep has no quota this month');
  const cell = `forecast-${t.row.id}-${t.month}`;
  try {
    const { page } = await browser.open();
    await signIn(page, MANAGER);
    await page.goto('/forecasts');
    await page.getByTestId(`${cell}-quota-edit`).click();
    const dialog = page.getByTestId('forecast-quota-dialog');
    const input = dialog.getByTestId(`forecast-quota-input-${t.row.id}-${t.month}`);
    await waitForInputValue(input, String(t.saved.quotaAmount));
    // Someone removes the quota meanwhile: the update the dialog sends finds no record.
    await gql(t.token, 'mutation($id: ID!) { deleteForecastingQuota(id: $id) }', { id: t.saved.id });
    await input.fill('123456');
    await dialog.getByTestId('forecast-quota-save').click();
    const fieldError = dialog.getByTestId(`forecast-quota-month-${t.month}`).getByTestId('field-error');
    await waitForText(fieldError, /ForecastingQuota/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    // The dialog re-read the quotas: saving again creates the month's quota.
    await dialog.getByTestId('forecast-quota-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForText(page.getByTestId(`${cell}-quota`), '123,456');
    await waitForText(page.getByTestId(`${cell}-attainment`), percentOf(t.closed, 123_456));

    // An empty field removes the quota: no quota, no attainment.
    await page.getByTestId(`${cell}-quota-edit`).click();
    await waitForInputValue(input, '123456');
    await input.fill('');
    await dialog.getByTestId('forecast-quota-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForText(page.getByTestId(`${cell}-quota`), '–');
    await waitForText(page.getByTestId(`${cell}-attainment`), '–');
  } finally {
    await restoreQuota(t);
  }
});

async function waitForInputValue(locator: import('playwright-core').Locator, expected: string, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await locator.inputValue().catch(() => '');
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`input value ${JSON.stringify(last)} never became ${JSON.stringify(expected)}`);
}
