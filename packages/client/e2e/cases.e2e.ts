/**
 * Issue 11, cases on a phone (375 px): a service agent opens the console (queues by channel),
 * opens a case of their own, closes it with a resolution and a photo from the camera input; the
 * case is then closed with the resolution comment and an attached image/png (checked through GraphQL).
 */
import type { Page } from 'playwright-core';

import { horizontalOverflow, signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

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

test('an agent closes a case with a resolution and a photo at 375 px', async () => {
  const { page } = await browser.open(PHONE);
  await signIn(page, 'support@demo.example');
  const subject = `Cracked display ${Date.now()}`;
  const { createCase } = await gql<{ createCase: { id: string } }>(page, 'mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }', {
    i: { subject, origin: 'Phone', priority: 'High' },
  });

  await page.goto('/cases');
  await page.getByTestId('queue-tab-Phone').waitFor();
  await waitForText(page.getByTestId('queue-count-Email'), /^\d+$/);
  await snap(page, 'cases-console-375');
  expect(await horizontalOverflow(page)).toBe(0);

  await page.goto(`/cases/${createCase.id}`);
  await waitForText(page.getByTestId('case-page'), subject);
  await waitForText(page.getByTestId('sla-first-response'), /left/);
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'case-page-375');

  await page.getByTestId('close-case').tap();
  const sheet = page.getByTestId('close-case-sheet');
  await sheet.getByTestId('close-resolution').fill('Replaced the display under warranty');
  await sheet.getByTestId('close-photo').setInputFiles({ name: 'display.png', mimeType: 'image/png', buffer: PNG });
  await snap(page, 'close-case-sheet-375');
  await sheet.getByTestId('close-case-submit').tap();
  await waitForText(page.getByTestId('case-status-badge'), 'Closed');
  await page.getByTestId('case-files').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await snap(page, 'case-closed-375');

  const { case: closed } = await gql<{
    case: { isClosed: boolean; status: string; files: { contentType: string; fileName: string }[]; comments: { nodes: { body: string; isResolution: boolean }[] } };
  }>(page, 'query($id: ID!) { case(id: $id) { isClosed status files { contentType fileName } comments { nodes { body isResolution } } } }', { id: createCase.id });
  expect(closed.isClosed).toBe(true);
  expect(closed.comments.nodes).toEqual([{ body: 'Replaced the display under warranty', isResolution: true }]);
  expect(closed.files).toEqual([{ contentType: 'image/png', fileName: 'display.png' }]);
});
