/**
 * The tickets module: the ticket type entity, availability rules (ticket-availability.ts), the admin
 * side (ticket-type-admin.service.ts, ticket-type-admin.view.ts), and this service, what shoppers see
 * of ticket types. GraphQL lives in the *.resolver.ts / *.types.ts / *.inputs.ts files beside them.
 */
import type { DataSource } from 'typeorm';
import { money } from '../../common/money';
import { EntityRows } from '../../db/entity-rows';
import type { RequestContext } from '../../common/request-context';
import type { EventEntity } from '../events/event.entity';
import { maxPurchasable, remainingSeats, salesCloseAt, ticketAvailability } from './ticket-availability';
import { poolRemainingSql } from './capacity-pools';
import { TicketTypeEntity } from './ticket-type.entity';
import type { TicketType } from './ticket-types.types';

/** The columns shoppers' reads take of a ticket type: what its public view and availability need. */
const PUBLIC_TICKET_TYPE_PROPERTIES = [
  'id',
  'eventId',
  'name',
  'description',
  'priceMinor',
  'capacity',
  'soldCount',
  'heldCount',
  'minPerOrder',
  'maxPerOrder',
  'salesStartAt',
  'salesEndAt',
] as const;

/** A ticket type as shoppers' reads load it (with the seats its pools leave it). */
export type PublicTicketTypeRow = Pick<
  TicketTypeEntity,
  (typeof PUBLIC_TICKET_TYPE_PROPERTIES)[number] | 'poolRemaining'
>;

export class TicketTypesService {
  /**
   * Every page listing events reads their ticket types: without TypeORM's per-call query building,
   * and without the columns no shopper sees (bookkeeping timestamps: two Dates per row).
   */
  private readonly ticketTypeRows: EntityRows<PublicTicketTypeRow>;

  constructor(dataSource: DataSource) {
    this.ticketTypeRows = new EntityRows<PublicTicketTypeRow>(
      dataSource,
      TicketTypeEntity,
      'ticket_type',
      PUBLIC_TICKET_TYPE_PROPERTIES,
    );
  }

  /**
   * Active ticket types of many events (with the seats their pools leave them) in one statement,
   * grouped by event id in display order; hidden ones are left out (an access code reveals them:
   * applyVoucher).
   */
  async activeByEventIds(
    _ctx: RequestContext,
    eventIds: readonly string[],
  ): Promise<Map<string, PublicTicketTypeRow[]>> {
    const byEvent = new Map<string, PublicTicketTypeRow[]>(eventIds.map((id) => [id, []]));
    if (eventIds.length === 0) return byEvent;
    const rows = await this.ticketTypeRows.read(
      `SELECT ${this.ticketTypeRows.selectList}, ${poolRemainingSql('ticket_type')} AS pool_remaining
       FROM ticket_type
       WHERE ticket_type.event_id = ANY($1::uuid[]) AND ticket_type.is_active AND NOT ticket_type.is_hidden
       ORDER BY ticket_type.sort_order, ticket_type.created_at`,
      [eventIds],
      (ticketType, row) => {
        ticketType.poolRemaining = row.pool_remaining as number | null;
      },
    );
    for (const row of rows) byEvent.get(row.eventId)?.push(row);
    return byEvent;
  }

  /** What a shopper sees of a ticket type: its price in the event's currency and its availability now. */
  toPublicView(ctx: RequestContext, ticketType: PublicTicketTypeRow, event: EventEntity): TicketType {
    const { now } = ctx;
    return {
      id: ticketType.id,
      name: ticketType.name,
      description: ticketType.description,
      price: money(ticketType.priceMinor, event.currency),
      remaining: remainingSeats(ticketType),
      availability: ticketAvailability(ticketType, event, now),
      minPerOrder: ticketType.minPerOrder,
      maxPerOrder: ticketType.maxPerOrder,
      maxPurchasable: maxPurchasable(ticketType, event, now),
      salesStartAt: ticketType.salesStartAt,
      salesEndAt: salesCloseAt(ticketType, event),
    };
  }
}
