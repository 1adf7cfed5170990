/**
 * The waivers module: entities (waiver-version, waiver-signature), GraphQL types and resolvers
 * (waivers.types.ts, waivers.resolver.ts), and this service. Waivers: versioned waiver texts per event, one signature per attendee (ticket), signing links,
 * reminders, paper waivers and the CSV export.
 *
 * Rules:
 * - The newest version of an event's text is its current waiver, unless it was disabled.
 * - Every issued ticket of a confirmed booking for an event with a current waiver must be signed
 *   before check-in. A signature keeps the version it was made on; a newer version does NOT ask those
 *   who signed to sign again (signed stays signed). New signers sign the current version.
 * - Signing links carry a 256-bit token; only its SHA-256 is stored (waiver_link). The e-mail is
 *   rendered when the token is made, so the token is never needed again.
 * - Attendees are asked in the transaction that confirms their booking, free or paid
 *   (requestSignatures, given that transaction). It is idempotent, so a second
 *   confirmation attempt (a webhook, reconciliation) asks nobody twice.
 * - E-mails are enqueued in the caller's transaction (outbox), one per cause:
 *   `waiver-request:<ticketId>`, `waiver-request:<ticketId>:resend-<n>`, `waiver-reminder:<signatureId>:<hours>`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { toCsv } from '../../csv';
import type { DataSource, EntityManager } from 'typeorm';
import { domainProblem } from '../../common/domain-error';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { AuditService } from '../audit/audit.service';
import { hasValidTickets, VALID_TICKET_STATUSES } from '../bookings/booking-status';
import type { BookingStatus } from '../bookings/booking.entity';
import { TicketStatus } from '../bookings/ticket.entity';
import type { EmailService } from '../email/email.service';
import { renderWaiverReminder, renderWaiverRequest } from '../email/email.templates';
import type { EmailEventView } from '../email/email.views';
import { EventEntity } from '../events/event.entity';
import { WaiverLinkEntity, WaiverSignatureEntity, WaiverSignatureMethod } from './waiver-signature.entity';
import { WaiverVersionEntity } from './waiver-version.entity';
import type { RecordPaperWaiverInput, SetEventWaiverInput, SignWaiverInput } from './waivers.inputs';
import {
  WaiverErrorCode,
  WaiverStatus,
  type EventWaiver,
  type EventWaiverPayload,
  type SignWaiverPayload,
  type TicketWaiver,
  type TicketWaiverPayload,
  type WaiverError,
  type WaiverSignatureInfo,
  type WaiverToSign,
} from './waivers.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * SQL that is true when the event in `eventIdColumn` requires a waiver now: its newest version is not
 * disabled (the rule of currentVersion, for queries that look at many events at once).
 */
export function waiverRequiredSql(eventIdColumn: string): string {
  return `EXISTS (
           SELECT 1 FROM waiver_version cv
            WHERE cv.event_id = ${eventIdColumn} AND cv.disabled_at IS NULL
              AND cv.version = (SELECT max(mv.version) FROM waiver_version mv WHERE mv.event_id = ${eventIdColumn})
         )`;
}

export interface WaiverSettings {
  /** Base URL of the site; signing links are `<siteUrl>/waivers/<token>`. */
  siteUrl: string;
  /** Reply-To of waiver e-mails. */
  replyTo: string;
  /** Reminder offsets in hours before the event's start. */
  reminderHours: readonly number[];
}

const waiverError = (code: WaiverErrorCode, message: string, field: string | null = null): WaiverError =>
  domainProblem(code, message, field);

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function signatureInfo(
  row: Pick<WaiverSignatureEntity, 'signedAt' | 'signerName' | 'method'> | null,
  version: number | null,
): WaiverSignatureInfo | null {
  if (!row?.signedAt || version === null) return null;
  return { signedAt: row.signedAt, version, signerName: row.signerName!, method: row.method! };
}

function eventView(event: EventEntity): EmailEventView {
  return {
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    venue: { name: event.venue.name, address: event.venue.address },
  };
}

