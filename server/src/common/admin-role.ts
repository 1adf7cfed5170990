/** What an account (or an API caller acting for one) may do: ADMIN everything; STAFF only what is marked for STAFF. */
export enum AdminRole {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
}

/**
 * What each role may do today, in words (the schema's enum, the invitation e-mail): kept true to the
 * resolvers' @Authorized marks.
 */
export const ADMIN_ROLE_DESCRIPTIONS: Record<AdminRole, string> = {
  [AdminRole.ADMIN]:
    'Everything: events, ticket types and prices, bookings, cancellations and refunds, waivers, check-in, reports, e-mails, accounts and the audit log.',
  [AdminRole.STAFF]:
    'Check attendees in (also recording paper waivers), read events, their waivers and bookings, and export bookings, attendees and signed waivers as CSV. Cannot change events or prices, cancel, refund, see the sales overview, e-mails, accounts or the audit log.',
};
