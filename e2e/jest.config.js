/**
 * Browser tests: Chromium (found by scripts/test-browser.js, driven by playwright-core) against the
 * built site and the real API on a database of each test file's own. Global setup migrates the
 * template database (as the server suite does) and builds the site once per run (skip with
 * E2E_SKIP_BUILD=1 when it is fresh).
 * @type {import('jest').Config}
 */
const esmPackages = require('../server/test/esm-packages');

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // The server's job runner (pg-boss 12) is ESM-only: see server/test/esm-packages.js.
    ...esmPackages.transform,
  },
  transformIgnorePatterns: esmPackages.transformIgnorePatterns,
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // Fails a test on any CSP violation or missing security header of a page it opened.
  setupFilesAfterEnv: ['<rootDir>/support/security-checks.ts'],
  testTimeout: 60000,
  // Each file runs a site, an API and a browser: two at a time is what these machines carry.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/../server/test/summary-reporter.js'],
};