interface TicketRow {
  ticket_id: string;
  attendee_name: string;
  recipient: string;
  event_id: string;
  ticket_status: string;
  booking_status: string;
}

export class WaiversService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly email: EmailService,
    private readonly settings: WaiverSettings,
  ) {}

  /** The current (signable) version of an event's waiver, or null when none is required. */
  private async currentVersion(manager: EntityManager, eventId: string): Promise<WaiverVersionEntity | null> {
    const newest = await manager.findOne(WaiverVersionEntity, {
      where: { eventId },
      order: { version: 'DESC' },
    });
    return newest && !newest.disabledAt ? newest : null;
  }

  /** Whether the event asks attendees for a waiver now. Public. */
  async isRequired(_ctx: RequestContext, eventId: string): Promise<boolean> {
    return (await this.currentVersion(this.dataSource.manager, eventId)) !== null;
  }

  /**
   * Where each ticket stands with its event's waiver, in one statement for all of them (the booking
   * page's tickets, through a loader). Unknown ids are left out of the map.
   */
  async ticketWaivers(
    _ctx: RequestContext,
    ticketIds: readonly string[],
  ): Promise<Map<string, TicketWaiver>> {
    const byTicket = new Map<string, TicketWaiver>();
    if (ticketIds.length === 0) return byTicket;
    const rows: {
      ticket_id: string;
      signed_at: Date | null;
      signer_name: string | null;
      method: WaiverSignatureMethod | null;
      version: number | null;
      required: boolean;
    }[] = await this.dataSource.query(
      `SELECT t.id AS ticket_id, s.signed_at, s.signer_name, s.method, v.version,
              ${waiverRequiredSql('b.event_id')} AS required
         FROM ticket t
         JOIN booking b ON b.id = t.booking_id
         LEFT JOIN waiver_signature s ON s.ticket_id = t.id AND s.signed_at IS NOT NULL
         LEFT JOIN waiver_version v ON v.id = s.version_id
        WHERE t.id = ANY($1::uuid[])`,
      [ticketIds],
    );
    for (const row of rows) {
      const signature = signatureInfo(
        { signedAt: row.signed_at, signerName: row.signer_name, method: row.method },
        row.version,
      );
      byTicket.set(row.ticket_id, {
        status: signature
          ? WaiverStatus.SIGNED
          : row.required
            ? WaiverStatus.UNSIGNED
            : WaiverStatus.NOT_REQUIRED,
        signature,
      });
    }
    return byTicket;
  }

  /** An event's waiver and all versions of its text; null for an unknown event. ADMIN and STAFF. */
  eventWaiver(_ctx: RequestContext, eventId: string): Promise<EventWaiver | null> {
    return this.readEventWaiver(this.dataSource.manager, eventId);
  }

  private async readEventWaiver(manager: EntityManager, eventId: string): Promise<EventWaiver | null> {
    if (!UUID.test(eventId) || !(await manager.existsBy(EventEntity, { id: eventId }))) return null;
    const versions = await manager.find(WaiverVersionEntity, {
      where: { eventId },
      order: { version: 'DESC' },
    });
    const currentId = versions[0] && !versions[0].disabledAt ? versions[0].id : null;
    const views = versions.map((version) => ({
      id: version.id,
      version: version.version,
      text: version.text,
      createdAt: version.createdAt,
      createdByEmail: version.createdByEmail,
      isCurrent: version.id === currentId,
    }));
    return {
      eventId,
      required: currentId !== null,
      current: views.find((view) => view.isCurrent) ?? null,
      versions: views,
    };
  }

  /** Adds a version of the event's waiver text (it becomes the current one). ADMIN. */
  async setEventWaiver(ctx: RequestContext, input: SetEventWaiverInput): Promise<EventWaiverPayload> {
    const actor = requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      // The event row lock serialises version numbers of one event.
      const locked = await manager.query('SELECT id FROM event WHERE id = $1 FOR UPDATE', [input.eventId]);
      if (locked.length === 0) return eventNotFound();
      const last = await manager.findOne(WaiverVersionEntity, {
        where: { eventId: input.eventId },
        order: { version: 'DESC' },
      });
      const created = await manager.save(
        manager.create(WaiverVersionEntity, {
          eventId: input.eventId,
          version: (last?.version ?? 0) + 1,
          text: input.text,
          disabledAt: null,
          createdById: actor.accountId,
          createdByEmail: actor.email,
        }),
      );
      await this.audit.record(tx, {
        action: 'waiver.set',
        objectType: 'event',
        objectId: input.eventId,
        changes: { waiverVersion: { before: last?.version ?? null, after: created.version } },
      });
      return { waiver: await this.readEventWaiver(manager, input.eventId), errors: [] };
    });
  }

  /** Stops requiring a waiver for the event (signatures are kept). ADMIN. */
  async disableEventWaiver(ctx: RequestContext, eventId: string): Promise<EventWaiverPayload> {
    requireActor(ctx);
    if (!UUID.test(eventId)) return eventNotFound();
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const locked = await manager.query('SELECT id FROM event WHERE id = $1 FOR UPDATE', [eventId]);
      if (locked.length === 0) return eventNotFound();
      const current = await this.currentVersion(manager, eventId);
      if (current) {
        await manager.update(WaiverVersionEntity, { id: current.id }, { disabledAt: ctx.now });
        await this.audit.record(tx, {
          action: 'waiver.disable',
          objectType: 'event',
          objectId: eventId,
          changes: { waiverRequired: { before: true, after: false } },
        });
      }
      return { waiver: await this.readEventWaiver(manager, eventId), errors: [] };
    });
  }

  /**
   * Asks every attendee of a confirmed booking who must sign, in the caller's transaction: one
   * signature row and one waiver request e-mail (causeKey `waiver-request:<ticketId>`) per issued
   * ticket, to the attendee's address or else the buyer's. Idempotent: tickets asked before are
   * skipped. Call it in the transaction that confirms the booking. Returns how many were asked.
   */
  async requestSignatures(tx: Transaction, bookingId: string): Promise<number> {
    const { manager } = tx;
    const booking = (await manager.query('SELECT event_id, status FROM booking WHERE id = $1', [
      bookingId,
    ])) as { event_id: string; status: BookingStatus }[];
    if (booking.length === 0 || !hasValidTickets(booking[0].status)) return 0;
    const event = await manager.findOneByOrFail(EventEntity, { id: booking[0].event_id });
    if (!(await this.currentVersion(manager, event.id))) return 0;
    const tickets = (await manager.query(
      `SELECT t.id AS ticket_id, t.attendee_name, COALESCE(t.attendee_email, b.buyer_email) AS recipient
         FROM ticket t JOIN booking b ON b.id = t.booking_id
        WHERE t.booking_id = $1 AND t.status = 'ISSUED'
          AND NOT EXISTS (SELECT 1 FROM waiver_signature s WHERE s.ticket_id = t.id)
        ORDER BY t.position`,
      [bookingId],
    )) as Pick<TicketRow, 'ticket_id' | 'attendee_name' | 'recipient'>[];
    let asked = 0;
    for (const ticket of tickets) {
      const signatureId = await this.insertSignature(manager, ticket.ticket_id, event.id);
      if (!signatureId) continue;
      await this.sendLink(tx, signatureId, event, ticket, 'request', `waiver-request:${ticket.ticket_id}`);
      asked += 1;
    }
    return asked;
  }

  /** The signing page's data for a link, or null for an unknown token. Public. */
  async waiverToSign(_ctx: RequestContext, token: string): Promise<WaiverToSign | null> {
    const found = await this.findByToken(this.dataSource.manager, token);
    if (!found) return null;
    const { signature, event, attendeeName } = found;
    const current = await this.currentVersion(this.dataSource.manager, event.id);
    return {
      eventTitle: event.title,
      eventStartsAt: event.startsAt,
      attendeeName,
      version: current?.version ?? null,
      text: current?.text ?? null,
      signature: signatureInfo(signature, await this.versionNumber(signature.versionId)),
    };
  }

  /** Signs through a link: records the typed name, the current version, time, address and user agent. */
  async signWaiver(ctx: RequestContext, input: SignWaiverInput): Promise<SignWaiverPayload> {
    return this.uow.withTransaction(ctx, async ({ manager }) => {
      const found = await this.findByToken(manager, input.token, true);
      if (!found) {
        return {
          signature: null,
          errors: [waiverError(WaiverErrorCode.NOT_FOUND, 'This signing link is not valid.', 'token')],
        };
      }
      const { signature, event } = found;
      if (signature.signedAt) return alreadySigned(signature, await this.versionNumber(signature.versionId));
      const current = await this.currentVersion(manager, event.id);
      if (!current) {
        return {
          signature: null,
          errors: [
            waiverError(WaiverErrorCode.WAIVER_NOT_REQUIRED, 'This event no longer requires a waiver.'),
          ],
        };
      }
      const changes = {
        signedAt: ctx.now,
        versionId: current.id,
        signerName: input.fullName.trim(),
        method: WaiverSignatureMethod.ONLINE,
        clientAddress: (ctx.clientAddress ?? 'unknown').slice(0, 100),
        userAgent: ctx.userAgent,
      };
      await manager.update(WaiverSignatureEntity, { id: signature.id }, changes);
      return { signature: signatureInfo(changes, current.version), errors: [] };
    });
  }

  /** Sends the ticket's attendee a fresh signing link (a new cause, so it really goes out). ADMIN. */
  async resendWaiverRequest(ctx: RequestContext, ticketId: string): Promise<TicketWaiverPayload> {
    requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const checked = await this.signableTicket(manager, ticketId);
      if ('errors' in checked) return checked;
      const { ticket, event } = checked;
      const signatureId =
        (await this.insertSignature(manager, ticket.ticket_id, event.id)) ??
        (await manager.findOneByOrFail(WaiverSignatureEntity, { ticketId: ticket.ticket_id })).id;
      const signature = await manager.findOneByOrFail(WaiverSignatureEntity, { id: signatureId });
      if (signature.signedAt)
        return { ticketId: null, ...alreadySigned(signature, await this.versionNumber(signature.versionId)) };
      const resendCount = signature.resendCount + 1;
      await manager.update(WaiverSignatureEntity, { id: signatureId }, { resendCount });
      await this.sendLink(
        tx,
        signatureId,
        event,
        ticket,
        'request',
        `waiver-request:${ticket.ticket_id}:resend-${resendCount}`,
      );
      await this.audit.record(tx, {
        action: 'waiver.resend',
        objectType: 'ticket',
        objectId: ticket.ticket_id,
        changes: { resendCount: { before: signature.resendCount, after: resendCount } },
      });
      return { ticketId: ticket.ticket_id, signature: null, errors: [] };
    });
  }

  /** Records a waiver signed on paper, on the current version. STAFF and ADMIN. */
  async recordPaperWaiver(ctx: RequestContext, input: RecordPaperWaiverInput): Promise<TicketWaiverPayload> {
    const actor = requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const checked = await this.signableTicket(manager, input.ticketId);
      if ('errors' in checked) return checked;
      const { ticket, event, current } = checked;
      await this.insertSignature(manager, ticket.ticket_id, event.id);
      const changes = {
        signedAt: ctx.now,
        versionId: current.id,
        signerName: input.signerName.trim(),
        method: WaiverSignatureMethod.PAPER,
        recordedById: actor.accountId,
        recordedByEmail: actor.email,
      };
      const updated = await manager
        .createQueryBuilder()
        .update(WaiverSignatureEntity)
        .set(changes)
        .where('ticket_id = :ticketId AND signed_at IS NULL', { ticketId: ticket.ticket_id })
        .execute();
      if (!updated.affected) {
        const signature = await manager.findOneByOrFail(WaiverSignatureEntity, {
          ticketId: ticket.ticket_id,
        });
        return { ticketId: null, ...alreadySigned(signature, await this.versionNumber(signature.versionId)) };
      }
      await this.audit.record(tx, {
        action: 'waiver.paper',
        objectType: 'ticket',
        objectId: ticket.ticket_id,
        changes: {
          waiver: { before: null, after: `paper, version ${current.version}, ${changes.signerName}` },
        },
      });
      return { ticketId: ticket.ticket_id, signature: signatureInfo(changes, current.version), errors: [] };
    });
  }

  /**
   * Sends due reminders: for each offset H, attendees of events starting within H hours who have not
   * signed, were asked before the H-hour point passed, and got no H reminder yet. One transaction per
   * reminder; the cause key `waiver-reminder:<signatureId>:<H>` keeps it to one per attendee and offset
   * even when runs overlap. Returns how many were enqueued.
   */
  async sendReminders(ctx: RequestContext): Promise<number> {
    const now = ctx.now;
    let sent = 0;
    for (const hours of this.settings.reminderHours) {
      const due = (await this.dataSource.query(
        `SELECT s.id AS signature_id, t.id AS ticket_id, t.attendee_name,
                COALESCE(t.attendee_email, b.buyer_email) AS recipient, s.event_id
           FROM waiver_signature s
           JOIN ticket t ON t.id = s.ticket_id
           JOIN booking b ON b.id = t.booking_id
           JOIN event e ON e.id = s.event_id
          WHERE s.signed_at IS NULL
            AND t.status = 'ISSUED' AND b.status = ANY($4::booking_status[])
            AND e.starts_at > $1 AND e.starts_at <= $1 + make_interval(hours => $2)
            AND s.requested_at < e.starts_at - make_interval(hours => $2)
            AND NOT EXISTS (SELECT 1 FROM email_message m WHERE m.cause_key = 'waiver-reminder:' || s.id || ':' || $3)
          ORDER BY e.starts_at, s.id
          LIMIT 500`,
        [now, hours, String(hours), VALID_TICKET_STATUSES],
      )) as (Pick<TicketRow, 'ticket_id' | 'attendee_name' | 'recipient' | 'event_id'> & {
        signature_id: string;
      })[];
      for (const row of due) {
        const enqueued = await this.uow.withTransaction(ctx, async (tx) => {
          const event = await tx.manager.findOneByOrFail(EventEntity, { id: row.event_id });
          if (!(await this.currentVersion(tx.manager, event.id))) return false;
          await this.sendLink(
            tx,
            row.signature_id,
            event,
            row,
            'reminder',
            `waiver-reminder:${row.signature_id}:${hours}`,
          );
          return true;
        });
        if (enqueued) sent += 1;
      }
    }
    return sent;
  }

  /** Signed waivers of an event as CSV (RFC 4180, header row), oldest signature first. */
  async signaturesCsv(_ctx: RequestContext, eventId: string): Promise<string | null> {
    if (!UUID.test(eventId) || !(await this.dataSource.manager.existsBy(EventEntity, { id: eventId })))
      return null;
    const rows = (await this.dataSource.query(
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

  /** Inserts the ticket's signature row; null when it already had one. */
  private async insertSignature(
    manager: EntityManager,
    ticketId: string,
    eventId: string,
  ): Promise<string | null> {
    const inserted = (await manager.query(
      `INSERT INTO waiver_signature (ticket_id, event_id) VALUES ($1, $2)
       ON CONFLICT (ticket_id) DO NOTHING RETURNING id`,
      [ticketId, eventId],
    )) as { id: string }[];
    return inserted[0]?.id ?? null;
  }

  /** Makes a new link for the signature and enqueues the e-mail that carries it. */
  private async sendLink(
    tx: Transaction,
    signatureId: string,
    event: EventEntity,
    ticket: Pick<TicketRow, 'attendee_name' | 'recipient'>,
    kind: 'request' | 'reminder',
    causeKey: string,
  ): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    await tx.manager.insert(WaiverLinkEntity, { tokenHash: hashToken(token), signatureId });
    const view = {
      to: ticket.recipient,
      replyTo: this.settings.replyTo,
      attendeeName: ticket.attendee_name,
      event: eventView(event),
      signingUrl: `${this.settings.siteUrl}/waivers/${token}`,
    };
    const rendered = kind === 'request' ? await renderWaiverRequest(view) : await renderWaiverReminder(view);
    await this.email.enqueue(tx, rendered, causeKey);
  }

  private async findByToken(
    manager: EntityManager,
    token: string,
    lock = false,
  ): Promise<{ signature: WaiverSignatureEntity; event: EventEntity; attendeeName: string } | null> {
    if (!token || token.length > 200) return null;
    // Found through the primary key on the hash: a guess learns nothing from timing about stored tokens.
    const link = await manager.findOneBy(WaiverLinkEntity, { tokenHash: hashToken(token) });
    if (!link) return null;
    const signature = await manager.findOne(WaiverSignatureEntity, {
      where: { id: link.signatureId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!signature) return null;
    const rows = (await manager.query(
      `SELECT t.attendee_name FROM ticket t JOIN booking b ON b.id = t.booking_id
        WHERE t.id = $1 AND t.status = 'ISSUED' AND b.status = ANY($2::booking_status[])`,
      [signature.ticketId, VALID_TICKET_STATUSES],
    )) as { attendee_name: string }[];
    if (rows.length === 0) return null;
    const event = await manager.findOneByOrFail(EventEntity, { id: signature.eventId });
    return { signature, event, attendeeName: rows[0].attendee_name };
  }

  private async signableTicket(
    manager: EntityManager,
    ticketId: string,
  ): Promise<
    | { ticket: TicketRow; event: EventEntity; current: WaiverVersionEntity }
    | { ticketId: null; signature: null; errors: WaiverError[] }
  > {
    const refused = (code: WaiverErrorCode, message: string, field: string | null = null) => ({
      ticketId: null,
      signature: null,
      errors: [waiverError(code, message, field)],
    });
    if (!UUID.test(ticketId))
      return refused(WaiverErrorCode.TICKET_NOT_FOUND, 'No ticket has this id.', 'ticketId');
    const rows = (await manager.query(
      `SELECT t.id AS ticket_id, t.attendee_name, COALESCE(t.attendee_email, b.buyer_email) AS recipient,
              b.event_id, t.status AS ticket_status, b.status AS booking_status
         FROM ticket t JOIN booking b ON b.id = t.booking_id WHERE t.id = $1 FOR UPDATE OF t`,
      [ticketId],
    )) as TicketRow[];
    const ticket = rows[0];
    if (!ticket) return refused(WaiverErrorCode.TICKET_NOT_FOUND, 'No ticket has this id.', 'ticketId');
    if (
      ticket.ticket_status !== TicketStatus.ISSUED ||
      !hasValidTickets(ticket.booking_status as BookingStatus)
    ) {
      return refused(
        WaiverErrorCode.TICKET_NOT_VALID,
        'This ticket is not issued on a confirmed booking.',
        'ticketId',
      );
    }
    const event = await manager.findOneByOrFail(EventEntity, { id: ticket.event_id });
    const current = await this.currentVersion(manager, event.id);
    if (!current) return refused(WaiverErrorCode.WAIVER_NOT_REQUIRED, 'This event requires no waiver.');
    return { ticket, event, current };
  }

  private async versionNumber(versionId: string | null): Promise<number | null> {
    if (!versionId) return null;
    return (await this.dataSource.manager.findOneBy(WaiverVersionEntity, { id: versionId }))?.version ?? null;
  }
}

function eventNotFound(): EventWaiverPayload {
  return {
    waiver: null,
    errors: [waiverError(WaiverErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId')],
  };
}

function alreadySigned(signature: WaiverSignatureEntity, version: number | null) {
  const when = signature.signedAt!.toISOString();
  return {
    signature: signatureInfo(signature, version),
    errors: [
      waiverError(
        WaiverErrorCode.ALREADY_SIGNED,
        `This waiver was signed already (version ${version}, by ${signature.signerName}, at ${when}).`,
      ),
    ],
  };
}
