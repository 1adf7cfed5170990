/**
 * Changing a booking's answers after checkout, shared by the buyer's page (/bookings/<token>/answers)
 * and the admin's (/admin/bookings/<id>/answers): the form is the checkout's question inputs (same
 * names, so the API's errors land at them), read and sent whole; the API checks it as at checkout.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RequestEvent } from '@sveltejs/kit';
import type { Client } from '@urql/svelte';
import { asSentence, errorPlacement } from '$lib/checkout/checkout-form';
import {
  answerInputNames,
  answersOf,
  answerValuesOf,
  readAnswerValues,
  type AnswerValues,
  type CheckoutQuestion,
  type StoredAnswer,
} from '$lib/checkout/checkout-questions';
import { graphql } from '$lib/gql';
import { uploadAnswerFiles } from './answer-files';
import { addFieldError, runMutation, type FieldErrors } from './mutation';

/** A question as the checkout form asks it (Event.questions). */
export const CheckoutQuestionFieldsFragment = graphql(`
  fragment CheckoutQuestionFields on Question {
    id
    label
    helpText
    type
    scope
    required
    minNumber
    maxNumber
    fileKinds
    maxFileBytes
    ticketTypeIds
    choices {
      id
      label
    }
    dependsOn {
      questionId
      choiceId
      booleanValue
    }
  }
`);

/** A booking's respondents: the tickets in their order, each with its ticket type and answers. */
export interface AnsweringBooking {
  answers: readonly StoredAnswer[];
  tickets: readonly { id: string; ticketTypeId: string; answers: readonly StoredAnswer[] }[];
}

/** The form's starting values: the answers stored now. */
export function storedAnswerValues(
  questions: readonly CheckoutQuestion[],
  booking: AnsweringBooking,
): AnswerValues {
  return answerValuesOf(
    questions,
    booking.tickets.map((ticket) => ticket.ticketTypeId),
    (attendee) => (attendee === null ? booking.answers : (booking.tickets[attendee]?.answers ?? [])),
  );
}

interface AnswersPayload {
  saved: boolean;
  errors: readonly { field?: string | null; message: string }[];
}

/**
 * Reads the posted form, sends every answer with `document` (the buyer's or the admin's mutation,
 * `extra` naming the booking), and says whether it was saved, or what to show at which input.
 */
export async function saveAnswers<Data, Variables extends { input: object }>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  payloadOf: (data: Data) => AnswersPayload,
  extra: Record<string, string>,
  form: FormData,
  questions: readonly CheckoutQuestion[],
  booking: AnsweringBooking,
  /** The request, to upload the files chosen for FILE questions first. */
  event: RequestEvent,
): Promise<{ saved: true } | { saved: false; answerValues: AnswerValues; fieldErrors: FieldErrors }> {
  const slots = booking.tickets.map((ticket) => ticket.ticketTypeId);
  const answerValues = readAnswerValues(form, questions, slots);
  const uploadProblems = await uploadAnswerFiles(event, form, questions, slots, answerValues);
  const answers = answersOf(questions, slots, answerValues);
  const formProblems = { ...uploadProblems, ...answers.problems };
  if (Object.keys(formProblems).length > 0) {
    return { saved: false, answerValues, fieldErrors: formProblems };
  }
  const input = {
    ...extra,
    answers: answers.buyer,
    attendees: booking.tickets.map((ticket, index) => ({
      ticketId: ticket.id,
      answers: answers.attendees[index],
    })),
  };
  const outcome = await runMutation(client, document, { input } as unknown as Variables);
  const problems = outcome.ok
    ? payloadOf(outcome.data).errors
    : Object.entries(outcome.fieldErrors).map(([field, message]) => ({ field, message }));
  if (outcome.ok && problems.length === 0) return { saved: true };
  const names = new Set(answerInputNames(questions, slots));
  const fieldErrors: FieldErrors = {};
  for (const problem of problems) {
    addFieldError(fieldErrors, errorPlacement(problem.field ?? '', names), asSentence(problem.message));
  }
  return { saved: false, answerValues, fieldErrors };
}
