/**
 * The admin side of bookings: find and read them (with tickets, payments, refunds and e-mails),
 * cancel them, refund them through PayPal, resend the confirmation, sales figures and a CSV export.
 *
 * Money first, then the database (as in CheckoutService): a refund is asked of PayPal outside any
 * transaction and recorded when PayPal said yes; cancelling changes the booking afterwards in one
 * short transaction with its audit entry and e-mail. PayPal failing therefore leaves nothing changed,
 * and a retry repeats the same PayPal request (same PayPal-Request-Id), so it never refunds twice:
 *   cancel with refund   admin-cancel:<bookingId>            (a booking is cancelled once)
 *   refund               admin-refund:<bookingId>:<hash of the client's idempotency key>
 *                        (no key: admin-refund:<bookingId>:<refunded so far>:<amount>)
 *
 * A full refund does not cancel the booking (as in pretix): the booking becomes REFUNDED and its
 * tickets VOID (BookingsService.recordRefund), but the seats stay sold until an admin cancels it;
 * cancelBooking with `refund` does both.
 */
import { createHash } from 'node:crypto';
import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { toCsv } from '../../csv';
import { requireViewer } from '../../graphql/auth-checker';
import type { GraphQLContext, Viewer } from '../../graphql/context';
import { userInputError } from '../../graphql/errors';
import { money } from '../../graphql/money.types';
import { decodeCursor, encodeCursor } from '../../graphql/pagination';
import { userError } from '../../graphql/user-error.types';
import type { AuditService } from '../audit/audit.service';
import { likePattern, type CheckInService } from '../checkin/checkin.service';
import type { CheckoutService } from '../checkout/checkout.service';
import type { EmailMessageEntity } from '../email/email-message.entity';
import type { EmailService } from '../email/email.service';
import { EventEntity } from '../events/event.entity';
import { PaymentProviderUnavailableError } from '../payments/payment-errors';
import { minorUnitsToDecimal } from '../payments/currency-units';
import type { Logger } from '../../logger';
import type {
  AdminBookingFilterInput,
  AdminBookingsArgs,
  CancelBookingInput,
  RefundBookingInput,
  ResendBookingConfirmationInput,
  SalesOverviewArgs,
} from './booking-admin.inputs';
import {
  AdminBookingErrorCode,
  type AdminBooking,
  type AdminBookingError,
  type AdminBookingPayload,
  type CurrencyRevenue,
  type DailySales,
  type SalesFigures,
  type SalesOverview,
} from './booking-admin.types';
import { BookingLineEntity } from './booking-line.entity';
import type { BookingNotifications } from './booking-notifications';
import { BookingPaymentEntity } from './booking-payment.entity';
import { BookingRefundEntity } from './booking-refund.entity';
import { BookingEntity } from './booking.entity';
import {
  describeStatus,
  hasBeenPaidMoney,
  hasValidTickets,
  holdsSeats,
  isCancellable,
  isPaid,
  isRefundable,
} from './booking-status';
import type { BookingsService } from './bookings.service';

const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The CSV export stops here and asks for a narrower filter (about 1.5 MB of text). */
export const MAX_CSV_BOOKINGS = 10_000;

