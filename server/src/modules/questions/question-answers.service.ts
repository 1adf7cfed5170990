/**
 * Questions and answers around a booking: the questions shoppers are asked, a booking request's
 * answers checked against them (one pass, every problem named), the answers stored in the booking's
 * own unit of work, and answers read for pages, e-mails, check-in and the admin area. What STAFF may
 * see is decided here: only answers to questions shown at the door.
 */
import type { RequestContext } from '../../common/request-context';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import { UUID } from '../../common/uuid';
import { AdminRole } from '../accounts/admin-account.entity';
import { VALID_TICKET_STATUSES } from '../bookings/booking-status';
import { bookingError } from '../bookings/booking-rules';
import { BookingErrorCode, type BookingError } from '../bookings/bookings.types';
import { checkBookingAnswers, type AnswerGiven, type CheckedAnswer } from './answer-rules';
import {
  readAnswers,
  readEventQuestions,
  readQuestions,
  shopperQuestions,
  type StoredAnswer,
} from './question-views';
import { QuestionScope, QuestionType } from './question.entity';
import type { QuestionFilesService } from './question-files.service';
import type { Question, QuestionAnswerSummary } from './questions.types';
import { groupBy } from '../../common/group-by';

/** What a booking request says that answers are checked against. */
export interface AnsweringRequest {
  answers?: readonly AnswerGiven[] | null;
  attendees: readonly { ticketTypeId: string; answers?: readonly AnswerGiven[] | null }[];
}

/** A request's answers, checked: the errors to refuse it with, or the rows to store with it. */
export interface BookingAnswers {
  errors: BookingError[];
  /** As store_booking_answers takes them (db/functions/store_booking_answers.sql). */
  rows: StoredAnswerRow[];
}

/** One answer as store_booking_answers reads it from JSON. */
export interface StoredAnswerRow {
  ticket_position: number | null;
  question_id: string;
  text_value: string | null;
  number_value: number | null;
  date_value: string | null;
  boolean_value: boolean | null;
  choice_ids: string[];
  file_id: string | null;
}

const STORE_ANSWERS_SQL = 'SELECT store_booking_answers($1, $2::uuid[], $3::jsonb)';

/** A checked answer as store_booking_answers takes it. */
export function toRow(answer: CheckedAnswer): StoredAnswerRow {
  return {
    ticket_position: answer.ticketPosition,
    question_id: answer.questionId,
    text_value: answer.textValue,
    number_value: answer.numberValue,
    date_value: answer.dateValue,
    boolean_value: answer.booleanValue,
    choice_ids: answer.choiceIds,
    file_id: answer.fileId,
  };
}

/** Who may see which answers: everyone but STAFF all; STAFF those shown at the door. */
export function visibleTo(ctx: RequestContext, answers: StoredAnswer[]): StoredAnswer[] {
  return ctx.actor?.role === AdminRole.STAFF ? answers.filter((answer) => answer.showAtDoor) : answers;
}

