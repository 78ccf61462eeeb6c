/**
 * Issue 12, the report builder: an administrator builds "Lost Reasons by Competitor" (opportunities,
 * stage = Closed Lost, competitor and lost reason not blank, grouped by competitor then lost reason),
 * runs it (summary groups and subtotals equal to the API's own run of the same definition, chart drawn),
 * exports it as CSV, saves it into the Competitive Insights folder and reopens it from the folder list:
 * the saved definition comes back into the builder and opening it counts a run.
 */
import type { Page } from 'playwright-core';

import { signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

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

const DEFINITION = {
  reportType: 'opportunities',
  columns: ['name', 'accountName', 'stageName', 'amount', 'closeDate', 'ownerName'],
  filters: [
    { field: 'stageName', operator: 'equals', value: 'Closed Lost' },
    { field: 'competitor', operator: 'notEqual', value: null },
    { field: 'lostReason', operator: 'notEqual', value: null },
  ],
  groupingsDown: [{ field: 'competitor' }, { field: 'lostReason' }],
  aggregates: [{ function: 'COUNT' }],
};

interface Group {
  key: string | null;
  label: string;
  count: number;
  children: Group[];
}

const row = (page: Page, name: string) => page.locator(`[data-testid="report-row"][data-name="${name}"]`);

async function addFilter(page: Page, field: string, operator: string, value?: string) {
  await page.getByTestId('add-filter').click();
  const row = page.getByTestId('report-filter').last();
  await row.getByTestId('filter-field').selectOption(field);
  await row.getByTestId('filter-operator').selectOption(operator);
  if (value === undefined) return;
  const input = row.getByTestId('filter-value');
  // A picklist offers its values; other fields take text.
  if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
  else await input.fill(value);
}

async function addGrouping(page: Page, field: string) {
  const down = page.getByTestId('groupings-down');
  await page.getByTestId('groupings-down-add').click();
  await down.getByTestId('grouping-field').last().selectOption(field);
}

test('build, run, export, save and reopen Lost Reasons by Competitor', async () => {
  const { page } = await browser.open();
  await signIn(page, 'admin@demo.example');
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('new-report').click();
  await page.getByTestId('report-builder').waitFor();
  await page.getByTestId('report-type').selectOption('opportunities');

  await addFilter(page, 'stageName', 'equals', 'Closed Lost');
  await addFilter(page, 'competitor', 'notBlank');
  await addFilter(page, 'lostReason', 'notBlank');
  // "not blank" asks for no value.
  await expect(page.getByTestId('report-filter').nth(1).getByTestId('filter-value').count()).resolves.toBe(0);
  await addGrouping(page, 'competitor');
  await addGrouping(page, 'lostReason');
  await expect(page.getByTestId('groupings-down-add').count()).resolves.toBe(0); // two at most
  await page.getByTestId('report-chart-type').selectOption('BAR');
  await page.getByTestId('run-report').click();
  await page.getByTestId('report-summary').waitFor();

  // The same definition through the API: groups, subgroups and counts match what the screen shows.
  const { runReport } = await gql<{ runReport: { totalCount: number; groupsDown: Group[] } }>(
    page,
    'query($d: ReportDefinitionInput!) { runReport(definition: $d) { totalCount groupsDown { key label count children { key label count } } } }',
    { d: DEFINITION },
  );
  expect(runReport.totalCount).toBeGreaterThan(0);
  expect(runReport.groupsDown.every((g) => g.key !== null && g.children.every((c) => c.key !== null))).toBe(true);
  const groups = page.getByTestId('report-group');
  expect(await groups.getByTestId('group-label').allTextContents()).toEqual(runReport.groupsDown.map((g) => g.label));
  expect((await groups.getByTestId('group-count').allTextContents()).map((s) => Number(s.replace(/\D/g, '')))).toEqual(runReport.groupsDown.map((g) => g.count));
  const subgroupCount = runReport.groupsDown.reduce((n, g) => n + g.children.length, 0);
  await expect(page.getByTestId('report-subgroup').count()).resolves.toBe(subgroupCount);
  await waitForText(page.getByTestId('report-total-count'), `${runReport.totalCount} record`);
  // Collapsing the first competitor hides its lost reasons.
  await groups.first().getByRole('button').click();
  await expect(page.getByTestId('report-subgroup').count()).resolves.toBe(subgroupCount - runReport.groupsDown[0].children.length);
  // The chart (recharts, loaded lazily) draws one bar per competitor.
  await page.getByTestId('report-chart').locator('.recharts-bar-rectangle').first().waitFor({ timeout: 20_000 });
  await snap(page, 'report-builder-lost-reasons');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report-csv').click()]);
  const csv = await new Promise<string>((resolve, reject) => {
    void download.createReadStream().then((stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      stream.on('error', reject);
    });
  });
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toContain('Opportunity Name');
  expect(lines.length - 1).toBe(runReport.totalCount);

  // Save into the public Competitive Insights folder.
  const { reportFolders } = await gql<{ reportFolders: { id: string; name: string }[] }>(page, '{ reportFolders { id name } }');
  const folder = reportFolders.find((f) => f.name === 'Competitive Insights');
  expect(folder).toBeDefined();
  const name = `Lost Reasons by Competitor ${Date.now()}`;
  await page.getByTestId('save-report').click();
  const dialog = page.getByTestId('save-report-dialog');
  await dialog.getByTestId('report-name').fill(name);
  await dialog.getByTestId('report-folder').selectOption(folder!.id);
  await dialog.getByTestId('save-report-submit').click();
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  const reportId = page.url().split('/').pop()!;
  // The saved report opens and runs (one counted run).
  await page.getByTestId('report-summary').waitFor();
  await waitForText(page.getByTestId('report-meta'), '1 run');

  // Reopen from the folder's list: the definition comes back and opening it counts a run.
  const runsBefore = (await gql<{ report: { runCount: number } }>(page, 'query($id: ID!) { report(id: $id) { runCount } }', { id: reportId })).report.runCount;
  await page.goto(`/reports?folder=${folder!.id}`);
  await waitForText(row(page, name).getByTestId('report-run-count'), String(runsBefore));
  await row(page, name).getByTestId('report-link').click();
  await page.waitForURL(new RegExp(`/reports/${reportId}$`));
  await waitForText(page.getByTestId('page-heading'), name);
  await page.getByTestId('report-summary').waitFor();
  await expect(page.getByTestId('report-filter').count()).resolves.toBe(3);
  await expect(page.getByTestId('report-filter').nth(1).getByTestId('filter-operator').inputValue()).resolves.toBe('notBlank');
  expect(await page.getByTestId('groupings-down').getByTestId('grouping-field').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))).toEqual(['competitor', 'lostReason']);
  expect(await page.getByTestId('report-group').getByTestId('group-label').allTextContents()).toEqual(runReport.groupsDown.map((g) => g.label));

  const { report } = await gql<{ report: { runCount: number; lastRunDate: string | null; folderId: string; definition: { filters: { field: string; operator: string; value: string | null }[] } } }>(
    page,
    'query($id: ID!) { report(id: $id) { runCount lastRunDate folderId definition { filters { field operator value } } } }',
    { id: reportId },
  );
  expect(report.folderId).toBe(folder!.id);
  expect(report.runCount).toBe(runsBefore + 1);
  expect(report.lastRunDate).not.toBeNull();
  expect(report.definition.filters.map((f) => [f.field, f.operator, f.value ?? null])).toEqual([
    ['stageName', 'equals', 'Closed Lost'],
    ['competitor', 'notEqual', null],
    ['lostReason', 'notEqual', null],
  ]);
  await waitForText(page.getByTestId('report-meta'), `${runsBefore + 1} run`);
});

