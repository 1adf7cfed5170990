/**
 * Answers a waiver version requires before it can be signed (waiver_version_question, e.g. date of
 * birth, emergency contact): which questions the signing page asks the signer, with the answers
 * stored now, and the answers typed there, checked exactly as at checkout (answer-rules.ts: one pass,
 * every problem named) and stored as the booking's typed answers.
 *
 * The signer is the attendee of one ticket: a required ATTENDEE question is theirs (when asked for
 * their ticket type), a required BOOKING question is the booking's (the buyer's answer). Only
 * unanswered questions can be answered here; changing an answer is the booking page's job.
 */
import { In, type EntityManager } from 'typeorm';
import {
  checkRespondentAnswers,
  dependencyMet,
  isPut,
  type AnswerGiven,
  type AnswerValue,
  type Respondent,
} from '../questions/answer-rules';
import { toRow, type StoredAnswerRow } from '../questions/question-answers.service';
import {
  readAnswers,
  readEventQuestions,
  shopperQuestions,
  type StoredAnswer,
} from '../questions/question-views';
import { QuestionScope } from '../questions/question.entity';
import type { Question } from '../questions/questions.types';
import { WaiverVersionQuestionEntity } from './waiver-version.entity';

/** The ids of the questions each version requires answered, by version id. */
export async function requiredQuestionIds(
  manager: EntityManager,
  versionIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byVersion = new Map<string, string[]>(versionIds.map((id) => [id, []]));
  if (versionIds.length === 0) return byVersion;
  const links = await manager.find(WaiverVersionQuestionEntity, {
    where: { versionId: In([...versionIds]) },
  });
  for (const link of links) byVersion.get(link.versionId)?.push(link.questionId);
  return byVersion;
}

/** The ticket whose attendee signs. */
export interface SignerTicket {
  ticketId: string;
  bookingId: string;
  eventId: string;
}

/** One problem with the answers typed on the signing page; field `answers.<questionId>`. */
export interface SignerAnswerProblem {
  code: 'ANSWER_MISSING' | 'ANSWER_INVALID';
  field: string;
  message: string;
}

/** What the signing page shows and checks for one signer. */
export class SignerAnswers {
  private constructor(
    /** Every question of the event, those the version requires marked required. */
    private readonly questions: Question[],
    private readonly required: ReadonlySet<string>,
    private readonly respondents: { scope: QuestionScope; respondent: Omit<Respondent, 'answers'> }[],
    /** The signer's and the booking's answers stored now. */
    private readonly stored: StoredAnswer[],
  ) {}

  static async load(
    manager: EntityManager,
    versionId: string,
    ticket: SignerTicket,
  ): Promise<SignerAnswers | null> {
    const ids = new Set((await requiredQuestionIds(manager, [versionId])).get(versionId));
    if (ids.size === 0) return null;
    const tickets = (await manager.query(
      'SELECT id, ticket_type_id FROM ticket WHERE booking_id = $1 ORDER BY position',
      [ticket.bookingId],
    )) as { id: string; ticket_type_id: string }[];
    const own = tickets.find((row) => row.id === ticket.ticketId)!;
    const questions = (await readEventQuestions(manager, ticket.eventId)).map((question) =>
      ids.has(question.id) ? { ...question, required: true } : question,
    );
    const stored = (await readAnswers(manager, { bookingIds: [ticket.bookingId] })).filter(
      (answer) => answer.ticketId === null || answer.ticketId === ticket.ticketId,
    );
    return new SignerAnswers(
      questions,
      ids,
      [
        {
          scope: QuestionScope.BOOKING,
          respondent: {
            ticketPosition: null,
            ticketTypeIds: [...new Set(tickets.map((row) => row.ticket_type_id))],
          },
        },
        // Position 0 of a one-ticket list: store_booking_answers is given just the signer's ticket.
        {
          scope: QuestionScope.ATTENDEE,
          respondent: { ticketPosition: 0, ticketTypeIds: [own.ticket_type_id] },
        },
      ],
      stored,
    );
  }

  /**
   * The required questions put to this signer, in the event's order: those asked for their ticket
   * (or booking) whose dependency is met by the answers stored, or waits on another question asked here.
   */
  asked(): Question[] {
    const answered = new Set(this.stored.map((answer) => answer.questionId));
    const put = this.questions.filter(
      (question) =>
        this.required.has(question.id) &&
        this.respondents.some(({ scope, respondent }) => isPut(question, scope, respondent.ticketTypeIds)),
    );
    return shopperQuestions(
      put.filter((question) => {
        const dependency = question.dependsOn;
        if (!dependency) return true;
        if (!answered.has(dependency.questionId))
          return put.some((parent) => parent.id === dependency.questionId);
        return dependencyMet(question, this.storedValue(dependency.questionId));
      }),
    );
  }

  /** The stored answers to the questions asked (what the page shows as answered). */
  answersToAsked(): StoredAnswer[] {
    const asked = new Set(this.asked().map((question) => question.id));
    return this.stored.filter((answer) => asked.has(answer.questionId));
  }

  /**
   * The answers typed on the page against the required questions still unanswered: every problem
   * (each one missing, each one invalid, each one not asked here), or the rows to store.
   */
  check(given: readonly AnswerGiven[]): { problems: SignerAnswerProblem[]; rows: StoredAnswerRow[] } {
    const problems: SignerAnswerProblem[] = [];
    const asked = new Map(this.asked().map((question) => [question.id, question]));
    const answered = new Set(this.stored.map((answer) => answer.questionId));
    const open = (id: string) => asked.has(id) && !answered.has(id);
    const labelOf = (id: string) => `“${asked.get(id)?.label ?? id}”`;
    for (const answer of given) {
      if (!open(answer.questionId)) {
        problems.push({
          code: 'ANSWER_INVALID',
          field: `answers.${answer.questionId}`,
          message: 'This question is not asked on this page, or is answered already.',
        });
      }
    }
    const rows: StoredAnswerRow[] = [];
    for (const { scope, respondent } of this.respondents) {
      // The answers stored, so dependencies and the one-pass rules see the whole respondent.
      const answers: AnswerGiven[] = this.stored
        .filter((answer) => (answer.ticketId === null) === (scope === QuestionScope.BOOKING))
        .map(asGiven);
      for (const answer of given) {
        if (open(answer.questionId) && asked.get(answer.questionId)!.scope === scope) answers.push(answer);
      }
      const checked = checkRespondentAnswers(this.questions, { ...respondent, answers }, 'answers');
      for (const problem of checked.problems) {
        const id = problem.field.slice('answers.'.length);
        if (!open(id)) continue; // problems of other questions are not the signer's to solve here
        problems.push({
          code: problem.code,
          field: problem.field,
          message:
            problem.code === 'ANSWER_MISSING'
              ? `Answer ${labelOf(id)} before signing.`
              : `${labelOf(id)}: ${problem.message}`,
        });
      }
      rows.push(...checked.answers.filter((answer) => open(answer.questionId)).map(toRow));
    }
    return { problems, rows };
  }

  private storedValue(questionId: string): AnswerValue | undefined {
    const answer = this.stored.find((candidate) => candidate.questionId === questionId);
    return answer && asGiven(answer);
  }
}

function asGiven(answer: StoredAnswer): AnswerGiven & AnswerValue {
  return {
    questionId: answer.questionId,
    textValue: answer.textValue,
    numberValue: answer.numberValue,
    dateValue: answer.dateValue,
    booleanValue: answer.booleanValue,
    choiceIds: answer.choices.map((choice) => choice.id),
    fileId: answer.file?.id ?? null,
  };
}
