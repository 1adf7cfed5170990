/**
 * The event's checkout questions in the details form, as plain data: which questions each respondent
 * is asked (the buyer once, each attendee per ticket type), the form's inputs for them, what was
 * typed, and the answers createBooking takes. Input names are the API's error paths
 * (`answers.<questionId>`, `attendees.2.answers.<questionId>`), so an error it reports lands at its
 * question. Dependencies only hide questions in the browser: the API decides what is asked.
 */

export type QuestionType =
  | 'TEXT'
  | 'PARAGRAPH'
  | 'NUMBER'
  | 'YES_NO'
  | 'ONE_CHOICE'
  | 'MANY_CHOICES'
  | 'DATE'
  | 'COUNTRY'
  | 'PHONE'
  | 'EMAIL'
  | 'FILE';

/** A question as the event page query reads it (Event.questions). */
export interface CheckoutQuestion {
  id: string;
  label: string;
  helpText: string;
  type: QuestionType | string;
  scope: 'BOOKING' | 'ATTENDEE' | string;
  required: boolean;
  minNumber?: number | null;
  maxNumber?: number | null;
  /** FILE: the kinds accepted (PDF, JPEG, PNG) and the largest size, in bytes. */
  fileKinds?: readonly string[];
  maxFileBytes?: number | null;
  ticketTypeIds: readonly string[];
  choices: readonly { id: string; label: string }[];
  dependsOn?: { questionId: string; choiceId?: string | null; booleanValue?: boolean | null } | null;
}

/** An answer as createBooking takes it (QuestionAnswerInput). */
export interface AnswerInput {
  questionId: string;
  textValue?: string;
  numberValue?: number;
  dateValue?: string;
  booleanValue?: boolean;
  choiceIds?: string[];
  /** FILE: the id the upload answered (the site's server uploads the chosen file first). */
  fileId?: string;
}

/** What was typed, by input name: one value, or several for MANY_CHOICES. */
export type AnswerValues = Record<string, string | string[]>;

/** `answers` for the buyer, `attendees.<n>.answers` for the attendee of ticket n. */
export function answersPrefix(attendee: number | null): string {
  return attendee === null ? 'answers' : `attendees.${attendee}.answers`;
}

export function answerInputName(attendee: number | null, questionId: string): string {
  return `${answersPrefix(attendee)}.${questionId}`;
}

/**
 * The questions put to the buyer (`attendee` null: BOOKING questions for any ticket type booked) or
 * to the attendee of a ticket of `ticketTypeIds[0]`, in the event's order.
 */
export function questionsFor(
  questions: readonly CheckoutQuestion[],
  attendee: number | null,
  ticketTypeIds: readonly string[],
): CheckoutQuestion[] {
  const scope = attendee === null ? 'BOOKING' : 'ATTENDEE';
  return questions.filter(
    (question) =>
      question.scope === scope &&
      (question.ticketTypeIds.length === 0 ||
        ticketTypeIds.some((id) => question.ticketTypeIds.includes(id))),
  );
}

/** Every respondent of the form: the buyer, then one per attendee slot, with the questions put to them. */
export function respondents(
  questions: readonly CheckoutQuestion[],
  slots: readonly string[],
): { attendee: number | null; questions: CheckoutQuestion[] }[] {
  return [
    { attendee: null, questions: questionsFor(questions, null, [...new Set(slots)]) },
    ...slots.map((ticketTypeId, index) => ({
      attendee: index,
      questions: questionsFor(questions, index, [ticketTypeId]),
    })),
  ];
}

/** The names of the form's answer inputs, in the order of the form. */
export function answerInputNames(questions: readonly CheckoutQuestion[], slots: readonly string[]): string[] {
  return respondents(questions, slots).flatMap(({ attendee, questions: asked }) =>
    asked.map((question) => answerInputName(attendee, question.id)),
  );
}

/** What the form holds for every question asked (trimmed; several values for MANY_CHOICES). */
export function readAnswerValues(
  form: FormData,
  questions: readonly CheckoutQuestion[],
  slots: readonly string[],
): AnswerValues {
  const values: AnswerValues = {};
  for (const { attendee, questions: asked } of respondents(questions, slots)) {
    for (const question of asked) {
      const name = answerInputName(attendee, question.id);
      const given = form.getAll(name).filter((value): value is string => typeof value === 'string');
      values[name] = question.type === 'MANY_CHOICES' ? given : (given[0] ?? '').trim();
    }
  }
  return values;
}

/**
 * Whether a question shows, given the values typed: always, unless it depends on another answer of
 * the same respondent that is not (yet) the one it waits for.
 */
export function isShown(question: CheckoutQuestion, attendee: number | null, values: AnswerValues): boolean {
  const dependency = question.dependsOn;
  if (!dependency) return true;
  const parent = values[answerInputName(attendee, dependency.questionId)];
  const picked = Array.isArray(parent) ? parent : parent ? [parent] : [];
  if (dependency.choiceId) return picked.includes(dependency.choiceId);
  return picked.includes(dependency.booleanValue ? 'yes' : 'no');
}

