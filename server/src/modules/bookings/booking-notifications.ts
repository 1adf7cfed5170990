/**
 * What a booking's changes tell people, as e-mails in the outbox: maps booking rows onto the e-mail
 * view models and enqueues the rendered messages in the caller's unit of work (`tx`). The lifecycle
 * knows nothing of e-mails: booking-confirmed.ts calls `bookingConfirmed` when a booking is confirmed,
 * and the admin and refund steps call the others by name in their transactions.
 *
 * Rendering happens inside the confirming transaction, because the ticket codes the QR images hold
 * are issued in it. That costs a few milliseconds per ticket (at most 50 per booking) while the
 * booking row is locked; no network call is made, MJML was compiled at start, and the alternative
 * (rendering in a job after commit) would add a second queue hop to every confirmation.
 */
import type { Config } from '../../config';
import { money } from '../../common/money';
import type { Transaction } from '../../db/unit-of-work';
import { EmailKind } from '../email/email-message.entity';
import type { EmailService } from '../email/email.service';
import { renderInEventWording } from '../email/event-email-texts';
import {
  renderAttendeeTicket,
  renderBookingCancelled,
  renderEventCancelled,
  renderBookingConfirmation,
  renderLatePaymentRefunded,
  renderNewBookingNotice,
  renderRefundIssued,
} from '../email/email.templates';
import {
  emailEventView,
  type BookingLineView,
  type EmailEventView,
  type MoneyView,
  type TicketView,
} from '../email/email.views';
import { eventCalendarFile } from '../events/event-calendar';
import { EventEntity, EventVisibility } from '../events/event.entity';
import { confirmationAnswers } from '../questions/confirmation-answers';
import { currentVersion } from '../waivers/waiver-rules';
import { loadBookingAccount } from './booking-account';
import { BookingLineEntity } from './booking-line.entity';
import { bookingEmailKey, lineTotalMinor } from './booking-rules';
import { mintBookingLink } from './booking-links';
import { BookingEntity } from './booking.entity';
import { TicketEntity, TicketStatus } from './ticket.entity';

export interface BookingLinks {
  /** The shopper's booking page (opened by a secret token: each e-mail mints its own, booking-links.ts). */
  booking(token: string): string;
  /** The event's page (with its key when private). */
  event(event: Pick<EventEntity, 'slug' | 'visibility' | 'accessKey'>): string;
}

export function siteLinks(publicUrl: string): BookingLinks {
  return {
    booking: (token) => `${publicUrl}/bookings/${encodeURIComponent(token)}`,
    event: (event) =>
      event.visibility === EventVisibility.PRIVATE && event.accessKey
        ? `${publicUrl}/events/${encodeURIComponent(event.slug)}?key=${encodeURIComponent(event.accessKey)}`
        : `${publicUrl}/events/${encodeURIComponent(event.slug)}`,
  };
}

/** An issued ticket as the e-mails show it. */
function ticketView(ticket: TicketEntity): TicketView {
  return {
    code: ticket.code!,
    shortCode: ticket.shortCode!,
    attendeeName: ticket.attendeeName,
    ticketTypeName: ticket.ticketType!.name,
  };
}

export class BookingNotifications {
  private readonly links: BookingLinks;

  constructor(
    private readonly email: EmailService,
    private readonly config: Pick<Config, 'site' | 'email'>,
  ) {
    this.links = siteLinks(config.site.publicUrl);
  }

  /** Where buyers' replies go: the organiser's address, else the sender's. */
  private get replyTo(): string {
    return this.config.email.organiserAddress ?? this.config.email.from;
  }

  /**
   * In the confirming transaction: the booking confirmation (QR per ticket, .ics) to the buyer, each
   * attendee with an address of their own their own ticket (when the event says so), and
   * the new-booking notice to ORGANISER_EMAIL when set. One message per booking and kind (cause keys).
   */
  async bookingConfirmed(tx: Transaction, bookingId: string): Promise<void> {
    const confirmation = await this.confirmationOf(tx, bookingId);
    const { booking, event, eventView, lineViews, total, tickets } = confirmation;
    await this.email.enqueue(
      tx,
      await this.renderConfirmation(tx, confirmation),
      `booking-confirmation:${booking.id}`,
    );
    if (event.sendAttendeeTickets) await this.sendAttendeeTickets(tx, confirmation);

    const organiser = this.config.email.organiserAddress;
    if (organiser) {
      const notice = await renderInEventWording(tx, event.id, EmailKind.NEW_BOOKING_NOTICE, (text) =>
        renderNewBookingNotice(
          {
            to: organiser,
            replyTo: booking.buyerEmail,
            bookingReference: booking.reference,
            buyerName: booking.buyerName,
            buyerEmail: booking.buyerEmail,
            event: eventView,
            lines: lineViews,
            total,
            ticketCount: tickets.length,
            adminUrl: `${this.config.site.publicUrl}/admin/bookings/${encodeURIComponent(booking.reference)}`,
          },
          text,
        ),
      );
      await this.email.enqueue(tx, notice, `new-booking-notice:${booking.id}`);
    }
  }

