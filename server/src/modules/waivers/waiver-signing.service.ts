/**
 * Signing waivers: asking the attendees of a confirmed booking (requestSignatures, in the transaction
 * that confirms it), the signing page and signing through a link, resending a link, and recording a
 * waiver signed on paper. The module's rules are at the top of waiver-rules.ts.
 *
 * Attendees are asked in the transaction that confirms their booking, free or paid. requestSignatures
 * is idempotent, so a second confirmation attempt (a webhook, reconciliation) asks nobody twice.
 */
import { waiverSignedWebhookEvent } from '../webhooks/webhook-payloads';
import type { DataSource, EntityManager } from 'typeorm';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { AuditService } from '../audit/audit.service';
import { hasValidTickets, VALID_TICKET_STATUSES } from '../bookings/booking-status';
import type { BookingStatus } from '../bookings/booking.entity';
import { lockBooking } from '../bookings/booking-lifecycle.service';
import { TicketEntity, TicketStatus } from '../bookings/ticket.entity';
import { changedAnswers } from '../questions/answer-editing.service';
import type { QuestionAnswersService } from '../questions/question-answers.service';
import { readAnswers } from '../questions/question-views';
import { SignerAnswers } from './waiver-answers';
import { EventEntity } from '../events/event.entity';
import type { TicketRow, WaiverLinks } from './waiver-links';
import { hashSecretToken } from '../../common/secret-token';
import { UUID } from '../../common/uuid';
import { currentVersion, signatureInfo, versionNumber, waiverError } from './waiver-rules';
import { WaiverLinkEntity, WaiverSignatureEntity, WaiverSignatureMethod } from './waiver-signature.entity';
import type { WaiverVersionEntity } from './waiver-version.entity';
import type { RecordPaperWaiverInput, SignWaiverInput } from './waivers.inputs';
import {
  WaiverErrorCode,
  type SignWaiverPayload,
  type TicketWaiverPayload,
  type WaiverError,
  type WaiverToSign,
} from './waivers.types';

/** Signing links one attendee may have (e-mails, reminders, booking page opens). */
const MAX_LINKS_PER_SIGNATURE = 30;

