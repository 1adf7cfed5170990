/**
 * The GraphQL side of API tokens (modules/api-tokens): how a refused bearer token is answered, and
 * why a bearer request needs no CSRF header.
 */
import { GraphQLError } from 'graphql';

/**
 * Headers that make Apollo's CSRF prevention let a request through: its defaults, and `authorization`,
 * which no cross-site form or plain GET can carry without a CORS preflight. Cookie requests keep the
 * same rules as before (JSON body, or one of Apollo's headers).
 */
export const CSRF_PREFLIGHT_HEADERS = [
  'x-apollo-operation-name',
  'apollo-require-preflight',
  'authorization',
];

/** 401 UNAUTHENTICATED for an Authorization header that opens nothing (malformed, unknown, revoked, expired). */
export function invalidBearerToken(): GraphQLError {
  return new GraphQLError(
    'The API token is not valid: it is unknown, revoked or expired, or the header is not "Authorization: Bearer <token>".',
    {
      extensions: {
        code: 'UNAUTHENTICATED',
        http: { status: 401, headers: new Map([['www-authenticate', 'Bearer error="invalid_token"']]) },
      },
    },
  );
}