  /**
   * An admin's resend of the confirmation (the tickets as they are now), in the transaction that
   * counts it: `resendNumber` makes each resend a cause of its own.
   */
  async confirmationResent(tx: Transaction, bookingId: string, resendNumber: number): Promise<string> {
    const confirmation = await this.confirmationOf(tx, bookingId);
    return this.email.enqueue(
      tx,
      await this.renderConfirmation(tx, confirmation),
      `booking-confirmation:${bookingId}:resend-${resendNumber}`,
    );
  }

  /** In the cancelling transaction: tells the buyer, once per booking, with what is refunded if anything. */
  async bookingCancelled(
    tx: Transaction,
    booking: BookingEntity,
    cancellation: { reason: string; refund: MoneyView | null },
  ): Promise<void> {
    const event = await tx.manager.findOneByOrFail(EventEntity, { id: booking.eventId });
    const view = {
      to: booking.buyerEmail,
      replyTo: this.replyTo,
      buyerName: booking.buyerName,
      bookingReference: booking.reference,
      event: this.eventView(event),
      reason: cancellation.reason,
      refund: cancellation.refund,
      account: await loadBookingAccount(tx.manager, booking),
      bookingUrl: await this.newBookingUrl(tx, booking.id),
    };
    const rendered = await renderInEventWording(tx, event.id, EmailKind.BOOKING_CANCELLED, (text) =>
      renderBookingCancelled(view, text),
    );
    await this.email.enqueue(tx, rendered, `booking-cancelled:${booking.id}`);
  }

  /**
   * In the transaction that cancels an event (or a date of a series): tells one buyer, with the
   * organiser's message, whether a refund follows (it comes as its own "refund issued" e-mail).
   */
  async eventCancelled(
    tx: Transaction,
    booking: BookingEntity,
    cancellation: { message: string | null; refundFollows: boolean },
  ): Promise<void> {
    const event = await tx.manager.findOneByOrFail(EventEntity, { id: booking.eventId });
    const view = {
      to: booking.buyerEmail,
      replyTo: this.replyTo,
      buyerName: booking.buyerName,
      bookingReference: booking.reference,
      event: this.eventView(event),
      message: cancellation.message,
      refundFollows: cancellation.refundFollows,
      bookingUrl: await this.newBookingUrl(tx, booking.id),
    };
    const rendered = await renderInEventWording(tx, event.id, EmailKind.EVENT_CANCELLED, (text) =>
      renderEventCancelled(view, text),
    );
    await this.email.enqueue(tx, rendered, `event-cancelled:${booking.id}`);
  }

  /** In the transaction that records an admin's refund: tells the buyer, once per provider refund. */
  async refundIssued(
    tx: Transaction,
    booking: BookingEntity,
    refund: { refundId: string; amount: MoneyView; isFullRefund: boolean; reason: string },
  ): Promise<void> {
    const event = await tx.manager.findOneByOrFail(EventEntity, { id: booking.eventId });
    const view = {
      to: booking.buyerEmail,
      replyTo: this.replyTo,
      buyerName: booking.buyerName,
      bookingReference: booking.reference,
      event: this.eventView(event),
      amount: refund.amount,
      isFullRefund: refund.isFullRefund,
      reason: refund.reason,
      account: await loadBookingAccount(tx.manager, booking),
      bookingUrl: await this.newBookingUrl(tx, booking.id),
    };
    const rendered = await renderInEventWording(tx, event.id, EmailKind.REFUND_ISSUED, (text) =>
      renderRefundIssued(view, text),
    );
    await this.email.enqueue(tx, rendered, `refund-issued:${booking.id}:${refund.refundId}`);
  }

  /**
   * In the transaction that records the refund of a payment that came too late (its seats were gone):
   * tells the buyer, once per refunded capture.
   */
  async latePaymentRefunded(
    tx: Transaction,
    booking: BookingEntity,
    payment: { captureId: string; amountMinor: number; currency: string },
  ): Promise<void> {
    const event = await tx.manager.findOneByOrFail(EventEntity, { id: booking.eventId });
    const view = {
      to: booking.buyerEmail,
      replyTo: this.replyTo,
      buyerName: booking.buyerName,
      event: this.eventView(event),
      amount: money(payment.amountMinor, payment.currency),
      eventUrl: this.links.event(event),
    };
    const rendered = await renderInEventWording(tx, event.id, EmailKind.LATE_PAYMENT_REFUNDED, (text) =>
      renderLatePaymentRefunded(view, text),
    );
    await this.email.enqueue(tx, rendered, `late-payment-refunded:${payment.captureId}`);
  }

