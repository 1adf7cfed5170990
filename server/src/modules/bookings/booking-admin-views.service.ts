/**
 * The admin side of bookings, reading them: the filtered list, one booking with its tickets, payments
 * and refunds (what was refunded, what may still be), and the e-mails about it. Reads only; changes
 * are booking-admin.service.ts.
 */
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { groupBy } from '../../common/group-by';
import { invalidInput } from '../../common/domain-error';
import { money } from '../../common/money';
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { CheckInService } from '../checkin/checkin.service';
import type { EmailMessageEntity } from '../email/email-message.entity';
import type { EmailService } from '../email/email.service';
import type { AdminBookingsArgs } from './booking-admin.inputs';
import type { AdminBooking } from './booking-admin.types';
import { filteredBookings } from './booking-filter';
import { BookingRows } from './booking-rows';
import { lineTotalMinor } from './booking-rules';
import type { BookingRefundEntity } from './booking-refund.entity';
import { hasBeenPaidMoney, holdsSeats, isRefundable } from './booking-status';
import { BookingEntity } from './booking.entity';
import { EntityRows } from '../../db/entity-rows';
import { UUID } from '../../common/uuid';

/** Microsecond-exact text of created_at for cursors (an ISO string from JS would drop microseconds). */
const CREATED_AT_TEXT = `to_char(booking.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface AdminBookingPage {
  bookings: AdminBooking[];
  cursors: string[];
  hasNextPage: boolean;
}

/** What of the booking's payment was refunded, and what may still be. */
export function refundableOf(booking: BookingEntity, refunds: BookingRefundEntity[]) {
  // Only a booking that was paid (it has a confirmation time and a capture) has money to give back.
  const refundedMinor = hasBeenPaidMoney(booking)
    ? refunds
        .filter((refund) => refund.providerCaptureId === booking.providerCaptureId)
        .reduce((sum, refund) => sum + refund.amountMinor, 0)
    : 0;
  return {
    refundedMinor,
    refundableMinor: isRefundable(booking) ? Math.max(0, booking.totalMinor - refundedMinor) : 0,
  };
}

export class AdminBookingViews {
  private readonly rows: BookingRows;
  /** The list's page of bookings, hydrated without TypeORM's general transformer. */
  private readonly bookingRows: EntityRows<BookingEntity>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly checkIn: CheckInService,
    private readonly email: EmailService,
  ) {
    this.rows = new BookingRows(uow.manager.connection);
    this.bookingRows = new EntityRows(uow.manager.connection, BookingEntity, 'booking');
  }

  /** Bookings newest first, keyset-paginated on (created_at, id). */
  async list(_ctx: RequestContext, args: AdminBookingsArgs): Promise<AdminBookingPage> {
    const builder = filteredBookings(this.uow.manager, args.filter);
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, ['string', 'string']) as [string, string];
      if (Number.isNaN(new Date(createdAt).getTime()) || !UUID.test(id)) {
        throw invalidInput('after', 'is not a cursor this list returned');
      }
      builder.andWhere('(booking.created_at, booking.id) < (CAST(:afterCreated AS timestamptz), :afterId)', {
        afterCreated: createdAt,
        afterId: id,
      });
    }
    // The filter's builder writes the statement; its rows are hydrated as in db/entity-rows.ts.
    const [sql, parameters] = builder
      .select(this.bookingRows.selectList)
      .addSelect(CREATED_AT_TEXT, 'cursor_created_at')
      .orderBy('booking.createdAt', 'DESC')
      .addOrderBy('booking.id', 'DESC')
      .limit(args.first + 1)
      .getQueryAndParameters();
    const rows = await this.bookingRows.readWithRows(sql, parameters, { prepare: false });
    const page = rows.slice(0, args.first);
    return {
      bookings: await this.toAdminBookings(page.map(({ entity }) => entity)),
      cursors: page.map(({ entity, row }) => encodeCursor([row.cursor_created_at as string, entity.id])),
      hasNextPage: rows.length > args.first,
    };
  }

  /** One booking by id or reference; null when none has it. */
  async get(_ctx: RequestContext, idOrReference: string): Promise<AdminBooking | null> {
    const booking = await this.find(idOrReference);
    return booking ? (await this.toAdminBookings([booking]))[0] : null;
  }

  /**
   * The outbox messages about a booking: those whose cause names the booking, one of its tickets or
   * waiver signatures, or one of its captures.
   */
  async emailsOf(_ctx: RequestContext, bookingId: string): Promise<EmailMessageEntity[]> {
    const subjects = (await this.uow.manager.query(
      `SELECT $1::uuid::text AS id
       UNION SELECT t.id::text FROM ticket t WHERE t.booking_id = $1::uuid
       UNION SELECT s.id::text FROM waiver_signature s JOIN ticket t ON t.id = s.ticket_id
              WHERE t.booking_id = $1::uuid
       UNION SELECT p.provider_capture_id FROM booking_payment p WHERE p.booking_id = $1::uuid
       UNION SELECT r.provider_capture_id FROM booking_refund r WHERE r.booking_id = $1::uuid
       UNION SELECT b.provider_capture_id FROM booking b
              WHERE b.id = $1::uuid AND b.provider_capture_id IS NOT NULL`,
      [bookingId],
    )) as { id: string }[];
    return this.email.findBySubjects(subjects.map((subject) => subject.id));
  }

  private find(idOrReference: string): Promise<BookingEntity | null> {
    const repository = this.uow.manager.getRepository(BookingEntity);
    if (UUID.test(idOrReference)) return repository.findOneBy({ id: idOrReference });
    return repository.findOneBy({ reference: idOrReference.trim().toUpperCase() });
  }

  /** Admin views of bookings, with everything they show loaded in one statement per kind. */
  private async toAdminBookings(bookings: BookingEntity[]): Promise<AdminBooking[]> {
    if (bookings.length === 0) return [];
    const ids = bookings.map((booking) => booking.id);
    const [events, lines, tickets, refunds, payments] = await Promise.all([
      this.rows.eventsById([...new Set(bookings.map((booking) => booking.eventId))]),
      this.rows.namedLines(ids),
      this.checkIn.ticketsOfBookings(ids),
      this.rows.refundsOf(ids),
      this.rows.paymentsOf(ids),
    ]);
    const eventById = new Map(events.map((event) => [event.id, event]));
    const byBooking = <T extends { bookingId: string }>(items: T[]) =>
      groupBy(ids, items, (item) => item.bookingId);
    const [linesOf, ticketsOf, refundsOf, paymentsOf] = [
      byBooking(lines),
      byBooking(tickets),
      byBooking(refunds),
      byBooking(payments),
    ];
    return bookings.map((booking) => {
      const event = eventById.get(booking.eventId)!;
      const ownRefunds = refundsOf.get(booking.id)!;
      const ownLines = linesOf.get(booking.id)!;
      const { refundedMinor, refundableMinor } = refundableOf(booking, ownRefunds);
      const paidCapture = booking.confirmedAt ? booking.providerCaptureId : null;
      return {
        id: booking.id,
        reference: booking.reference,
        status: booking.status,
        buyer: { name: booking.buyerName, email: booking.buyerEmail },
        event: {
          id: event.id,
          title: event.title,
          slug: event.slug,
          startsAt: event.startsAt,
          timeZone: event.timeZone,
        },
        createdAt: booking.createdAt,
        confirmedAt: booking.confirmedAt,
        cancelledAt: booking.cancelledAt,
        cancellationReason: booking.cancellationReason,
        holdExpiresAt: holdsSeats(booking.status) ? booking.holdExpiresAt : null,
        lines: ownLines.map((line) => ({
          ticketTypeId: line.ticketTypeId,
          ticketTypeName: line.ticketTypeName,
          quantity: line.quantity,
          unitPrice: money(line.unitPriceMinor, booking.currency),
          unitDiscount: money(line.unitDiscountMinor, booking.currency),
          total: money(lineTotalMinor(line), booking.currency),
        })),
        voucherCode: booking.voucherCode,
        ticketCount: ownLines.reduce((sum, line) => sum + line.quantity, 0),
        total: money(booking.totalMinor, booking.currency),
        refunded: money(refundedMinor, booking.currency),
        refundable: money(refundableMinor, booking.currency),
        tickets: ticketsOf.get(booking.id)!,
        payments: paymentsOf.get(booking.id)!.map((payment) => ({
          provider: payment.provider,
          orderId: payment.providerOrderId,
          captureId: payment.providerCaptureId,
          status: payment.status,
          amount: money(payment.amountMinor, payment.currency),
          paidBooking: payment.providerCaptureId === paidCapture,
          createdAt: payment.createdAt,
          updatedAt: payment.updatedAt,
        })),
        refunds: ownRefunds.map((refund) => ({
          id: refund.id,
          amount: money(refund.amountMinor, refund.currency),
          reason: refund.reason,
          requestedBy: refund.requestedByEmail,
          providerRefundId: refund.providerRefundId,
          captureId: refund.providerCaptureId,
          ofBookingPayment: refund.providerCaptureId === paidCapture,
          createdAt: refund.createdAt,
        })),
      };
    });
  }
}
