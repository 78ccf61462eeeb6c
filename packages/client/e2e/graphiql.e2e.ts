/** (d) /graphiql loads, carries the signed-in user's token and runs a query. */
import type { Page, Response } from 'playwright-core';

import { signIn, snap, useBrowser, waitForText } from './support/browser';

const browser = useBrowser();

/** Clicks GraphiQL's run button until the operation is sent (the editor may still be starting). */
async function runOperation(page: Page, operationName: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    // Right after a tab switch GraphiQL may still send the previous tab's operationName (the
    // server then answers OPERATION_RESOLUTION_FAILURE): only a request naming ours counts.
    const sent = page.waitForResponse((res) => {
      if (!res.url().endsWith('/graphql')) return false;
      const body = JSON.parse(res.request().postData() ?? '{}') as { query?: string; operationName?: string | null };
      return (body.query ?? '').includes(`query ${operationName}`) && (body.operationName ?? operationName) === operationName;
    }, { timeout: 10_000 });
    await page.locator('.graphiql-execute-button').click();
    try {
      return await sent;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

test('GraphiQL runs a query with the token the app stored', async () => {
  const { page } = await browser.open();
  await signIn(page, 'rep@demo.example');
  const token = await page.evaluate(() => localStorage.getItem('crm.authToken'));
  expect(token).toBeTruthy();

  await page.goto('/graphiql');
  await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
  // The "Me" example tab: its query answers only with the Authorization header.
  // (GraphiQL may still be starting up and ignore the first click: try again.)
  for (let attempt = 1; ; attempt++) {
    await page.locator('.graphiql-tab-button').filter({ hasText: /^Me$/ }).first().click();
    try {
      await waitForText(page.locator('section.graphiql-query-editor'), /query\s+Me\b/, 5_000);
      break;
    } catch (err) {
      if (attempt >= 4) throw err;
    }
  }
  await waitForText(page.locator('section.graphiql-editor-tool[aria-label="Headers"]'), 'Bearer');

  const res = await runOperation(page, 'Me');
  expect((await res.request().allHeaders()).authorization).toBe(`Bearer ${token}`);
  const body = (await res.json()) as { data?: { me?: { email?: string } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data?.me?.email).toBe('rep@demo.example');
  await waitForText(page.locator('.graphiql-response'), 'rep@demo.example');
  await snap(page, 'd-graphiql');
});
