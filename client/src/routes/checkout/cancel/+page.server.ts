/**
 * Where PayPal sends a buyer who cancels there (`?booking=<token>`): calls the payment off, which
 * releases the held seats at once, and offers the way back to the event.
 */
import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { BOOKING_PAGE_HEADERS } from '$lib/server/bookings';
import type { PageServerLoad } from './$types';

const CancelPaymentDocument = graphql(`
  mutation CancelPayment($input: CancelPaymentInput!) {
    cancelPayment(input: $input) {
      booking {
        status
        event {
          slug
          title
          visibility
        }
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
  const token = url.searchParams.get('booking');
  if (!token) error(404, 'Booking not found');
  const { booking, errors } = unwrap(
    await locals.graphql.mutation(CancelPaymentDocument, { input: { bookingToken: token } }).toPromise(),
  ).cancelPayment;
  if (!booking) error(404, 'Booking not found');
  return {
    token,
    status: booking.status,
    event: booking.event,
    // Cancelling a booking that is paid or already over changes nothing; the page says what it is.
    problem: errors.map((problem) => problem.message).join(' ') || null,
  };
};
