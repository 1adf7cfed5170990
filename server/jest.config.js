/**
 * Tests run against a real PostgreSQL (DATABASE_URL, else an embedded server started once per run).
 * ts-jest with isolatedModules: type checking happens in `npm run typecheck`, and decorator metadata,
 * which TypeGraphQL and TypeORM need, is still emitted.
 * @type {import('jest').Config}
 */
const esmPackages = require('./test/esm-packages');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
    ...esmPackages.transform,
  },
  transformIgnorePatterns: esmPackages.transformIgnorePatterns,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
