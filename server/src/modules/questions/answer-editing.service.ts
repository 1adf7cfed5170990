/**
 * Changing a booking's answers after checkout: by its buyer from the booking link until the event's
 * cut-off (`answersEditableUntil`, else the event's start), or by an ADMIN at any time. The new
 * answers replace the old ones and are checked exactly as at checkout (answer-rules.ts: one pass,
 * every problem named). Answers to hidden questions are kept. Audited, in one unit of work, with the
 * questions whose answers changed but never the answers themselves (personal data).
 */
import { requireActor, type RequestContext } from '../../common/request-context';
import { UUID } from '../../common/uuid';
import type { AddressRateLimiter } from '../../db/address-rate-limiter';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { AuditService } from '../audit/audit.service';
import { lockBooking } from '../bookings/booking-lifecycle.service';
import { findBookingByToken } from '../bookings/booking-links';
import { hasValidTickets } from '../bookings/booking-status';
import { BookingErrorCode } from '../bookings/bookings.types';
import { TicketEntity } from '../bookings/ticket.entity';
import { EventEntity } from '../events/event.entity';
import {
  AnswerEditErrorCode,
  type AdminUpdateBookingAnswersInput,
  type AnswerEditError,
  type BookingAnswersInput,
  type SetAnswersEditableUntilInput,
  type SetAnswersEditableUntilPayload,
  type UpdateBookingAnswersInput,
  type UpdateBookingAnswersPayload,
} from './answer-editing.types';
import type { QuestionAnswersService } from './question-answers.service';
import { readAnswers, type StoredAnswer } from './question-views';

/** When buyers stop being able to change their answers: the organiser's cut-off, else the start. */
export function answersCutoff(event: Pick<EventEntity, 'answersEditableUntil' | 'startsAt'>): Date {
  return event.answersEditableUntil ?? event.startsAt;
}

function editError(
  code: AnswerEditErrorCode,
  message: string,
  field: string | null = null,
  retryAfterSeconds: number | null = null,
): AnswerEditError {
  return { code, message, field, retryAfterSeconds };
}

const refused = (...errors: AnswerEditError[]): UpdateBookingAnswersPayload => ({ saved: false, errors });

