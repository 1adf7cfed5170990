/**
 * Signing a waiver from the link in its e-mail: the waiver text, the answers the waiver requires that
 * are still missing (the checkout's inputs; the API checks them as at checkout and stores them with
 * the booking), the typed full name, the agreement. An unknown token is the friendly 404; a signed
 * waiver shows its signature instead of the form. Works without JavaScript.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { asSentence, errorPlacement } from '$lib/checkout/checkout-form';
import {
  answerInputNames,
  answersOf,
  readAnswerValues,
  type CheckoutQuestion,
} from '$lib/checkout/checkout-questions';
import { BOOKING_PAGE_HEADERS } from '$lib/server/bookings';
import { addFieldError, runMutation, type FieldErrors } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const WaiverToSignDocument = graphql(`
  query ShopperWaiverToSign($token: String!) {
    waiverToSign(token: $token) {
      eventTitle
      eventStartsAt
      eventEndsAt
      eventTimeZone
      attendeeName
      version
      text
      signature {
        signedAt
        signerName
        version
        method
      }
      questions {
        ...CheckoutQuestionFields
      }
      answers {
        ...ShopperAnswer
      }
    }
  }
`);

const SignWaiverDocument = graphql(`
  mutation ShopperSignWaiver($input: SignWaiverInput!) {
    signWaiver(input: $input) {
      signature {
        signedAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

async function loadWaiver(locals: App.Locals, token: string) {
  const result = await locals.graphql
    .query(WaiverToSignDocument, { token }, { requestPolicy: 'network-only' })
    .toPromise();
  const { waiverToSign } = unwrap(result);
  if (!waiverToSign) error(404, 'Waiver not found');
  return waiverToSign;
}

/**
 * The questions still to answer, as one respondent of the checkout's form helpers: the signer answers
 * their own and their booking's questions alike, each input named `answers.<questionId>` (the API's
 * error path). Required: the waiver asks for an answer, whatever checkout did.
 */
function openQuestions(waiver: {
  questions: readonly CheckoutQuestion[];
  answers: readonly { questionId: string }[];
}): CheckoutQuestion[] {
  const answered = new Set(waiver.answers.map((answer) => answer.questionId));
  return waiver.questions
    .filter((question) => !answered.has(question.id))
    .map((question) => ({ ...question, scope: 'BOOKING', ticketTypeIds: [], required: true }));
}

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  setHeaders(BOOKING_PAGE_HEADERS);
  const waiver = await loadWaiver(locals, params.token);
  return { waiver, open: openQuestions(waiver), justSigned: url.searchParams.has('signed') };
};

export const actions: Actions = {
  default: async ({ locals, params, request, url }) => {
    const form = await request.formData();
    const fullName = String(form.get('fullName') ?? '').trim();
    const agree = form.get('agree') === 'on';
    const open = openQuestions(await loadWaiver(locals, params.token));
    const answerValues = readAnswerValues(form, open, []);
    const answers = answersOf(open, [], answerValues);
    const values = { fullName, agree, answers: answerValues };
    // Inputs the API's errors can land at; the rest go to the top of the form.
    const names = new Set(['fullName', 'agree', ...answerInputNames(open, [])]);
    const fieldErrors: FieldErrors = { ...answers.problems };
    if (!fullName) fieldErrors.fullName = 'Type your full name to sign.';
    if (!agree) fieldErrors.agree = 'Tick the box to agree to the waiver.';
    if (Object.keys(fieldErrors).length > 0) return fail(400, { values, fieldErrors });

    const outcome = await runMutation(locals.graphql, SignWaiverDocument, {
      input: { token: params.token, fullName, agree, answers: answers.buyer },
    });
    if (!outcome.ok) return fail(400, { values, fieldErrors: outcome.fieldErrors });
    const { errors } = outcome.data.signWaiver;
    const alreadySigned = errors.some((problem) => problem.code === 'ALREADY_SIGNED');
    if (errors.length > 0 && !alreadySigned) {
      for (const problem of errors) {
        addFieldError(fieldErrors, errorPlacement(problem.field ?? '', names), asSentence(problem.message));
      }
      return fail(400, { values, fieldErrors });
    }
    // After-POST redirect: a reload does not sign again, and the page shows the signature.
    redirect(303, alreadySigned ? url.pathname : `${url.pathname}?signed`);
  },
};
