/**
 * Typed GraphQL documents for the site: reads the API contract (schema.graphql) and every
 * `graphql(...)` document in the client, and writes typed documents to client/src/lib/gql.
 * The output is committed and never edited by hand: run `npm run codegen` after changing a document
 * or the schema; `npm run codegen:check` (part of `npm test`) fails when it is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/**/*.{ts,svelte}', '!client/src/lib/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Currency: 'string', TimeZone: 'string' },
      },
    },
  },
};

export default config;
