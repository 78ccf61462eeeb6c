/** After the e2e suite: stops the server the global setup started and removes its data. */
import fs from 'node:fs';

import { SERVER_STATE_KEY, type ServerState } from './support/server-state';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[SERVER_STATE_KEY] as ServerState | undefined;
  if (!state) return;
  try {
    process.kill(-state.pid, 'SIGTERM'); // the server's own process group (spawned detached)
  } catch {
    // already gone
  }
  for (let i = 0; i < 40 && alive(state.pid); i++) await sleep(250);
  if (alive(state.pid)) {
    try {
      process.kill(-state.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (process.env.E2E_KEEP_DATA) {
    process.stdout.write(`[e2e] kept the server's data and log in ${state.tmp}\n`);
  } else {
    fs.rmSync(state.tmp, { recursive: true, force: true });
  }
}
