/**
 * The one TypeGraphQL auth checker. `@Authorized()` lets in any signed-in account; `@Authorized(ADMIN)`
 * only ADMINs; `@Authorized(STAFF)` STAFF and ADMIN (an ADMIN can do everything). No session ->
 * UNAUTHENTICATED; a session with the wrong role -> FORBIDDEN (errors.ts renames TypeGraphQL's
 * UNAUTHORIZED). It runs before argument validation, so a caller learns nothing from validation
 * messages of an operation it may not use.
 */
import { AuthenticationError, type AuthChecker } from 'type-graphql';
import { AdminRole } from '../modules/accounts/admin-account.entity';
import type { GraphQLContext } from './context';

export const authChecker: AuthChecker<GraphQLContext, AdminRole> = ({ context }, roles) => {
  const viewer = context.ctx.actor;
  if (!viewer) throw new AuthenticationError('Sign in to do this.');
  if (roles.length === 0 || viewer.role === AdminRole.ADMIN) return true;
  return roles.includes(viewer.role);
};
