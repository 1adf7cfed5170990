import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { BOOKING_NOT_FOUND, BOOKING_PAGE_HEADERS } from '$lib/server/bookings';
import type { RequestHandler } from './$types';

const BookingTicketsPdfDocument = graphql(`
  query BookingTicketsPdf($token: String!) {
    booking(token: $token) {
      reference
      ticketsPdf
    }
  }
`);

/** The booking's tickets as a PDF, a page each (the API draws it, as for the confirmation e-mail). */
export const GET: RequestHandler = async ({ locals, params }) => {
  const { booking } = unwrap(
    await locals.graphql
      .query(BookingTicketsPdfDocument, { token: params.token }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!booking) error(404, BOOKING_NOT_FOUND);
  if (!booking.ticketsPdf) error(404, 'No tickets are issued for this booking yet');
  return new Response(Buffer.from(booking.ticketsPdf, 'base64'), {
    headers: {
      ...BOOKING_PAGE_HEADERS,
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="tickets-${booking.reference}.pdf"`,
    },
  });
};
