/**
 * Debian's Chromium driven by playwright-core, with a guard that records (and blocks) every
 * request leaving this machine: each test fails if its pages asked for anything not on
 * localhost / 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

/** Flags for a closed network: no background, update, sync or first-run traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const DEMO_PASSWORD = 'demo1234';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the suite through its jest config (global setup)');
  return url.replace(/\/$/, '');
}

/** Playwright gives every launch a fresh temporary user-data-dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for URLs that stay on this machine (and for data:, blob: and about: URLs). */
export function isLocalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return false;
  return LOCAL_HOSTS.has(url.hostname);
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the machine ("METHOD url"); asserted empty after each test. */
  external: string[];
  /** Uncaught errors of the page, printed when a test fails. */
  pageErrors: string[];
}

export async function newSession(browser: Browser, options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: { width: 1280, height: 800 }, ...options });
  const external: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    if (!isLocalUrl(request.url())) external.push(`${request.method()} ${request.url()}`);
  });
  await context.route('**/*', async (route) => {
    if (isLocalUrl(route.request().url())) await route.continue();
    else await route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, external, pageErrors };
}

/**
 * One browser per test file, one context per session; after each test every session is closed
 * and the test fails if any of its pages sent a request off this machine.
 */
export function useBrowser(): { open(options?: BrowserContextOptions): Promise<Session> } {
  let browser: Browser | undefined;
  let sessions: Session[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const done = sessions;
    sessions = [];
    const external = done.flatMap((s) => s.external);
    const errors = done.flatMap((s) => s.pageErrors);
    if (errors.length) process.stdout.write(`[e2e] page errors: ${errors.join(' | ')}\n`);
    await Promise.all(done.map((s) => s.context.close()));
    expect(external).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options) {
      if (!browser) throw new Error('the browser did not start');
      const session = await newSession(browser, options);
      sessions.push(session);
      return session;
    },
  };
}

/** Waits until the locator's text matches. */
export async function waitForText(locator: Locator, expected: string | RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().textContent({ timeout: Math.max(1, deadline - Date.now()) }).catch(() => '')) ?? '';
    if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`text ${JSON.stringify(last)} never matched ${String(expected)} within ${timeout} ms`);
}

/** Signs in through the SPA's form and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  const form = page.getByTestId('sign-in-form');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  const outcome = await Promise.race([
    page
      .waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 20_000 })
      .then(() => 'in' as const)
      .catch(() => 'timeout' as const),
    page
      .getByTestId('sign-in-error')
      .waitFor({ timeout: 20_000 })
      .then(() => 'error' as const)
      .catch(() => 'timeout' as const),
  ]);
  if (outcome === 'timeout') throw new Error(`signing in as ${email}: no answer within 20 s`);
  if (outcome === 'error') {
    const message = (await page.getByTestId('sign-in-error').textContent())?.trim();
    throw new Error(`signing in as ${email} failed: "${message}" (is the demo organisation seeded?)`);
  }
  // Attached, not visible: on a phone the sidebar that shows it is a closed drawer.
  await page.getByTestId('current-user-name').first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** The width by which the document overflows the viewport horizontally (0 = no horizontal scroll). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    return Math.max(doc.scrollWidth, document.body.scrollWidth) - doc.clientWidth;
  });
}

/** Saves a screenshot when E2E_SCREENSHOT_DIR is set (for looking at what the tests saw). */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
