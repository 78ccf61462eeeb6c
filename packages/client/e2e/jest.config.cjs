/**
 * End-to-end tests: the real server (built), the built SPA and GraphiQL page, driven in
 * Debian's Chromium by playwright-core. `pnpm --filter @crm/client test:e2e` (or `pnpm test`).
 * global-setup.ts builds what is stale, installs Chromium when it can, and starts the server
 * on a fresh embedded database (set E2E_BASE_URL to test a server that is already running).
 */
module.exports = {
  rootDir: '..',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