test('a matrix over a relative date range: closed deals of the last 6 months, competitor × close month, sum of amount', async () => {
  const { page } = await browser.open();
  await signIn(page, 'manager@demo.example');
  await page.goto('/reports/new?type=opportunities');
  await page.getByTestId('report-builder').waitFor();
  await addFilter(page, 'isClosed', 'equals', 'true');
  await page.getByTestId('add-filter').click();
  const dateRow = page.getByTestId('report-filter').last();
  await dateRow.getByTestId('filter-field').selectOption('closeDate');
  await dateRow.getByTestId('date-literal').selectOption('LAST_N_MONTHS');
  await dateRow.getByLabel('Number of periods').fill('6');
  await addGrouping(page, 'competitor');
  await page.getByTestId('groupings-across-add').click();
  await page.getByTestId('groupings-across').getByTestId('grouping-field').selectOption('closeDate');
  await page.getByTestId('groupings-across').getByTestId('grouping-bucket').selectOption('MONTH');
  await page.getByTestId('report-aggregates').getByRole('button', { name: 'Add summary' }).click();
  await page.getByTestId('report-chart-type').selectOption('COLUMN');
  await page.getByTestId('run-report').click();
  const matrix = page.getByTestId('report-matrix');
  await matrix.waitFor();

  const { runReport } = await gql<{ runReport: { totalCount: number; groupsDown: { label: string }[]; groupsAcross: { key: string | null; label: string }[] } }>(
    page,
    'query($d: ReportDefinitionInput!) { runReport(definition: $d) { totalCount groupsDown { label } groupsAcross { key label } } }',
    {
      d: {
        reportType: 'opportunities',
        columns: ['name', 'accountName', 'stageName', 'amount', 'closeDate', 'ownerName'],
        filters: [
          { field: 'isClosed', operator: 'equals', value: 'true' },
          { field: 'closeDate', operator: 'equals', value: 'LAST_N_MONTHS:6' },
        ],
        groupingsDown: [{ field: 'competitor' }],
        groupingsAcross: [{ field: 'closeDate', dateGranularity: 'MONTH' }],
        aggregates: [{ function: 'COUNT' }, { function: 'SUM', field: 'amount' }],
      },
    },
  );
  // Six whole months before this one, each a column (first days of the months).
  expect(runReport.groupsAcross.length).toBeGreaterThan(0);
  expect(runReport.groupsAcross.length).toBeLessThanOrEqual(6);
  expect(runReport.groupsAcross.every((k) => /^\d{4}-\d{2}-01$/.test(k.key ?? ''))).toBe(true);
  const headers = await matrix.locator('thead th').allTextContents();
  expect(headers.slice(1, -1)).toEqual(runReport.groupsAcross.map((k) => k.label));
  await expect(page.getByTestId('matrix-row').count()).resolves.toBe(runReport.groupsDown.length);
  await waitForText(page.getByTestId('report-total-count'), `${runReport.totalCount} record`);
  await page.getByTestId('report-chart').locator('.recharts-bar-rectangle').first().waitFor({ timeout: 20_000 });
  await snap(page, 'report-matrix');
});
