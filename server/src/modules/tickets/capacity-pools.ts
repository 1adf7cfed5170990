/**
 * Reading capacity pools (capacity-pool.entity.ts): the seats left to each ticket type by the pools it
 * is in, and an event's pools as admins see them. What shoppers are shown is the minimum over the
 * ticket type's own seats and its pools' (remainingSeats); the database enforces the same limits
 * when seats are taken (take_pool_seats).
 */
import type { TicketTypeEntity } from './ticket-type.entity';

/** What reading pools needs: an EntityManager or a DataSource. */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/**
 * An SQL expression: the seats left in the tightest pool the ticket type aliased `alias` is in, null
 * when it is in none. Read paths that count their statements put it in their own SELECT list.
 */
export function poolRemainingSql(alias: string): string {
  return `(SELECT min(p.capacity - p.used_count) FROM capacity_pool p
           WHERE p.event_id = ${alias}.event_id
             AND (p.all_ticket_types OR EXISTS (SELECT 1 FROM capacity_pool_ticket_type m
                                                WHERE m.pool_id = p.id AND m.ticket_type_id = ${alias}.id)))::int`;
}

/** The seats left in the tightest pool of each ticket type (ticket type id -> seats, or null). */
const POOL_REMAINING_SQL = `
  SELECT tt.id AS ticket_type_id, ${poolRemainingSql('tt')} AS remaining
  FROM ticket_type tt WHERE tt.id = ANY($1::uuid[])`;

/**
 * Sets `poolRemaining` on each ticket type (null: in no pool), in one statement; returns them. Every
 * reader whose ticket types reach an availability rule calls it.
 */
export async function withPoolRemaining<T extends TicketTypeEntity>(
  db: Queryable,
  ticketTypes: T[],
): Promise<T[]> {
  if (ticketTypes.length === 0) return ticketTypes;
  const rows = await db.query<{ ticket_type_id: string; remaining: number | null }[]>(POOL_REMAINING_SQL, [
    ticketTypes.map((ticketType) => ticketType.id),
  ]);
  const remaining = new Map(rows.map((row) => [row.ticket_type_id, row.remaining]));
  for (const ticketType of ticketTypes) ticketType.poolRemaining = remaining.get(ticketType.id) ?? null;
  return ticketTypes;
}

/** A pool as admins see it, with the ids of its ticket types (empty for an event total). */
export interface CapacityPoolRow {
  id: string;
  eventId: string;
  name: string;
  capacity: number;
  usedCount: number;
  allTicketTypes: boolean;
  ticketTypeIds: string[];
}

const POOLS_OF_EVENTS_SQL = `
  SELECT p.id, p.event_id AS "eventId", p.name, p.capacity, p.used_count AS "usedCount",
         p.all_ticket_types AS "allTicketTypes",
         array(SELECT m.ticket_type_id FROM capacity_pool_ticket_type m
               WHERE m.pool_id = p.id ORDER BY m.ticket_type_id)::text[] AS "ticketTypeIds"
  FROM capacity_pool p
  WHERE p.event_id = ANY($1::uuid[])
  ORDER BY p.all_ticket_types DESC, p.name, p.id`;

/** The pools of events, the event total first, then by name (event id -> pools). */
export async function poolsOfEvents(
  db: Queryable,
  eventIds: readonly string[],
): Promise<Map<string, CapacityPoolRow[]>> {
  const byEvent = new Map<string, CapacityPoolRow[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return byEvent;
  const rows = await db.query<CapacityPoolRow[]>(POOLS_OF_EVENTS_SQL, [eventIds]);
  for (const row of rows) byEvent.get(row.eventId)?.push(row);
  return byEvent;
}
