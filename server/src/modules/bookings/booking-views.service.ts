/**
 * Reading bookings: the shopper's view of a booking (`bookingView`, `findByToken`) and the booking
 * rows other modules look up (by id, by the shopper's token, by the provider's order). Reads only,
 * outside any transaction; changes are the lifecycle's (booking-lifecycle.service.ts).
 */
import type { EntityManager } from 'typeorm';
import { money } from '../../common/money';
import type { RequestContext } from '../../common/request-context';
import { EntityRows } from '../../db/entity-rows';
import type { UnitOfWork } from '../../db/unit-of-work';
import { emailEventView } from '../email/email.views';
import { renderTicketsPdf } from '../email/ticket-pdf';
import type { EventEntity } from '../events/event.entity';
import type { EventsService } from '../events/events.service';
import { bookingAccountOf, loadBookingAccount, type BookingAccountEntry } from './booking-account';
import { formatTicketShortCode } from './booking-codes';
import { BookingLineEntity } from './booking-line.entity';
import { lineTotalMinor } from './booking-rules';
import { holdsSeats } from './booking-status';
import { BookingEntity, PaymentProvider } from './booking.entity';
import { findBookingByToken } from './booking-links';
import type { Booking, BookingAccount } from './bookings.types';
import { TicketEntity, TicketStatus } from './ticket.entity';

/** A booking line or ticket with the name of its ticket type, as bookingView shows them. */
export type NamedLine = Pick<
  BookingLineEntity,
  'ticketTypeId' | 'quantity' | 'unitPriceMinor' | 'unitDiscountMinor'
> & {
  ticketTypeName: string;
};
export type NamedTicket = Pick<
  TicketEntity,
  'id' | 'ticketTypeId' | 'attendeeName' | 'attendeeEmail' | 'status' | 'code'
> & { ticketTypeName: string; shortCode?: string | null };

/** A booking's account as the API shows it. */
export function bookingAccountView(account: BookingAccountEntry): BookingAccount {
  const amount = (amountMinor: number) => money(amountMinor, account.currency);
  const movement = (entry: { amountMinor: number; at: Date }) => ({
    amount: amount(entry.amountMinor),
    at: entry.at,
  });
  return {
    paid: amount(account.paidMinor),
    payments: account.payments.map(movement),
    pending: amount(account.pendingMinor),
    refunded: amount(account.refundedMinor),
    refunds: account.refunds.map(movement),
    retained: amount(account.retainedMinor),
  };
}

/**
 * A booking as the API shows it; lines in catalog order, tickets by position. Without `account` (a
 * booking just made) nothing has been paid or refunded yet.
 */
export function bookingView(
  booking: BookingEntity,
  event: EventEntity,
  lines: NamedLine[],
  tickets: NamedTicket[],
  account: BookingAccountEntry = bookingAccountOf(booking, [], []),
): Booking {
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status,
    event,
    buyer: { name: booking.buyerName, email: booking.buyerEmail },
    lines: lines.map((line) => ({
      ticketTypeId: line.ticketTypeId,
      ticketTypeName: line.ticketTypeName,
      quantity: line.quantity,
      unitPrice: money(line.unitPriceMinor, booking.currency),
      unitDiscount: money(line.unitDiscountMinor, booking.currency),
      total: money(lineTotalMinor(line), booking.currency),
    })),
    total: money(booking.totalMinor, booking.currency),
    voucherCode: booking.voucherCode,
    discount: money(
      lines.reduce((sum, line) => sum + line.unitDiscountMinor * line.quantity, 0),
      booking.currency,
    ),
    holdExpiresAt: holdsSeats(booking.status) ? booking.holdExpiresAt : null,
    confirmedAt: booking.confirmedAt,
    createdAt: booking.createdAt,
    cancelledAt: booking.cancelledAt,
    account: bookingAccountView(account),
    tickets: tickets.map((ticket) => ({
      id: ticket.id,
      ticketTypeId: ticket.ticketTypeId,
      ticketTypeName: ticket.ticketTypeName,
      attendeeName: ticket.attendeeName,
      attendeeEmail: ticket.attendeeEmail,
      status: ticket.status,
      code: ticket.status === TicketStatus.ISSUED ? ticket.code : null,
      shortCode:
        ticket.status === TicketStatus.ISSUED && ticket.shortCode
          ? formatTicketShortCode(ticket.shortCode)
          : null,
    })),
  };
}