export class QuestionAnswersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly files: QuestionFilesService,
  ) {}

  /** The questions shoppers are asked at an event's checkout (not hidden, choices offered), in order. */
  async shopperQuestionsByEvent(
    _ctx: RequestContext,
    eventIds: readonly string[],
  ): Promise<Map<string, Question[]>> {
    const byEvent = await readQuestions(this.uow.manager, eventIds);
    return new Map([...byEvent].map(([eventId, questions]) => [eventId, shopperQuestions(questions)]));
  }

  /** Every question of an event, hidden ones too (the admin's view). */
  eventQuestions(_ctx: RequestContext, eventId: string): Promise<Question[]> {
    return readEventQuestions(this.uow.manager, eventId);
  }

  /**
   * An event's questions as createBooking checks answers against them (hidden ones included, whose
   * answers are dropped). The booking path keeps them with its copy of the catalog: any change to
   * a question, choice or its ticket types changes the event's catalog version (migration
   * QuestionsInCatalogVersion), so a booking checked against old questions is refused like one
   * checked against old prices.
   */
  questionsForBooking(eventId: string): Promise<Question[]> {
    return readEventQuestions(this.uow.manager, eventId);
  }

  /**
   * A booking request's answers against the event's questions (questionsForBooking): every problem as
   * a booking error naming its field, or the rows to store. Answers to dependent questions whose
   * condition is not met, and to hidden questions, are dropped.
   */
  checkRequest(questions: Question[], request: AnsweringRequest): BookingAnswers {
    if (questions.length === 0 && !hasAnswers(request)) return { errors: [], rows: [] };
    const { problems, answers } = checkBookingAnswers(questions, request);
    return {
      errors: problems.map((problem) =>
        bookingError(
          problem.code === 'ANSWER_MISSING'
            ? BookingErrorCode.ANSWER_MISSING
            : BookingErrorCode.ANSWER_INVALID,
          problem.message,
          problem.field,
        ),
      ),
      rows: answers.map(toRow),
    };
  }

  /**
   * Errors for answers naming files they may not use (see QuestionFilesService.answerFileProblems);
   * `bookingId`: the booking whose answers are replaced, null for a new one.
   */
  async fileErrors(rows: readonly StoredAnswerRow[], bookingId: string | null): Promise<BookingError[]> {
    const problems = await this.files.answerFileProblems(rows, bookingId);
    return problems.map((problem) =>
      bookingError(BookingErrorCode.ANSWER_INVALID, problem.message, problem.field),
    );
  }

  /** Stores a new booking's checked answers in its transaction (a paid booking's go with its statement). */
  async store(tx: Transaction, bookingId: string, ticketIds: readonly string[], rows: StoredAnswerRow[]) {
    if (rows.length === 0) return;
    await tx.manager.query(STORE_ANSWERS_SQL, [bookingId, ticketIds, JSON.stringify(rows)]);
  }

  /** The buyers' answers of the bookings, by booking id, as the caller may see them. */
  async buyerAnswers(
    ctx: RequestContext,
    bookingIds: readonly string[],
  ): Promise<Map<string, StoredAnswer[]>> {
    const answers = visibleTo(ctx, await readAnswers(this.uow.manager, { bookingIds }));
    return groupBy(
      bookingIds,
      answers.filter((answer) => answer.ticketId === null),
      (answer) => answer.bookingId,
    );
  }

  /**
   * What the check-in screen shows of each ticket: its attendee's and its buyer's answers to questions
   * shown at the door (the only answers STAFF see anyway).
   */
  async doorAnswers(
    _ctx: RequestContext,
    ticketIds: readonly string[],
  ): Promise<Map<string, StoredAnswer[]>> {
    return this.respondentAnswers(ticketIds, (answers) => answers.filter((answer) => answer.showAtDoor));
  }

  /**
   * What the attendee list shows of each ticket: its attendee's answers, then its buyer's, as the
   * caller may see them (STAFF: those shown at the door).
   */
  async ticketAndBuyerAnswers(
    ctx: RequestContext,
    ticketIds: readonly string[],
  ): Promise<Map<string, StoredAnswer[]>> {
    return this.respondentAnswers(ticketIds, (answers) => visibleTo(ctx, answers));
  }

  private async respondentAnswers(
    ticketIds: readonly string[],
    keep: (answers: StoredAnswer[]) => StoredAnswer[],
  ): Promise<Map<string, StoredAnswer[]>> {
    const tickets: { id: string; booking_id: string }[] =
      ticketIds.length === 0
        ? []
        : await this.uow.manager.query('SELECT id, booking_id FROM ticket WHERE id = ANY($1::uuid[])', [
            ticketIds,
          ]);
    const answers = keep(
      await readAnswers(this.uow.manager, {
        bookingIds: [...new Set(tickets.map((ticket) => ticket.booking_id))],
      }),
    );
    return new Map(
      ticketIds.map((id) => {
        const bookingId = tickets.find((ticket) => ticket.id === id)?.booking_id;
        const own = answers.filter((answer) => answer.ticketId === id);
        const buyer = answers.filter((answer) => answer.ticketId === null && answer.bookingId === bookingId);
        return [id, [...own, ...buyer]];
      }),
    );
  }

  /** Each question of an event with its answers counted over confirmed bookings. */
  async summaries(_ctx: RequestContext, eventId: string): Promise<QuestionAnswerSummary[]> {
    if (!UUID.test(eventId)) return [];
    const questions = await readEventQuestions(this.uow.manager, eventId);
    const rows: {
      question_id: string;
      answered: number;
      yes: number;
      no: number;
      choices: Record<string, string>;
    }[] = await this.uow.manager.query(SUMMARY_SQL, [eventId, VALID_TICKET_STATUSES]);
    const byQuestion = new Map(rows.map((row) => [row.question_id, row]));
    return questions.map((question) => {
      const row = byQuestion.get(question.id)!;
      const counts =
        question.type === QuestionType.YES_NO
          ? [
              { label: 'Yes', choiceId: null, count: row.yes },
              { label: 'No', choiceId: null, count: row.no },
            ]
          : question.choices.map((choice) => ({
              label: choice.label,
              choiceId: choice.id,
              count: Number(row.choices[choice.id] ?? 0),
            }));
      return { question, answered: row.answered, counts };
    });
  }

  /**
   * One CSV column per question of the event (hidden ones too: their answers are kept), headed by its
   * label, and each ticket's cells: its attendee's answer, or its booking's buyer's. STAFF get only
   * the questions shown at the door.
   */
  async answerColumns(
    ctx: RequestContext,
    eventId: string,
  ): Promise<{ headers: string[]; cellsOf: (ticketId: string) => string[] }> {
    const staff = ctx.actor?.role === AdminRole.STAFF;
    const questions = (await readEventQuestions(this.uow.manager, eventId)).filter(
      (question) => !staff || question.showAtDoor,
    );
    if (questions.length === 0) return { headers: [], cellsOf: () => [] };
    const [answers, tickets] = await Promise.all([
      readAnswers(this.uow.manager, { eventId }),
      this.uow.manager.query(
        'SELECT t.id, t.booking_id FROM ticket t JOIN booking b ON b.id = t.booking_id WHERE b.event_id = $1',
        [eventId],
      ) as Promise<{ id: string; booking_id: string }[]>,
    ]);
    const bookingOf = new Map(tickets.map((ticket) => [ticket.id, ticket.booking_id]));
    const display = new Map(
      answers.map((answer) => [
        `${answer.ticketId ?? answer.bookingId}:${answer.questionId}`,
        answer.display,
      ]),
    );
    return {
      headers: questions.map((question) => question.label),
      cellsOf: (ticketId) =>
        questions.map(
          (question) =>
            display.get(
              `${question.scope === QuestionScope.BOOKING ? bookingOf.get(ticketId) : ticketId}:${question.id}`,
            ) ?? '',
        ),
    };
  }

  /**
   * Question columns for a bookings CSV of any events: one per question label (questions of different
   * events with the same label share it), in each event's order; a booking's cell is its buyer's
   * answer, or its attendees' answers as "Ticket 1: M; Ticket 2: L" (just the answer for a booking of
   * one ticket). STAFF get only the questions shown at the door.
   */
  async bookingAnswerColumns(
    ctx: RequestContext,
    bookings: readonly { id: string; eventId: string }[],
  ): Promise<{ headers: string[]; cellsOf: (bookingId: string) => string[] }> {
    const staff = ctx.actor?.role === AdminRole.STAFF;
    const byEvent = await readQuestions(this.uow.manager, [
      ...new Set(bookings.map((booking) => booking.eventId)),
    ]);
    const questions = [...byEvent.values()].flat().filter((question) => !staff || question.showAtDoor);
    if (questions.length === 0) return { headers: [], cellsOf: () => [] };
    const headers = [...new Set(questions.map((question) => question.label.trim()))];
    const bookingIds = bookings.map((booking) => booking.id);
    const [answers, tickets] = await Promise.all([
      readAnswers(this.uow.manager, { bookingIds }),
      this.uow.manager.query(
        'SELECT id, booking_id, position FROM ticket WHERE booking_id = ANY($1::uuid[])',
        [bookingIds],
      ) as Promise<{ id: string; booking_id: string; position: number }[]>,
    ]);
    const position = new Map(tickets.map((ticket) => [ticket.id, ticket.position]));
    const ticketCount = new Map<string, number>();
    for (const ticket of tickets)
      ticketCount.set(ticket.booking_id, (ticketCount.get(ticket.booking_id) ?? 0) + 1);
    const column = new Map(
      questions.map((question) => [question.id, headers.indexOf(question.label.trim())]),
    );
    const cells = new Map<string, string[][]>();
    for (const answer of answers.sort(
      (a, b) => (position.get(a.ticketId!) ?? -1) - (position.get(b.ticketId!) ?? -1),
    )) {
      const index = column.get(answer.questionId);
      if (index === undefined) continue;
      const row = cells.get(answer.bookingId) ?? headers.map(() => []);
      cells.set(answer.bookingId, row);
      const several = answer.ticketId !== null && (ticketCount.get(answer.bookingId) ?? 0) > 1;
      row[index].push(
        several ? `Ticket ${position.get(answer.ticketId!)! + 1}: ${answer.display}` : answer.display,
      );
    }
    return {
      headers,
      cellsOf: (bookingId) =>
        (cells.get(bookingId) ?? headers.map(() => [])).map((parts) => parts.join('; ')),
    };
  }

  /** The attendees' answers of the tickets, by ticket id, as the caller may see them. */
  async attendeeAnswers(
    ctx: RequestContext,
    ticketIds: readonly string[],
  ): Promise<Map<string, StoredAnswer[]>> {
    const answers = visibleTo(ctx, await readAnswers(this.uow.manager, { ticketIds }));
    return groupBy(ticketIds, answers, (answer) => answer.ticketId!);
  }
}

/** Counts one question's answers of confirmed bookings: all, and per choice or yes/no. */
const SUMMARY_SQL = `
  SELECT q.id AS question_id,
         count(a.id)::int AS answered,
         count(a.id) FILTER (WHERE a.boolean_value)::int AS yes,
         count(a.id) FILTER (WHERE NOT a.boolean_value)::int AS no,
         coalesce((SELECT json_object_agg(c.id, (SELECT count(*) FROM question_answer_choice p
                                                  JOIN question_answer pa ON pa.id = p.answer_id
                                                  JOIN booking pb ON pb.id = pa.booking_id
                                                  WHERE p.choice_id = c.id AND pb.status = ANY($2)))
                   FROM question_choice c WHERE c.question_id = q.id), '{}') AS choices
  FROM question q
  LEFT JOIN question_answer a ON a.question_id = q.id
    AND EXISTS (SELECT 1 FROM booking b WHERE b.id = a.booking_id AND b.status = ANY($2))
  WHERE q.event_id = $1
  GROUP BY q.id`;

function hasAnswers(request: AnsweringRequest): boolean {
  return (
    (request.answers?.length ?? 0) > 0 ||
    request.attendees.some((attendee) => (attendee.answers?.length ?? 0) > 0)
  );
}