  /** What a confirmation shows, read in the caller's transaction: the tickets issued so far. */
  private async confirmationOf(tx: Transaction, bookingId: string) {
    const booking = await tx.manager.findOneByOrFail(BookingEntity, { id: bookingId });
    const event = await tx.manager.findOneByOrFail(EventEntity, { id: booking.eventId });
    const lines = await tx.manager.find(BookingLineEntity, {
      where: { bookingId },
      relations: { ticketType: true },
      order: { ticketType: { sortOrder: 'ASC', createdAt: 'ASC' } },
    });
    const tickets = await tx.manager.find(TicketEntity, {
      where: { bookingId, status: TicketStatus.ISSUED },
      relations: { ticketType: true },
      order: { position: 'ASC' },
    });
    const lineViews: BookingLineView[] = lines.map((line) => ({
      description: line.ticketType!.name,
      quantity: line.quantity,
      unitPrice: money(line.unitPriceMinor, booking.currency),
      unitDiscount: money(line.unitDiscountMinor, booking.currency),
      voucherCode: booking.voucherCode,
      total: money(lineTotalMinor(line), booking.currency),
    }));
    return {
      booking,
      event,
      eventView: this.eventView(event),
      lineViews,
      total: money(booking.totalMinor, booking.currency),
      tickets,
      account: await loadBookingAccount(tx.manager, booking),
      answers: await confirmationAnswers(tx.manager, bookingId, tickets),
    };
  }

  /**
   * Each attendee with an address of their own (not the buyer's mailbox) gets their own
   * ticket(s) and nothing else: no booking link (it opens the whole booking), nobody else's tickets.
   * One message per attendee, keyed by the booking and their first ticket so that a second
   * confirmation attempt sends nothing again. Their waiver request, if any, is its own e-mail
   * (waiver-signing.service.ts), so this one only announces it.
   */
  private async sendAttendeeTickets(
    tx: Transaction,
    { booking, event, eventView, tickets }: Awaited<ReturnType<BookingNotifications['confirmationOf']>>,
  ): Promise<void> {
    // Compared as the booking rules compare addresses (case and +tags aside): one mailbox, one copy.
    const buyer = bookingEmailKey(booking.buyerEmail);
    const byAttendee = new Map<string, TicketEntity[]>();
    for (const ticket of tickets) {
      const address = ticket.attendeeEmail?.trim() ? bookingEmailKey(ticket.attendeeEmail) : null;
      if (!address || address === buyer) continue;
      byAttendee.set(address, [...(byAttendee.get(address) ?? []), ticket]);
    }
    if (byAttendee.size === 0) return;
    const waiverRequired = (await currentVersion(tx.manager, event.id)) !== null;
    for (const own of byAttendee.values()) {
      const view = {
        to: own[0].attendeeEmail!.trim(),
        replyTo: this.replyTo,
        attendeeName: own[0].attendeeName,
        bookingReference: booking.reference,
        event: eventView,
        tickets: own.map(ticketView),
        waiverRequired,
      };
      const rendered = await renderInEventWording(tx, event.id, EmailKind.ATTENDEE_TICKET, (text) =>
        renderAttendeeTicket(view, text),
      );
      await this.email.enqueue(tx, rendered, `attendee-ticket:${booking.id}:${own[0].id}`);
    }
  }

  /** A link of its own for the e-mail being rendered (no one keeps a booking's tokens). */
  private async newBookingUrl(tx: Transaction, bookingId: string): Promise<string> {
    return this.links.booking(await mintBookingLink(tx.manager, bookingId));
  }

  private async renderConfirmation(
    tx: Transaction,
    {
      booking,
      event,
      eventView,
      lineViews,
      total,
      tickets,
      account,
      answers,
    }: Awaited<ReturnType<BookingNotifications['confirmationOf']>>,
  ) {
    const view = {
      answers,
      to: booking.buyerEmail,
      replyTo: this.replyTo,
      buyerName: booking.buyerName,
      bookingReference: booking.reference,
      event: eventView,
      lines: lineViews,
      total,
      account,
      tickets: tickets.map(ticketView),
      bookingUrl: await this.newBookingUrl(tx, booking.id),
      calendarFile: eventCalendarFile(event, this.config.site.publicUrl),
    };
    return renderInEventWording(tx, event.id, EmailKind.BOOKING_CONFIRMATION, (text) =>
      renderBookingConfirmation(view, text),
    );
  }

  private eventView(event: EventEntity): EmailEventView {
    return {
      ...emailEventView(event),
      description: event.description,
      url: this.links.event(event),
    };
  }
}
