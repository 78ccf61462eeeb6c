/**
 * Runs the built server (`node packages/server/dist/main.js`) for the e2e suite and stops it
 * when the process that started it goes away, even if that one was killed outright: a jest run
 * that is interrupted leaves no server behind. SIGTERM/SIGINT are passed on to the server.
 *   node server-process.cjs <path to main.js>
 */
'use strict';
const { spawn } = require('node:child_process');

const parent = process.ppid;
const server = spawn(process.execPath, [process.argv[2]], { stdio: 'inherit' });

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
  setTimeout(() => server.kill('SIGKILL'), 10_000).unref();
}

server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGTERM'));
setInterval(() => {
  let gone = process.ppid !== parent;
  if (!gone) {
    try {
      process.kill(parent, 0);
    } catch {
      gone = true;
    }
  }
  if (gone) stop('SIGTERM');
}, 1000).unref();
