import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { withRetryAfter } from '../../graphql/retry-after';
import { BookingByTokenArgs, CreateBookingInput } from './bookings.inputs';
import { Booking, CreateBookingPayload } from './bookings.types';

@Resolver(() => Booking)
export class BookingsResolver {
  @Mutation(() => CreateBookingPayload, {
    description:
      'Reserves tickets: holds the seats for a limited time (see `holdExpiresAt`) while the buyer pays. A free booking (total 0) is confirmed at once. Problems with the request come back in `errors`. Limited per client address (TOO_MANY_ATTEMPTS, with a `Retry-After` header), and the unpaid and free bookings of an event are capped per buyer e-mail and per address (TOO_MANY_OPEN_BOOKINGS).',
  })
  async createBooking(
    @Arg('input', () => CreateBookingInput, { description: 'Event, tickets, buyer and attendees.' })
    input: CreateBookingInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateBookingPayload> {
    return withRetryAfter(context, await context.services.reservations.createBooking(context.ctx, input));
  }

  @Query(() => Booking, {
    nullable: true,
    description:
      'A booking by the secret token of its link (as in the booking e-mail); null for a token that opens nothing. Bookings are never reachable by id or reference.',
  })
  booking(@Args() args: BookingByTokenArgs, @Ctx() context: GraphQLContext): Promise<Booking | null> {
    return context.services.bookingViews.findByToken(context.ctx, args.token);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The issued tickets as a PDF, one page each (event, time in its zone, attendee, QR code, short code), base64-encoded; null while no ticket is issued. The same PDF the confirmation e-mail attaches.',
  })
  ticketsPdf(@Root() booking: Booking, @Ctx() context: GraphQLContext): Promise<string | null> {
    return context.services.bookingViews
      .ticketsPdf(context.ctx, booking)
      .then((pdf) => pdf?.toString('base64') ?? null);
  }
}
