/**
 * The admin's view of events: one event or the list (any status or visibility, filtered, keyset
 * paginated), each with its ticket types and sales figures. Changes are in event-admin.service.ts.
 */
import { Brackets, In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { invalidInput } from '../../common/domain-error';
import { money } from '../../common/money';
import type { RequestContext } from '../../common/request-context';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { inDisplayOrder, toAdminTicketType } from '../tickets/ticket-type-admin.view';
import { toAdminCapacityPool } from '../tickets/capacity-pool-admin.service';
import { poolsOfEvents, withPoolRemaining } from '../tickets/capacity-pools';
import { privateEventLink } from './access-key';
import { EventTimeFilter, type AdminEventsArgs } from './event-admin.inputs';
import type { AdminEvent } from './event-admin.types';
import { EventEntity } from './event.entity';
import { UUID } from '../../common/uuid';
import { likePattern } from '../../common/like-pattern';

export interface AdminEventPage {
  events: AdminEvent[];
  cursors: string[];
  hasNextPage: boolean;
}

export class AdminEventViews {
  private readonly events: Repository<EventEntity>;
  private readonly ticketTypes: Repository<TicketTypeEntity>;

  constructor(
    dataSource: DataSource,
    private readonly siteUrl: string,
  ) {
    this.events = dataSource.getRepository(EventEntity);
    this.ticketTypes = dataSource.getRepository(TicketTypeEntity);
  }

  /** Admin views of events with all their ticket types, loaded in one statement. */
  async toAdminEvents(events: EventEntity[], now: Date, manager?: EntityManager): Promise<AdminEvent[]> {
    const repository = manager ? manager.getRepository(TicketTypeEntity) : this.ticketTypes;
    const eventIds = events.map((event) => event.id);
    const ticketTypes = await withPoolRemaining(
      repository.manager,
      eventIds.length === 0 ? [] : await repository.findBy({ eventId: In(eventIds) }),
    );
    const pools = await poolsOfEvents(repository.manager, eventIds);
    return events.map((event) => {
      const own = inDisplayOrder(ticketTypes.filter((ticketType) => ticketType.eventId === event.id));
      const views = own.map((ticketType) => toAdminTicketType(ticketType, event, now));
      const sum = (pick: (view: (typeof views)[number]) => number) =>
        views.reduce((total, view) => total + pick(view), 0);
      const eventPools = pools.get(event.id) ?? [];
      // The event's total capacity, when set, bounds the sums over its ticket types.
      const total = eventPools.find((pool) => pool.allTicketTypes);
      const atMost = (value: number, bound: number | undefined) => Math.min(value, bound ?? value);
      return {
        id: event.id,
        slug: event.slug,
        title: event.title,
        description: event.description,
        venue: { name: event.venue.name, address: event.venue.address },
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timeZone: event.timeZone,
        currency: event.currency,
        status: event.status,
        visibility: event.visibility,
        isSeries: event.isSeries,
        seriesId: event.seriesId,
        accessKey: event.accessKey,
        privateLink: event.accessKey ? privateEventLink(this.siteUrl, event.slug, event.accessKey) : null,
        imageUrl: event.imageUrl,
        imageAlt: event.imageAlt,
        sendAttendeeTickets: event.sendAttendeeTickets,
        answersEditableUntil: event.answersEditableUntil,
        ticketTypes: views,
        capacityPools: eventPools.map(toAdminCapacityPool),
        sales: {
          capacity: atMost(
            sum((view) => view.capacity),
            total?.capacity,
          ),
          sold: sum((view) => view.sold),
          held: sum((view) => view.held),
          remaining: atMost(
            sum((view) => view.remaining),
            total && total.capacity - total.usedCount,
          ),
          revenue: money(
            sum((view) => view.revenue?.amountMinor ?? 0),
            event.currency,
          ),
        },
        createdAt: event.createdAt,
        updatedAt: event.updatedAt,
      };
    });
  }

  /** One event by id with its sales figures; null when none has it. ADMIN and STAFF. */
  async get(ctx: RequestContext, id: string): Promise<AdminEvent | null> {
    if (!UUID.test(id)) return null;
    const event = await this.events.findOneBy({ id });
    return event ? (await this.toAdminEvents([event], ctx.now))[0] : null;
  }

  /**
   * Every event, whatever its status or visibility, keyset-paginated on (startsAt, id): soonest first,
   * or most recent first for PAST.
   */
  async list(ctx: RequestContext, args: AdminEventsArgs): Promise<AdminEventPage> {
    const { now } = ctx;
    const filter = args.filter ?? {};
    const descending = filter.time === EventTimeFilter.PAST;
    const builder = this.events.createQueryBuilder('event');
    if (!filter.includeDates) builder.andWhere('event.seriesId IS NULL');
    if (filter.excludeSeries) builder.andWhere('NOT event.isSeries');
    if (filter.status) builder.andWhere('event.status = :status', { status: filter.status });
    if (filter.visibility)
      builder.andWhere('event.visibility = :visibility', { visibility: filter.visibility });
    if (filter.time === EventTimeFilter.UPCOMING) builder.andWhere('event.endsAt > :now', { now });
    if (filter.time === EventTimeFilter.PAST) builder.andWhere('event.endsAt <= :now', { now });
    const search = filter.search?.trim();
    if (search) {
      const pattern = likePattern(search);
      builder.andWhere(
        new Brackets((matches) =>
          matches
            .where('event.title ILIKE :pattern', { pattern })
            .orWhere('event.slug ILIKE :pattern')
            .orWhere('event.description ILIKE :pattern')
            .orWhere('event.venue.name ILIKE :pattern'),
        ),
      );
    }
    if (args.after) {
      const [startsAt, id] = decodeCursor(args.after, ['string', 'string']) as [string, string];
      const afterStart = new Date(startsAt);
      if (Number.isNaN(afterStart.getTime()) || !UUID.test(id)) {
        throw invalidInput('after', 'is not a cursor this list returned');
      }
      builder.andWhere(`(event.startsAt, event.id) ${descending ? '<' : '>'} (:afterStart, :afterId)`, {
        afterStart,
        afterId: id,
      });
    }
    const direction = descending ? 'DESC' : 'ASC';
    const rows = await builder
      .orderBy('event.startsAt', direction)
      .addOrderBy('event.id', direction)
      .limit(args.first + 1)
      .getMany();
    const events = rows.slice(0, args.first);
    return {
      events: await this.toAdminEvents(events, now),
      cursors: events.map((event) => encodeCursor([event.startsAt.toISOString(), event.id])),
      hasNextPage: rows.length > args.first,
    };
  }
}