export class WaiverSigningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly links: WaiverLinks,
    private readonly questionAnswers: QuestionAnswersService,
  ) {}

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
    if (!(await currentVersion(manager, event.id))) return 0;
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
      const signatureId = await this.links.insertSignature(manager, ticket.ticket_id, event.id);
      if (!signatureId) continue;
      await this.links.send(tx, signatureId, event, ticket, 'request', `waiver-request:${ticket.ticket_id}`);
      asked += 1;
    }
    return asked;
  }

  /** The signing page's data for a link, or null for an unknown token. Public. */
  async waiverToSign(_ctx: RequestContext, token: string): Promise<WaiverToSign | null> {
    const found = await this.findByToken(this.dataSource.manager, token);
    if (!found) return null;
    const { signature, event, attendeeName, bookingId } = found;
    const { manager } = this.dataSource;
    const current = await currentVersion(manager, event.id);
    const answers =
      current && !signature.signedAt
        ? await SignerAnswers.load(manager, current.id, {
            ticketId: signature.ticketId,
            bookingId,
            eventId: event.id,
          })
        : null;
    return {
      eventTitle: event.title,
      eventStartsAt: event.startsAt,
      eventEndsAt: event.endsAt,
      eventTimeZone: event.timeZone,
      attendeeName,
      version: current?.version ?? null,
      text: current?.text ?? null,
      signature: signatureInfo(signature, await versionNumber(this.dataSource.manager, signature.versionId)),
      questions: answers?.asked() ?? [],
      answers: answers?.answersToAsked() ?? [],
    };
  }

  /** Signs through a link: records the typed name, the current version, time, address and user agent. */
  async signWaiver(ctx: RequestContext, input: SignWaiverInput): Promise<SignWaiverPayload> {
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const notFound = {
        signature: null,
        errors: [waiverError(WaiverErrorCode.NOT_FOUND, 'This signing link is not valid.', 'token')],
      };
      // The booking's lock first, as answer edits take it: answers typed here never race them.
      const peek = await this.findByToken(manager, input.token);
      if (!peek) return notFound;
      await lockBooking(tx, peek.bookingId);
      const found = await this.findByToken(manager, input.token, true);
      if (!found) return notFound;
      const { signature, event, bookingId } = found;
      if (signature.signedAt)
        return alreadySigned(signature, await versionNumber(this.dataSource.manager, signature.versionId));
      const current = await currentVersion(manager, event.id);
      if (!current) {
        return {
          signature: null,
          errors: [
            waiverError(WaiverErrorCode.WAIVER_NOT_REQUIRED, 'This event no longer requires a waiver.'),
          ],
        };
      }
      const answered = await this.storeSignerAnswers(tx, current.id, {
        ticketId: signature.ticketId,
        bookingId,
        eventId: event.id,
        given: input.answers ?? [],
      });
      if (answered.length > 0) return { signature: null, errors: answered };
      const changes = {
        signedAt: ctx.now,
        versionId: current.id,
        signerName: input.fullName.trim(),
        method: WaiverSignatureMethod.ONLINE,
        clientAddress: (ctx.clientAddress ?? 'unknown').slice(0, 100),
        userAgent: ctx.userAgent,
      };
      await manager.update(WaiverSignatureEntity, { id: signature.id }, changes);
      await waiverSignedWebhookEvent(tx, signature.ticketId);
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
        (await this.links.insertSignature(manager, ticket.ticket_id, event.id)) ??
        (await manager.findOneByOrFail(WaiverSignatureEntity, { ticketId: ticket.ticket_id })).id;
      const signature = await manager.findOneByOrFail(WaiverSignatureEntity, { id: signatureId });
      if (signature.signedAt)
        return {
          ticketId: null,
          ...alreadySigned(signature, await versionNumber(this.dataSource.manager, signature.versionId)),
        };
      const resendCount = signature.resendCount + 1;
      await manager.update(WaiverSignatureEntity, { id: signatureId }, { resendCount });
      await this.links.send(
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

  /**
   * A signing link for a ticket of the booking whose page the buyer has open ("sign your waiver" on
   * the booking page): the booking's secret link already shows every ticket, so it may open their
   * signing pages too. At most MAX_LINKS_PER_SIGNATURE links per attendee, so the page cannot be used
   * to fill the table.
   */
  async signingLinkForBooking(
    ctx: RequestContext,
    bookingId: string,
    ticketId: string,
  ): Promise<{ signingToken: string | null; errors: WaiverError[] }> {
    return this.uow.withTransaction(ctx, async ({ manager }) => {
      const refused = (code: WaiverErrorCode, message: string) => ({
        signingToken: null,
        errors: [waiverError(code, message, 'ticketId')],
      });
      const own = UUID.test(ticketId)
        ? ((await manager.query('SELECT 1 FROM ticket WHERE id = $1 AND booking_id = $2', [
            ticketId,
            bookingId,
          ])) as unknown[])
        : [];
      if (own.length === 0)
        return refused(WaiverErrorCode.TICKET_NOT_FOUND, 'This booking has no such ticket.');
      const checked = await this.signableTicket(manager, ticketId);
      if ('errors' in checked) return { signingToken: null, errors: checked.errors };
      const { ticket, event } = checked;
      const signatureId =
        (await this.links.insertSignature(manager, ticket.ticket_id, event.id)) ??
        (await manager.findOneByOrFail(WaiverSignatureEntity, { ticketId: ticket.ticket_id })).id;
      const signature = await manager.findOneByOrFail(WaiverSignatureEntity, { id: signatureId });
      if (signature.signedAt)
        return refused(WaiverErrorCode.ALREADY_SIGNED, 'This waiver is signed already.');
      const links = await manager.countBy(WaiverLinkEntity, { signatureId });
      if (links >= MAX_LINKS_PER_SIGNATURE) {
        return refused(
          WaiverErrorCode.TICKET_NOT_VALID,
          'Too many signing links for this attendee: use the link in the e-mail.',
        );
      }
      return { signingToken: await this.links.newLink(manager, signatureId), errors: [] };
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
      await this.links.insertSignature(manager, ticket.ticket_id, event.id);
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
        return {
          ticketId: null,
          ...alreadySigned(signature, await versionNumber(this.dataSource.manager, signature.versionId)),
        };
      }
      await this.audit.record(tx, {
        action: 'waiver.paper',
        objectType: 'ticket',
        objectId: ticket.ticket_id,
        changes: {
          waiver: { before: null, after: `paper, version ${current.version}, ${changes.signerName}` },
        },
      });
      await waiverSignedWebhookEvent(tx, ticket.ticket_id);
      return { ticketId: ticket.ticket_id, signature: signatureInfo(changes, current.version), errors: [] };
    });
  }

  /**
   * Checks the answers typed on the signing page against the questions the version requires, and
   * stores them with the booking (audited like an answer edit, naming the questions, never the
   * answers). Returns every problem; none: the signer may sign.
   */
  private async storeSignerAnswers(
    tx: Transaction,
    versionId: string,
    signer: { ticketId: string; bookingId: string; eventId: string; given: SignWaiverInput['answers'] },
  ): Promise<WaiverError[]> {
    const { manager } = tx;
    const required = await SignerAnswers.load(manager, versionId, signer);
    const checked = required?.check(signer.given) ?? {
      problems: signer.given.map((answer) => ({
        code: 'ANSWER_INVALID' as const,
        field: `answers.${answer.questionId}`,
        message: 'This waiver asks no questions.',
      })),
      rows: [],
    };
    if (checked.problems.length > 0) {
      return checked.problems.map((problem) =>
        waiverError(WaiverErrorCode[problem.code], problem.message, problem.field),
      );
    }
    if (checked.rows.length === 0) return [];
    const before = await readAnswers(manager, { bookingIds: [signer.bookingId] });
    await this.questionAnswers.store(tx, signer.bookingId, [signer.ticketId], checked.rows);
    const after = await readAnswers(manager, { bookingIds: [signer.bookingId] });
    const tickets = await manager.find(TicketEntity, { where: { bookingId: signer.bookingId } });
    await this.audit.record(tx, {
      action: 'waiver.signerAnswers',
      objectType: 'booking',
      objectId: signer.bookingId,
      // Which answers were given, never what they say: answers are personal data.
      changes: { answersChanged: { before: null, after: changedAnswers(before, after, tickets) } },
    });
    return [];
  }

  private async findByToken(
    manager: EntityManager,
    token: string,
    lock = false,
  ): Promise<{
    signature: WaiverSignatureEntity;
    event: EventEntity;
    attendeeName: string;
    bookingId: string;
  } | null> {
    if (!token || token.length > 200) return null;
    // Found through the primary key on the hash: a guess learns nothing from timing about stored tokens.
    const link = await manager.findOneBy(WaiverLinkEntity, { tokenHash: hashSecretToken(token) });
    if (!link) return null;
    const signature = await manager.findOne(WaiverSignatureEntity, {
      where: { id: link.signatureId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!signature) return null;
    const rows = (await manager.query(
      `SELECT t.attendee_name, t.booking_id FROM ticket t JOIN booking b ON b.id = t.booking_id
        WHERE t.id = $1 AND t.status = 'ISSUED' AND b.status = ANY($2::booking_status[])`,
      [signature.ticketId, VALID_TICKET_STATUSES],
    )) as { attendee_name: string; booking_id: string }[];
    if (rows.length === 0) return null;
    const event = await manager.findOneByOrFail(EventEntity, { id: signature.eventId });
    return { signature, event, attendeeName: rows[0].attendee_name, bookingId: rows[0].booking_id };
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
    const current = await currentVersion(manager, event.id);
    if (!current) return refused(WaiverErrorCode.WAIVER_NOT_REQUIRED, 'This event requires no waiver.');
    return { ticket, event, current };
  }
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