/** Microsecond-exact text of created_at for cursors (an ISO string from JS would drop microseconds). */
const CREATED_AT_TEXT = `to_char(booking.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface AdminBookingPage {
  bookings: AdminBooking[];
  cursors: string[];
  hasNextPage: boolean;
}

const bookingError = (
  code: AdminBookingErrorCode,
  message: string,
  field: string | null = null,
): AdminBookingError => userError(code, message, field);

/** What of the booking's payment was refunded, and what may still be. */
function moneyOf(booking: BookingEntity, refunds: BookingRefundEntity[]) {
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

function formatAmount(amountMinor: number, currency: string): string {
  return minorUnitsToDecimal(amountMinor, currency);
}

export class BookingAdminService {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: BookingsService,
    private readonly checkout: CheckoutService,
    private readonly notifications: BookingNotifications,
    private readonly checkIn: CheckInService,
    private readonly email: EmailService,
    private readonly audit: AuditService,
    logger: Logger,
  ) {
    this.logger = logger.child({ component: 'booking-admin' });
  }

  // ----- Reading ---------------------------------------------------------------------------------

  /** Bookings newest first, keyset-paginated on (created_at, id). */
  async list(args: AdminBookingsArgs): Promise<AdminBookingPage> {
    const builder = this.filtered(args.filter);
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, ['string', 'string']) as [string, string];
      if (Number.isNaN(new Date(createdAt).getTime()) || !UUID.test(id)) {
        throw userInputError('after', 'is not a cursor this list returned');
      }
      builder.andWhere('(booking.created_at, booking.id) < (CAST(:afterCreated AS timestamptz), :afterId)', {
        afterCreated: createdAt,
        afterId: id,
      });
    }
    const { entities, raw } = await builder
      .addSelect(CREATED_AT_TEXT, 'cursor_created_at')
      .orderBy('booking.createdAt', 'DESC')
      .addOrderBy('booking.id', 'DESC')
      .limit(args.first + 1)
      .getRawAndEntities<{ cursor_created_at: string }>();
    const page = entities.slice(0, args.first);
    return {
      bookings: await this.toAdminBookings(page),
      cursors: page.map((booking, index) => encodeCursor([raw[index].cursor_created_at, booking.id])),
      hasNextPage: entities.length > args.first,
    };
  }

  /** One booking by id or reference; null when none has it. */
  async get(idOrReference: string): Promise<AdminBooking | null> {
    const booking = await this.find(idOrReference);
    return booking ? (await this.toAdminBookings([booking]))[0] : null;
  }

  /**
   * The outbox messages about a booking: those whose cause names the booking, one of its tickets or
   * waiver signatures, or one of its captures.
   */
  async emailsOf(bookingId: string): Promise<EmailMessageEntity[]> {
    const subjects = (await this.dataSource.query(
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

  /** The filtered bookings as CSV text (header row), newest first; refused above MAX_CSV_BOOKINGS. */
  async csv(filter: AdminBookingFilterInput | null | undefined): Promise<string> {
    const rows = await this.filtered(filter)
      .innerJoin(EventEntity, 'event', 'event.id = booking.eventId')
      .select([
        'booking.reference AS reference',
        'booking.status AS status',
        'booking.createdAt AS created_at',
        'booking.buyerName AS buyer_name',
        'booking.buyerEmail AS buyer_email',
        'event.title AS event',
        'booking.totalMinor AS total_minor',
        'booking.currency AS currency',
      ])
      .addSelect(
        '(SELECT coalesce(sum(l.quantity), 0) FROM booking_line l WHERE l.booking_id = booking.id)::int',
        'tickets',
      )
      .addSelect(
        `(SELECT coalesce(sum(r.amount_minor), 0) FROM booking_refund r
           WHERE r.booking_id = booking.id AND r.provider_capture_id = booking.provider_capture_id
             AND booking.confirmed_at IS NOT NULL)::int`,
        'refunded_minor',
      )
      .orderBy('booking.createdAt', 'DESC')
      .addOrderBy('booking.id', 'DESC')
      .limit(MAX_CSV_BOOKINGS + 1)
      .getRawMany<{
        reference: string;
        status: string;
        created_at: Date;
        buyer_name: string;
        buyer_email: string;
        event: string;
        total_minor: number;
        currency: string;
        tickets: number;
        refunded_minor: number;
      }>();
    if (rows.length > MAX_CSV_BOOKINGS) {
      throw userInputError(
        'filter',
        `matches more than ${MAX_CSV_BOOKINGS} bookings: narrow it (by event, status or dates) and export in parts`,
      );
    }
    return toCsv(
      [
        'reference',
        'status',
        'created_at',
        'buyer_name',
        'buyer_email',
        'event',
        'tickets',
        'total',
        'refunded',
        'currency',
      ],
      rows.map((row) => [
        row.reference,
        row.status,
        row.created_at.toISOString(),
        row.buyer_name,
        row.buyer_email,
        row.event,
        row.tickets,
        formatAmount(row.total_minor, row.currency),
        formatAmount(row.refunded_minor, row.currency),
        row.currency,
      ]),
    );
  }

  /**
   * Tickets sold and money taken, per currency: a booking counts on the day it was confirmed (free
   * ones too, with no money), a refund of a booking's payment on the day it was made. Days are
   * calendar days in `timeZone`; today is the one `now` falls in.
   */
  async salesOverview(args: SalesOverviewArgs, now: Date): Promise<SalesOverview> {
    const span = Math.max(args.days, 30);
    const rows = (await this.dataSource.query(
      `WITH bounds AS (
         SELECT ($1::timestamptz AT TIME ZONE $2)::date AS today
       ), window_start AS (
         SELECT ((today - ($3::int - 1))::timestamp AT TIME ZONE $2) AS since FROM bounds
       ), sales AS (
         SELECT (b.confirmed_at AT TIME ZONE $2)::date AS day, b.currency, b.total_minor AS gross, 0 AS refunded,
                (SELECT sum(l.quantity) FROM booking_line l WHERE l.booking_id = b.id) AS tickets, 1 AS bookings
           FROM booking b, window_start w
          WHERE b.confirmed_at >= w.since AND b.confirmed_at <= $1 AND ($4::uuid IS NULL OR b.event_id = $4)
         UNION ALL
         SELECT (r.created_at AT TIME ZONE $2)::date, r.currency, 0, r.amount_minor, 0, 0
           FROM booking_refund r
           JOIN booking b ON b.id = r.booking_id AND r.provider_capture_id = b.provider_capture_id
                          AND b.confirmed_at IS NOT NULL
           CROSS JOIN window_start w
          WHERE r.created_at >= w.since AND r.created_at <= $1 AND ($4::uuid IS NULL OR b.event_id = $4)
       )
       SELECT to_char(day, 'YYYY-MM-DD') AS day, currency, sum(gross)::bigint AS gross,
              sum(refunded)::bigint AS refunded, sum(tickets)::int AS tickets, sum(bookings)::int AS bookings,
              (SELECT to_char(today, 'YYYY-MM-DD') FROM bounds) AS today
         FROM sales GROUP BY day, currency
       UNION ALL
       SELECT NULL, NULL, 0, 0, 0, 0, to_char(today, 'YYYY-MM-DD') FROM bounds`,
      [now, args.timeZone, span, args.eventId ?? null],
    )) as {
      day: string | null;
      currency: string | null;
      gross: string;
      refunded: string;
      tickets: number;
      bookings: number;
      today: string;
    }[];
    const today = rows[0].today;
    const facts = rows.filter((row) => row.day !== null);
    const currenciesOf = (selected: typeof facts) =>
      [...new Set(selected.map((row) => row.currency!))].sort();
    const summarise = (selected: typeof facts, currencies: string[]): SalesFigures => ({
      ticketsSold: selected.reduce((sum, row) => sum + row.tickets, 0),
      bookings: selected.reduce((sum, row) => sum + row.bookings, 0),
      revenue: currencies.map((currency): CurrencyRevenue => {
        const own = selected.filter((row) => row.currency === currency);
        const gross = own.reduce((sum, row) => sum + Number(row.gross), 0);
        const refunded = own.reduce((sum, row) => sum + Number(row.refunded), 0);
        return {
          currency,
          gross: money(gross, currency),
          refunded: money(refunded, currency),
          net: money(gross - refunded, currency),
        };
      }),
    });
    const daysBefore = (day: string) => (Date.parse(today) - Date.parse(day)) / DAY_MS;
    const lastDays = (count: number) => {
      const within = facts.filter((row) => daysBefore(row.day!) < count);
      return summarise(within, currenciesOf(within));
    };
    // Every day of the series lists the same currencies, so a chart gets a point per day each.
    const seriesCurrencies = currenciesOf(facts.filter((row) => daysBefore(row.day!) < args.days));
    const daily: DailySales[] = [];
    for (let offset = args.days - 1; offset >= 0; offset--) {
      const date = new Date(Date.parse(today) - offset * DAY_MS).toISOString().slice(0, 10);
      daily.push({
        date,
        ...summarise(
          facts.filter((row) => row.day === date),
          seriesCurrencies,
        ),
      });
    }
    return {
      eventId: args.eventId ?? null,
      timeZone: args.timeZone,
      today: lastDays(1),
      last7Days: lastDays(7),
      last30Days: lastDays(30),
      daily,
    };
  }

  // ----- Changing ---------------------------------------------------------------------------------

  /**
   * Calls a booking off. A hold: PayPal is asked first whether it was paid after all (then it is
   * confirmed instead, and PAYMENT_RECEIVED says so); otherwise its seats go back. A paid booking:
   * with `refund`, what is still refundable goes back through PayPal first (a failure changes
   * nothing), then its seats go back and its tickets become void. The buyer gets the "booking
   * cancelled" e-mail (and "refund issued" for the refund). A cancelled booking is not cancelled again.
   */
  async cancel(input: CancelBookingInput, context: GraphQLContext): Promise<AdminBookingPayload> {
    const actor = requireViewer(context);
    const reason = input.reason.trim();
    if (!reason) throw userInputError('reason', 'must not be blank');
    const booking = await this.bookings.findEntityById(input.bookingId);
    if (!booking) return this.notFound();
    const held = holdsSeats(booking.status);
    if (!isCancellable(booking.status)) {
      return this.refused(
        booking.id,
        bookingError(
          AdminBookingErrorCode.NOT_CANCELLABLE,
          `This booking is ${describeStatus(booking.status)} already.`,
          'bookingId',
        ),
      );
    }

    if (held) {
      try {
        const settled = await this.checkout.settleIfPaid(booking, context.ctx.now);
        // A completed payment confirmed it; a pending one leaves it held, and is refunded in full
        // when it completes after the cancellation (HOLD_LOST), so cancelling goes on.
        const now = settled ? await this.bookings.findEntityById(booking.id) : booking;
        if (now && isPaid(now.status)) return this.paidMeanwhile(booking.id);
      } catch (error) {
        // Cancelling a hold does not need PayPal: a payment that lands later is refunded (HOLD_LOST).
        if (!(error instanceof PaymentProviderUnavailableError)) throw error;
      }
    }

    let refundedNow: { amountMinor: number; currency: string } | null = null;
    if (!held && input.refund) {
      const { refundableMinor } = moneyOf(booking, await this.refundsOf(booking.id));
      if (refundableMinor > 0) {
        const refunded = await this.refundThroughPayPal(booking, actor, context.ctx.now, {
          amountMinor: refundableMinor,
          reason,
          requestId: `admin-cancel:${booking.id}`,
          field: 'refund',
        });
        if ('error' in refunded) return this.refused(booking.id, refunded.error);
        refundedNow = { amountMinor: refunded.amountMinor, currency: booking.currency };
      }
    }

    const result = await this.bookings.cancel(
      booking.id,
      { reason, now: context.ctx.now, expected: held ? 'held' : 'paid' },
      async (manager, cancelled) => {
        await this.audit.record(manager, actor, context.ctx.now, {
          action: 'booking.cancel',
          objectType: 'booking',
          objectId: booking.id,
          changes: {
            status: { before: booking.status, after: cancelled.status },
            cancellationReason: { before: null, after: reason },
            ...(refundedNow ? { refundedNowMinor: { before: 0, after: refundedNow.amountMinor } } : {}),
          },
        });
        await this.notifications.bookingCancelled(manager, cancelled, {
          reason,
          refund: refundedNow ? money(refundedNow.amountMinor, refundedNow.currency) : null,
        });
      },
    );
    switch (result.outcome) {
      case 'NOT_FOUND':
        return this.notFound();
      case 'CANCELLED':
        return { booking: await this.get(booking.id), errors: [] };
      case 'STATUS_CHANGED':
        return isPaid(result.booking.status)
          ? this.paidMeanwhile(booking.id)
          : this.refused(
              booking.id,
              bookingError(
                AdminBookingErrorCode.NOT_CANCELLABLE,
                `This booking changed meanwhile (it is ${describeStatus(result.booking.status)} now): look at it again.`,
                'bookingId',
              ),
            );
      case 'NOT_CANCELLABLE':
        return this.refused(
          booking.id,
          bookingError(
            AdminBookingErrorCode.NOT_CANCELLABLE,
            `This booking is ${describeStatus(result.booking.status)} already.`,
            'bookingId',
          ),
        );
    }
  }

  /**
   * Gives money back through PayPal: `amountMinor`, or everything still refundable. Never more than
   * refundable (AMOUNT_EXCEEDS_REFUNDABLE on amountMinor); repeats with one idempotency key refund once.
   */
  async refund(input: RefundBookingInput, context: GraphQLContext): Promise<AdminBookingPayload> {
    const actor = requireViewer(context);
    const reason = input.reason.trim();
    if (!reason) throw userInputError('reason', 'must not be blank');
    const booking = await this.bookings.findEntityById(input.bookingId);
    if (!booking) return this.notFound();
    const { refundedMinor, refundableMinor } = moneyOf(booking, await this.refundsOf(booking.id));
    if (refundableMinor <= 0) {
      return this.refused(
        booking.id,
        bookingError(
          AdminBookingErrorCode.NOTHING_TO_REFUND,
          booking.confirmedAt && booking.providerCaptureId
            ? 'Everything paid for this booking has been refunded already.'
            : 'This booking was never paid: there is nothing to refund.',
          'bookingId',
        ),
      );
    }
    const amountMinor = input.amountMinor ?? refundableMinor;
    if (amountMinor > refundableMinor) {
      return this.refused(
        booking.id,
        bookingError(
          AdminBookingErrorCode.AMOUNT_EXCEEDS_REFUNDABLE,
          `At most ${formatAmount(refundableMinor, booking.currency)} ${booking.currency} can be refunded.`,
          'amountMinor',
        ),
      );
    }
    const requestId = input.idempotencyKey
      ? `admin-refund:${booking.id}:${createHash('sha256').update(input.idempotencyKey).digest('hex').slice(0, 40)}`
      : `admin-refund:${booking.id}:${refundedMinor}:${amountMinor}`;
    const refunded = await this.refundThroughPayPal(booking, actor, context.ctx.now, {
      amountMinor,
      reason,
      requestId,
      field: 'amountMinor',
    });
    if ('error' in refunded) return this.refused(booking.id, refunded.error);
    return { booking: await this.get(booking.id), errors: [] };
  }

  /** Sends the confirmation (tickets as they are now) again, as a new message each time. */
  async resendConfirmation(
    input: ResendBookingConfirmationInput,
    context: GraphQLContext,
  ): Promise<AdminBookingPayload> {
    const actor = requireViewer(context);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const booking = await this.lock(manager, input.bookingId);
      if (!booking) return 'NOT_FOUND' as const;
      if (!hasValidTickets(booking.status)) return booking.status;
      const resendNumber = booking.confirmationResendCount + 1;
      await manager.update(BookingEntity, booking.id, { confirmationResendCount: resendNumber });
      await this.notifications.confirmationResent(manager, booking.id, resendNumber);
      await this.audit.record(manager, actor, context.ctx.now, {
        action: 'booking.resendConfirmation',
        objectType: 'booking',
        objectId: booking.id,
        changes: {
          confirmationResendCount: { before: booking.confirmationResendCount, after: resendNumber },
        },
      });
      return 'RESENT' as const;
    });
    if (outcome === 'NOT_FOUND') return this.notFound();
    if (outcome !== 'RESENT') {
      return this.refused(
        input.bookingId,
        bookingError(
          AdminBookingErrorCode.NOT_CONFIRMED,
          `This booking is ${describeStatus(outcome)}: its tickets are not valid, so there is no confirmation to resend.`,
          'bookingId',
        ),
      );
    }
    return { booking: await this.get(input.bookingId), errors: [] };
  }

  // ----- Helpers ----------------------------------------------------------------------------------

  /**
   * Refunds through CheckoutService (PayPal first, then the record), auditing and e-mailing the buyer
   * in the recording transaction. PayPal unreachable or refusing comes back as an error; nothing is
   * recorded then.
   */
  private async refundThroughPayPal(
    booking: BookingEntity,
    actor: Viewer,
    now: Date,
    refund: { amountMinor: number; reason: string; requestId: string; field: string },
  ): Promise<{ amountMinor: number } | { error: AdminBookingError }> {
    let result: Awaited<ReturnType<CheckoutService['refund']>>;
    try {
      result = await this.checkout.refund(
        booking,
        {
          captureId: booking.providerCaptureId!,
          currency: booking.currency,
          amountMinor: refund.amountMinor,
          reason: refund.reason,
          requestId: refund.requestId,
          requestedBy: { accountId: actor.accountId, email: actor.email },
        },
        async (manager, locked, recorded, isNew) => {
          const refundedMinor = await this.refundedOf(manager, locked);
          if (isNew) {
            await this.audit.record(manager, actor, now, {
              action: 'booking.refund',
              objectType: 'booking',
              objectId: booking.id,
              changes: {
                refundedMinor: { before: refundedMinor - recorded.amountMinor, after: refundedMinor },
                refundReason: { before: null, after: refund.reason },
              },
            });
          }
          await this.notifications.refundIssued(manager, locked, {
            refundId: recorded.refundId,
            amount: money(recorded.amountMinor, recorded.currency),
            isFullRefund: refundedMinor >= locked.totalMinor,
            reason: refund.reason,
          });
        },
      );
    } catch (error) {
      if (!(error instanceof PaymentProviderUnavailableError)) throw error;
      this.logger.warn({ err: error, bookingId: booking.id }, 'PayPal unavailable for an admin refund');
      return {
        error: bookingError(
          AdminBookingErrorCode.PAYMENT_PROVIDER_UNAVAILABLE,
          'PayPal did not answer, so nothing was changed here. Try again in a moment: a retry never refunds twice (if PayPal did refund meanwhile, the retry records it).',
        ),
      };
    }
    if ('refusedBecause' in result) {
      return {
        error: bookingError(
          AdminBookingErrorCode.REFUND_REFUSED,
          `PayPal refused the refund (${result.refusedBecause}); nothing was changed.`,
          refund.field,
        ),
      };
    }
    return { amountMinor: result.amountMinor };
  }

  /** Sum of the refunds of the payment that paid the booking, read in the caller's transaction. */
  private async refundedOf(manager: EntityManager, booking: BookingEntity): Promise<number> {
    const [row] = (await manager.query(
      `SELECT coalesce(sum(amount_minor), 0)::int AS sum FROM booking_refund
        WHERE booking_id = $1 AND provider_capture_id = $2`,
      [booking.id, booking.providerCaptureId],
    )) as { sum: number }[];
    return row.sum;
  }

  private refundsOf(bookingId: string): Promise<BookingRefundEntity[]> {
    return this.dataSource.manager.find(BookingRefundEntity, {
      where: { bookingId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private find(idOrReference: string): Promise<BookingEntity | null> {
    const repository = this.dataSource.getRepository(BookingEntity);
    if (UUID.test(idOrReference)) return repository.findOneBy({ id: idOrReference });
    return repository.findOneBy({ reference: idOrReference.trim().toUpperCase() });
  }

  private lock(manager: EntityManager, bookingId: string): Promise<BookingEntity | null> {
    return manager
      .getRepository(BookingEntity)
      .createQueryBuilder('booking')
      .setLock('pessimistic_write')
      .where('booking.id = :bookingId', { bookingId })
      .getOne();
  }

  /** Bookings matching the filter; malformed filters are refused naming the field. */
  private filtered(filter: AdminBookingFilterInput | null | undefined): SelectQueryBuilder<BookingEntity> {
    const builder = this.dataSource.getRepository(BookingEntity).createQueryBuilder('booking');
    if (!filter) return builder;
    if (filter.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo) {
      throw userInputError('filter.createdTo', 'must not be before createdFrom');
    }
    if (filter.eventId) builder.andWhere('booking.eventId = :eventId', { eventId: filter.eventId });
    if (filter.statuses && filter.statuses.length > 0) {
      builder.andWhere('booking.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.createdFrom) {
      builder.andWhere('booking.createdAt >= :createdFrom', { createdFrom: filter.createdFrom });
    }
    if (filter.createdTo) builder.andWhere('booking.createdAt < :createdTo', { createdTo: filter.createdTo });
    const search = filter.search?.trim();
    if (search) {
      const pattern = likePattern(search);
      builder.andWhere(
        new Brackets((match) =>
          match
            .where('booking.reference ILIKE :pattern', { pattern })
            .orWhere('booking.buyerName ILIKE :pattern')
            .orWhere('booking.buyerEmail ILIKE :pattern')
            .orWhere(
              'EXISTS (SELECT 1 FROM ticket t WHERE t.booking_id = booking.id AND t.attendee_name ILIKE :pattern)',
            ),
        ),
      );
    }
    return builder;
  }

  /** Admin views of bookings, with everything they show loaded in one statement per kind. */
  private async toAdminBookings(bookings: BookingEntity[]): Promise<AdminBooking[]> {
    if (bookings.length === 0) return [];
    const ids = bookings.map((booking) => booking.id);
    const manager = this.dataSource.manager;
    const [events, lines, tickets, refunds, payments] = await Promise.all([
      manager.findBy(EventEntity, { id: In([...new Set(bookings.map((booking) => booking.eventId))]) }),
      manager.find(BookingLineEntity, {
        where: { bookingId: In(ids) },
        relations: { ticketType: true },
        order: { ticketType: { sortOrder: 'ASC', createdAt: 'ASC' } },
      }),
      this.checkIn.ticketsOfBookings(ids),
      manager.find(BookingRefundEntity, {
        where: { bookingId: In(ids) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      manager.find(BookingPaymentEntity, {
        where: { bookingId: In(ids) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    ]);
    const eventById = new Map(events.map((event) => [event.id, event]));
    return bookings.map((booking) => {
      const event = eventById.get(booking.eventId)!;
      const own = <T extends { bookingId: string }>(items: T[]) =>
        items.filter((item) => item.bookingId === booking.id);
      const ownRefunds = own(refunds);
      const ownLines = own(lines);
      const { refundedMinor, refundableMinor } = moneyOf(booking, ownRefunds);
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
          ticketTypeName: line.ticketType!.name,
          quantity: line.quantity,
          unitPrice: money(line.unitPriceMinor, booking.currency),
          total: money(line.unitPriceMinor * line.quantity, booking.currency),
        })),
        ticketCount: ownLines.reduce((sum, line) => sum + line.quantity, 0),
        total: money(booking.totalMinor, booking.currency),
        refunded: money(refundedMinor, booking.currency),
        refundable: money(refundableMinor, booking.currency),
        tickets: own(tickets),
        payments: own(payments).map((payment) => ({
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

  private notFound(): AdminBookingPayload {
    return {
      booking: null,
      errors: [bookingError(AdminBookingErrorCode.BOOKING_NOT_FOUND, 'No booking has this id.', 'bookingId')],
    };
  }

  private async refused(bookingId: string, error: AdminBookingError): Promise<AdminBookingPayload> {
    return { booking: await this.get(bookingId), errors: [error] };
  }

  private paidMeanwhile(bookingId: string): Promise<AdminBookingPayload> {
    return this.refused(
      bookingId,
      bookingError(
        AdminBookingErrorCode.PAYMENT_RECEIVED,
        'The buyer has just paid, so the booking was confirmed instead of cancelled. Cancel it again to cancel and refund it.',
        'bookingId',
      ),
    );
  }
}
