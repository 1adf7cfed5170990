/**
 * Where PayPal sends the buyer after approving (`?booking=<token>&token=<orderId>&PayerID=…`): takes
 * the payment (capturePayment, safe to repeat) and shows the confirmation, i.e. the booking's page. When
 * the payment does not go through, the page says why and what to do next; when PayPal wants the buyer
 * to choose another way to pay (RETURN_TO_PAYPAL), the buyer goes straight back to PayPal's page for
 * the same order, as PayPal recommends, and comes back here once approved again.
 */
import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import {
  BOOKING_PAGE_HEADERS,
  bookingTokenParam,
  loadShopperBooking,
  PAID_STATUSES,
} from '$lib/server/bookings';
import type { PageServerLoad } from './$types';

const CapturePaymentDocument = graphql(`
  mutation CapturePayment($input: CapturePaymentInput!) {
    capturePayment(input: $input) {
      approvalUrl
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

/** What the page tells the buyer; each kind has its own way on. */
export type ReturnOutcome =
  | 'PENDING' // PayPal is completing the payment: tickets follow by e-mail.
  | 'TRY_AGAIN' // declined, not approved, or another order: pay again while the seats are held.
  | 'RETRY_LATER' // PayPal did not answer: reload this page.
  | 'BOOK_AGAIN' // the seats are gone (hold expired, refunded mismatch, cancelled): choose tickets again.
  | 'CANCELLED_BY_ORGANISER' // an admin cancelled it: the message says what happened to the payment.
  | 'SEE_BOOKING'; // anything else: the booking's own page says where it is.

const OUTCOME_BY_CODE: Record<string, ReturnOutcome> = {
  PAYMENT_DECLINED: 'TRY_AGAIN',
  RETURN_TO_PAYPAL: 'TRY_AGAIN', // without a link to go back with (not expected): start again, same order
  PAYMENT_NOT_APPROVED: 'TRY_AGAIN',
  ORDER_MISMATCH: 'TRY_AGAIN',
  PAYMENT_PROVIDER_UNAVAILABLE: 'RETRY_LATER',
  HOLD_EXPIRED: 'BOOK_AGAIN',
  AMOUNT_MISMATCH: 'BOOK_AGAIN',
  BOOKING_CANCELLED: 'CANCELLED_BY_ORGANISER',
};

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  setHeaders(BOOKING_PAGE_HEADERS);
  const token = bookingTokenParam(url);
  const bookingHref = resolve('/bookings/[token]', { token });
  const orderId = url.searchParams.get('token');
  if (!orderId) {
    // Not a return from PayPal (an edited or half-copied link): show the booking as it is.
    await loadShopperBooking(locals.graphql, token);
    redirect(303, bookingHref);
  }

  const { approvalUrl, booking, errors } = unwrap(
    await locals.graphql
      .mutation(CapturePaymentDocument, { input: { bookingToken: token, orderId } })
      .toPromise(),
  ).capturePayment;
  if (!booking) error(404, 'Booking not found');
  if (errors.length === 0 && PAID_STATUSES.has(booking.status)) redirect(303, bookingHref);

  const code = errors[0]?.code;
  // PayPal's approval page (the simulator's in test mode) for the same order, with the seats still held.
  if (code === 'RETURN_TO_PAYPAL' && approvalUrl) redirect(303, approvalUrl);
  let outcome: ReturnOutcome;
  if (booking.status === 'PAYMENT_PENDING') outcome = 'PENDING';
  else if (code === 'NOT_AWAITING_PAYMENT' && PAID_STATUSES.has(booking.status)) redirect(303, bookingHref);
  else if (code && OUTCOME_BY_CODE[code]) outcome = OUTCOME_BY_CODE[code];
  else if (booking.status === 'EXPIRED' || booking.status === 'CANCELLED') outcome = 'BOOK_AGAIN';
  else outcome = 'SEE_BOOKING';

  return {
    token,
    outcome,
    code: code ?? null,
    message: errors.map((problem) => problem.message).join(' '),
    event: booking.event,
  };
};
