/**
 * Reading the dates of a series: the shoppers' date picker (upcoming dates with their availability)
 * and the admins' list (every date with its sales). Changes are in event-series.service.ts.
 */
import type { DataSource } from 'typeorm';
import { EntityRows } from '../../db/entity-rows';
import type { RequestContext } from '../../common/request-context';
import { poolsOfEvents, type CapacityPoolRow } from '../tickets/capacity-pools';
import { remainingSeats, ticketAvailability, TicketAvailability } from '../tickets/ticket-availability';
import type { PublicTicketTypeRow, TicketTypesService } from '../tickets/ticket-types.service';
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

  /**
   * The first `first` dates of each series that have not ended, published or cancelled, soonest first,
   * with availability: one statement for the dates of every series asked for (a listing of N series
   * costs the same three statements as one), then their ticket types and pools.
   */
  async publicDatesBySeries(
    ctx: RequestContext,
    seriesIds: readonly string[],
    first: number,
  ): Promise<Map<string, EventDate[]>> {
    const dates = await this.eventRows.read(
      `SELECT ${this.eventRows.selectList} FROM (
         SELECT *, row_number() OVER (PARTITION BY series_id ORDER BY starts_at, id) AS place
         FROM event WHERE series_id = ANY($1) AND status IN ('PUBLISHED', 'CANCELLED') AND ends_at > $2
       ) event
       WHERE event.place <= $3
       ORDER BY event.starts_at, event.id`,
      [seriesIds, ctx.now, Math.min(Math.max(first, 0), MAX_DATES_LISTED)],
    );
    const ids = dates.map((date) => date.id);
    const [typesByDate, poolsByDate] = await Promise.all([
      this.ticketTypes.activeByEventIds(ctx, ids),
      poolsOfEvents(this.dataSource, ids),
    ]);
    const bySeries = new Map<string, EventDate[]>();
    for (const date of dates) {
      const list = bySeries.get(date.seriesId!) ?? [];
      list.push({
        id: date.id,
        slug: date.slug,
        startsAt: date.startsAt,
        endsAt: date.endsAt,
        ...dateAvailability(ctx.now, date, typesByDate.get(date.id) ?? [], poolsByDate.get(date.id) ?? []),
      });
      bySeries.set(date.seriesId!, list);
    }
    return bySeries;
  }

  /** Per series, how many dates the picker would list (published, not ended, not cancelled). */
  async upcomingDateCounts(ctx: RequestContext, seriesIds: readonly string[]): Promise<Map<string, number>> {
    return this.countsBySeries(
      `SELECT series_id, count(*)::int AS count FROM event
       WHERE series_id = ANY($1) AND status = 'PUBLISHED' AND ends_at > $2 GROUP BY series_id`,
      [seriesIds, ctx.now],
    );
  }

  /** Per series, how many of its dates are not cancelled. */
  async adminDateCounts(seriesIds: readonly string[]): Promise<Map<string, number>> {
    return this.countsBySeries(
      `SELECT series_id, count(*)::int AS count FROM event
       WHERE series_id = ANY($1) AND status <> 'CANCELLED' GROUP BY series_id`,
      [seriesIds],
    );
  }

  private async countsBySeries(sql: string, parameters: unknown[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ series_id: string; count: number }[]>(sql, parameters);
    return new Map(rows.map((row) => [row.series_id, row.count]));
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
  types: PublicTicketTypeRow[],
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
