/** Admin views of ticket types: settings plus sales figures. Pure, so lists and payloads agree. */
import { money } from '../../common/money';
import type { EventEntity } from '../events/event.entity';
import { remainingSeats, ticketAvailability } from './ticket-availability';
import type { TicketTypeEntity } from './ticket-type.entity';
import type { AdminTicketType } from './ticket-type-admin.types';

export function toAdminTicketType(
  ticketType: TicketTypeEntity,
  event: Pick<EventEntity, 'currency' | 'endsAt' | 'status'>,
  now: Date,
): AdminTicketType {
  return {
    id: ticketType.id,
    eventId: ticketType.eventId,
    name: ticketType.name,
    description: ticketType.description,
    price: money(ticketType.priceMinor, event.currency),
    capacity: ticketType.capacity,
    sold: ticketType.soldCount,
    held: ticketType.heldCount,
    remaining: remainingSeats(ticketType),
    revenue: money(ticketType.soldCount * ticketType.priceMinor, event.currency),
    minPerOrder: ticketType.minPerOrder,
    maxPerOrder: ticketType.maxPerOrder,
    salesStartAt: ticketType.salesStartAt,
    salesEndAt: ticketType.salesEndAt,
    sortOrder: ticketType.sortOrder,
    active: ticketType.isActive,
    hidden: ticketType.isHidden,
    availability: ticketType.isActive
      ? ticketAvailability(ticketType, event, now)
      : ticketAvailability(ticketType, { ...event, endsAt: new Date(0) }, now),
  };
}

/** Ticket types in display order: sortOrder, then creation. */
export function inDisplayOrder(ticketTypes: TicketTypeEntity[]): TicketTypeEntity[] {
  return [...ticketTypes].sort(
    (a, b) =>
      a.sortOrder - b.sortOrder || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
}
