/**
 * An ADMIN changes a booking's answers (no cut-off): the checkout's questions with the answers stored
 * now, checked by the API as at checkout and audited (which answers changed, not what they say).
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { saveAnswers, storedAnswerValues } from '$lib/server/answer-editing';
import type { Actions, PageServerLoad } from './$types';

const AdminBookingAnswersDocument = graphql(`
  query AdminBookingAnswers($id: ID!) {
    adminBooking(id: $id) {
      id
      reference
      event {
        id
        title
      }
      answers {
        ...ShopperAnswer
      }
      tickets {
        id: ticketId
        ticketTypeId
        ticketTypeName
        attendeeName
        answers {
          ...ShopperAnswer
        }
      }
    }
  }
`);

const AdminEventCheckoutQuestionsDocument = graphql(`
  query AdminEventCheckoutQuestions($eventId: ID!) {
    eventQuestions(eventId: $eventId) {
      hidden
      choices {
        hidden
      }
      ...CheckoutQuestionFields
    }
  }
`);

const AdminUpdateBookingAnswersDocument = graphql(`
  mutation AdminUpdateBookingAnswers($input: AdminUpdateBookingAnswersInput!) {
    adminUpdateBookingAnswers(input: $input) {
      saved
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

/** The booking and the questions the checkout asks now (hidden questions and choices left out). */
async function loadAnswers(locals: App.Locals, id: string) {
  const { adminBooking: booking } = unwrap(
    await locals.graphql
      .query(AdminBookingAnswersDocument, { id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!booking) error(404, 'There is no such booking.');
  const { eventQuestions } = unwrap(
    await locals.graphql
      .query(
        AdminEventCheckoutQuestionsDocument,
        { eventId: booking.event.id },
        { requestPolicy: 'network-only' },
      )
      .toPromise(),
  );
  const questions = eventQuestions
    .filter((question) => !question.hidden)
    .map(({ choices, ...question }) => ({
      ...question,
      choices: choices.filter((choice) => !choice.hidden),
    }));
  return { booking, questions };
}

export const load: PageServerLoad = async ({ locals, params, parent }) => {
  requireAdmin((await parent()).me.role);
  const { booking, questions } = await loadAnswers(locals, params.id);
  return { booking, questions, values: storedAnswerValues(questions, booking) };
};

export const actions: Actions = {
  default: async (event) => {
    const { locals, params, request } = event;
    requireAdmin(await actionRole(locals));
    const { booking, questions } = await loadAnswers(locals, params.id);
    const outcome = await saveAnswers(
      locals.graphql,
      AdminUpdateBookingAnswersDocument,
      (data) => data.adminUpdateBookingAnswers,
      { bookingId: booking.id },
      await request.formData(),
      questions,
      booking,
      event,
    );
    if (!outcome.saved)
      return fail(400, { answerValues: outcome.answerValues, fieldErrors: outcome.fieldErrors });
    redirect(303, `/admin/bookings/${booking.id}?answers=saved`);
  },
};
