/**
 * The buyer changes their booking's answers from its secret link, until the organiser's cut-off
 * (`Booking.answersEditableUntil`); the API checks them as at checkout. No JavaScript needed.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { saveAnswers, storedAnswerValues } from '$lib/server/answer-editing';
import { BOOKING_NOT_FOUND, BOOKING_PAGE_HEADERS } from '$lib/server/bookings';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

const BookingAnswersDocument = graphql(`
  query ShopperBookingAnswers($token: String!) {
    booking(token: $token) {
      reference
      answersEditableUntil
      event {
        title
        timeZone
        questions {
          ...CheckoutQuestionFields
        }
      }
      answers {
        ...ShopperAnswer
      }
      tickets {
        id
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

const UpdateBookingAnswersDocument = graphql(`
  mutation UpdateBookingAnswers($input: UpdateBookingAnswersInput!) {
    updateBookingAnswers(input: $input) {
      saved
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

async function loadBooking(locals: App.Locals, token: string) {
  const { booking } = unwrap(
    await locals.graphql
      .query(BookingAnswersDocument, { token }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!booking) error(404, BOOKING_NOT_FOUND);
  return booking;
}

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  setHeaders(BOOKING_PAGE_HEADERS);
  const booking = await loadBooking(locals, params.token);
  return { token: params.token, booking, values: storedAnswerValues(booking.event.questions, booking) };
};

export const actions: Actions = {
  default: async (event) => {
    const { locals, params, request } = event;
    const booking = await loadBooking(locals, params.token);
    const outcome = await saveAnswers(
      locals.graphql,
      UpdateBookingAnswersDocument,
      (data) => data.updateBookingAnswers,
      { token: params.token },
      await request.formData(),
      booking.event.questions,
      booking,
      event,
    );
    if (!outcome.saved)
      return fail(400, { answerValues: outcome.answerValues, fieldErrors: outcome.fieldErrors });
    redirect(303, `${resolve('/bookings/[token]', { token: params.token })}?answers=saved`);
  },
};
