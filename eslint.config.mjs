import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      '**/.svelte-kit/',
      '.data/',
      'coverage/',
      'test-artifacts/',
      'bench-results/',
      'client/src/lib/gql/',
      'server/src/modules/email/email-html.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeGraphQL and TypeORM take class references typed as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // DESIGN.md: services (and everything below the GraphQL layer) never import graphql/. They take a
    // RequestContext (common/request-context.ts) and raise domain errors (common/domain-error.ts);
    // only resolvers, GraphQL types and inputs, HTTP routes and tests may import graphql/.
    files: [
      'server/src/modules/**/*.ts',
      'server/src/common/**/*.ts',
      'server/src/db/**/*.ts',
      'server/src/jobs/**/*.ts',
    ],
    ignores: [
      'server/src/modules/**/*.resolver.ts',
      'server/src/modules/**/*.types.ts',
      'server/src/modules/**/*.inputs.ts',
      'server/src/modules/**/*.routes.ts',
      'server/src/**/*.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/graphql/**'],
              message:
                'Only resolvers, *.types.ts, *.inputs.ts, routes and tests may import graphql/: services take a RequestContext and raise domain errors (see DESIGN.md, "A request context that is not GraphQL").',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'server/jest.config.js',
      'server/test/summary-reporter.js',
      'e2e/jest.config.js',
      'scripts/test-browser.js',
    ],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['client/**/*.{ts,svelte}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
);
