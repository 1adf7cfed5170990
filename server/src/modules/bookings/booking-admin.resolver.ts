import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { toConnection } from '../../graphql/pagination';
import { AdminRole } from '../accounts/admin-account.entity';
import { EmailMessage } from '../email/email.types';
import {
  AdminBookingArgs,
  AdminBookingsArgs,
  AdminBookingsCsvArgs,
  CancelBookingInput,
  RefundBookingInput,
  ResendBookingConfirmationInput,
  SalesOverviewArgs,
} from './booking-admin.inputs';
import {
  AdminBooking,
  AdminBookingConnection,
  AdminBookingPayload,
  SalesOverview,
} from './booking-admin.types';

@Resolver(() => AdminBooking)
export class BookingAdminResolver {
  @Authorized(AdminRole.STAFF)
  @Query(() => AdminBookingConnection, {
    description: 'Bookings of every event and status, newest first, filtered. ADMIN and STAFF.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 1) * childComplexity,
  })
  async adminBookings(
    @Args() args: AdminBookingsArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminBookingConnection> {
    const page = await context.services.bookingAdmin.list(args);
    return toConnection(page.bookings, page.cursors, page.hasNextPage);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => AdminBooking, {
    nullable: true,
    description:
      'One booking by id or reference, with tickets, payments and refunds; null if none has it. ADMIN and STAFF.',
  })
  adminBooking(@Args() args: AdminBookingArgs, @Ctx() context: GraphQLContext): Promise<AdminBooking | null> {
    return context.services.bookingAdmin.get(args.id);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => String, {
    description: `The filtered bookings as CSV text (header row), newest first: reference, status, created_at, buyer_name, buyer_email, event, tickets, total, refunded, currency (amounts in major units, e.g. 12.50; text that would start a spreadsheet formula gets a leading apostrophe). Refused (BAD_USER_INPUT on filter) above 10000 bookings. ADMIN and STAFF.`,
  })
  adminBookingsCsv(@Args() args: AdminBookingsCsvArgs, @Ctx() context: GraphQLContext): Promise<string> {
    return context.services.bookingAdmin.csv(args.filter);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => SalesOverview, {
    description:
      'Tickets sold and revenue per currency, net of refunds: today, the last 7 and 30 days, and a daily series. ADMIN only.',
  })
  salesOverview(@Args() args: SalesOverviewArgs, @Ctx() context: GraphQLContext): Promise<SalesOverview> {
    return context.services.bookingAdmin.salesOverview(args, context.ctx.now);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AdminBookingPayload, {
    description:
      'Calls a booking off: a hold gives its seats back; a paid booking is refunded (unless `refund` is false), its seats go back on sale and its tickets stop admitting. The buyer is e-mailed. ADMIN only.',
  })
  cancelBooking(
    @Arg('input', { description: 'The booking, the reason and whether to refund.' })
    input: CancelBookingInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminBookingPayload> {
    return context.services.bookingAdmin.cancel(input, context);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AdminBookingPayload, {
    description:
      'Refunds all or part of what was paid for a booking through PayPal and e-mails the buyer. A refund does not cancel the booking or free its seats (a full one voids its tickets): use cancelBooking for that. ADMIN only.',
  })
  refundBooking(
    @Arg('input', { description: 'The booking, the amount and the reason.' }) input: RefundBookingInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminBookingPayload> {
    return context.services.bookingAdmin.refund(input, context);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AdminBookingPayload, {
    description: 'Sends the booking confirmation (with the tickets) to the buyer again. ADMIN only.',
  })
  resendBookingConfirmation(
    @Arg('input', { description: 'The booking.' }) input: ResendBookingConfirmationInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminBookingPayload> {
    return context.services.bookingAdmin.resendConfirmation(input, context);
  }

  // Read only when asked for, and only by ADMINs (the messages hold booking and signing links).
  @Authorized(AdminRole.ADMIN)
  @FieldResolver(() => [EmailMessage], { nullable: true })
  async emails(@Root() booking: AdminBooking, @Ctx() context: GraphQLContext): Promise<EmailMessage[]> {
    return (await context.services.bookingAdmin.emailsOf(booking.id)) as unknown as EmailMessage[];
  }
}
