/**
 * The check-in module: GraphQL types and resolver (checkin.types.ts, checkin.resolver.ts) and this
 * service. Check-in at the door: find a ticket by its code or the attendee's name, check it in once, list an
 * event's attendees with their check-in and waiver status (the CSV export is in modules/reports).
 *
 * A ticket is checked in by one conditional UPDATE (... WHERE checked_in_at IS NULL): two staff
 * scanning the same code at once get one success and one ALREADY_CHECKED_IN naming the first.
 */
import { ticketCheckedInWebhookEvent } from '../webhooks/webhook-payloads';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { AuditService } from '../audit/audit.service';
import { formatTicketShortCode, normalizeTicketShortCode } from '../bookings/booking-codes';
import { hasValidTickets, VALID_TICKET_STATUSES } from '../bookings/booking-status';
import type { BookingStatus } from '../bookings/booking.entity';
import type { TicketStatus } from '../bookings/ticket.entity';
import { waiverRequiredSql } from '../waivers/waiver-rules';
import type { WaiverSignatureMethod } from '../waivers/waiver-signature.entity';
import { WaiverStatus } from '../waivers/waivers.types';
import type { CheckInTicketInput, EventAttendeesArgs, UndoCheckInInput } from './checkin.inputs';
import {
  CheckInErrorCode,
  type AttendeeTicket,
  type CheckInCounts,
  type CheckInError,
  type CheckInPayload,
} from './checkin.types';
import { UUID } from '../../common/uuid';
import { likePattern } from '../../common/like-pattern';

const SEARCH_LIMIT = 25;

/** One ticket with everything door staff need; $1 is the list of valid booking statuses. */
const ATTENDEE_SELECT = `
  SELECT t.id AS ticket_id, t.booking_id, t.ticket_type_id, b.event_id, t.code, t.short_code, t.check_in_attempt_id, t.attendee_name, t.attendee_email, tt.name AS ticket_type_name,
         b.reference AS booking_reference, b.status AS booking_status, t.status AS ticket_status,
         t.checked_in_at, t.checked_in_by_email,
         s.signed_at AS waiver_signed_at, s.method AS waiver_method, v.version AS waiver_version,
         ${waiverRequiredSql('b.event_id')} AS waiver_required
    FROM ticket t
    JOIN booking b ON b.id = t.booking_id
    JOIN ticket_type tt ON tt.id = t.ticket_type_id
    LEFT JOIN waiver_signature s ON s.ticket_id = t.id AND s.signed_at IS NOT NULL
    LEFT JOIN waiver_version v ON v.id = s.version_id`;

/** Tickets that count as attendees in lists: issued ones (pending and void tickets never admitted). */
const LISTED = `t.status = 'ISSUED'`;

interface AttendeeRow {
  ticket_id: string;
  booking_id: string;
  ticket_type_id: string;
  event_id: string;
  code: string | null;
  short_code: string | null;
  check_in_attempt_id: string | null;
  attendee_name: string;
  attendee_email: string | null;
  ticket_type_name: string;
  booking_reference: string;
  booking_status: BookingStatus;
  ticket_status: string;
  checked_in_at: Date | null;
  checked_in_by_email: string | null;
  waiver_signed_at: Date | null;
  waiver_version: number | null;
  waiver_method: WaiverSignatureMethod | null;
  waiver_required: boolean;
}

