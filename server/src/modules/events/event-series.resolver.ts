import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { AdminEvent } from './event-admin.types';
import { MAX_DATES_LISTED } from './event-dates.views';
import type { EventEntity } from './event.entity';
import { AddEventDateInput, AddEventDatesByRuleInput } from './event-series.inputs';
import { AdminEventDate, EventDate, EventDatesPayload } from './event-series.types';
import { Event } from './events.types';

@Resolver()
export class EventSeriesResolver {
  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventDatesPayload, {
    description:
      'Adds one date to a series: a new event copied from the series (ticket types, pools, questions, waiver, texts) with its own times and optional overrides; DRAFT or PUBLISHED as the series is. ADMIN only.',
  })
  addEventDate(
    @Arg('input', { description: 'The series, the date’s times and its overrides.' })
    input: AddEventDateInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventDatesPayload> {
    return context.services.eventSeries.addDate(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventDatesPayload, {
    description:
      'Adds the dates of a weekly rule to a series (at most 200 per call), in the series’ time zone: all of them, or none. ADMIN only.',
  })
  addEventDatesByRule(
    @Arg('input', { description: 'The series, the rule and the dates’ overrides.' })
    input: AddEventDatesByRuleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventDatesPayload> {
    return context.services.eventSeries.addDatesByRule(context.ctx, input);
  }
}

@Resolver(() => Event)
export class EventDatesFieldResolver {
  @FieldResolver(() => [EventDate], {
    description: `A series’ dates that have not ended (published, and cancelled ones marked so), soonest first, with availability; empty for other events. At most ${MAX_DATES_LISTED}. A private series’ dates open with the series’ key.`,
    complexity: ({ args }) => 1 + Math.min(args.first ?? 50, MAX_DATES_LISTED),
  })
  dates(
    @Root() event: EventEntity,
    @Arg('first', () => Int, {
      defaultValue: 50,
      description: `How many dates, at most ${MAX_DATES_LISTED}.`,
    })
    first: number,
    @Ctx() context: GraphQLContext,
  ): Promise<EventDate[]> {
    if (!event.isSeries) return Promise.resolve([]);
    return context.loaders.publicDatesBySeriesId(first).load(event.id);
  }

  @FieldResolver(() => Int, {
    description: 'How many dates of a series are on the calendar (published, not ended); 0 for other events.',
  })
  dateCount(@Root() event: EventEntity, @Ctx() context: GraphQLContext): Promise<number> {
    if (!event.isSeries) return Promise.resolve(0);
    return context.loaders.upcomingDateCountBySeriesId.load(event.id);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The series this event is a date of ("other dates"); null for single events and series.',
  })
  series(@Root() event: EventEntity, @Ctx() context: GraphQLContext): Promise<EventEntity | null> {
    return context.services.eventDateViews.seriesOf(event);
  }
}

@Resolver(() => AdminEvent)
export class AdminEventDatesFieldResolver {
  @FieldResolver(() => [AdminEventDate], {
    description:
      'Every date of a series with its status and sales (past and cancelled ones too), soonest first; empty for other events.',
  })
  dates(@Root() event: AdminEvent, @Ctx() context: GraphQLContext): Promise<AdminEventDate[]> {
    if (!event.isSeries) return Promise.resolve([]);
    return context.services.eventDateViews.adminDates(context.ctx, event.id);
  }

  @FieldResolver(() => Int, {
    description: 'How many dates a series has that are not cancelled (past ones too); 0 for other events.',
  })
  dateCount(@Root() event: AdminEvent, @Ctx() context: GraphQLContext): Promise<number> {
    if (!event.isSeries) return Promise.resolve(0);
    return context.loaders.adminDateCountBySeriesId.load(event.id);
  }

  @FieldResolver(() => AdminEvent, { nullable: true, description: 'The series this event is a date of.' })
  series(@Root() event: AdminEvent, @Ctx() context: GraphQLContext): Promise<AdminEvent | null> {
    if (!event.seriesId) return Promise.resolve(null);
    return context.services.adminEventViews.get(context.ctx, event.seriesId);
  }
}
