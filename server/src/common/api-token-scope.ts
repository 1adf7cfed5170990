/**
 * What an API token may do. ADMIN and STAFF are the account roles (a token acts with that role);
 * the narrower scopes give a script only the operations it needs, and act as STAFF within them.
 * Which operations each narrow scope opens is listed in modules/api-tokens/api-token-scopes.ts.
 */
import { AdminRole } from './admin-role';

export enum ApiTokenScope {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  BOOKINGS_READ = 'BOOKINGS_READ',
  CHECK_IN = 'CHECK_IN',
}

/** The scopes that are whole roles: each includes every narrower scope, so it is given alone. */
export const ROLE_SCOPES: readonly ApiTokenScope[] = [ApiTokenScope.ADMIN, ApiTokenScope.STAFF];

/** The role a token with `scopes` acts with: ADMIN only for an ADMIN token, else STAFF. */
export function roleOfScopes(scopes: readonly ApiTokenScope[]): AdminRole {
  return scopes.includes(ApiTokenScope.ADMIN) ? AdminRole.ADMIN : AdminRole.STAFF;
}

export const API_TOKEN_SCOPE_DESCRIPTIONS: Record<ApiTokenScope, string> = {
  [ApiTokenScope.ADMIN]:
    'Everything an ADMIN account may do, except creating API tokens and changing a password.',
  [ApiTokenScope.STAFF]:
    'Everything a STAFF account may do (check-in, reading events, bookings, attendees, waivers, CSV exports), except changing a password.',
  [ApiTokenScope.BOOKINGS_READ]:
    'Read-only bookings: list, read and export bookings, and read the events they belong to.',
  [ApiTokenScope.CHECK_IN]:
    'Check-in: find tickets, check them in (and undo), record paper waivers, read attendees and check-in counts and the events they belong to.',
};
