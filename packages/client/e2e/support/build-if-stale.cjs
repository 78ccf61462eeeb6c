#!/usr/bin/env node
/**
 * Builds the client and/or the server when their dist is missing or older than any of their
 * sources (client first, then server: the same order as `pnpm build`).
 * Used by the e2e global setup and by the root `pnpm start`:
 *   node packages/client/e2e/support/build-if-stale.cjs
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../../../..');
const SHARED = ['tsconfig.base.json', 'pnpm-lock.yaml'];

const TARGETS = [
  {
    name: '@crm/client',
    output: 'packages/client/dist/index.html',
    inputs: ['packages/client/src', 'packages/client/index.html', 'packages/client/graphiql.html', 'packages/client/vite.config.ts', 'packages/client/tsconfig.json', 'packages/client/package.json'],
  },
  {
    name: '@crm/server',
    output: 'packages/server/dist/main.js',
    inputs: ['packages/server/src', 'packages/server/tsconfig.json', 'packages/server/tsconfig.build.json', 'packages/server/package.json'],
  },
];

/** Newest modification time (ms) of a file or of any file under a folder; 0 if absent. */
function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** Why a target needs building, or null when its dist is up to date. */
function staleReason(target) {
  const out = path.join(ROOT, target.output);
  if (!fs.existsSync(out)) return `${target.output} is missing`;
  const built = fs.statSync(out).mtimeMs;
  const inputs = [...target.inputs, ...SHARED];
  const changed = inputs.find((input) => newestMtime(path.join(ROOT, input)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** pnpm as the caller ran it (npm_execpath), else the one on PATH. */
function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(path.basename(execPath))) return [process.execPath, [execPath]];
  return ['pnpm', []];
}

/** Builds every stale target; throws when a build fails. Returns the names built. */
function buildIfStale({ log = (msg) => console.log(msg) } = {}) {
  const built = [];
  for (const target of TARGETS) {
    const reason = staleReason(target);
    if (!reason) continue;
    log(`[build] ${target.name}: ${reason}: building…`);
    const [cmd, pre] = pnpmCommand();
    const started = Date.now();
    const r = spawnSync(cmd, [...pre, '--filter', target.name, 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.error) throw new Error(`[build] could not run pnpm (${r.error.message}): install it with \`npm i -g pnpm@10.34.9\``);
    if (r.status !== 0) throw new Error(`[build] ${target.name} failed to build (exit ${r.status})`);
    log(`[build] ${target.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    built.push(target.name);
  }
  return built;
}

module.exports = { buildIfStale, staleReason, TARGETS, ROOT };

if (require.main === module) {
  try {
    buildIfStale();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
