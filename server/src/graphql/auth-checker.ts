/**
 * The one TypeGraphQL auth checker. `@Authorized()` lets in any signed-in account; `@Authorized(ADMIN)`
 * only ADMINs; `@Authorized(STAFF)` STAFF and ADMIN (an ADMIN can do everything). No session ->
 * UNAUTHENTICATED; a session with the wrong role -> FORBIDDEN (errors.ts renames TypeGraphQL's
 * UNAUTHORIZED). An API token acts with its role and, besides, only on the operations its scopes
 * open (modules/api-tokens/api-token-scopes.ts). It runs before argument validation, so a caller
 * learns nothing from validation messages of an operation it may not use.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { AuthenticationError, AuthorizationError, type AuthChecker } from 'type-graphql';
import { AdminRole } from '../modules/accounts/admin-account.entity';
import { tokenMayCall } from '../modules/api-tokens/api-token-scopes';
import type { GraphQLContext } from './context';

/** "Query.adminBookings": the root field of the operation a field is resolved for. */
function rootOperationOf(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  const rootType = info.operation.operation === 'mutation' ? 'Mutation' : 'Query';
  return `${rootType}.${String(path.key)}`;
}

export const authChecker: AuthChecker<GraphQLContext, AdminRole> = ({ context, info }, roles) => {
  const viewer = context.ctx.actor;
  if (!viewer) throw new AuthenticationError('Sign in to do this.');
  // Thrown rather than `false`, which TypeGraphQL answers with UNAUTHENTICATED on an `@Authorized()`.
  if (viewer.apiToken && !tokenMayCall(viewer.apiToken.scopes, rootOperationOf(info))) {
    throw new AuthorizationError('This API token’s scopes do not include this operation.');
  }
  if (roles.length === 0 || viewer.role === AdminRole.ADMIN) return true;
  return roles.includes(viewer.role);
};
