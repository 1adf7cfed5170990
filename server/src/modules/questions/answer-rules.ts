/**
 * The rules an answer must follow, as pure functions of the event's questions and what was sent (no
 * database): which questions each respondent is asked (scope, ticket types, dependency, hidden), each
 * answer against its question's type, and the typed rows stored for them. Every problem of a request
 * is found in one pass and named by its field: `answers.<questionId>` for the buyer's,
 * `attendees.<n>.answers.<questionId>` for an attendee's. Problems never quote the answer: answers are
 * personal data and error messages may reach logs.
 */
import { isEmail, isISO31661Alpha2, isPhoneNumber } from 'class-validator';
import { UUID } from '../../common/uuid';
import { QuestionScope, QuestionType } from './question.entity';
import { MAX_LINE_ANSWER, MAX_PARAGRAPH_ANSWER } from './questions.inputs';
import type { Question } from './questions.types';

/** An answer as sent (QuestionAnswerInput). */
export interface AnswerGiven {
  questionId: string;
  textValue?: string | null;
  numberValue?: number | null;
  dateValue?: string | null;
  booleanValue?: boolean | null;
  choiceIds?: readonly string[] | null;
  fileId?: string | null;
}

/** An answer's typed value, as question_answer stores it. */
export interface AnswerValue {
  textValue: string | null;
  numberValue: number | null;
  dateValue: string | null;
  booleanValue: boolean | null;
  choiceIds: string[];
  /** FILE answers: the uploaded file's id (whether it may be used is checked against the database). */
  fileId: string | null;
}

/** Whose answers: the buyer (`ticketPosition` null) or the attendee of one ticket. */
export interface Respondent {
  /** Null: the buyer; else the attendee's position in the booking (its index in `attendees`). */
  ticketPosition: number | null;
  /** The attendee's ticket type; for the buyer, every ticket type booked. */
  ticketTypeIds: readonly string[];
  answers: readonly AnswerGiven[];
}

export type AnswerProblemCode = 'ANSWER_MISSING' | 'ANSWER_INVALID';

export interface AnswerProblem {
  code: AnswerProblemCode;
  field: string;
  message: string;
}

