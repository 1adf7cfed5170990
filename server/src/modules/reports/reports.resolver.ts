/**
 * The reports' queries: the CSV exports (bookings, an event's attendees, its signed waivers) and the
 * sales overview (reports.service.ts).
 */
import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { AdminBookingsCsvArgs, SalesOverviewArgs } from './reports.inputs';
import { SalesOverview } from './reports.types';

@Resolver()
export class ReportsResolver {
  @Authorized(AdminRole.STAFF)
  @Query(() => String, {
    description: `The filtered bookings as CSV text (header row), newest first: reference, status, created_at, buyer_name, buyer_email, event, tickets, total, refunded, currency, voucher_code (the code used, if any), discount (what it took off), line_discounts (per line: "2 x Standard: 5.00 off each", joined by "; "), then one column per checkout question, headed by its label (questions of different events with the same label share a column; attendees' answers as "Ticket 1: M; Ticket 2: L"; STAFF get only questions shown at the door) (amounts in major units, e.g. 12.50; text that would start a spreadsheet formula gets a leading apostrophe). Refused (BAD_USER_INPUT on filter) above 10000 bookings. ADMIN and STAFF.`,
  })
  adminBookingsCsv(@Args() args: AdminBookingsCsvArgs, @Ctx() context: GraphQLContext): Promise<string> {
    return context.services.reports.bookingsCsv(context.ctx, args);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => SalesOverview, {
    description:
      'Tickets sold and revenue per currency, net of refunds: today, the last 7 and 30 days, and a daily series. ADMIN only.',
  })
  salesOverview(@Args() args: SalesOverviewArgs, @Ctx() context: GraphQLContext): Promise<SalesOverview> {
    return context.services.reports.salesOverview(context.ctx, args);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => String, {
    nullable: true,
    description:
      'The attendees of an event as CSV text (header row), with check-in and waiver status (text that would start a spreadsheet formula gets a leading apostrophe); null for an unknown event. ADMIN and STAFF.',
  })
  eventAttendeesCsv(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<string | null> {
    return context.services.reports.attendeesCsv(context.ctx, eventId);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => String, {
    nullable: true,
    description:
      'The event’s signed waivers as CSV text (header row; version, signer name, time, method, attendee, ticket code, booking, address, user agent, recorder; text that would start a spreadsheet formula gets a leading apostrophe); null for an unknown event. ADMIN and STAFF.',
  })
  waiverSignaturesCsv(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<string | null> {
    return context.services.reports.signaturesCsv(context.ctx, eventId);
  }
}
