/**
 * Before the e2e suite: Chromium present (installed from Debian when we are root), client and
 * server built when stale, and the real server started as a child process on a free port with a
 * fresh data folder (embedded PGlite, which seeds the demo organisation on its first start).
 * Its URL reaches the test files as E2E_BASE_URL (workers inherit this process's environment).
 *
 * E2E_BASE_URL set beforehand: test that running server instead (no build, no start).
 * CHROMIUM_PATH: another Chromium binary than /usr/bin/chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { chromiumPath } from './support/browser';
import { SERVER_STATE_KEY, type ServerState } from './support/server-state';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildIfStale, ROOT } = require('./support/build-if-stale.cjs') as {
  buildIfStale: (opts?: { log?: (msg: string) => void }) => string[];
  ROOT: string;
};

const READY_TIMEOUT_MS = 180_000;
/**
 * /readyz answers before the demo data is seeded (main.ts listens first): the server counts as
 * started once it printed its banner (after seeding) or the demo rep can sign in.
 */
const STARTED_BANNER = 'CRM is running';

function log(msg: string): void {
  process.stdout.write(`[e2e] ${msg}\n`);
}

function ensureChromium(): void {
  const exe = chromiumPath();
  if (fs.existsSync(exe)) return;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (exe === '/usr/bin/chromium' && isRoot && hasApt) {
    log('Chromium is missing: installing Debian\'s chromium (apt-get install -y chromium)…');
    const r = spawnSync('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'], {
      stdio: 'inherit',
      timeout: 15 * 60_000,
    });
    if (r.status === 0 && fs.existsSync(exe)) return;
    throw new Error('[e2e] installing Chromium with apt-get failed (see the output above)');
  }
  throw new Error(
    `[e2e] Chromium was not found at ${exe}. Install Debian's package (as root: \`apt-get update && apt-get install -y chromium\`) ` +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function isReady(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Whether the demo organisation is there: the demo sales rep can sign in. */
async function demoSignInWorks(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: 'rep@demo.example', p: 'demo1234' } }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await res.json()) as { data?: { login?: { token?: string } } };
    return Boolean(body.data?.login?.token);
  } catch {
    return false;
  }
}

/** The end of the server's log, long (JSON) lines shortened. */
function tail(file: string, lines = 30, width = 1500): string {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .map((line) => (line.length > width ? `${line.slice(0, width)}… (${line.length - width} more characters)` : line))
      .join('\n');
  } catch {
    return '(no output)';
  }
}

async function startServer(): Promise<ServerState> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-e2e-'));
  const dataDir = path.join(tmp, 'data');
  const logFile = path.join(tmp, 'server.log');
  // The server's email outbox folder, where the orders spec finds the notification (.eml files).
  const outboxDir = path.join(tmp, 'outbox');
  process.env.E2E_OUTBOX_DIR = outboxDir;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const out = fs.openSync(logFile, 'a');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', CRM_DATA_DIR: dataDir, OUTBOX_DIR: outboxDir, NODE_ENV: 'production', SEED_ON_EMPTY: 'true', LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn', AUTH_SECRET: `e2e-${Date.now()}-secret-for-this-run-only-0123456789` };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  delete env.CLIENT_DIST;
  // Through a small wrapper that stops the server if this process dies without a teardown.
  const wrapper = path.join(__dirname, 'support/server-process.cjs');
  const child = spawn(process.execPath, [wrapper, path.join(ROOT, 'packages/server/dist/main.js')], {
    cwd: tmp,
    env,
    stdio: ['ignore', out, out],
    detached: true, // its own process group: the teardown ends it and anything it started
  });
  fs.closeSync(out);
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `exit code ${code ?? ''}${signal ? ` signal ${signal}` : ''}`;
  });
  child.unref();

  const started = Date.now();
  log(`starting the server on ${url} (data ${dataDir}, log ${logFile})`);
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (exited) {
      fs.rmSync(dataDir, { recursive: true, force: true }); // no teardown follows a failed setup
      throw new Error(`[e2e] the server stopped during start-up (${exited}). The end of its log (${logFile}):\n${tail(logFile)}`);
    }
    if ((await isReady(url)) && (fs.readFileSync(logFile, 'utf8').includes(STARTED_BANNER) || (await demoSignInWorks(url)))) {
      log(`server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return { url, pid: child.pid!, tmp, logFile };
    }
    await sleep(250);
  }
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  throw new Error(`[e2e] the server was not ready within ${READY_TIMEOUT_MS / 1000} s. The end of its log (${logFile}):\n${tail(logFile)}`);
}

export default async function globalSetup(): Promise<void> {
  ensureChromium();
  if (process.env.E2E_BASE_URL) {
    const url = process.env.E2E_BASE_URL.replace(/\/$/, '');
    if (!(await isReady(url))) throw new Error(`[e2e] E2E_BASE_URL=${url} does not answer /readyz`);
    log(`testing the running server at ${url}`);
    return;
  }
  buildIfStale({ log });
  const state = await startServer();
  process.env.E2E_BASE_URL = state.url;
  (globalThis as Record<string, unknown>)[SERVER_STATE_KEY] = state;
}
