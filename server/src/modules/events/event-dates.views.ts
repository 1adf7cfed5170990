/**
 * Reading the dates of a series: the shoppers' date picker (upcoming dates with their availability)
 * and the admins' list (every date with its sales). Changes are in event-series.service.ts.
 */
import type { DataSource } from 'typeorm';
import { EntityRows } from '../../db/entity-rows';
import type { RequestContext } from '../../common/request-context';
import { poolsOfEvents, type CapacityPoolRow } from '../tickets/capacity-pools';
import { remainingSeats, ticketAvailability, TicketAvailability } from '../tickets/ticket-availability';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { TicketTypesService } from '../tickets/ticket-types.service';
import type { AdminEventViews } from './event-admin-views.service';
import { DateAvailability, type AdminEventDate, type EventDate } from './event-series.types';
import { EventEntity, EventStatus } from './event.entity';

/** At most this many dates in one list (the picker shows the soonest; admins page by time). */
export const MAX_DATES_LISTED = 200;

export class EventDateViews {
  private readonly eventRows: EntityRows<EventEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly ticketTypes: TicketTypesService,
    private readonly adminViews: Pick<AdminEventViews, 'toAdminEvents'>,
  ) {
    this.eventRows = new EntityRows(dataSource, EventEntity, 'event');
  }

  /** A series' dates that have not ended, published or cancelled, soonest first, with availability. */
  async publicDates(ctx: RequestContext, series: EventEntity, first: number): Promise<EventDate[]> {
    if (!series.isSeries) return [];
    const dates = await this.eventRows.read(
      `SELECT ${this.eventRows.selectList} FROM event event
       WHERE event.series_id = $1 AND event.status IN ('PUBLISHED', 'CANCELLED') AND event.ends_at > $2
       ORDER BY event.starts_at, event.id LIMIT $3`,
      [series.id, ctx.now, Math.min(Math.max(first, 0), MAX_DATES_LISTED)],
    );
    const ids = dates.map((date) => date.id);
    const [typesByDate, poolsByDate] = await Promise.all([
      this.ticketTypes.activeByEventIds(ctx, ids),
      poolsOfEvents(this.dataSource, ids),
    ]);
    return dates.map((date) => {
      const types = typesByDate.get(date.id) ?? [];
      return {
        id: date.id,
        slug: date.slug,
        startsAt: date.startsAt,
        endsAt: date.endsAt,
        ...dateAvailability(ctx.now, date, types, poolsByDate.get(date.id) ?? []),
      };
    });
  }

  /** How many dates the picker would list (published, not ended, not cancelled). */
  async upcomingDateCount(ctx: RequestContext, series: EventEntity): Promise<number> {
    if (!series.isSeries) return 0;
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM event WHERE series_id = $1 AND status = 'PUBLISHED' AND ends_at > $2`,
      [series.id, ctx.now],
    );
    return row.count;
  }

  /** How many dates of a series are not cancelled. */
  async adminDateCount(seriesId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM event WHERE series_id = $1 AND status <> 'CANCELLED'`,
      [seriesId],
    );
    return row.count;
  }

  /** A date's series, when the shopper may see the date (it shares the series' visibility and key). */
  async seriesOf(date: EventEntity): Promise<EventEntity | null> {
    if (!date.seriesId) return null;
    const [series] = await this.eventRows.read(
      `SELECT ${this.eventRows.selectList} FROM event event WHERE event.id = $1 AND event.status <> 'DRAFT'`,
      [date.seriesId],
    );
    return series ?? null;
  }

  /** Every date of a series with its sales, soonest first (past and cancelled ones too). */
  async adminDates(ctx: RequestContext, seriesId: string): Promise<AdminEventDate[]> {
    const dates = await this.eventRows.read(
      `SELECT ${this.eventRows.selectList} FROM event event WHERE event.series_id = $1
       ORDER BY event.starts_at, event.id LIMIT ${MAX_DATES_LISTED * 5}`,
      [seriesId],
    );
    const views = await this.adminViews.toAdminEvents(dates, ctx.now);
    return views.map((view) => ({
      id: view.id,
      slug: view.slug,
      startsAt: view.startsAt,
      endsAt: view.endsAt,
      status: view.status,
      sold: view.sales.sold,
      held: view.sales.held,
      // A pool every ticket type of the date is in (its total, or one they all share) bounds it.
      capacity: Math.min(
        view.sales.capacity,
        ...view.capacityPools
          .filter(
            (pool) =>
              pool.allTicketTypes || view.ticketTypes.every((type) => pool.ticketTypeIds.includes(type.id)),
          )
          .map((pool) => pool.capacity),
      ),
      revenue: view.sales.revenue,
    }));
  }
}

/**
 * Seats left to a shopper on a date: the ticket types on sale, summed, bounded by every pool that
 * covers all of them (the date's total, or a pool shared by every type).
 */
function dateAvailability(
  now: Date,
  date: EventEntity,
  types: TicketTypeEntity[],
  pools: CapacityPoolRow[],
): { availability: DateAvailability; seatsLeft: number } {
  if (date.status === EventStatus.CANCELLED)
    return { availability: DateAvailability.CANCELLED, seatsLeft: 0 };
  const states = types.map((type) => ticketAvailability(type, date, now));
  const onSale = types.filter((_, index) => states[index] === TicketAvailability.ON_SALE);
  if (onSale.length === 0) {
    const soldOut = states.length > 0 && states.every((state) => state === TicketAvailability.SOLD_OUT);
    return {
      availability: soldOut ? DateAvailability.SOLD_OUT : DateAvailability.NOT_ON_SALE,
      seatsLeft: 0,
    };
  }
  const covering = pools.filter(
    (pool) => pool.allTicketTypes || onSale.every((type) => pool.ticketTypeIds.includes(type.id)),
  );
  const seatsLeft = Math.min(
    onSale.reduce((total, type) => total + remainingSeats(type), 0),
    ...covering.map((pool) => Math.max(0, pool.capacity - pool.usedCount)),
  );
  return { availability: DateAvailability.ON_SALE, seatsLeft };
}
