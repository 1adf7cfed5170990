/**
 * Reports for the admin area: the CSV exports (bookings; an event's attendees and its signed waivers)
 * and the sales overview (tickets sold and money taken per currency over days). Reads only; the
 * GraphQL side is reports.resolver.ts.
 */
import { invalidInput } from '../../common/domain-error';
import { money } from '../../common/money';
import type { RequestContext } from '../../common/request-context';
import { toCsv } from '../../csv';
import type { QuestionAnswersService } from '../questions/question-answers.service';
import type { UnitOfWork } from '../../db/unit-of-work';
import { filteredBookings } from '../bookings/booking-filter';
import type { CheckInService } from '../checkin/checkin.service';
import { EventEntity } from '../events/event.entity';
import { minorUnitsToDecimal } from '../../common/money';
import { eventOfPool, poolSales } from './pool-sales';
import type { AdminBookingsCsvArgs, SalesOverviewArgs } from './reports.inputs';
import type { CurrencyRevenue, DailySales, SalesFigures, SalesOverview } from './reports.types';
import { UUID } from '../../common/uuid';

const DAY_MS = 86_400_000;
/** The CSV export stops here and asks for a narrower filter (about 1.5 MB of text). */
export const MAX_CSV_BOOKINGS = 10_000;

export class ReportsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly checkIn: Pick<CheckInService, 'allAttendees'>,
    private readonly questions: Pick<QuestionAnswersService, 'answerColumns' | 'bookingAnswerColumns'>,
  ) {}

  /** The filtered bookings as CSV text (header row), newest first; refused above MAX_CSV_BOOKINGS. */
  async bookingsCsv(ctx: RequestContext, input: AdminBookingsCsvArgs): Promise<string> {
    const rows = await filteredBookings(this.uow.manager, input.filter)
      .innerJoin(EventEntity, 'event', 'event.id = booking.eventId')
      .select([
        'booking.id AS id',
        'booking.eventId AS event_id',
        'booking.reference AS reference',
        'booking.status AS status',
        'booking.createdAt AS created_at',
        'booking.buyerName AS buyer_name',
        'booking.buyerEmail AS buyer_email',
        'event.title AS event',
        'booking.totalMinor AS total_minor',
        'booking.currency AS currency',
        'booking.voucherCode AS voucher_code',
      ])
      .addSelect(
        '(SELECT coalesce(sum(l.quantity), 0) FROM booking_line l WHERE l.booking_id = booking.id)::int',
        'tickets',
      )
      .addSelect(
        `(SELECT coalesce(sum(l.quantity * l.unit_discount_minor), 0) FROM booking_line l
           WHERE l.booking_id = booking.id)::int`,
        'discount_minor',
      )
      .addSelect(
        `(SELECT coalesce(json_agg(json_build_object('name', tt.name, 'quantity', l.quantity,
                                                     'unit', l.unit_discount_minor) ORDER BY tt.sort_order, tt.name), '[]')
           FROM booking_line l JOIN ticket_type tt ON tt.id = l.ticket_type_id
           WHERE l.booking_id = booking.id AND l.unit_discount_minor > 0)`,
        'line_discounts',
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
        id: string;
        event_id: string;
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
        voucher_code: string | null;
        discount_minor: number;
        line_discounts: { name: string; quantity: number; unit: number }[];
      }>();
    if (rows.length > MAX_CSV_BOOKINGS) {
      throw invalidInput(
        'filter',
        `matches more than ${MAX_CSV_BOOKINGS} bookings: narrow it (by event, status or dates) and export in parts`,
      );
    }
    const answers = await this.questions.bookingAnswerColumns(
      ctx,
      rows.map((row) => ({ id: row.id, eventId: row.event_id })),
    );
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
        'voucher_code',
        'discount',
        'line_discounts',
        ...answers.headers,
      ],
      rows.map((row) => [
        row.reference,
        row.status,
        row.created_at.toISOString(),
        row.buyer_name,
        row.buyer_email,
        row.event,
        row.tickets,
        minorUnitsToDecimal(row.total_minor, row.currency),
        minorUnitsToDecimal(row.refunded_minor, row.currency),
        row.currency,
        row.voucher_code ?? '',
        minorUnitsToDecimal(row.discount_minor, row.currency),
        // The code's discount per line, e.g. "2 x Standard: 5.00 off each; 1 x VIP: 8.00 off each".
        row.line_discounts
          .map(
            (line) =>
              `${line.quantity} x ${line.name}: ${minorUnitsToDecimal(line.unit, row.currency)} off each`,
          )
          .join('; '),
        ...answers.cellsOf(row.id),
      ]),
    );
  }

  /**
   * Tickets sold and money taken, per currency: a booking counts on the day it was confirmed (free
   * ones too, with no money), a refund of a booking's payment on the day it was made. Days are
   * calendar days in `timeZone`; today is the one `now` falls in. A series counts all its dates.
   */
  async salesOverview(ctx: RequestContext, args: SalesOverviewArgs): Promise<SalesOverview> {
    const now = ctx.now;
    const eventId = await eventOfPool(this.uow.manager, args.eventId ?? null, args.poolId ?? null);
    const span = Math.max(args.days, 30);
    const rows = (await this.uow.manager.query(
      `WITH bounds AS (
         SELECT ($1::timestamptz AT TIME ZONE $2)::date AS today
       ), window_start AS (
         SELECT ((today - ($3::int - 1))::timestamp AT TIME ZONE $2) AS since FROM bounds
       ), sales AS (
         SELECT (b.confirmed_at AT TIME ZONE $2)::date AS day, b.currency, b.total_minor AS gross, 0 AS refunded,
                (SELECT sum(l.quantity) FROM booking_line l WHERE l.booking_id = b.id) AS tickets, 1 AS bookings
           FROM booking b, window_start w
          WHERE b.confirmed_at >= w.since AND b.confirmed_at <= $1 AND ($4::uuid IS NULL OR b.event_id = $4 OR b.event_id IN (SELECT d.id FROM event d WHERE d.series_id = $4))
         UNION ALL
         SELECT (r.created_at AT TIME ZONE $2)::date, r.currency, 0, r.amount_minor, 0, 0
           FROM booking_refund r
           JOIN booking b ON b.id = r.booking_id AND r.provider_capture_id = b.provider_capture_id
                          AND b.confirmed_at IS NOT NULL
           CROSS JOIN window_start w
          WHERE r.created_at >= w.since AND r.created_at <= $1 AND ($4::uuid IS NULL OR b.event_id = $4 OR b.event_id IN (SELECT d.id FROM event d WHERE d.series_id = $4))
       )
       SELECT to_char(day, 'YYYY-MM-DD') AS day, currency, sum(gross)::bigint AS gross,
              sum(refunded)::bigint AS refunded, sum(tickets)::int AS tickets, sum(bookings)::int AS bookings,
              (SELECT to_char(today, 'YYYY-MM-DD') FROM bounds) AS today
         FROM sales GROUP BY day, currency
       UNION ALL
       SELECT NULL, NULL, 0, 0, 0, 0, to_char(today, 'YYYY-MM-DD') FROM bounds`,
      [now, args.timeZone, span, eventId],
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
      eventId,
      timeZone: args.timeZone,
      today: lastDays(1),
      last7Days: lastDays(7),
      last30Days: lastDays(30),
      daily,
      pools: eventId
        ? await poolSales(this.uow.manager, {
            ...args,
            eventId,
            poolId: args.poolId ?? null,
            now,
            dates: daily.map((day) => day.date),
          })
        : [],
    };
  }

  /**
   * Every attendee of the event as CSV (header row), by name, then one column per checkout question
   * (the attendee's answer, or their buyer's); null for an unknown event.
   */
  async attendeesCsv(ctx: RequestContext, eventId: string): Promise<string | null> {
    if (!(await this.eventExists(eventId))) return null;
    const attendees = await this.checkIn.allAttendees(eventId);
    const answers = await this.questions.answerColumns(ctx, eventId);
    return toCsv(
      [
        'attendee_name',
        'attendee_email',
        'ticket_type',
        'ticket_code',
        'booking_reference',
        'booking_status',
        'checked_in_at',
        'checked_in_by',
        'waiver_status',
        'waiver_version',
        'waiver_signed_at',
        ...answers.headers,
      ],
      attendees.map((attendee) => [
        attendee.attendeeName,
        attendee.attendeeEmail ?? '',
        attendee.ticketTypeName,
        attendee.code ?? '',
        attendee.bookingReference,
        attendee.bookingStatus,
        attendee.checkedInAt?.toISOString() ?? '',
        attendee.checkedInBy ?? '',
        attendee.waiverStatus,
        attendee.waiverVersion ?? '',
        attendee.waiverSignedAt?.toISOString() ?? '',
        ...answers.cellsOf(attendee.ticketId),
      ]),
    );
  }

  /** Signed waivers of an event as CSV (RFC 4180, header row), oldest signature first. */
  async signaturesCsv(_ctx: RequestContext, eventId: string): Promise<string | null> {
    if (!(await this.eventExists(eventId))) return null;
    const rows = (await this.uow.manager.query(
      `SELECT v.version, s.signer_name, s.signed_at, s.method, t.attendee_name, t.attendee_email, t.code,
              b.reference, s.client_address, s.user_agent, s.recorded_by_email
         FROM waiver_signature s
         JOIN waiver_version v ON v.id = s.version_id
         JOIN ticket t ON t.id = s.ticket_id
         JOIN booking b ON b.id = t.booking_id
        WHERE s.event_id = $1 AND s.signed_at IS NOT NULL
        ORDER BY s.signed_at, s.id`,
      [eventId],
    )) as Record<string, string | number | Date | null>[];
    return toCsv(
      [
        'waiver_version',
        'signer_name',
        'signed_at',
        'method',
        'attendee_name',
        'attendee_email',
        'ticket_code',
        'booking_reference',
        'client_address',
        'user_agent',
        'recorded_by',
      ],
      rows.map((row) => [
        row.version,
        row.signer_name,
        (row.signed_at as Date).toISOString(),
        row.method,
        row.attendee_name,
        row.attendee_email ?? '',
        row.code ?? '',
        row.reference,
        row.client_address ?? '',
        row.user_agent ?? '',
        row.recorded_by_email ?? '',
      ]),
    );
  }

  /** Whether an event has this id (a malformed id is simply unknown). */
  private async eventExists(eventId: string): Promise<boolean> {
    return UUID.test(eventId) && (await this.uow.manager.existsBy(EventEntity, { id: eventId }));
  }
}