export class AnswerEditingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly questionAnswers: QuestionAnswersService,
    private readonly audit: AuditService,
    /** updateBookingAnswers calls per client address (CHECKOUT_RATE_LIMIT). */
    private readonly rateLimiter: AddressRateLimiter,
  ) {}

  /** The buyer, by the booking link's token, before the cut-off. */
  async updateByBuyer(
    ctx: RequestContext,
    input: UpdateBookingAnswersInput,
  ): Promise<UpdateBookingAnswersPayload> {
    const verdict = await this.rateLimiter.consume(ctx.clientAddress);
    if (!verdict.allowed) {
      return refused(
        editError(
          AnswerEditErrorCode.TOO_MANY_ATTEMPTS,
          'Too many changes from your network. Please try again later.',
          null,
          verdict.retryAfterSeconds,
        ),
      );
    }
    const booking = await findBookingByToken(this.uow.manager, input.token);
    if (!booking)
      return refused(editError(AnswerEditErrorCode.BOOKING_NOT_FOUND, 'No booking has this link.', 'token'));
    return this.replace(ctx, booking.id, input, true);
  }

  /** An ADMIN, at any time (the cut-off is for buyers). */
  async updateByAdmin(
    ctx: RequestContext,
    input: AdminUpdateBookingAnswersInput,
  ): Promise<UpdateBookingAnswersPayload> {
    requireActor(ctx);
    if (!UUID.test(input.bookingId)) {
      return refused(
        editError(AnswerEditErrorCode.BOOKING_NOT_FOUND, 'No booking has this id.', 'bookingId'),
      );
    }
    return this.replace(ctx, input.bookingId, input, false);
  }

  /** Sets (or clears: until the start) until when the event's buyers may change their answers. */
  async setEditableUntil(
    ctx: RequestContext,
    input: SetAnswersEditableUntilInput,
  ): Promise<SetAnswersEditableUntilPayload> {
    requireActor(ctx);
    const notFound = {
      answersEditableUntil: null,
      errors: [editError(AnswerEditErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId')],
    };
    if (!UUID.test(input.eventId)) return notFound;
    return this.uow.withTransaction(ctx, async (tx) => {
      const event = await tx.manager.findOne(EventEntity, {
        where: { id: input.eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) return notFound;
      const until = input.until ?? null;
      await tx.manager.update(EventEntity, event.id, { answersEditableUntil: until });
      await this.audit.record(tx, {
        action: 'event.setAnswersEditableUntil',
        objectType: 'Event',
        objectId: event.id,
        changes: { answersEditableUntil: { before: event.answersEditableUntil, after: until } },
      });
      return { answersEditableUntil: until, errors: [] };
    });
  }

  private replace(
    ctx: RequestContext,
    bookingId: string,
    input: BookingAnswersInput,
    byBuyer: boolean,
  ): Promise<UpdateBookingAnswersPayload> {
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      // The booking's row lock orders this against other changes of the booking (cancel, refund).
      const booking = await lockBooking(tx, bookingId);
      if (!booking)
        return refused(
          editError(AnswerEditErrorCode.BOOKING_NOT_FOUND, 'No booking has this id.', 'bookingId'),
        );
      if (!hasValidTickets(booking.status)) {
        return refused(
          editError(
            AnswerEditErrorCode.NOT_EDITABLE,
            'This booking has no valid tickets: its answers stay as they are.',
          ),
        );
      }
      const event = await manager.findOneByOrFail(EventEntity, { id: booking.eventId });
      if (byBuyer && ctx.now >= answersCutoff(event)) {
        return refused(
          editError(
            AnswerEditErrorCode.EDITING_CLOSED,
            'Answers can no longer be changed here. Please contact the organiser.',
          ),
        );
      }
      const tickets = await manager.find(TicketEntity, {
        where: { bookingId: booking.id },
        order: { position: 'ASC' },
      });
      const errors: AnswerEditError[] = [];
      const byTicket = new Map<string, BookingAnswersInput['answers']>();
      input.attendees.forEach((attendee, index) => {
        if (!tickets.some((ticket) => ticket.id === attendee.ticketId) || byTicket.has(attendee.ticketId)) {
          errors.push(
            editError(
              AnswerEditErrorCode.TICKET_NOT_FOUND,
              'Not a ticket of this booking, or named twice.',
              `attendees.${index}.ticketId`,
            ),
          );
        } else byTicket.set(attendee.ticketId, attendee.answers);
      });
      const questions = await this.questionAnswers.questionsForBooking(event.id);
      const checked = this.questionAnswers.checkRequest(questions, {
        answers: input.answers,
        attendees: tickets.map((ticket) => ({
          ticketTypeId: ticket.ticketTypeId,
          answers: byTicket.get(ticket.id) ?? [],
        })),
      });
      if (checked.errors.length === 0) {
        checked.errors.push(...(await this.questionAnswers.fileErrors(checked.rows, booking.id)));
      }
      for (const problem of checked.errors) {
        errors.push(
          editError(
            problem.code === BookingErrorCode.ANSWER_MISSING
              ? AnswerEditErrorCode.ANSWER_MISSING
              : AnswerEditErrorCode.ANSWER_INVALID,
            problem.message,
            problem.field,
          ),
        );
      }
      if (errors.length > 0) return refused(...errors);

      const before = await readAnswers(manager, { bookingIds: [booking.id] });
      const hidden = questions.filter((question) => question.hidden).map((question) => question.id);
      await manager.query(
        'DELETE FROM question_answer WHERE booking_id = $1 AND NOT (question_id = ANY($2::uuid[]))',
        [booking.id, hidden],
      );
      await this.questionAnswers.store(
        tx,
        booking.id,
        tickets.map((ticket) => ticket.id),
        checked.rows,
      );
      const after = await readAnswers(manager, { bookingIds: [booking.id] });
      const changed = changedAnswers(before, after, tickets);
      if (changed.length > 0) {
        await this.audit.record(tx, {
          action: byBuyer ? 'booking.buyerUpdateAnswers' : 'booking.updateAnswers',
          objectType: 'booking',
          objectId: booking.id,
          // Which answers changed, never what they say: answers are personal data.
          changes: { answersChanged: { before: null, after: changed } },
        });
      }
      return { saved: true, errors: [] };
    });
  }
}

/** "Buyer: Company", "Ticket 2: T-shirt size": the answers whose words differ, buyer first, in question order. */
export function changedAnswers(
  before: readonly StoredAnswer[],
  after: readonly StoredAnswer[],
  tickets: readonly TicketEntity[],
): string[] {
  const keyOf = (answer: StoredAnswer) => `${answer.ticketId ?? ''}:${answer.questionId}`;
  const positionOf = (answer: StoredAnswer) =>
    tickets.find((ticket) => ticket.id === answer.ticketId)?.position ?? -1;
  const was = new Map(before.map((answer) => [keyOf(answer), answer.display]));
  const now = new Map(after.map((answer) => [keyOf(answer), answer.display]));
  const all = new Map([...before, ...after].map((answer) => [keyOf(answer), answer]));
  return [...all.values()]
    .filter((answer) => was.get(keyOf(answer)) !== now.get(keyOf(answer)))
    .sort((a, b) => positionOf(a) - positionOf(b) || a.sortOrder - b.sortOrder)
    .map((answer) => {
      const position = positionOf(answer);
      return `${position < 0 ? 'Buyer' : `Ticket ${position + 1}`}: ${answer.label}`;
    });
}
