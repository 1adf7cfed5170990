/**
 * Where PayPal sends a buyer who cancels there (`?booking=<token>`). Opening the page changes nothing
 * (link prefetchers and mail scanners open links too): the booking and its seats stay held until the
 * hold runs out, and the page offers to try paying again (the pay step's own action: startPayment) or
 * to cancel the booking, a form POST (SvelteKit checks its origin) that releases the seats.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import {
  BOOKING_NOT_FOUND,
  BOOKING_PAGE_HEADERS,
  bookingTokenParam,
  loadShopperBooking,
  PAID_STATUSES,
} from '$lib/server/bookings';
import type { Actions, PageServerLoad } from './$types';

const CancelPaymentDocument = graphql(`
  mutation CancelPayment($input: CancelPaymentInput!) {
    cancelPayment(input: $input) {
      booking {
        status
      }
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
  cancel: async ({ locals, url }) => {
    const token = bookingTokenParam(url);
    const { booking, errors } = unwrap(
      await locals.graphql.mutation(CancelPaymentDocument, { input: { bookingToken: token } }).toPromise(),
    ).cancelPayment;
    if (!booking) error(404, BOOKING_NOT_FOUND);
    // Paid in another tab, or over already: the page, loaded again, says what the booking is now.
    if (errors.length > 0) return fail(409, { problem: errors.map((problem) => problem.message).join(' ') });
    return { cancelled: true };
  },
};
