/**
 * How services say no, without knowing GraphQL (DESIGN.md "errors as data"):
 *
 * - An expected business outcome of a mutation (SOLD_OUT, HOLD_EXPIRED ...) is a `DomainProblem` in
 *   the result the service returns; the GraphQL layer puts it in the payload's `errors`.
 * - Input that is malformed whatever the data says (a bad cursor, a line for a ticket type twice) is
 *   thrown as an `InvalidInputError` naming every bad field at once; the GraphQL layer answers
 *   BAD_USER_INPUT with the fields, other callers (CSV routes, the CLI) answer 400 or print it.
 * - Anything else is a bug or an outage: a plain Error, logged with the request id and masked.
 */

/** One problem with one input field; `field` is a path inside the input, e.g. `attendees.0.email`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An expected outcome a mutation reports as data: a code of its domain's enum, words, the field at fault. */
export interface DomainProblem<Code extends string = string> {
  code: Code;
  message: string;
  /** Path of the input field at fault, or null when no single field is. */
  field: string | null;
}

/** Builds one payload problem. */
export function domainProblem<Code extends string>(
  code: Code,
  message: string,
  field: string | null = null,
): DomainProblem<Code> {
  return { code, message, field };
}

/** A problem that says when to try again: a limit on how often something may be done was reached. */
export interface RetryLaterProblem<Code extends string = string> extends DomainProblem<Code> {
  /** Seconds until another attempt will be considered (also sent as the Retry-After header). */
  retryAfterSeconds: number;
}

/** `refusal` (e.g. "Too many failed attempts."), then when to try again, in minutes. */
export function retryLater<Code extends string>(
  code: Code,
  refusal: string,
  retryAfterSeconds: number,
  field: string | null = null,
): RetryLaterProblem<Code> {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    ...domainProblem(code, `${refusal} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, field),
    retryAfterSeconds,
  };
}

/** A domain error a service throws: a code, words fit to show a person, and the field at fault. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Input no data could make valid; carries every problem found, so the caller fixes them in one pass. */
export class InvalidInputError extends DomainError {
  readonly problems: FieldProblem[];

  constructor(problems: FieldProblem[]) {
    const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
    super('INVALID_INPUT', `Invalid input. ${summary}`, problems[0]?.field ?? null);
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}

/** An InvalidInputError for one field. */
export function invalidInput(field: string, message: string): InvalidInputError {
  return new InvalidInputError([{ field, message }]);
}
