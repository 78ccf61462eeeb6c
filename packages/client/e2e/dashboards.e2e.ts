/**
 * Issue 12, dashboards: the CEO opens State of the Union; a sales rep wins a deal in another
 * session; the "Closed Won" number changes on the CEO's open page without a reload (graphql-ws,
 * LISTEN/NOTIFY). At 375 px the executive's dashboard has no horizontal scroll, every component
 * draws, and tapping a number opens the records behind it. Widgets go over the wire as persisted
 * queries (a hash, no document text).
 */
import type { Page, Request } from 'playwright-core';

import { horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await page.evaluate(
    async ({ query, variables }) => {
      const token = window.localStorage.getItem('crm.authToken');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    { query, variables },
  );
  if (!result.data || result.errors) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

const component = (page: Page, title: string) => page.locator(`[data-testid="dashboard-component"][data-title="${title}"]`);

async function openStateOfTheUnion(page: Page): Promise<void> {
  await page.goto('/dashboards');
  await page.locator('[data-testid="dashboard-link"][data-developer-name="State_of_the_Union"]').click();
  await waitForText(page.getByTestId('page-heading'), 'State of the Union');
  await page.locator('[data-testid="live-status"][data-status="live"]').waitFor({ timeout: 20_000 });
}

test('State of the Union: a deal won in another session changes Closed Won live', async () => {
  const ceo = await browser.open();
  const widgetRequests: Request[] = [];
  ceo.page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.headers()['x-crm-dashboard']) widgetRequests.push(r);
  });
  await signIn(ceo.page, 'ceo@demo.example');
  await openStateOfTheUnion(ceo.page);
  const closedWon = component(ceo.page, 'Closed Won').getByTestId('chart-metric');
  const before = await waitForText(closedWon, /\d/);

  // Every widget sent a hash and variables, not its document.
  expect(widgetRequests.length).toBeGreaterThanOrEqual(6);
  for (const r of widgetRequests) {
    const body = JSON.parse(r.postData() ?? '{}') as { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
    expect(body.query).toBeUndefined();
    expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
  }

  // Another session: the rep wins one of their open deals, closing it inside the dashboard's period.
  const rep = await browser.open();
  await signIn(rep.page, 'rep@demo.example');
  const { me } = await gql<{ me: { id: string } }>(rep.page, '{ me { id } }');
  const { salesKpis } = await gql<{ salesKpis: { opportunitiesWon: { periodStart: string; amount: number | null } } }>(
    rep.page,
    '{ salesKpis(filter: { period: "THIS_QUARTER" }) { opportunitiesWon { periodStart amount } } }',
  );
  const { opportunities } = await gql<{ opportunities: { nodes: { id: string; amount: number; competitor: string | null }[] } }>(
    rep.page,
    'query($f: OpportunityFilter!) { opportunities(filter: $f, first: 1, orderBy: [{ field: amount, direction: DESC }]) { nodes { id amount competitor } } }',
    { f: { isClosed: { eq: false }, ownerId: { eq: me.id }, amount: { gt: 1000 } } },
  );
  const deal = opportunities.nodes[0];
  expect(deal).toBeDefined();
  await gql(rep.page, 'mutation($id: ID!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $i) { id isWon } }', {
    id: deal.id,
    i: { stageName: 'Closed Won', closeDate: salesKpis.opportunitiesWon.periodStart, competitor: deal.competitor ?? 'Salesforce' },
  });

  // The CEO's page updates by itself (no reload, no navigation).
  const url = ceo.page.url();
  const after = await ceo.page.waitForFunction(
    (was) => {
      const text = document.querySelector('[data-testid="dashboard-component"][data-title="Closed Won"] [data-testid="chart-metric"]')?.textContent ?? '';
      return text && text !== was ? text : false;
    },
    before,
    { timeout: 20_000 },
  );
  expect(await after.jsonValue()).not.toBe(before);
  expect(ceo.page.url()).toBe(url);
  await snap(ceo.page, 'state-of-the-union-live');
});

test("the executive's dashboard at 375 px: one column, no horizontal scroll, a number drills into its records", async () => {
  const { page } = await browser.open(PHONE);
  await signIn(page, 'ceo@demo.example');
  await openStateOfTheUnion(page);
  const components = page.getByTestId('dashboard-component');
  const count = await components.count();
  expect(count).toBeGreaterThanOrEqual(6);
  // Every component drew (a number, a gauge, a list or a chart), none failed.
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="dashboard-component"]:is(:has([data-testid^="chart-"]), :has(p))').length >= n && !document.querySelector('[aria-busy="true"]'),
    count,
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('component-error').count()).resolves.toBe(0);
  await page.locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
  // One column: every card as wide as the first.
  const widths = await components.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
  expect(new Set(widths).size).toBe(1);
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'state-of-the-union-375');

  // Tap Closed Won: the won deals behind the number, as many as the KPI counts.
  const { salesKpis } = await gql<{ salesKpis: { opportunitiesWon: { count: number } } }>(page, '{ salesKpis(filter: { period: "THIS_QUARTER" }) { opportunitiesWon { count } } }');
  await component(page, 'Closed Won').getByRole('button').tap();
  await page.waitForURL(/\/records/);
  await waitForText(page.getByTestId('drill-count'), `${salesKpis.opportunitiesWon.count} record`);
  await page.getByTestId('drill-record').first().waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'state-of-the-union-drill-375');
});

test('a manager views the AMP dashboard (MY_TEAM_USER) as one of their reps', async () => {
  const { page } = await browser.open();
  await signIn(page, 'manager@demo.example');
  await page.goto('/dashboards');
  await page.locator('[data-testid="dashboard-link"][data-developer-name="AMP"]').click();
  const calls = component(page, 'Outbound Calls').getByTestId('chart-metric');
  await waitForText(calls, /\d/);
  const viewAs = page.getByTestId('dashboard-view-as');
  const repId = await viewAs.locator('option').nth(1).getAttribute('value');
  const { dashboard } = await gql<{ dashboard: { filters: { name: string; defaultValue: string | null }[] } }>(page, '{ dashboard(developerName: "AMP") { filters { name defaultValue } } }');
  const period = dashboard.filters.find((f) => f.name === 'period')?.defaultValue ?? null;
  // What the rep's own numbers are (the manager sees the rep's records).
  const { salesKpis } = await gql<{ salesKpis: { outboundCalls: { value: number | null } } }>(
    page,
    'query($f: KpiFilter) { salesKpis(filter: $f) { outboundCalls { value } } }',
    { f: { period, ownerId: repId } },
  );
  await viewAs.selectOption(repId!);
  const expected = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(salesKpis.outboundCalls.value ?? 0);
  await waitForText(calls, new RegExp(`^${expected.replace('.', '\\.')}$`));
  expect(page.url()).toContain(`viewAs=${repId}`);
});
