/**
 * Unit tests of the site's plain server-side modules (`src/**\/*.test.ts`), compiled by ts-jest
 * without type checking (svelte-check does that). Anything that needs SvelteKit is tested end to end.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        isolatedModules: true,
        tsconfig: {
          module: 'commonjs',
          target: 'es2022',
          rootDir: '.',
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
};
