/**
 * The opportunity page as a rep, on an opportunity this file creates: a path click to
 * Proposal/Price Quote asks for the competitor inline and saves; an edit against a stale
 * version is refused with the current values, and saves after a reload; the history lists
 * the changes; the quick update sheet works at 375 px.
 */
import { baseUrl, DEMO_PASSWORD, horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
let token = '';

async function api<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

beforeAll(async () => {
  const data = await api<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: 'rep@demo.example',
    p: DEMO_PASSWORD,
  });
  token = data.login.token;
});

async function createDeal(label: string) {
  const data = await api<{ createOpportunity: { id: string; name: string } }>(
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id name } }',
    { input: { name: `Page ${label} ${run}`, stageName: 'Needs Analysis', closeDate: '2027-02-15', amount: 50000 } },
  );
  return data.createOpportunity;
}

const state = (id: string) =>
  api<{ opportunity: { name: string; stageName: string; competitor: string | null; amount: number; version: number } }>(
    'query($id: ID!) { opportunity(id: $id) { name stageName competitor amount version } }',
    { id },
  );

test('path click asks for the competitor; a stale edit shows the current values and saves after reload', async () => {
  const deal = await createDeal('path');
  const { competitors } = await api<{ competitors: { name: string }[] }>('{ competitors { name } }');
  const { page } = await browser.open();
  await signIn(page, 'rep@demo.example');
  await page.goto(`/opportunities/${deal.id}`);
  await waitForText(page.getByTestId('page-heading'), deal.name);
  // The current stage's guidance and key fields.
  await page.getByTestId('stage-guidance').waitFor();

  await page.locator('[data-testid="path-stage"][data-stage="Proposal/Price Quote"]').click();
  const form = page.getByTestId('missing-fields-form');
  await form.waitFor({ timeout: 15_000 });
  expect((await state(deal.id)).opportunity.stageName).toBe('Needs Analysis');
  await form.getByTestId('missing-competitor').selectOption(competitors[0].name);
  await form.getByTestId('missing-fields-save').click();
  await form.waitFor({ state: 'detached', timeout: 15_000 });
  await page.locator('[data-testid="path-stage"][data-stage="Proposal/Price Quote"][aria-current="step"]').waitFor();
  expect((await state(deal.id)).opportunity).toMatchObject({ stageName: 'Proposal/Price Quote', competitor: competitors[0].name });
  await page.locator('[data-testid="history-row"][data-field="stageName"]').first().waitFor({ timeout: 15_000 });

  // Someone else saves while the rep edits: the rep's save is refused with the current values.
  await page.getByTestId('edit-opportunity').click();
  const edit = page.getByTestId('edit-form');
  await edit.getByTestId('field-name').fill(`${deal.name} renamed`);
  await api('mutation($id: ID!) { updateOpportunity(id: $id, input: { amount: 61000 }) { id } }', { id: deal.id });
  await edit.getByTestId('edit-form-submit').click();
  await waitForText(edit.getByTestId('conflict-message'), 'Someone else saved');
  expect(await edit.textContent()).toContain('61000');
  expect((await state(deal.id)).opportunity.name).toBe(deal.name);
  await snap(page, 'page-conflict');
  await edit.getByTestId('conflict-reload').click();
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="edit-form"] [data-testid="field-amount"]')?.value === '61000', null, { timeout: 10_000 });
  await edit.getByTestId('conflict-message').waitFor({ state: 'detached' });
  await edit.getByTestId('field-name').fill(`${deal.name} renamed`);
  await edit.getByTestId('edit-form-submit').click();
  await edit.waitFor({ state: 'detached', timeout: 15_000 });
  expect((await state(deal.id)).opportunity).toMatchObject({ name: `${deal.name} renamed`, amount: 61000 });
});

test('the quick update sheet at 375 px: stage and amount in a few taps, asking for the lost reason', async () => {
  const deal = await createDeal('quick');
  const { lostReasons } = await api<{ lostReasons: { apiName: string }[] }>('{ lostReasons { apiName } }');
  const { page } = await browser.open(PHONE);
  await signIn(page, 'rep@demo.example');
  await page.goto(`/opportunities/${deal.id}`);
  await waitForText(page.getByTestId('page-heading'), deal.name);
  expect(await horizontalOverflow(page)).toBe(0);

  await page.getByTestId('open-quick-update').click();
  const sheet = page.getByTestId('quick-update-form');
  await sheet.getByTestId('field-stageName').selectOption('Closed Lost');
  await sheet.getByTestId('field-amount').fill('45000');
  await sheet.getByTestId('quick-update-form-submit').click();
  // The rule names lostReason: the field appears in the sheet, with what was typed kept.
  await sheet.getByTestId('field-lostReason').selectOption(lostReasons[0].apiName);
  expect(await sheet.getByTestId('field-amount').inputValue()).toBe('45000');
  await snap(page, 'quick-update-phone');
  await sheet.getByTestId('quick-update-form-submit').click();
  await sheet.waitFor({ state: 'detached', timeout: 15_000 });
  const saved = await api<{ opportunity: { stageName: string; amount: number; lostReason: string } }>(
    'query($id: ID!) { opportunity(id: $id) { stageName amount lostReason } }',
    { id: deal.id },
  );
  expect(saved.opportunity).toEqual({ stageName: 'Closed Lost', amount: 45000, lostReason: lostReasons[0].apiName });
  expect(await horizontalOverflow(page)).toBe(0);
});
