/**
 * The choices of what an API token may do, as the admin picks them: the API's scopes (ApiTokenScope)
 * in words. ADMIN and STAFF are whole roles; the others are narrower scopes for one job.
 */
export const API_TOKEN_ACCESS = [
  {
    value: 'STAFF',
    scopes: ['STAFF'],
    label: 'STAFF: check-in, reading events, bookings and attendees, CSV exports',
  },
  { value: 'BOOKINGS_READ', scopes: ['BOOKINGS_READ'], label: 'Read bookings only (and their events)' },
  {
    value: 'CHECK_IN',
    scopes: ['CHECK_IN'],
    label: 'Check-in only: find tickets, check in, paper waivers, attendees',
  },
  {
    value: 'BOOKINGS_READ+CHECK_IN',
    scopes: ['BOOKINGS_READ', 'CHECK_IN'],
    label: 'Read bookings and check in',
  },
  {
    value: 'ADMIN',
    scopes: ['ADMIN'],
    label: 'ADMIN: everything an admin may do (except making tokens)',
  },
] as const;

/** How a token's scopes read in the list. */
export function describeScopes(scopes: readonly string[]): string {
  const match = API_TOKEN_ACCESS.find(
    (option) =>
      option.scopes.length === scopes.length && option.scopes.every((scope) => scopes.includes(scope)),
  );
  return match ? match.label.split(':')[0] : scopes.join(', ');
}
