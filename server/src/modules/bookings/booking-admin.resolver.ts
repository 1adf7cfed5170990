import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { toConnection } from '../../graphql/pagination';
import { AdminRole } from '../accounts/admin-account.entity';
import { EmailMessage } from '../email/email.types';
import {
  AdminBookingArgs,
  AdminBookingsArgs,
  CancelBookingInput,
  RefundBookingInput,
  ResendBookingConfirmationInput,
  UpdateBookingDetailsInput,
} from './booking-admin.inputs';
import { AdminBooking, AdminBookingConnection, AdminBookingPayload } from './booking-admin.types';

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
    const page = await context.services.adminBookingViews.list(context.ctx, args);
    return toConnection(page.bookings, page.cursors, page.hasNextPage);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => AdminBooking, {
    nullable: true,
    description:
      'One booking by id or reference, with tickets, payments and refunds; null if none has it. ADMIN and STAFF.',
  })
  adminBooking(@Args() args: AdminBookingArgs, @Ctx() context: GraphQLContext): Promise<AdminBooking | null> {
    return context.services.adminBookingViews.get(context.ctx, args.id);
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
    return context.services.bookingAdmin.cancel(context.ctx, input);
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
    return context.services.bookingAdmin.refund(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AdminBookingPayload, {
    description: 'Sends the booking confirmation (with the tickets) to the buyer again. ADMIN only.',
  })
  resendBookingConfirmation(
    @Arg('input', { description: 'The booking.' }) input: ResendBookingConfirmationInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminBookingPayload> {
    return context.services.bookingAdmin.resendConfirmation(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => AdminBookingPayload, {
    description:
      'Corrects the buyer’s and attendees’ names and e-mails (validated as at checkout, audited), optionally sending the confirmation with the tickets again to the buyer’s (new) address. ADMIN only.',
  })
  updateBookingDetails(
    @Arg('input', { description: 'The booking, the new details, and whether to resend.' })
    input: UpdateBookingDetailsInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminBookingPayload> {
    return context.services.bookingDetailsAdmin.update(context.ctx, input);
  }

  // Read only when asked for, and only by ADMINs (the messages hold booking and signing links).
  @Authorized(AdminRole.ADMIN)
  @FieldResolver(() => [EmailMessage], { nullable: true })
  async emails(@Root() booking: AdminBooking, @Ctx() context: GraphQLContext): Promise<EmailMessage[]> {
    return (await context.services.adminBookingViews.emailsOf(
      context.ctx,
      booking.id,
    )) as unknown as EmailMessage[];
  }
}
