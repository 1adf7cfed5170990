/**
 * Per-request DataLoaders: a list of N events asks for its ticket types in one statement, not N (and
 * a booking's tickets for their waivers).
 * Created fresh for each request so nothing cached leaks between callers.
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context';
import type { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';
import type { TicketWaiver } from '../modules/waivers/waivers.types';
import type { StoredAnswer } from '../modules/questions/question-views';
import type { Question } from '../modules/questions/questions.types';
import type { EventDate } from '../modules/events/event-series.types';
import type { Services } from '../services';

export interface Loaders {
  activeTicketTypesByEventId: DataLoader<string, TicketTypeEntity[]>;
  /** A booking's tickets ask for their waiver status in one statement. */
  waiverByTicketId: DataLoader<string, TicketWaiver | null>;
  /** The checkout questions shoppers are asked, per event. */
  questionsByEventId: DataLoader<string, Question[]>;
  /** The buyer's answers per booking, and the attendee's per ticket (STAFF: door answers only). */
  buyerAnswersByBookingId: DataLoader<string, StoredAnswer[]>;
  answersByTicketId: DataLoader<string, StoredAnswer[]>;
  /** The attendee's and buyer's answers shown at the door, per ticket (check-in). */
  doorAnswersByTicketId: DataLoader<string, StoredAnswer[]>;
  ticketAndBuyerAnswersByTicketId: DataLoader<string, StoredAnswer[]>;
  /** A series' upcoming dates (the first `first`), for every series of a listing in one go. */
  publicDatesBySeriesId(first: number): DataLoader<string, EventDate[]>;
  /** How many dates a series has on the calendar (shoppers) and not cancelled (admins). */
  upcomingDateCountBySeriesId: DataLoader<string, number>;
  adminDateCountBySeriesId: DataLoader<string, number>;
}

/** A loader from a service method that answers a map by key (missing keys: an empty list). */
function listLoader<T>(
  read: (keys: readonly string[]) => Promise<Map<string, T[]>>,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const byKey = await read(keys);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** A loader from a service method that answers a count by key (missing keys: 0). */
function countLoader(
  read: (keys: readonly string[]) => Promise<Map<string, number>>,
): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const byKey = await read(keys);
    return keys.map((key) => byKey.get(key) ?? 0);
  });
}

/** The request's loaders: they read through the services with the request's context. */
export function createLoaders(services: Services, ctx: RequestContext): Loaders {
  // One loader per `first` a query asks for (usually one).
  const datesByFirst = new Map<number, DataLoader<string, EventDate[]>>();
  return {
    publicDatesBySeriesId(first) {
      let loader = datesByFirst.get(first);
      if (!loader) {
        loader = listLoader((ids) => services.eventDateViews.publicDatesBySeries(ctx, ids, first));
        datesByFirst.set(first, loader);
      }
      return loader;
    },
    upcomingDateCountBySeriesId: countLoader((ids) => services.eventDateViews.upcomingDateCounts(ctx, ids)),
    adminDateCountBySeriesId: countLoader((ids) => services.eventDateViews.adminDateCounts(ids)),
    activeTicketTypesByEventId: new DataLoader(async (eventIds) => {
      const byEvent = await services.ticketTypes.activeByEventIds(ctx, eventIds);
      return eventIds.map((id) => byEvent.get(id) ?? []);
    }),
    waiverByTicketId: new DataLoader(async (ticketIds) => {
      const byTicket = await services.waiverViews.ticketWaivers(ctx, ticketIds);
      return ticketIds.map((id) => byTicket.get(id) ?? null);
    }),
    questionsByEventId: listLoader((ids) => services.questionAnswers.shopperQuestionsByEvent(ctx, ids)),
    buyerAnswersByBookingId: listLoader((ids) => services.questionAnswers.buyerAnswers(ctx, ids)),
    answersByTicketId: listLoader((ids) => services.questionAnswers.attendeeAnswers(ctx, ids)),
    doorAnswersByTicketId: listLoader((ids) => services.questionAnswers.doorAnswers(ctx, ids)),
    ticketAndBuyerAnswersByTicketId: listLoader((ids) =>
      services.questionAnswers.ticketAndBuyerAnswers(ctx, ids),
    ),
  };
}
