/**
 * Leads as a sales rep: create a lead in the SPA and convert it into a new account, contact and
 * opportunity (checked through GraphQL), the "new leads to review" view, inline errors, a
 * stale edit refused with the current values, and the convert flow on a 375 px phone with an
 * existing account chosen by typeahead. Every lead here is created by this file (unique names).
 */
import type { Page } from 'playwright-core';

import { baseUrl, DEMO_PASSWORD, horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

const REP = 'rep@demo.example';
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

let token = '';

/** A GraphQL call as the rep (or with `as`); fails the test on any error. */
async function api<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${as}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

const login = async (email: string) =>
  (await api<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD }, ''))
    .login.token;

beforeAll(async () => {
  token = await login(REP);
});

async function createLead(input: Record<string, unknown>): Promise<{ id: string; name: string; company: string }> {
  const data = await api<{ createLead: { id: string; name: string; company: string } }>(
    'mutation($input: CreateLeadInput!) { createLead(input: $input) { id name company } }',
    { input },
  );
  return data.createLead;
}

async function openLead(page: Page, id: string, name: string): Promise<void> {
  await page.goto(`/leads/${id}`);
  await waitForText(page.getByTestId('page-heading'), name, 20_000);
}

test('a rep creates a lead and converts it into a new account, contact and opportunity', async () => {
  const { page } = await browser.open();
  await signIn(page, REP);
  await page.getByTestId('nav-leads').click();
  await page.waitForURL(/\/leads$/);
  await page.getByTestId('new-lead').click();
  await page.waitForURL(/\/leads\/new$/);

  const company = `Convert Test ${run} GmbH`;
  const form = page.getByTestId('new-lead-form');
  await form.locator('input[name="firstName"]').fill('Erika');
  await form.locator('input[name="lastName"]').fill(`Muster${run}`);
  // Saving without a company: the server's refusal shows under the field, the typing stays.
  await page.getByTestId('save-lead').click();
  await waitForText(page.getByTestId('field-company').getByTestId('field-error'), /company/i);
  expect(await form.locator('input[name="lastName"]').inputValue()).toBe(`Muster${run}`);
  await form.locator('input[name="company"]').fill(company);
  await form.locator('input[name="email"]').fill(`erika.${run}@example.com`);
  await page.getByTestId('save-lead').click();
  await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
  const leadId = page.url().split('/').pop()!;
  await waitForText(page.getByTestId('page-heading'), `Erika Muster${run}`);
  await waitForText(page.getByTestId('lead-status'), 'Open - Not Contacted');
  await snap(page, 'leads-new-lead-page');

  await page.getByTestId('convert-lead').click();
  const dialog = page.getByTestId('convert-dialog');
  await dialog.getByTestId('convert-submit').waitFor();
  expect(await dialog.getByTestId('convert-opportunity-name').inputValue()).toBe(`${company}-`);
  await snap(page, 'leads-convert-dialog');
  await dialog.getByTestId('convert-submit').click();
  const result = dialog.getByTestId('convert-result');
  await result.waitFor({ timeout: 20_000 });
  const accountId = await result.getByTestId('converted-account').getAttribute('data-id');
  const contactId = await result.getByTestId('converted-contact').getAttribute('data-id');
  const opportunityId = await result.getByTestId('converted-opportunity').getAttribute('data-id');
  expect(await result.getByTestId('converted-account').getAttribute('href')).toBe(`/accounts/${accountId}`);
  await snap(page, 'leads-convert-result');
  await dialog.getByTestId('convert-done').click();

  // The lead is converted and read-only, pointing to its account, contact and opportunity.
  await page.waitForSelector('[data-testid="lead-page"][data-converted="true"]', { timeout: 20_000 });
  const links = page.getByTestId('converted-links');
  expect(await links.getByTestId('converted-account').getAttribute('href')).toBe(`/accounts/${accountId}`);
  expect(await links.getByTestId('converted-contact').getAttribute('href')).toBe(`/contacts/${contactId}`);
  expect(await links.getByTestId('converted-opportunity').getAttribute('href')).toBe(`/opportunities/${opportunityId}`);
  expect(await page.getByTestId('edit-lead').count()).toBe(0);
  await waitForText(page.getByTestId('lead-status'), 'Closed - Converted');
  await snap(page, 'leads-converted-lead');

  const data = await api(
    `query($id: ID!) { lead(id: $id) { isConverted status
        convertedAccount { id name } convertedContact { id name email account { id } }
        convertedOpportunity { id name account { id } contact { id } } } }`,
    { id: leadId },
  );
  expect(data.lead.isConverted).toBe(true);
  expect(data.lead.convertedAccount).toEqual({ id: accountId, name: company });
  expect(data.lead.convertedContact).toEqual({ id: contactId, name: `Erika Muster${run}`, email: `erika.${run}@example.com`, account: { id: accountId } });
  expect(data.lead.convertedOpportunity).toEqual({ id: opportunityId, name: `${company}-`, account: { id: accountId }, contact: { id: contactId } });
});