/** The answer of one input as createBooking takes it, or a problem to show at it (nothing typed: null). */
function toAnswer(question: CheckoutQuestion, value: string | string[]): AnswerInput | string | null {
  if (Array.isArray(value)) return value.length ? { questionId: question.id, choiceIds: value } : null;
  if (!value) return null;
  switch (question.type) {
    case 'NUMBER': {
      const number = Number(value.replace(',', '.'));
      return Number.isFinite(number) ? { questionId: question.id, numberValue: number } : 'Enter a number.';
    }
    case 'YES_NO':
      return { questionId: question.id, booleanValue: value === 'yes' };
    case 'ONE_CHOICE':
      return { questionId: question.id, choiceIds: [value] };
    case 'DATE':
      return { questionId: question.id, dateValue: value };
    case 'FILE':
      return { questionId: question.id, fileId: value };
    default:
      return { questionId: question.id, textValue: value };
  }
}

/** A stored answer (QuestionAnswer's typed values), as the checkout form writes it again. */
export interface StoredAnswer {
  questionId: string;
  textValue?: string | null;
  numberValue?: number | null;
  dateValue?: string | null;
  booleanValue?: boolean | null;
  choices: readonly { id: string }[];
  file?: { id: string } | null;
}

/** The inverse of `toAnswer`: a stored answer as its input's value (`yes`/`no`, choice ids, text). */
export function answerFormValue(question: CheckoutQuestion, answer: StoredAnswer): string | string[] {
  switch (question.type) {
    case 'MANY_CHOICES':
      return answer.choices.map((choice) => choice.id);
    case 'ONE_CHOICE':
      return answer.choices[0]?.id ?? '';
    case 'YES_NO':
      return answer.booleanValue == null ? '' : answer.booleanValue ? 'yes' : 'no';
    case 'NUMBER':
      return answer.numberValue == null ? '' : String(answer.numberValue);
    case 'DATE':
      return answer.dateValue ?? '';
    case 'FILE':
      return answer.file?.id ?? '';
    default:
      return answer.textValue ?? '';
  }
}

/**
 * The form's answer values from stored answers: the buyer's (`null`) and those of each attendee slot
 * (by index), for the questions the form asks them; answers to questions no longer asked are left out.
 */
export function answerValuesOf(
  questions: readonly CheckoutQuestion[],
  slots: readonly string[],
  answersOfRespondent: (attendee: number | null) => readonly StoredAnswer[],
): AnswerValues {
  const values: AnswerValues = {};
  for (const { attendee, questions: asked } of respondents(questions, slots)) {
    const stored = answersOfRespondent(attendee);
    for (const question of asked) {
      const answer = stored.find((candidate) => candidate.questionId === question.id);
      if (answer) values[answerInputName(attendee, question.id)] = answerFormValue(question, answer);
    }
  }
  return values;
}

/**
 * The buyer's and each attendee's answers for createBooking, and what cannot be sent as typed (a
 * number that is no number), by input name. Questions left empty are not sent: the API says which
 * of them must be answered.
 */
export function answersOf(
  questions: readonly CheckoutQuestion[],
  slots: readonly string[],
  values: AnswerValues,
): { buyer: AnswerInput[]; attendees: AnswerInput[][]; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const answered = respondents(questions, slots).map(({ attendee, questions: asked }) =>
    asked.flatMap((question) => {
      const name = answerInputName(attendee, question.id);
      const answer = toAnswer(question, values[name] ?? '');
      if (typeof answer === 'string') problems[name] = answer;
      return answer && typeof answer !== 'string' ? [answer] : [];
    }),
  );
  return { buyer: answered[0], attendees: answered.slice(1), problems };
}

/** How a question is named in the error summary: "Ticket 2: T-shirt size", or the label alone. */
export function answerFieldLabel(field: string, questions: readonly CheckoutQuestion[]): string | null {
  const match = /^(?:attendees\.(\d+)\.)?answers\.(.+)$/.exec(field);
  if (!match) return null;
  const question = questions.find((candidate) => candidate.id === match[2]);
  if (!question) return null;
  return match[1] === undefined ? question.label : `Ticket ${Number(match[1]) + 1}: ${question.label}`;
}

/** When a dependent question is asked, in words for the form without JavaScript. */
export function dependencyHint(
  question: CheckoutQuestion,
  questions: readonly CheckoutQuestion[],
): string | null {
  const dependency = question.dependsOn;
  if (!dependency) return null;
  const parent = questions.find((candidate) => candidate.id === dependency.questionId);
  if (!parent) return null;
  const answer = dependency.choiceId
    ? (parent.choices.find((choice) => choice.id === dependency.choiceId)?.label ?? '')
    : dependency.booleanValue
      ? 'Yes'
      : 'No';
  return `Only if “${parent.label}” is “${answer}”.`;
}
