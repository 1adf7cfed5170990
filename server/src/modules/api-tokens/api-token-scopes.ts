/**
 * Which GraphQL operations an API token may call, by its scopes. The auth checker asks
 * `tokenMayCall` for the root operation of every field it checks; the role check (`@Authorized`)
 * applies on top, with the token's role (common/api-token-scope.ts). The authorization walk test
 * (graphql/authorization.test.ts) holds these lists to the schema.
 */
import { ApiTokenScope } from '../../common/api-token-scope';

/** Operations only a signed-in person may call: a leaked token cannot mint more tokens or lock its owner out. */
export const SESSION_ONLY_OPERATIONS: ReadonlySet<string> = new Set([
  'Mutation.changePassword',
  'Mutation.createApiToken',
]);

/** What the events a narrow scope works on look like to it. */
const READ_EVENTS = ['Query.adminEvents', 'Query.adminEvent', 'Query.currencies'];

/** The operations each narrow scope opens (ADMIN and STAFF open everything their role allows). */
export const NARROW_SCOPE_OPERATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  [ApiTokenScope.BOOKINGS_READ]: new Set([
    ...READ_EVENTS,
    'Query.adminBookings',
    'Query.adminBooking',
    'Query.adminBookingsCsv',
  ]),
  [ApiTokenScope.CHECK_IN]: new Set([
    ...READ_EVENTS,
    'Query.findTickets',
    'Mutation.checkInTicket',
    'Mutation.undoCheckIn',
    'Query.checkInCounts',
    'Query.eventAttendees',
    'Query.eventWaiver',
    'Mutation.recordPaperWaiver',
  ]),
};

/** True when a token with `scopes` may call `operation` ("Query.adminBookings"), role checks aside. */
export function tokenMayCall(scopes: readonly ApiTokenScope[], operation: string): boolean {
  if (SESSION_ONLY_OPERATIONS.has(operation)) return false;
  return scopes.some(
    (scope) =>
      scope === ApiTokenScope.ADMIN ||
      scope === ApiTokenScope.STAFF ||
      (NARROW_SCOPE_OPERATIONS[scope]?.has(operation) ?? false),
  );
}
