/**
 * Setup > Validation rules: an administrator creates an Opportunity rule through the condition
 * builder (amount required at or after Negotiation/Review), first refused inline for a bad name,
 * sees it enforced through GraphQL, then deactivates it and the same write passes. The rule also
 * requires this test's unique opportunity name, so it never fires for other test files, and it
 * is left inactive. A sales rep is told Setup is for administrators.
 */
import type { Page } from 'playwright-core';

import { baseUrl, DEMO_PASSWORD, horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
jest.setTimeout(120_000);
const ADMIN = 'admin@demo.example';
const REP = 'rep@demo.example';
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

interface GqlAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

async function gqlRaw<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GqlAnswer<T>> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlAnswer<T>;
}

async function gql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gqlRaw<T>(token, query, variables);
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function login(email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD });
  return data.login.token;
}

interface Rule { id: string; name: string; isActive: boolean; condition: unknown; errorField: string; errorMessage: string }

async function findRule(token: string, name: string): Promise<Rule | undefined> {
  const data = await gql<{ validationRules: Rule[] }>(token, 'query { validationRules(objectApiName: "Opportunity") { id name isActive condition errorField errorMessage } }');
  return data.validationRules.find((r) => r.name === name);
}

/** Creates an opportunity at Negotiation/Review without an amount; returns the error or null. */
async function createWithoutAmount(token: string, name: string, competitor: string) {
  const body = await gqlRaw<{ createOpportunity: { id: string } }>(
    token,
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
    { input: { name, stageName: 'Negotiation/Review', closeDate: '2027-06-30', competitor } },
  );
  return body.errors?.[0] ?? null;
}

const row = (page: Page, name: string) => page.locator(`[data-testid="rule-row"][data-name="${name}"]`);

let ruleName = '';
let adminToken = '';

afterAll(async () => {
  // Never leave the rule active, whatever failed above.
  if (!adminToken || !ruleName) return;
  const rule = await findRule(adminToken, ruleName);
  if (rule?.isActive) await gql(adminToken, 'mutation($id: ID!) { updateValidationRule(id: $id, input: { isActive: false }) { id } }', { id: rule.id });
});

test('an admin builds an Opportunity rule, it is enforced, then deactivated', async () => {
  adminToken = await login(ADMIN);
  const tag = Date.now().toString(36);
  ruleName = `E2E_Amount_At_Negotiation_${tag}`;
  const oppName = `E2E rule deal ${tag}`;
  const { competitors } = await gql<{ competitors: Array<{ name: string }> }>(adminToken, 'query { competitors { name } }');
  const competitor = competitors[0].name;

  const { page } = await browser.open();
  await signIn(page, ADMIN);
  await page.getByTestId('nav-setup-validation-rules').click();
  await page.waitForURL(/\/setup\/validation-rules/);
  await waitForText(page.getByTestId('page-heading'), 'Validation rules');
  await page.getByTestId('rule-object-Opportunity').click();
  await page.getByTestId('rule-row').first().waitFor({ timeout: 20_000 });

  await page.getByTestId('rule-new').click();
  const dialog = page.getByTestId('rule-dialog');
  await dialog.getByTestId('rule-name').fill('not a valid name!');
  await dialog.getByTestId('rule-error-field').selectOption('amount');
  await dialog.getByTestId('rule-error-message').fill('Enter the amount from Negotiation/Review on.');
  const rows = dialog.getByTestId('condition-row');
  await rows.nth(0).getByTestId('condition-op').selectOption('stageAtOrAfter');
  await rows.nth(0).getByTestId('condition-value').selectOption('Negotiation/Review');
  await dialog.getByTestId('condition-add').click();
  await rows.nth(1).getByTestId('condition-field').selectOption('amount');
  await rows.nth(1).getByTestId('condition-op').selectOption('isBlank');
  await dialog.getByTestId('condition-add').click();
  await rows.nth(2).getByTestId('condition-field').selectOption('name');
  await rows.nth(2).getByTestId('condition-op').selectOption('equals');
  await rows.nth(2).getByTestId('condition-value').fill(oppName);

  // The server refuses the name: shown on the field, nothing else lost.
  await dialog.getByTestId('rule-save').click();
  await dialog.getByTestId('rule-name-field').getByTestId('field-error').waitFor({ timeout: 20_000 });
  expect(await rows.nth(2).getByTestId('condition-value').inputValue()).toBe(oppName);
  expect(await findRule(adminToken, ruleName)).toBeUndefined();

  await dialog.getByTestId('rule-name').fill(ruleName);
  await dialog.getByTestId('rule-save').click();
  await row(page, ruleName).waitFor({ timeout: 20_000 });
  expect(await row(page, ruleName).getAttribute('data-active')).toBe('true');
  await snap(page, 'setup-rule-created');

  const saved = await findRule(adminToken, ruleName);
  expect(saved).toMatchObject({ isActive: true, errorField: 'amount' });
  expect(saved!.condition).toEqual({
    and: [
      { field: 'stageName', op: 'stageAtOrAfter', value: 'Negotiation/Review' },
      { field: 'amount', op: 'isBlank' },
      { field: 'name', op: 'equals', value: oppName },
    ],
  });
  const refused = await createWithoutAmount(adminToken, oppName, competitor);
  expect(refused?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });

  await row(page, ruleName).getByTestId('rule-toggle').click();
  await page.waitForFunction((name) => document.querySelector(`[data-testid="rule-row"][data-name="${name}"]`)?.getAttribute('data-active') === 'false', ruleName, { timeout: 20_000 });
  expect((await findRule(adminToken, ruleName))?.isActive).toBe(false);
  expect(await createWithoutAmount(adminToken, oppName, competitor)).toBeNull();
});