/** One answer to store: the respondent, the question and the value. */
export interface CheckedAnswer extends AnswerValue {
  ticketPosition: number | null;
  questionId: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a question is put to a respondent at all (before its dependency is looked at). */
export function isPut(question: Question, scope: QuestionScope, ticketTypeIds: readonly string[]): boolean {
  if (question.hidden || question.scope !== scope) return false;
  return (
    question.ticketTypeIds.length === 0 || ticketTypeIds.some((id) => question.ticketTypeIds.includes(id))
  );
}

/** A question's dependency is met by the answer given to the question it depends on. */
export function dependencyMet(question: Question, parentValue: AnswerValue | undefined): boolean {
  const dependency = question.dependsOn;
  if (!dependency) return true;
  if (!parentValue) return false;
  if (dependency.choiceId) return parentValue.choiceIds.includes(dependency.choiceId);
  return parentValue.booleanValue === dependency.booleanValue;
}

function isEmpty(given: AnswerGiven | undefined): boolean {
  if (!given) return true;
  return (
    (given.textValue == null || given.textValue.trim() === '') &&
    given.numberValue == null &&
    (given.dateValue == null || given.dateValue.trim() === '') &&
    given.booleanValue == null &&
    (given.choiceIds == null || given.choiceIds.length === 0) &&
    (given.fileId == null || given.fileId.trim() === '')
  );
}

const blank = (): AnswerValue => ({
  textValue: null,
  numberValue: null,
  dateValue: null,
  booleanValue: null,
  choiceIds: [],
  fileId: null,
});

/** The answer's typed value, or why it does not suit its question (never quoting it). */
export function parseAnswer(question: Question, given: AnswerGiven): AnswerValue | string {
  const value = blank();
  const text = given.textValue?.trim() ?? '';
  const needs = (field: string) => `Answer this ${describe(question.type)} question with ${field}.`;
  switch (question.type) {
    case QuestionType.TEXT:
      if (!text) return needs('textValue');
      if (/[\r\n]/.test(text)) return 'Must be one line.';
      if (text.length > MAX_LINE_ANSWER) return `Must be at most ${MAX_LINE_ANSWER} characters.`;
      return { ...value, textValue: text };
    case QuestionType.PARAGRAPH:
      if (!text) return needs('textValue');
      if (text.length > MAX_PARAGRAPH_ANSWER) return `Must be at most ${MAX_PARAGRAPH_ANSWER} characters.`;
      return { ...value, textValue: text };
    case QuestionType.EMAIL:
      if (!text) return needs('textValue');
      if (text.length > 254 || !isEmail(text)) return 'Must be an e-mail address.';
      return { ...value, textValue: text };
    case QuestionType.PHONE:
      if (!text) return needs('textValue');
      if (!text.startsWith('+') || !isPhoneNumber(text)) {
        return 'Must be a phone number in international form, starting with + and the country code.';
      }
      return { ...value, textValue: text };
    case QuestionType.COUNTRY:
      if (!text) return needs('textValue');
      if (!isISO31661Alpha2(text)) return 'Must be a country (its two-letter ISO code).';
      return { ...value, textValue: text.toUpperCase() };
    case QuestionType.NUMBER: {
      const number = given.numberValue;
      if (number == null) return needs('numberValue');
      if (!Number.isFinite(number)) return 'Must be a number.';
      if (question.minNumber !== null && number < question.minNumber) {
        return `Must be at least ${question.minNumber}.`;
      }
      if (question.maxNumber !== null && number > question.maxNumber) {
        return `Must be at most ${question.maxNumber}.`;
      }
      return { ...value, numberValue: number };
    }
    case QuestionType.DATE: {
      const date = given.dateValue?.trim() ?? '';
      if (!date) return needs('dateValue');
      if (!isCalendarDate(date)) return 'Must be a date (YYYY-MM-DD).';
      return { ...value, dateValue: date };
    }
    case QuestionType.YES_NO:
      if (given.booleanValue == null) return needs('booleanValue');
      return { ...value, booleanValue: given.booleanValue };
    case QuestionType.ONE_CHOICE:
    case QuestionType.MANY_CHOICES: {
      const picked = given.choiceIds ?? [];
      if (picked.length === 0) return needs('choiceIds');
      if (question.type === QuestionType.ONE_CHOICE && picked.length > 1) return 'Pick only one.';
      if (new Set(picked).size !== picked.length) return 'Pick each choice at most once.';
      const offered = new Set(question.choices.filter((choice) => !choice.hidden).map((choice) => choice.id));
      if (picked.some((id) => !offered.has(id))) return 'Pick one of the choices offered.';
      // In the question's order, whatever order they were sent in.
      const order = question.choices.map((choice) => choice.id);
      return { ...value, choiceIds: [...picked].sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
    }
    case QuestionType.FILE: {
      const fileId = given.fileId?.trim() ?? '';
      if (!fileId) return needs('fileId');
      if (!UUID.test(fileId)) return 'Upload the file first and send the id the upload answered.';
      return { ...value, fileId: fileId.toLowerCase() };
    }
  }
}

function describe(type: QuestionType): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** A real YYYY-MM-DD date (no 31 February), between the years 1000 and 9999. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * The questions asked of one respondent, in order, with the dependency applied to the answers given:
 * a dependent question whose condition is not met is not asked (not required, its answer dropped).
 */
export function questionsAsked(
  questions: readonly Question[],
  scope: QuestionScope,
  ticketTypeIds: readonly string[],
  valueOf: (questionId: string) => AnswerValue | undefined,
): Question[] {
  const put = questions.filter((question) => isPut(question, scope, ticketTypeIds));
  const putIds = new Set(put.map((question) => question.id));
  return put.filter((question) => {
    if (!question.dependsOn) return true;
    return (
      putIds.has(question.dependsOn.questionId) &&
      dependencyMet(question, valueOf(question.dependsOn.questionId))
    );
  });
}

/**
 * Checks one respondent's answers: every question asked and required is answered, every answer suits
 * its question, no question is answered twice or is unknown. `prefix` is the field path of the
 * respondent's answers (`answers`, `attendees.2.answers`).
 */
export function checkRespondentAnswers(
  questions: readonly Question[],
  respondent: Respondent,
  prefix: string,
): { problems: AnswerProblem[]; answers: CheckedAnswer[] } {
  const scope = respondent.ticketPosition === null ? QuestionScope.BOOKING : QuestionScope.ATTENDEE;
  const problems: AnswerProblem[] = [];
  const byId = new Map(questions.map((question) => [question.id, question]));
  const given = new Map<string, AnswerGiven>();
  for (const answer of respondent.answers) {
    const field = `${prefix}.${answer.questionId}`;
    const question = byId.get(answer.questionId);
    if (given.has(answer.questionId)) {
      problems.push({ code: 'ANSWER_INVALID', field, message: 'This question is answered twice.' });
    } else if (question && !question.hidden && !isPut(question, scope, respondent.ticketTypeIds)) {
      const whom = scope === QuestionScope.BOOKING ? 'of the buyer' : 'for this ticket';
      problems.push({ code: 'ANSWER_INVALID', field, message: `This question is not asked ${whom}.` });
    } else if (!question) {
      problems.push({ code: 'ANSWER_INVALID', field, message: 'This event asks no such question.' });
    }
    given.set(answer.questionId, answer);
  }

  const values = new Map<string, AnswerValue>();
  const parsed = (question: Question): AnswerValue | string | undefined => {
    const answer = given.get(question.id);
    return isEmpty(answer) ? undefined : parseAnswer(question, answer!);
  };
  // Dependencies first look at what the question depended on was answered (valid answers only).
  for (const question of questions) {
    if (question.dependsOn || !isPut(question, scope, respondent.ticketTypeIds)) continue;
    const value = parsed(question);
    if (value !== undefined && typeof value !== 'string') values.set(question.id, value);
  }
  const asked = questionsAsked(questions, scope, respondent.ticketTypeIds, (id) => values.get(id));
  const answers: CheckedAnswer[] = [];
  for (const question of asked) {
    const field = `${prefix}.${question.id}`;
    const value = parsed(question);
    if (value === undefined) {
      if (question.required) {
        problems.push({ code: 'ANSWER_MISSING', field, message: 'Please answer this question.' });
      }
    } else if (typeof value === 'string') {
      problems.push({ code: 'ANSWER_INVALID', field, message: value });
    } else {
      answers.push({ ...value, ticketPosition: respondent.ticketPosition, questionId: question.id });
    }
  }
  return { problems, answers };
}

/** A booking request's answers: the buyer's, then each attendee's, checked in one pass. */
export function checkBookingAnswers(
  questions: readonly Question[],
  request: {
    answers?: readonly AnswerGiven[] | null;
    attendees: readonly { ticketTypeId: string; answers?: readonly AnswerGiven[] | null }[];
  },
): { problems: AnswerProblem[]; answers: CheckedAnswer[] } {
  const buyer = checkRespondentAnswers(
    questions,
    {
      ticketPosition: null,
      ticketTypeIds: [...new Set(request.attendees.map((attendee) => attendee.ticketTypeId))],
      answers: request.answers ?? [],
    },
    'answers',
  );
  const attendees = request.attendees.map((attendee, index) =>
    checkRespondentAnswers(
      questions,
      { ticketPosition: index, ticketTypeIds: [attendee.ticketTypeId], answers: attendee.answers ?? [] },
      `attendees.${index}.answers`,
    ),
  );
  return {
    problems: [buyer, ...attendees].flatMap((result) => result.problems),
    answers: [buyer, ...attendees].flatMap((result) => result.answers),
  };
}
