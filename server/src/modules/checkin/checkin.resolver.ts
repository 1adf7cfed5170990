import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { CheckInTicketInput, EventAttendeesArgs, UndoCheckInInput } from './checkin.inputs';
import { AttendeeTicket, AttendeeTicketConnection, CheckInCounts, CheckInPayload } from './checkin.types';
import { toConnection } from '../../graphql/pagination';

@Resolver()
export class CheckInResolver {
  @Authorized(AdminRole.STAFF)
  @Query(() => [AttendeeTicket], {
    description:
      'Tickets of an event whose code is `search` (what the QR holds) or whose attendee name contains it; at most 25, exact code first. ADMIN and STAFF.',
  })
  findTickets(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('search', { description: 'A ticket code, or part of an attendee’s name.' }) search: string,
    @Ctx() context: GraphQLContext,
  ): Promise<AttendeeTicket[]> {
    return context.services.checkIn.findTickets(context.ctx, eventId, search);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => AttendeeTicketConnection, {
    description:
      'The attendees (issued tickets) of an event by name, with check-in and waiver status. ADMIN and STAFF.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 1) * childComplexity,
  })
  async eventAttendees(
    @Args() args: EventAttendeesArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<AttendeeTicketConnection> {
    const page = await context.services.checkIn.list(context.ctx, args);
    return toConnection(page.attendees, page.cursors, page.hasNextPage);
  }

  @Authorized(AdminRole.STAFF)
  @Mutation(() => CheckInPayload, {
    description:
      'Checks a ticket in by its QR code or short code, once. Refused for another event’s ticket, invalid tickets, a second time (saying when and by whom; a retried attempt excepted), and while a required waiver is unsigned. ADMIN and STAFF.',
  })
  checkInTicket(
    @Arg('input', { description: 'The ticket code.' }) input: CheckInTicketInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CheckInPayload> {
    return context.services.checkIn.checkIn(context.ctx, input);
  }

  @Authorized(AdminRole.STAFF)
  @Mutation(() => CheckInPayload, {
    description:
      'Undoes a check-in, so the ticket admits again (recorded in the audit log with who had checked it in). ADMIN and STAFF.',
  })
  undoCheckIn(
    @Arg('input', { description: 'The ticket.' }) input: UndoCheckInInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CheckInPayload> {
    return context.services.checkIn.undoCheckIn(context.ctx, input);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => CheckInCounts, {
    description: 'How many of an event’s tickets are checked in, of how many that admit. ADMIN and STAFF.',
  })
  checkInCounts(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<CheckInCounts> {
    return context.services.checkIn.counts(context.ctx, eventId);
  }
}