export class BookingViews {
  // Every booking page load reads these: by hand-written SQL, not TypeORM's builder (db/entity-rows.ts).
  private readonly lineRows: EntityRows<BookingLineEntity>;
  private readonly ticketRows: EntityRows<TicketEntity>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {
    const dataSource = uow.manager.connection;
    this.lineRows = new EntityRows(dataSource, BookingLineEntity, 'line');
    this.ticketRows = new EntityRows(dataSource, TicketEntity, 'ticket');
  }

  private get manager(): EntityManager {
    return this.uow.manager;
  }

  /** The booking behind a shopper's secret link, or null (found by the token's digest: booking-links.ts). */
  async findByToken(ctx: RequestContext, token: string): Promise<Booking | null> {
    const booking = await findBookingByToken(this.manager, token);
    return booking ? this.viewOf(ctx, booking) : null;
  }

  /** The booking row for internal callers (payments, jobs); never exposed by id to clients. */
  findEntityById(_ctx: RequestContext, bookingId: string): Promise<BookingEntity | null> {
    return this.manager.findOneBy(BookingEntity, { id: bookingId });
  }

  /** The booking row behind a shopper's token (e.g. for a "pay now" mutation that takes the token). */
  findEntityByToken(_ctx: RequestContext, token: string): Promise<BookingEntity | null> {
    return findBookingByToken(this.manager, token);
  }

  /** The booking a provider order belongs to (webhooks, reconciliation); unique by index. */
  findEntityByProviderOrder(
    _ctx: RequestContext,
    providerOrderId: string,
    provider: PaymentProvider = PaymentProvider.PAYPAL,
  ): Promise<BookingEntity | null> {
    return this.manager.findOneBy(BookingEntity, { paymentProvider: provider, providerOrderId });
  }

  /** A booking as the API shows it. */
  async viewOf(_ctx: RequestContext, booking: BookingEntity): Promise<Booking | null> {
    const { lineRows, ticketRows } = this;
    const [event, lines, tickets, account] = await Promise.all([
      this.events.findById(booking.eventId),
      lineRows.readWithRows(
        `SELECT ${lineRows.selectList}, tt.name AS ticket_type_name FROM booking_line ${lineRows.alias}
           JOIN ticket_type tt ON tt.id = ${lineRows.alias}.ticket_type_id
         WHERE ${lineRows.alias}.booking_id = $1 ORDER BY tt.sort_order, tt.created_at`,
        [booking.id],
      ),
      ticketRows.readWithRows(
        `SELECT ${ticketRows.selectList}, tt.name AS ticket_type_name FROM ticket ${ticketRows.alias}
           JOIN ticket_type tt ON tt.id = ${ticketRows.alias}.ticket_type_id
         WHERE ${ticketRows.alias}.booking_id = $1 ORDER BY ${ticketRows.alias}.position`,
        [booking.id],
      ),
      loadBookingAccount(this.manager, booking),
    ]);
    if (!event) return null;
    const named = <T>({ entity, row }: { entity: T; row: Record<string, unknown> }) => ({
      ...entity,
      ticketTypeName: row.ticket_type_name as string,
    });
    return bookingView(booking, event, lines.map(named), tickets.map(named), account);
  }

  /** The booking's issued tickets as a PDF (see ticket-pdf.ts); null while none is issued. */
  async ticketsPdf(_ctx: RequestContext, booking: Booking): Promise<Buffer | null> {
    const issued = booking.tickets.filter((ticket) => ticket.code && ticket.shortCode);
    if (issued.length === 0) return null;
    return renderTicketsPdf({
      event: emailEventView(booking.event),
      bookingReference: booking.reference,
      tickets: issued.map((ticket) => ({
        code: ticket.code!,
        shortCode: ticket.shortCode!,
        attendeeName: ticket.attendeeName,
        ticketTypeName: ticket.ticketTypeName,
      })),
    });
  }
}