function toAttendee(row: AttendeeRow): AttendeeTicket {
  return {
    ticketId: row.ticket_id,
    eventId: row.event_id,
    code: row.code,
    shortCode: row.short_code && row.code ? formatTicketShortCode(row.short_code) : null,
    attendeeName: row.attendee_name,
    attendeeEmail: row.attendee_email,
    ticketTypeName: row.ticket_type_name,
    bookingReference: row.booking_reference,
    bookingStatus: row.booking_status,
    valid: row.ticket_status === 'ISSUED' && hasValidTickets(row.booking_status),
    checkedInAt: row.checked_in_at,
    checkedInBy: row.checked_in_by_email,
    waiverStatus: row.waiver_signed_at
      ? WaiverStatus.SIGNED
      : row.waiver_required
        ? WaiverStatus.UNSIGNED
        : WaiverStatus.NOT_REQUIRED,
    waiverVersion: row.waiver_version,
    waiverSignedAt: row.waiver_signed_at,
    waiverMethod: row.waiver_signed_at ? row.waiver_method : null,
  };
}

function checkInError(
  code: CheckInErrorCode,
  message: string,
  first: Pick<AttendeeTicket, 'checkedInAt' | 'checkedInBy'> | null = null,
): CheckInError {
  return {
    code,
    message,
    field: code === CheckInErrorCode.TICKET_NOT_FOUND ? 'code' : null,
    checkedInAt: first?.checkedInAt ?? null,
    checkedInBy: first?.checkedInBy ?? null,
  };
}

/** A ticket with its booking, type and status besides what door staff see. */
export type BookingTicket = AttendeeTicket & {
  bookingId: string;
  ticketTypeId: string;
  status: TicketStatus;
};

export interface AttendeePage {
  attendees: AttendeeTicket[];
  cursors: string[];
  hasNextPage: boolean;
}