test('a stage in use cannot be deleted (CONFLICT shown); a competitor is created, deactivated and deleted', async () => {
  const token = await login(ADMIN);
  const name = `E2E Rival ${Date.now().toString(36)}`;
  const { page } = await browser.open();
  await signIn(page, ADMIN);
  await page.getByTestId('nav-setup-stages').click();
  const prospecting = page.locator('[data-testid="stage-row"][data-name="Prospecting"]');
  await prospecting.waitFor({ timeout: 20_000 });
  await prospecting.getByTestId('stage-delete').click();
  await page.getByTestId('confirm-delete-button').click();
  await waitForText(page.getByTestId('delete-error'), /Still in use/);
  await page.getByTestId('confirm-delete').getByRole('button', { name: 'Cancel' }).click();
  const stages = await gql<{ opportunityStages: Array<{ apiName: string }> }>(token, 'query { opportunityStages { apiName } }');
  expect(stages.opportunityStages.map((s) => s.apiName)).toContain('Prospecting');

  await page.getByTestId('nav-setup-picklists').click();
  await page.getByTestId('competitor-new').click();
  await page.getByTestId('competitor-save').click();
  // A blank name is refused inline by the server.
  await page.getByTestId('competitor-dialog').getByTestId('field-error').waitFor({ timeout: 20_000 });
  await page.getByTestId('competitor-name').fill(name);
  await page.getByTestId('competitor-save').click();
  const competitor = page.locator(`[data-testid="competitor-row"][data-name="${name}"]`);
  await competitor.waitFor({ timeout: 20_000 });
  const all = async () => (await gql<{ competitors: Array<{ name: string; isActive: boolean }> }>(token, 'query { competitors(includeInactive: true) { name isActive } }')).competitors;
  expect((await all()).find((c) => c.name === name)?.isActive).toBe(true);

  await competitor.getByTestId('competitor-toggle').click();
  await waitForText(competitor, /Inactive/);
  expect((await all()).find((c) => c.name === name)?.isActive).toBe(false);
  await competitor.getByTestId('competitor-delete').click();
  await page.getByTestId('confirm-delete-button').click();
  await competitor.waitFor({ state: 'detached', timeout: 20_000 });
  expect((await all()).some((c) => c.name === name)).toBe(false);
});

test('stages and picklists list for an admin at 375 px; a rep is told Setup is for administrators', async () => {
  const admin = await browser.open(PHONE);
  await signIn(admin.page, ADMIN);
  await admin.page.goto('/setup/stages');
  await admin.page.locator('[data-testid="stage-row"][data-name="Prospecting"]').waitFor({ timeout: 20_000 });
  expect(await horizontalOverflow(admin.page)).toBe(0);
  await admin.page.goto('/setup/picklists');
  await admin.page.getByTestId('competitor-row').first().waitFor({ timeout: 20_000 });
  await admin.page.getByTestId('lost-reason-row').first().waitFor({ timeout: 20_000 });
  expect(await horizontalOverflow(admin.page)).toBe(0);
  await snap(admin.page, 'setup-picklists-phone');

  const rep = await browser.open();
  await signIn(rep.page, REP);
  expect(await rep.page.getByTestId('nav-setup-validation-rules').count()).toBe(0);
  await rep.page.goto('/setup/validation-rules');
  await waitForText(rep.page.getByTestId('setup-forbidden'), 'for administrators');
});
