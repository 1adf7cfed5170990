/**
 * Sales per capacity pool (issue #22): for each pool of an event, the tickets of its ticket types
 * (every ticket type of the event for the event total) sold per day, counted like the sales overview
 * (on the day the booking was confirmed), and the ones returned (a paid booking an admin cancelled,
 * on that day: its seats went back to the pool). A ticket type in two pools counts in both.
 */
import { invalidInput } from '../../common/domain-error';
import { UUID } from '../../common/uuid';
import { poolsOfEvents, type Queryable } from '../tickets/capacity-pools';
import type { PoolSales } from './pool-sales.types';

/**
 * The event the overview is for: `eventId`, or the pool's event when only `poolId` is given. A pool
 * that does not exist or belongs to another event is refused on `poolId`.
 */
export async function eventOfPool(
  db: Queryable,
  eventId: string | null,
  poolId: string | null,
): Promise<string | null> {
  if (!poolId) return eventId;
  const [pool] = UUID.test(poolId)
    ? await db.query<{ event_id: string }[]>('SELECT event_id FROM capacity_pool WHERE id = $1', [poolId])
    : [];
  if (!pool) throw invalidInput('poolId', 'No capacity pool has this id.');
  if (eventId && pool.event_id !== eventId) {
    throw invalidInput('poolId', 'This capacity pool belongs to another event than eventId.');
  }
  return pool.event_id;
}

const POOL_SALES_SQL = `
  WITH members AS (
    SELECT p.id AS pool_id, tt.id AS ticket_type_id, tt.sold_count
      FROM capacity_pool p JOIN ticket_type tt ON tt.event_id = p.event_id
     WHERE p.event_id = $1 AND ($2::uuid IS NULL OR p.id = $2)
       AND (p.all_ticket_types OR EXISTS (SELECT 1 FROM capacity_pool_ticket_type m
                                           WHERE m.pool_id = p.id AND m.ticket_type_id = tt.id))
  ), since AS (
    SELECT ($4::date::timestamp AT TIME ZONE $5) AS since
  ), moves AS (
    SELECT m.pool_id, (b.confirmed_at AT TIME ZONE $5)::date AS day, l.quantity AS sold, 0 AS returned
      FROM booking b JOIN booking_line l ON l.booking_id = b.id
      JOIN members m ON m.ticket_type_id = l.ticket_type_id CROSS JOIN since s
     WHERE b.event_id = $1 AND b.confirmed_at >= s.since AND b.confirmed_at <= $3
    UNION ALL
    SELECT m.pool_id, (b.cancelled_at AT TIME ZONE $5)::date, 0, l.quantity
      FROM booking b JOIN booking_line l ON l.booking_id = b.id
      JOIN members m ON m.ticket_type_id = l.ticket_type_id CROSS JOIN since s
     WHERE b.event_id = $1 AND b.confirmed_at IS NOT NULL AND b.cancelled_at >= s.since AND b.cancelled_at <= $3
  )
  SELECT pool_id, to_char(day, 'YYYY-MM-DD') AS day, sum(sold)::int AS sold, sum(returned)::int AS returned,
         NULL::int AS sold_now
    FROM moves GROUP BY pool_id, day
  UNION ALL
  SELECT pool_id, NULL, 0, 0, sum(sold_count)::int FROM members GROUP BY pool_id`;

/** The pools of `eventId` (only `poolId` when given), event total first, with a series over `dates`. */
export async function poolSales(
  db: Queryable,
  input: { eventId: string; poolId: string | null; now: Date; timeZone: string; dates: string[] },
): Promise<PoolSales[]> {
  const pools = ((await poolsOfEvents(db, [input.eventId])).get(input.eventId) ?? []).filter(
    (pool) => !input.poolId || pool.id === input.poolId,
  );
  if (pools.length === 0 || input.dates.length === 0) return [];
  const rows = await db.query<
    { pool_id: string; day: string | null; sold: number; returned: number; sold_now: number | null }[]
  >(POOL_SALES_SQL, [input.eventId, input.poolId, input.now, input.dates[0], input.timeZone]);
  return pools.map((pool): PoolSales => {
    const own = rows.filter((row) => row.pool_id === pool.id);
    const daily = input.dates.map((date) => {
      const row = own.find((candidate) => candidate.day === date);
      return { date, ticketsSold: row?.sold ?? 0, ticketsReturned: row?.returned ?? 0 };
    });
    return {
      poolId: pool.id,
      name: pool.name,
      allTicketTypes: pool.allTicketTypes,
      capacity: pool.capacity,
      used: pool.usedCount,
      sold: own.find((row) => row.day === null)?.sold_now ?? 0,
      ticketsSold: daily.reduce((sum, day) => sum + day.ticketsSold, 0),
      ticketsReturned: daily.reduce((sum, day) => sum + day.ticketsReturned, 0),
      daily,
    };
  });
}
