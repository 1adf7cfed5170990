/**
 * Checkout, step 2: the order summary the server computed (lines, total, until when the seats are
 * held) and "Pay with PayPal", which starts the payment and sends the buyer to PayPal's approval page.
 * Opened by the booking's token (`?booking=<token>`), like every later step.
 */
import { fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import {
  BOOKING_PAGE_HEADERS,
  bookingTokenParam,
  loadShopperBooking,
  PAID_STATUSES,
} from '$lib/server/bookings';
import type { Actions, PageServerLoad } from './$types';

const StartPaymentDocument = graphql(`
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) {
      approvalUrl
      errors {
        code
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  setHeaders(BOOKING_PAGE_HEADERS);
  const token = bookingTokenParam(url);
  const booking = await loadShopperBooking(locals.graphql, token);
  if (PAID_STATUSES.has(booking.status)) redirect(303, resolve('/bookings/[token]', { token }));
  return { token, booking };
};

export const actions: Actions = {
  default: async ({ locals, url }) => {
    const token = bookingTokenParam(url);
    const result = unwrap(
      await locals.graphql.mutation(StartPaymentDocument, { input: { bookingToken: token } }).toPromise(),
    );
    const { approvalUrl, errors } = result.startPayment;
    if (errors.length > 0 || !approvalUrl) {
      return fail(409, {
        problem: errors.map((problem) => problem.message).join(' '),
        code: errors[0]?.code,
      });
    }
    // PayPal's approval page (the simulator's in test mode); PayPal brings the buyer back to /checkout/return.
    redirect(303, approvalUrl);
  },
};
