/**
 * The one TypeGraphQL auth checker. `@Authorized()` lets in any signed-in account; `@Authorized(ADMIN)`
 * only ADMINs; `@Authorized(STAFF)` STAFF and ADMIN (an ADMIN can do everything). No session ->
 * UNAUTHENTICATED; a session with the wrong role -> FORBIDDEN (errors.ts renames TypeGraphQL's
 * UNAUTHORIZED). It runs before argument validation, so a caller learns nothing from validation
 * messages of an operation it may not use.
 */
import { AuthenticationError, type AuthChecker } from 'type-graphql';
import { AdminRole } from '../modules/accounts/admin-account.entity';
import type { GraphQLContext, Viewer } from './context';

export const authChecker: AuthChecker<GraphQLContext, AdminRole> = ({ context }, roles) => {
  const viewer = context.ctx.actor;
  if (!viewer) throw new AuthenticationError('Sign in to do this.');
  if (roles.length === 0 || viewer.role === AdminRole.ADMIN) return true;
  return roles.includes(viewer.role);
};

/**
 * The viewer of a request the auth checker already let through. Only booking-admin.service.ts still
 * uses it, until #15's booking restructuring lands; everything else uses requireActor(ctx).
 */
export function requireViewer(context: GraphQLContext): Viewer {
  const actor = context.ctx.actor;
  if (!actor?.sessionId) throw new Error('requireViewer: the resolver is missing @Authorized');
  return actor as Viewer;
}