export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async attendees(
    manager: EntityManager,
    where: string,
    params: unknown[],
    suffix = '',
  ): Promise<AttendeeTicket[]> {
    return (await this.ticketRows(manager, where, params, suffix)).map(toAttendee);
  }

  private async ticketRows(
    manager: EntityManager,
    where: string,
    params: unknown[],
    suffix = '',
  ): Promise<AttendeeRow[]> {
    return (await manager.query(`${ATTENDEE_SELECT} WHERE ${where} ${suffix}`, params)) as AttendeeRow[];
  }

  /** Tickets of the event whose code is `search`, or whose attendee name contains it. */
  async findTickets(_ctx: RequestContext, eventId: string, search: string): Promise<AttendeeTicket[]> {
    const text = search.trim();
    if (!UUID.test(eventId) || text.length === 0) return [];
    return this.attendees(
      this.dataSource.manager,
      `b.event_id = $1 AND ${LISTED} AND (t.code = $2 OR t.short_code = $4 OR t.attendee_name ILIKE $3)`,
      [eventId, text, likePattern(text), normalizeTicketShortCode(text)],
      `ORDER BY (t.code = $2 OR t.short_code = $4) DESC, t.attendee_name, t.id LIMIT ${SEARCH_LIMIT}`,
    );
  }

  /**
   * Every ticket of the bookings (any status), in booking order, with check-in and waiver status: the
   * tickets of the admin booking views.
   */
  async ticketsOfBookings(bookingIds: string[]): Promise<BookingTicket[]> {
    if (bookingIds.length === 0) return [];
    const rows = (await this.dataSource.query(
      `${ATTENDEE_SELECT} WHERE t.booking_id = ANY($1::uuid[]) ORDER BY t.booking_id, t.position`,
      [bookingIds],
    )) as AttendeeRow[];
    return rows.map((row) => ({
      ...toAttendee(row),
      bookingId: row.booking_id,
      ticketTypeId: row.ticket_type_id,
      status: row.ticket_status as TicketStatus,
    }));
  }

  /** The event's attendees by name, keyset-paginated on (attendee name, ticket id). */
  async list(_ctx: RequestContext, args: EventAttendeesArgs): Promise<AttendeePage> {
    const params: unknown[] = [args.eventId];
    let where = `b.event_id = $1 AND ${LISTED}`;
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['string', 'string']) as [string, string];
      params.push(name, UUID.test(id) ? id : '00000000-0000-0000-0000-000000000000');
      where += ` AND (t.attendee_name, t.id) > ($2, $3::uuid)`;
    }
    const rows = await this.attendees(
      this.dataSource.manager,
      where,
      params,
      `ORDER BY t.attendee_name, t.id LIMIT ${args.first + 1}`,
    );
    const attendees = rows.slice(0, args.first);
    return {
      attendees,
      cursors: attendees.map((attendee) => encodeCursor([attendee.attendeeName, attendee.ticketId])),
      hasNextPage: rows.length > args.first,
    };
  }

  /**
   * Checks a ticket in, once, by its QR code or its short code as typed. With `eventId`, a ticket of
   * another event is refused as NOT_FOR_THIS_EVENT and nothing about it is returned.
   */
  async checkIn(ctx: RequestContext, input: CheckInTicketInput): Promise<CheckInPayload> {
    const actor = requireActor(ctx);
    const attemptId = input.attemptId ?? null;
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const row = await this.ticketByCode(manager, input.code);
      if (!row) return notFound();
      if (input.eventId && input.eventId !== row.event_id) return notForThisEvent();
      const ticket = toAttendee(row);
      const refuse = (error: CheckInError): CheckInPayload => ({ ticket, errors: [error] });
      if (!ticket.valid) {
        return refuse(
          checkInError(
            CheckInErrorCode.TICKET_NOT_VALID,
            `This ticket does not admit: its booking is ${ticket.bookingStatus.toLowerCase().replace(/_/g, ' ')}.`,
          ),
        );
      }
      if (ticket.checkedInAt) return this.afterEarlierCheckIn(row, ticket, attemptId);
      if (ticket.waiverStatus === WaiverStatus.UNSIGNED) {
        return refuse(
          checkInError(
            CheckInErrorCode.WAIVER_UNSIGNED,
            'The attendee has not signed the waiver yet: have them sign it, or record a paper waiver.',
          ),
        );
      }
      const updated = (await manager.query(
        `UPDATE ticket SET checked_in_at = $2, checked_in_by_id = $3, checked_in_by_email = $4,
                           check_in_attempt_id = $5, updated_at = now()
          WHERE id = $1 AND checked_in_at IS NULL RETURNING id`,
        [ticket.ticketId, ctx.now, actor.accountId, actor.email, attemptId],
      )) as [{ id: string }[], number];
      if (updated[1] === 0) {
        // Someone checked it in between our read and our update; their check-in stands.
        const [now] = await this.ticketRows(manager, 't.id = $1', [ticket.ticketId]);
        return this.afterEarlierCheckIn(now, toAttendee(now), attemptId);
      }
      await this.audit.record(tx, {
        action: 'ticket.checkIn',
        objectType: 'ticket',
        objectId: ticket.ticketId,
        changes: { checkedInAt: { before: null, after: ctx.now.toISOString() } },
      });
      await ticketCheckedInWebhookEvent(tx, ticket.ticketId);
      return {
        ticket: { ...ticket, checkedInAt: ctx.now, checkedInBy: actor.email },
        errors: [],
      };
    });
  }

  /**
   * Undoes a check-in (a wrong ticket scanned, a person who left before entering): the ticket admits
   * again. Audited with who had checked it in and when.
   */
  async undoCheckIn(ctx: RequestContext, input: UndoCheckInInput): Promise<CheckInPayload> {
    requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const [row] = UUID.test(input.ticketId)
        ? await this.ticketRows(manager, 't.id = $1', [input.ticketId])
        : [];
      if (!row || !row.code) return notFound();
      if (input.eventId && input.eventId !== row.event_id) return notForThisEvent();
      // One conditional statement: of two undos at once, one finds the check-in, the other does not.
      const undone = (await manager.query(
        `UPDATE ticket t SET checked_in_at = NULL, checked_in_by_id = NULL, checked_in_by_email = NULL,
                             check_in_attempt_id = NULL, updated_at = now()
           FROM (SELECT id, checked_in_at, checked_in_by_email FROM ticket WHERE id = $1 FOR UPDATE) before
          WHERE t.id = before.id AND before.checked_in_at IS NOT NULL
          RETURNING before.checked_in_at, before.checked_in_by_email`,
        [row.ticket_id],
      )) as [{ checked_in_at: Date; checked_in_by_email: string | null }[], number];
      const ticket = toAttendee(row);
      if (undone[1] === 0) {
        return {
          ticket: { ...ticket, checkedInAt: null, checkedInBy: null },
          errors: [checkInError(CheckInErrorCode.NOT_CHECKED_IN, 'This ticket is not checked in.')],
        };
      }
      const [before] = undone[0];
      await this.audit.record(tx, {
        action: 'ticket.undoCheckIn',
        objectType: 'ticket',
        objectId: row.ticket_id,
        changes: {
          checkedInAt: { before: before.checked_in_at.toISOString(), after: null },
          checkedInBy: { before: before.checked_in_by_email, after: null },
        },
      });
      return { ticket: { ...ticket, checkedInAt: null, checkedInBy: null }, errors: [] };
    });
  }

  /** How many of the event's admitting tickets are checked in, of how many expected. */
  async counts(_ctx: RequestContext, eventId: string): Promise<CheckInCounts> {
    if (!UUID.test(eventId)) return { checkedIn: 0, expected: 0 };
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS expected, count(t.checked_in_at)::int AS checked_in
         FROM ticket t JOIN booking b ON b.id = t.booking_id
        WHERE b.event_id = $1 AND ${LISTED} AND b.status = ANY($2::booking_status[])`,
      [eventId, VALID_TICKET_STATUSES],
    )) as { expected: number; checked_in: number }[];
    return { checkedIn: row.checked_in, expected: row.expected };
  }

  /** The ticket whose QR code is `typed`, or whose short code it is (any case, dashes, I/L/O). */
  private async ticketByCode(manager: EntityManager, typed: string): Promise<AttendeeRow | undefined> {
    const code = typed.trim();
    const shortCode = normalizeTicketShortCode(code);
    const [row] = await this.ticketRows(
      manager,
      shortCode ? 't.code IS NOT NULL AND t.short_code = $1' : 't.code = $1',
      [shortCode ?? code],
    );
    return row;
  }

  /** A ticket found checked in: the same attempt sent again succeeded, any other is refused. */
  private afterEarlierCheckIn(
    row: AttendeeRow,
    ticket: AttendeeTicket,
    attemptId: string | null,
  ): CheckInPayload {
    if (attemptId && row.check_in_attempt_id === attemptId) return { ticket, errors: [] };
    return { ticket, errors: [alreadyCheckedIn(ticket)] };
  }

  /** Every attendee (issued ticket) of the event, by name: the attendees CSV export. */
  async allAttendees(eventId: string): Promise<AttendeeTicket[]> {
    return this.attendees(
      this.dataSource.manager,
      `b.event_id = $1 AND ${LISTED}`,
      [eventId],
      'ORDER BY t.attendee_name, t.id',
    );
  }
}

function notFound(): CheckInPayload {
  return {
    ticket: null,
    errors: [checkInError(CheckInErrorCode.TICKET_NOT_FOUND, 'No ticket has this code.')],
  };
}

/** Says nothing of the ticket: door staff of one event learn nothing about another's buyers. */
function notForThisEvent(): CheckInPayload {
  return { ticket: null, errors: [checkInError(CheckInErrorCode.NOT_FOR_THIS_EVENT, 'Not for this event.')] };
}

function alreadyCheckedIn(ticket: AttendeeTicket): CheckInError {
  return checkInError(
    CheckInErrorCode.ALREADY_CHECKED_IN,
    `Already checked in at ${ticket.checkedInAt!.toISOString()} by ${ticket.checkedInBy ?? 'an account since removed'}.`,
    ticket,
  );
}
