/**
 * Discount approval end to end: the rep requests a discount above the org threshold on an
 * opportunity of their own (created here, so no other test touches it), the manager approves
 * it in /approvals with a comment (own browser context), the amount changes and the rep's
 * page shows Approved. Also: the queue at 375 px has no horizontal scroll.
 */
import { baseUrl, DEMO_PASSWORD, horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const LIST_AMOUNT = 80_000;

async function login(email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>('', 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: email,
    p: DEMO_PASSWORD,
  });
  return data.login.token;
}

async function gql<T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

interface DiscountState {
  opportunity: {
    amount: number | null;
    listAmount: number | null;
    discountPercent: number | null;
    discountRequests: { nodes: { status: string; requestedDiscountPercent: number; approverComment: string | null }[] };
  };
}

const STATE = `query($id: ID!) { opportunity(id: $id) { amount listAmount discountPercent
  discountRequests(first: 5) { nodes { status requestedDiscountPercent approverComment } } } }`;

test('a rep asks for a discount above the threshold; the manager approves it; the amount follows', async () => {
  const repToken = await login('rep@demo.example');
  const { organization } = await gql<{ organization: { discountApprovalThreshold: number } }>(repToken, '{ organization { discountApprovalThreshold } }');
  const percent = Math.min(100, organization.discountApprovalThreshold + 5);
  const { createOpportunity: deal } = await gql<{ createOpportunity: { id: string; name: string } }>(
    repToken,
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id name } }',
    { input: { name: `Discount ${run}`, stageName: 'Qualification', closeDate: '2027-03-31', amount: LIST_AMOUNT } },
  );

  // The rep submits the request on the opportunity page.
  const rep = await browser.open();
  await signIn(rep.page, 'rep@demo.example');
  await rep.page.goto(`/opportunities/${deal.id}`);
  await waitForText(rep.page.getByTestId('page-heading'), deal.name);
  const section = rep.page.getByTestId('discount-section');
  await section.getByTestId('discount-percent').fill(String(percent));
  await section.getByTestId('discount-comment').fill('Multi-year commitment');
  await section.getByTestId('discount-submit').click();
  await waitForText(section.getByTestId('discount-status'), 'Pending');
  const pending = await gql<DiscountState>(repToken, STATE, { id: deal.id });
  expect(pending.opportunity.amount).toBe(LIST_AMOUNT); // nothing applied before approval
  expect(pending.opportunity.discountRequests.nodes[0]).toMatchObject({ status: 'Pending', requestedDiscountPercent: percent });
  await snap(rep.page, 'discount-pending');

  // The manager approves it from the queue, in a separate browser context.
  const manager = await browser.open();
  await signIn(manager.page, 'manager@demo.example');
  await manager.page.getByTestId('nav-approvals').first().click({ force: true });
  await manager.page.waitForURL(/\/approvals$/);
  const item = manager.page.locator(`[data-testid="approval-item"][data-opportunity-id="${deal.id}"]`);
  await item.waitFor({ timeout: 20_000 });
  expect(await item.textContent()).toContain(`${percent}% off`);
  await item.getByTestId('approval-comment').fill('Approved for the 3-year term');
  await item.getByTestId('approval-approve').click();
  await waitForText(manager.page.getByTestId('approval-done'), deal.name);
  await item.waitFor({ state: 'detached', timeout: 15_000 });
  await snap(manager.page, 'approvals-after');

  const approved = await gql<DiscountState>(repToken, STATE, { id: deal.id });
  expect(approved.opportunity.discountPercent).toBe(percent);
  expect(approved.opportunity.listAmount).toBe(LIST_AMOUNT);
  expect(approved.opportunity.amount).toBeCloseTo(LIST_AMOUNT * (1 - percent / 100), 2);
  expect(approved.opportunity.discountRequests.nodes[0]).toMatchObject({ status: 'Approved', approverComment: 'Approved for the 3-year term' });

  // The rep's page shows the decision and the discounted amount.
  await rep.page.reload();
  await waitForText(rep.page.getByTestId('discount-status'), 'Approved');
  const shown = ((await rep.page.getByTestId('opportunity-amount').textContent()) ?? '').replace(/\D+/g, '');
  expect(Number(shown)).toBe(Math.round(LIST_AMOUNT * (1 - percent / 100)));
  await snap(rep.page, 'discount-approved');
});

test('the approvals page fits a 375 px phone and says when there is nothing to approve', async () => {
  const { page } = await browser.open(PHONE);
  await signIn(page, 'rep@demo.example');
  await page.goto('/approvals');
  // The rep approves nobody's discounts: an empty queue, said in words.
  await waitForText(page.getByTestId('approvals-empty'), 'Nothing to approve');
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'approvals-phone-empty');
});
