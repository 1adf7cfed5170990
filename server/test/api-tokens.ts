/** API tokens for tests: made through the API by a signed-in ADMIN, as an admin would. */
import type { SignedIn } from './auth';
import type { GraphQLClient } from './test-server';

export const CREATE_API_TOKEN = /* GraphQL */ `
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token {
        id
        name
        hint
        scopes
        createdByEmail
        expiresAt
        lastUsedAt
        revokedAt
      }
      secret
      errors {
        code
        field
        message
      }
    }
  }
`;

export const REVOKE_API_TOKEN = /* GraphQL */ `
  mutation RevokeApiToken($tokenId: ID!) {
    revokeApiToken(tokenId: $tokenId) {
      token {
        id
        revokedAt
      }
      errors {
        code
      }
    }
  }
`;

export interface CreateApiTokenData {
  createApiToken: {
    token: {
      id: string;
      name: string;
      hint: string;
      scopes: string[];
      createdByEmail: string | null;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
    } | null;
    secret: string | null;
    errors: { code: string; field: string | null; message: string }[];
  };
}

export interface TestApiToken {
  id: string;
  secret: string;
  /** Headers that make a request with this token. */
  headers: { authorization: string };
}

/** Makes a token with `scopes` as `admin` (signed in); fails the test when refused. */
export async function createApiToken(
  server: GraphQLClient,
  admin: SignedIn,
  scopes: string[],
  extra: { name?: string; expiresAt?: string } = {},
): Promise<TestApiToken> {
  const response = await server.graphql<CreateApiTokenData>(
    CREATE_API_TOKEN,
    { input: { name: extra.name ?? `Token ${scopes.join('+')}`, scopes, expiresAt: extra.expiresAt } },
    admin.headers,
  );
  const created = response.data?.createApiToken;
  if (!created?.token || !created.secret) {
    throw new Error(`could not create a token: ${JSON.stringify(response.errors ?? created?.errors)}`);
  }
  return {
    id: created.token.id,
    secret: created.secret,
    headers: { authorization: `Bearer ${created.secret}` },
  };
}
