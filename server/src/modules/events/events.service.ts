/**
 * The shoppers' side of events: the public listing, an event opened by its slug (and key, if
 * private), and the reads the booking path makes. The admin side is event-admin.service.ts; GraphQL
 * lives in events.resolver.ts / events.types.ts.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { EntityRows } from '../../db/entity-rows';
import { invalidInput } from '../../common/domain-error';
import type { RequestContext } from '../../common/request-context';
import { withPoolRemaining } from '../tickets/capacity-pools';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { eventCalendarFile } from './event-calendar';
import { EventEntity, EventStatus, EventVisibility } from './event.entity';
import { likePattern } from '../../common/like-pattern';

export interface UpcomingEventsQuery {
  first: number;
  after?: string | null;
  startsFrom?: Date | null;
  startsBefore?: Date | null;
  search?: string | null;
}

/** An event by id or by slug. */
export type EventReference = { id: string } | { slug: string };

/** An event and its active ticket types (in no particular order). */
export interface EventWithTicketTypes {
  event: EventEntity;
  ticketTypes: TicketTypeEntity[];
}

export interface EventPage {
  events: EventEntity[];
  cursors: string[];
  hasNextPage: boolean;
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */

/** Compares secrets in constant time, whatever their lengths. */
export function secretsEqual(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export class EventsService {
  private readonly events: Repository<EventEntity>;
  /** The shoppers' reads (listing, by slug or id), without TypeORM's per-call query building. */
  private readonly eventRows: EntityRows<EventEntity>;

  constructor(
    dataSource: DataSource,
    /** The site's address, for the event's page in its calendar file. */
    private readonly publicUrl: string,
  ) {
    this.events = dataSource.getRepository(EventEntity);
    this.eventRows = new EntityRows(dataSource, EventEntity, 'event');
  }

  /** The event's iCalendar file (see event-calendar.ts). */
  calendarFile(event: EventEntity): string {
    return eventCalendarFile(event, this.publicUrl);
  }

  /**
   * Published public events that have not ended (a series once, by the span of its dates, not its
   * dates one by one), soonest first, keyset-paginated on (startsAt, id)
   * so pages stay stable while events are added.
   */
  async listUpcomingPublic(ctx: RequestContext, query: UpcomingEventsQuery): Promise<EventPage> {
    const { now } = ctx;
    if (query.startsFrom && query.startsBefore && query.startsBefore <= query.startsFrom) {
      throw invalidInput('filter.startsBefore', 'must be later than startsFrom');
    }
    const parameters: unknown[] = [EventStatus.PUBLISHED, EventVisibility.PUBLIC, now];
    const parameter = (value: unknown) => `$${parameters.push(value)}`;
    // A series is listed once, while it has a date to book; its dates are reached through it.
    const conditions = [
      'event.status = $1',
      'event.visibility = $2',
      'event.ends_at > $3',
      'event.series_id IS NULL',
      `(NOT event.is_series OR EXISTS (SELECT 1 FROM event d
         WHERE d.series_id = event.id AND d.status = $1 AND d.ends_at > $3))`,
    ];
    if (query.startsFrom) conditions.push(`event.starts_at >= ${parameter(query.startsFrom)}`);
    if (query.startsBefore) conditions.push(`event.starts_at < ${parameter(query.startsBefore)}`);
    const search = query.search?.trim();
    if (search) {
      const pattern = parameter(likePattern(search));
      conditions.push(
        `(event.title ILIKE ${pattern} OR event.description ILIKE ${pattern} OR event.venue_name ILIKE ${pattern})`,
      );
    }
    if (query.after) {
      const [startsAt, id] = decodeCursor(query.after, ['string', 'string']) as [string, string];
      const afterStart = new Date(startsAt);
      if (Number.isNaN(afterStart.getTime()))
        throw invalidInput('after', 'is not a cursor this list returned');
      conditions.push(`(event.starts_at, event.id) > (${parameter(afterStart)}, ${parameter(id)})`);
    }

    const rows = await this.eventRows.read(
      `SELECT ${this.eventRows.selectList} FROM event event WHERE ${conditions.join(' AND ')}
       ORDER BY event.starts_at, event.id LIMIT ${parameter(query.first + 1)}`,
      parameters,
    );
    const events = rows.slice(0, query.first);
    return {
      events,
      cursors: events.map((event) => encodeCursor([event.startsAt.toISOString(), event.id])),
      hasNextPage: rows.length > query.first,
    };
  }

  /**
   * An event a shopper may open by its slug: published or cancelled (so old links explain themselves),
   * and, if private, only with its key. Anything else is null, exactly like a slug that does not exist.
   */
  async findVisibleBySlug(
    _ctx: RequestContext,
    slug: string,
    accessKey: string | null | undefined,
  ): Promise<EventEntity | null> {
    return this.visibleOrNull(await this.oneEventWhere('slug', slug), accessKey);
  }

  /** As findVisibleBySlug, by the event's id (checkout refers to events by id). */
  async findVisibleById(id: string, accessKey: string | null | undefined): Promise<EventEntity | null> {
    return this.visibleOrNull(await this.oneEventWhere('id', id), accessKey);
  }

  private async oneEventWhere(column: 'id' | 'slug', value: string): Promise<EventEntity | null> {
    const [event] = await this.eventRows.read(
      `SELECT ${this.eventRows.selectList} FROM event event WHERE event.${column} = $1`,
      [value],
    );
    return event ?? null;
  }

  /**
   * An event with all its active ticket types (and the seats their capacity pools leave them: a second
   * statement), whatever the event's state: callers
   * decide with isVisible whether the shopper may see it. The booking path reads this for every
   * booking (through CatalogSnapshots, which may hand out a copy read a moment ago).
   */
  async findWithActiveTicketTypes(event: EventReference): Promise<EventWithTicketTypes | null> {
    const found = await this.events
      .createQueryBuilder('event')
      .leftJoinAndSelect('event.ticketTypes', 'ticketType', 'ticketType.isActive')
      .where('id' in event ? 'event.id = :id' : 'event.slug = :slug', event)
      .getOne();
    if (!found) return null;
    const { ticketTypes = [], ...fields } = found;
    await withPoolRemaining(this.events.manager, ticketTypes);
    // The ticket types stay beside the event, not in it: nothing then takes them for its whole list.
    return { event: this.events.create(fields), ticketTypes };
  }

  /** Any event by id, whatever its state (for bookings already made, whose holders may see it). */
  findById(id: string): Promise<EventEntity | null> {
    return this.oneEventWhere('id', id);
  }

  /** Whether a shopper may open the event: not a draft, and if private, only with its key. */
  isVisible(event: EventEntity, accessKey: string | null | undefined): boolean {
    if (event.status === EventStatus.DRAFT) return false;
    if (event.visibility === EventVisibility.PRIVATE) {
      return Boolean(accessKey && event.accessKey && secretsEqual(accessKey, event.accessKey));
    }
    return true;
  }

  private visibleOrNull(event: EventEntity | null, accessKey: string | null | undefined): EventEntity | null {
    return event && this.isVisible(event, accessKey) ? event : null;
  }
}
