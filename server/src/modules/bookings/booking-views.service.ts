/**
 * Reading bookings: the shopper's view of a booking (`bookingView`, `findByToken`) and the booking
 * rows other modules look up (by id, by the shopper's token, by the provider's order). Reads only,
 * outside any transaction; changes are the lifecycle's (booking-lifecycle.service.ts).
 */
import type { EntityManager } from 'typeorm';
import { money } from '../../common/money';
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import { emailEventView } from '../email/email.views';
import { loadTicketPdf } from '../email/render-stack';
import type { EventEntity } from '../events/event.entity';
import type { EventsService } from '../events/events.service';
import { bookingAccountOf, loadBookingAccount, type BookingAccountEntry } from './booking-account';
import { formatTicketShortCode } from './booking-codes';
import type { BookingLineEntity } from './booking-line.entity';
import { BookingRows } from './booking-rows';
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
  private readonly rows: BookingRows;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {
    this.rows = new BookingRows(uow.manager.connection);
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
    const [event, lines, tickets, account] = await Promise.all([
      this.events.findById(booking.eventId),
      this.rows.namedLines([booking.id]),
      this.rows.namedTickets([booking.id]),
      loadBookingAccount(this.manager, booking),
    ]);
    if (!event) return null;
    return bookingView(booking, event, lines, tickets, account);
  }

  /** The booking's issued tickets as a PDF (see ticket-pdf.ts); null while none is issued. */
  async ticketsPdf(_ctx: RequestContext, booking: Booking): Promise<Buffer | null> {
    const issued = booking.tickets.filter((ticket) => ticket.code && ticket.shortCode);
    if (issued.length === 0) return null;
    const { renderTicketsPdf } = await loadTicketPdf();
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
