/**
 * What each role may do today, as the API's AdminRole descriptions say (kept true to the resolvers'
 * @Authorized marks): shown where an admin picks a role.
 */
export const ROLE_DESCRIPTIONS = {
  STAFF:
    'check attendees in (also recording paper waivers), read events, their waivers and bookings, and export bookings, attendees and signed waivers as CSV. Cannot change events or prices, cancel, refund, or see the sales overview, e-mails, accounts or the audit log.',
  ADMIN:
    'everything: events, ticket types and prices, bookings, cancellations and refunds, waivers, check-in, reports, e-mails, accounts and the audit log.',
} as const;
