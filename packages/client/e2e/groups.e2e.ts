/**
 * Groups as the demo rep: a post in Competitive Insights that mentions the rep's own deal (made
 * through GraphQL for this test alone, picked with the mention typeahead) shows on that deal's
 * page; at 375 px a post with a photo goes up without horizontal scrolling.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { baseUrl, DEMO_PASSWORD, horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
jest.setTimeout(120_000);
const REP = 'rep@demo.example';
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

async function setup() {
  const { login } = await gql<{ login: { token: string } }>(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: REP, p: DEMO_PASSWORD });
  const { groups } = await gql<{ groups: Array<{ id: string; name: string }> }>(login.token, '{ groups { id name } }');
  const group = groups.find((g) => g.name === 'Competitive Insights');
  if (!group) throw new Error('the demo org has no Competitive Insights group');
  return { token: login.token, groupId: group.id };
}

test('a rep posts in Competitive Insights mentioning their deal, and the post shows on the deal\'s page', async () => {
  const { token, groupId } = await setup();
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const dealName = `Groups E2E Deal ${tag}`;
  const { createOpportunity } = await gql<{ createOpportunity: { id: string } }>(token, 'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }', {
    i: { name: dealName, closeDate: '2027-06-30', stageName: 'Prospecting' },
  });

  const { page } = await browser.open();
  await signIn(page, REP);
  await page.getByTestId('nav-groups').click();
  await page.getByRole('link', { name: 'Competitive Insights' }).click();
  await page.waitForURL(new RegExp(`/groups/${groupId}$`));
  const body = `Rival cut prices on this one (${tag})`;
  await page.getByTestId('post-body').fill(body);
  await page.getByTestId('mention-search').fill(dealName);
  await page.getByRole('option', { name: new RegExp(dealName) }).click();
  await waitForText(page.getByTestId('post-mentions'), dealName);
  await page.getByTestId('post-submit').click();
  const post = page.getByTestId('post').filter({ hasText: tag });
  await waitForText(post, body);
  await waitForText(post, dealName);
  // The composer is empty again.
  expect(await page.getByTestId('post-body').inputValue()).toBe('');
  await snap(page, 'groups-feed');

  await post.getByRole('link', { name: dealName }).click();
  await page.waitForURL(new RegExp(`/opportunities/${createOpportunity.id}$`));
  const onPage = page.getByTestId('record-posts').getByTestId('post').filter({ hasText: tag });
  await waitForText(onPage, body);
  await waitForText(onPage, 'Competitive Insights');
  await snap(page, 'groups-on-opportunity');
});

test('at 375 px a rep posts to a group with a photo, without horizontal scrolling', async () => {
  const { groupId } = await setup();
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const photo = path.join(os.tmpdir(), `groups-e2e-${tag}.png`);
  // A 1x1 PNG.
  fs.writeFileSync(photo, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
  const { page } = await browser.open(PHONE);
  await signIn(page, REP);
  await page.goto(`${baseUrl()}/groups/${groupId}`);
  await page.getByTestId('post-composer').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByTestId('post-body').fill(`From the parking lot: their booth (${tag})`);
  await page.getByTestId('post-composer').locator('input[type="file"]').setInputFiles(photo);
  await page.getByTestId('post-submit').click();
  const post = page.getByTestId('post').filter({ hasText: tag });
  await waitForText(post, tag);
  await post.locator('img').waitFor();
  const loaded = await post.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  expect(loaded).toBe(true);
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'groups-phone');
  fs.rmSync(photo, { force: true });
});

test('a private group: the rep sees only its name until its owner adds them in the member list', async () => {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const { login } = await gql<{ login: { token: string } }>(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'manager@demo.example', p: DEMO_PASSWORD });
  const { createGroup } = await gql<{ createGroup: { id: string } }>(login.token, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }', { i: { name: `Private E2E ${tag}`, collaborationType: 'Private' } });
  await gql(login.token, 'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }', { i: { groupId: createGroup.id, body: `Members only ${tag}` } });

  const rep = await browser.open();
  await signIn(rep.page, REP);
  await rep.page.goto(`${baseUrl()}/groups/${createGroup.id}`);
  await waitForText(rep.page.getByRole('heading', { level: 1 }), `Private E2E ${tag}`);
  expect(await rep.page.getByTestId('join-group').count()).toBe(0);
  expect(await rep.page.getByText(`Members only ${tag}`).count()).toBe(0);

  const manager = await browser.open();
  await signIn(manager.page, 'manager@demo.example');
  await manager.page.goto(`${baseUrl()}/groups/${createGroup.id}`);
  await manager.page.getByRole('combobox', { name: 'Add a member' }).selectOption({ label: 'Sarah Collins' });
  await manager.page.getByRole('button', { name: 'Add', exact: true }).click();
  await waitForText(manager.page.getByTestId('group-members'), 'Sarah Collins');

  await rep.page.reload();
  await waitForText(rep.page.getByTestId('group-posts'), `Members only ${tag}`);
});