test('the review view lists new leads, newest first, and is reachable from the list', async () => {
  const older = await createLead({ lastName: `ReviewOld${run}`, company: `Review ${run} A` });
  const newer = await createLead({ lastName: `ReviewNew${run}`, company: `Review ${run} B` });
  // Worked on already: not "new" any more.
  const contacted = await createLead({ lastName: `ReviewDone${run}`, company: `Review ${run} C`, status: 'Working - Contacted' });

  const { page } = await browser.open();
  await signIn(page, REP);
  await page.goto('/leads');
  await page.getByTestId('lead-row').first().waitFor({ timeout: 20_000 });
  await page.getByTestId('view-review').click();
  await page.waitForURL(/\/leads\?view=review$/);
  await waitForText(page.getByTestId('page-heading'), 'New leads to review');
  await page.locator(`[data-testid="lead-row"][data-id="${newer.id}"]`).waitFor({ timeout: 20_000 });
  // The heading follows the URL at once; the rows are the review view's once it has answered
  // (until then the list's first page, which may hold worked leads too, is still shown).
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid="lead-row"]')];
    return rows.length > 0 && rows.every((el) => el.getAttribute('data-status') === 'Open - Not Contacted');
  }, undefined, { timeout: 20_000 }).catch(() => undefined);

  const rows = await page.$$eval('[data-testid="lead-row"]', (els) => els.map((el) => ({ id: el.getAttribute('data-id'), status: el.getAttribute('data-status') })));
  const ids = rows.map((r) => r.id);
  expect(rows.every((r) => r.status === 'Open - Not Contacted')).toBe(true);
  expect(ids).toContain(older.id);
  expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
  expect(ids).not.toContain(contacted.id);
  await snap(page, 'leads-review');

  // The filters live in the URL: a link opens the same list.
  await page.goto(`/leads?q=${encodeURIComponent(`ReviewDone${run}`)}&status=${encodeURIComponent('Working - Contacted')}`);
  await page.locator(`[data-testid="lead-row"][data-id="${contacted.id}"]`).waitFor({ timeout: 20_000 });
  expect(await page.getByTestId('lead-row').count()).toBe(1);
  expect(await page.getByTestId('leads-search').inputValue()).toBe(`ReviewDone${run}`);
});

test('the path sets the status; saving over someone else\'s change shows their values and reloads', async () => {
  const lead = await createLead({ lastName: `Stale${run}`, company: `Stale ${run}`, title: 'Buyer' });
  const { page } = await browser.open();
  await signIn(page, REP);
  await openLead(page, lead.id, `Stale${run}`);
  // A tap on the path sets the status (saved with the version read).
  await page.locator('[data-testid="lead-path-step"][data-status="Working - Contacted"]').click();
  await waitForText(page.getByTestId('lead-status'), 'Working - Contacted');
  expect((await api(`query($id: ID!) { lead(id: $id) { status } }`, { id: lead.id })).lead.status).toBe('Working - Contacted');

  await page.getByTestId('edit-lead').click();
  const form = page.getByTestId('lead-edit-form');
  await form.locator('input[name="title"]').fill('Head of Purchasing');

  // Meanwhile someone else saves the lead.
  await api('mutation($id: ID!) { updateLead(id: $id, input: { title: "CFO", phone: "+1 555 0100" }) { id } }', { id: lead.id });
  await page.getByTestId('save-lead').click();
  const conflict = page.getByTestId('lead-conflict');
  await waitForText(conflict, 'changed by someone else');
  expect(await conflict.textContent()).toContain('CFO');
  expect(await conflict.textContent()).toContain('+1 555 0100');
  await snap(page, 'leads-conflict');
  const before = await api(`query($id: ID!) { lead(id: $id) { title } }`, { id: lead.id });
  expect(before.lead.title).toBe('CFO');

  await page.getByTestId('conflict-reload').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="lead-conflict"]'), null, { timeout: 20_000 });
  expect(await form.locator('input[name="title"]').inputValue()).toBe('CFO');
  await form.locator('input[name="title"]').fill('Head of Purchasing');
  await page.getByTestId('save-lead').click();
  await page.getByTestId('lead-details').waitFor({ timeout: 20_000 });
  const after = await api(`query($id: ID!) { lead(id: $id) { title phone } }`, { id: lead.id });
  expect(after.lead).toEqual({ title: 'Head of Purchasing', phone: '+1 555 0100' });
});

