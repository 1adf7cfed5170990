/**
 * Per-request DataLoaders: a list of N events asks for its ticket types in one statement, not N (and
 * a booking's tickets for their waivers).
 * Created fresh for each request so nothing cached leaks between callers.
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context';
import type { PublicTicketTypeRow } from '../modules/tickets/ticket-types.service';
import type { TicketWaiver } from '../modules/waivers/waivers.types';
import type { StoredAnswer } from '../modules/questions/question-views';
import type { Question } from '../modules/questions/questions.types';
import type { EventDate } from '../modules/events/event-series.types';
import type { Services } from '../services';

export interface Loaders {
  activeTicketTypesByEventId: DataLoader<string, PublicTicketTypeRow[]>;
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

/**
 * The request's loaders: they read through the services with the request's context. Each is made on
 * first use: a request uses one or two of them, and making all of them cost every request ten
 * DataLoaders (and their caches) for nothing.
 */
class RequestLoaders implements Loaders {
  // One loader per `first` a query asks for (usually one).
  private datesByFirst?: Map<number, DataLoader<string, EventDate[]>>;
  private upcomingDateCounts?: DataLoader<string, number>;
  private adminDateCounts?: DataLoader<string, number>;
  private activeTicketTypes?: DataLoader<string, PublicTicketTypeRow[]>;
  private waivers?: DataLoader<string, TicketWaiver | null>;
  private questions?: DataLoader<string, Question[]>;
  private buyerAnswers?: DataLoader<string, StoredAnswer[]>;
  private answers?: DataLoader<string, StoredAnswer[]>;
  private doorAnswers?: DataLoader<string, StoredAnswer[]>;
  private ticketAndBuyerAnswers?: DataLoader<string, StoredAnswer[]>;

  constructor(
    private readonly services: Services,
    private readonly ctx: RequestContext,
  ) {}

  publicDatesBySeriesId(first: number): DataLoader<string, EventDate[]> {
    this.datesByFirst ??= new Map();
    let loader = this.datesByFirst.get(first);
    if (!loader) {
      loader = listLoader((ids) => this.services.eventDateViews.publicDatesBySeries(this.ctx, ids, first));
      this.datesByFirst.set(first, loader);
    }
    return loader;
  }

  get upcomingDateCountBySeriesId(): DataLoader<string, number> {
    return (this.upcomingDateCounts ??= countLoader((ids) =>
      this.services.eventDateViews.upcomingDateCounts(this.ctx, ids),
    ));
  }

  get adminDateCountBySeriesId(): DataLoader<string, number> {
    return (this.adminDateCounts ??= countLoader((ids) => this.services.eventDateViews.adminDateCounts(ids)));
  }

  get activeTicketTypesByEventId(): DataLoader<string, PublicTicketTypeRow[]> {
    return (this.activeTicketTypes ??= new DataLoader(async (eventIds) => {
      const byEvent = await this.services.ticketTypes.activeByEventIds(this.ctx, eventIds);
      return eventIds.map((id) => byEvent.get(id) ?? []);
    }));
  }

  get waiverByTicketId(): DataLoader<string, TicketWaiver | null> {
    return (this.waivers ??= new DataLoader(async (ticketIds) => {
      const byTicket = await this.services.waiverViews.ticketWaivers(this.ctx, ticketIds);
      return ticketIds.map((id) => byTicket.get(id) ?? null);
    }));
  }

  get questionsByEventId(): DataLoader<string, Question[]> {
    return (this.questions ??= listLoader((ids) =>
      this.services.questionAnswers.shopperQuestionsByEvent(this.ctx, ids),
    ));
  }

  get buyerAnswersByBookingId(): DataLoader<string, StoredAnswer[]> {
    return (this.buyerAnswers ??= listLoader((ids) =>
      this.services.questionAnswers.buyerAnswers(this.ctx, ids),
    ));
  }

  get answersByTicketId(): DataLoader<string, StoredAnswer[]> {
    return (this.answers ??= listLoader((ids) =>
      this.services.questionAnswers.attendeeAnswers(this.ctx, ids),
    ));
  }

  get doorAnswersByTicketId(): DataLoader<string, StoredAnswer[]> {
    return (this.doorAnswers ??= listLoader((ids) =>
      this.services.questionAnswers.doorAnswers(this.ctx, ids),
    ));
  }

  get ticketAndBuyerAnswersByTicketId(): DataLoader<string, StoredAnswer[]> {
    return (this.ticketAndBuyerAnswers ??= listLoader((ids) =>
      this.services.questionAnswers.ticketAndBuyerAnswers(this.ctx, ids),
    ));
  }
}

/** The request's loaders (each made on first use). */
export function createLoaders(services: Services, ctx: RequestContext): Loaders {
  return new RequestLoaders(services, ctx);
}
