import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { TicketType } from '../tickets/ticket-types.types';
import type { EventEntity } from './event.entity';
import { EventBySlugArgs, UpcomingEventsArgs } from './events.inputs';
import { Event, EventConnection } from './events.types';
import { toConnection } from '../../graphql/pagination';

/** Ticket types per event assumed when estimating a query's cost. */
const ESTIMATED_TICKET_TYPES_PER_EVENT = 5;

@Resolver(() => Event)
export class EventsResolver {
  @Query(() => EventConnection, {
    description:
      'Upcoming published public events (not yet ended), soonest first. Private, draft, cancelled and past events are never listed.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 1) * childComplexity,
  })
  async events(@Args() args: UpcomingEventsArgs, @Ctx() context: GraphQLContext): Promise<EventConnection> {
    const page = await context.services.events.listUpcomingPublic(context.ctx, {
      first: args.first,
      after: args.after,
      ...args.filter,
    });
    return toConnection(page.events, page.cursors, page.hasNextPage);
  }

  @Query(() => Event, {
    nullable: true,
    description:
      'One event by its slug. A private event needs its secret key; without the right key the answer is null, as for a slug that does not exist.',
  })
  event(@Args() args: EventBySlugArgs, @Ctx() context: GraphQLContext): Promise<EventEntity | null> {
    return context.services.events.findVisibleBySlug(context.ctx, args.slug, args.accessKey);
  }

  @FieldResolver(() => [TicketType], {
    description: 'Ticket types on offer, in display order, with price and availability.',
    complexity: ({ childComplexity }) => 1 + ESTIMATED_TICKET_TYPES_PER_EVENT * childComplexity,
  })
  async ticketTypes(@Root() event: EventEntity, @Ctx() context: GraphQLContext): Promise<TicketType[]> {
    const ticketTypes = await context.loaders.activeTicketTypesByEventId.load(event.id);
    return ticketTypes.map((ticketType) =>
      context.services.ticketTypes.toPublicView(context.ctx, ticketType, event),
    );
  }

  @FieldResolver(() => String, {
    description:
      'The event as an iCalendar (RFC 5545) file for "Add to calendar": the same file, with the same UID, as the one attached to booking confirmations. A private event’s secret link is left out.',
  })
  calendarFile(@Root() event: EventEntity, @Ctx() context: GraphQLContext): string {
    return context.services.events.calendarFile(event);
  }
}