test('on a 375 px phone a rep converts a lead into an existing account in a full-screen sheet', async () => {
  const accountName = `Sheet Account ${run}`;
  const account = (await api('mutation($n: String!) { createAccount(input: { name: $n }) { id } }', { n: accountName })).createAccount as { id: string };
  const lead = await createLead({ firstName: 'Min', lastName: `Phone${run}`, company: accountName });

  const { page } = await browser.open(PHONE);
  await signIn(page, REP);
  // Review, then convert: from the list of new leads (cards on a phone) to the lead.
  await page.goto('/leads?view=review');
  const started = Date.now();
  const card = page.locator(`[data-testid="lead-row"][data-id="${lead.id}"]`);
  await card.waitFor({ timeout: 20_000 });
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'leads-review-phone');
  await card.getByTestId('lead-link').tap();
  await waitForText(page.getByTestId('page-heading'), `Min Phone${run}`, 20_000);
  expect(await horizontalOverflow(page)).toBe(0);

  await page.getByTestId('convert-lead').tap();
  const dialog = page.getByTestId('convert-dialog');
  await dialog.getByTestId('convert-submit').waitFor();
  const box = await dialog.boundingBox();
  expect(box && Math.round(box.width)).toBe(375);
  await dialog.getByTestId('convert-existing-account').tap();
  await dialog.getByTestId('convert-account-search').fill(`Sheet Account ${run}`);
  const option = dialog.getByRole('option', { name: accountName });
  await option.waitFor({ timeout: 20_000 });
  await option.tap();
  await dialog.getByTestId('convert-contact-select').waitFor();
  await dialog.getByTestId('convert-no-opportunity').tap();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await snap(page, 'leads-convert-phone');
  await dialog.getByTestId('convert-submit').tap();
  await dialog.getByTestId('convert-result').waitFor({ timeout: 20_000 });
  expect(await dialog.getByTestId('converted-opportunity').count()).toBe(0);
  expect(await dialog.getByTestId('converted-account').getAttribute('data-id')).toBe(account.id);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await snap(page, 'leads-convert-phone-result');
  await dialog.getByTestId('convert-done').tap();
  await page.waitForSelector('[data-testid="lead-page"][data-converted="true"]', { timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(await horizontalOverflow(page)).toBe(0);

  const data = await api(`query($id: ID!) { lead(id: $id) { isConverted convertedAccount { id } convertedOpportunity { id } convertedContact { account { id } } } }`, {
    id: lead.id,
  });
  expect(data.lead).toEqual({ isConverted: true, convertedAccount: { id: account.id }, convertedOpportunity: null, convertedContact: { account: { id: account.id } } });
});

test('a validation rule on the new opportunity is shown in the dialog and converts nothing; without an opportunity it converts', async () => {
  const company = `Rule Test ${run}`;
  const lead = await createLead({ firstName: 'Ruth', lastName: `Rule${run}`, company });
  // Only this test's opportunity (by its exact name) breaks the rule: other specs are unaffected.
  const admin = await login('admin@demo.example');
  const message = `Opportunities of ${company} need a next step`;
  const rule = (
    await api(
      'mutation($input: CreateValidationRuleInput!) { createValidationRule(input: $input) { id } }',
      {
        input: {
          objectApiName: 'Opportunity',
          name: `c1_convert_${run}`,
          condition: { and: [{ field: 'name', op: 'equals', value: `${company}-` }, { field: 'nextStep', op: 'isBlank' }] },
          errorField: 'nextStep',
          errorMessage: message,
        },
      },
      admin,
    )
  ).createValidationRule as { id: string };
  try {
    const { page } = await browser.open(PHONE);
    await signIn(page, REP);
    await openLead(page, lead.id, `Ruth Rule${run}`);
    await page.getByTestId('convert-lead').tap();
    const dialog = page.getByTestId('convert-dialog');
    await dialog.getByTestId('convert-submit').tap();
    await waitForText(dialog.getByTestId('convert-error'), message);
    expect(await horizontalOverflow(page)).toBe(0);
    await snap(page, 'leads-convert-rule');

    // The failed conversion changed nothing: the lead is open, no account was created.
    const after = await api(
      'query($id: ID!, $name: String!) { lead(id: $id) { isConverted status } accounts(filter: { name: { eq: $name } }) { totalCount } }',
      { id: lead.id, name: company },
    );
    expect(after).toEqual({ lead: { isConverted: false, status: 'Open - Not Contacted' }, accounts: { totalCount: 0 } });

    // The choices are still there; without an opportunity the rule does not apply.
    expect(await dialog.getByTestId('convert-opportunity-name').inputValue()).toBe(`${company}-`);
    await dialog.getByTestId('convert-no-opportunity').tap();
    await dialog.getByTestId('convert-submit').tap();
    await dialog.getByTestId('convert-result').waitFor({ timeout: 20_000 });
    const done = await api('query($id: ID!) { lead(id: $id) { isConverted convertedAccount { name } convertedOpportunity { id } } }', { id: lead.id });
    expect(done.lead).toEqual({ isConverted: true, convertedAccount: { name: company }, convertedOpportunity: null });
  } finally {
    await api('mutation($id: ID!) { deleteValidationRule(id: $id) }', { id: rule.id }, admin);
  }
});

test('a rep converts a lead into an existing open opportunity of the chosen account', async () => {
  const accountName = `Attach Account ${run}`;
  const account = (await api('mutation($n: String!) { createAccount(input: { name: $n }) { id } }', { n: accountName })).createAccount as { id: string };
  const opp = (
    await api('mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }', {
      i: { name: `Attach Deal ${run}`, stageName: 'Qualification', closeDate: '2030-06-30', accountId: account.id },
    })
  ).createOpportunity as { id: string };
  const lead = await createLead({ firstName: 'Jo', lastName: `Attach${run}`, company: accountName, leadSource: 'Web' });

  const { page } = await browser.open();
  await signIn(page, REP);
  await openLead(page, lead.id, `Jo Attach${run}`);
  await page.getByTestId('convert-lead').click();
  const dialog = page.getByTestId('convert-dialog');
  await dialog.getByTestId('convert-submit').waitFor();
  // The third choice appears only once an existing account is chosen.
  expect(await dialog.getByTestId('convert-existing-opportunity').count()).toBe(0);
  await dialog.getByTestId('convert-existing-account').click();
  await dialog.getByTestId('convert-account-search').fill(accountName);
  const option = dialog.getByRole('option', { name: accountName });
  await option.waitFor({ timeout: 20_000 });
  await option.click();
  await dialog.getByTestId('convert-existing-opportunity').click();
  const select = dialog.getByTestId('convert-opportunity-select');
  await select.locator(`option[value="${opp.id}"]`).waitFor({ state: 'attached', timeout: 20_000 });
  await select.selectOption(opp.id);
  await snap(page, 'leads-convert-existing-opportunity');
  await dialog.getByTestId('convert-submit').click();
  await dialog.getByTestId('convert-result').waitFor({ timeout: 20_000 });
  expect(await dialog.getByTestId('converted-opportunity').getAttribute('data-id')).toBe(opp.id);

  const data = await api(
    `query($id: ID!, $a: ID!) { lead(id: $id) { isConverted convertedAccount { id } convertedOpportunity { id leadSource contact { id } } convertedContact { id } }
      opportunities(filter: { accountId: { eq: $a } }) { totalCount } }`,
    { id: lead.id, a: account.id },
  );
  expect(data.lead).toMatchObject({ isConverted: true, convertedAccount: { id: account.id }, convertedOpportunity: { id: opp.id, leadSource: 'Web' } });
  expect(data.lead.convertedOpportunity.contact).toEqual({ id: data.lead.convertedContact.id });
  // Attached, not created: the account still has its one opportunity.
  expect(data.opportunities.totalCount).toBe(1);
});

test('a lead the manager gives to the rep is marked unread in the review view until the rep opens it', async () => {
  const manager = await login('manager@demo.example');
  const me = (await api('{ me { id } }')).me as { id: string };
  const lead = (
    await api('mutation($i: CreateLeadInput!) { createLead(input: $i) { id isUnreadByOwner } }', { i: { lastName: `Unread${run}`, company: `Unread Co ${run}`, ownerId: me.id } }, manager)
  ).createLead as { id: string; isUnreadByOwner: boolean };
  expect(lead.isUnreadByOwner).toBe(true);
  const { page } = await browser.open();
  await signIn(page, REP);
  await page.goto('/leads?view=review');
  const row = page.locator(`[data-testid="lead-row"][data-id="${lead.id}"]`);
  await row.waitFor({ timeout: 20_000 });
  expect(await row.getByTestId('lead-unread').count()).toBe(1);
  await row.getByTestId('lead-link').click();
  await waitForText(page.getByTestId('page-heading'), `Unread${run}`, 20_000);
  const read = async () => ((await api('query($id: ID!) { lead(id: $id) { isUnreadByOwner } }', { id: lead.id })).lead as { isUnreadByOwner: boolean }).isUnreadByOwner;
  for (let i = 0; i < 40 && (await read()); i++) await page.waitForTimeout(250);
  expect(await read()).toBe(false);
});
