/**
 * Whether a ticket type can be bought right now, and why not. Pure, so the catalog, checkout and
 * admin screens all answer the same way.
 */
import type { EventEntity } from '../events/event.entity';
import { EventStatus } from '../events/event.entity';
import type { TicketTypeEntity } from './ticket-type.entity';

export enum TicketAvailability {
  ON_SALE = 'ON_SALE',
  NOT_YET_ON_SALE = 'NOT_YET_ON_SALE',
  SALES_ENDED = 'SALES_ENDED',
  SOLD_OUT = 'SOLD_OUT',
}

export type AvailabilityInput = Pick<
  TicketTypeEntity,
  | 'capacity'
  | 'soldCount'
  | 'heldCount'
  | 'minPerOrder'
  | 'maxPerOrder'
  | 'salesStartAt'
  | 'salesEndAt'
  | 'poolRemaining'
>;

/** Seats left: its own, or fewer when a capacity pool it is in has fewer left. */
export function remainingSeats(ticketType: AvailabilityInput): number {
  const own = ticketType.capacity - ticketType.soldCount - ticketType.heldCount;
  return Math.max(0, Math.min(own, ticketType.poolRemaining ?? own));
}

/** Sales close at the ticket type's own end, else when the event ends. */
export function salesCloseAt(ticketType: AvailabilityInput, event: Pick<EventEntity, 'endsAt'>): Date {
  return ticketType.salesEndAt ?? event.endsAt;
}

export function ticketAvailability(
  ticketType: AvailabilityInput,
  event: Pick<EventEntity, 'endsAt' | 'status'>,
  now: Date,
): TicketAvailability {
  if (event.status !== EventStatus.PUBLISHED || now >= salesCloseAt(ticketType, event)) {
    return TicketAvailability.SALES_ENDED;
  }
  if (ticketType.salesStartAt && now < ticketType.salesStartAt) return TicketAvailability.NOT_YET_ON_SALE;
  // Fewer seats left than the smallest allowed order cannot be bought either.
  if (remainingSeats(ticketType) < ticketType.minPerOrder) return TicketAvailability.SOLD_OUT;
  return TicketAvailability.ON_SALE;
}

/** The most seats of this type one order may take now (0 when it cannot be bought). */
export function maxPurchasable(
  ticketType: AvailabilityInput,
  event: Pick<EventEntity, 'endsAt' | 'status'>,
  now: Date,
): number {
  if (ticketAvailability(ticketType, event, now) !== TicketAvailability.ON_SALE) return 0;
  return Math.min(ticketType.maxPerOrder, remainingSeats(ticketType));
}
