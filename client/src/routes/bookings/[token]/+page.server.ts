/**
 * A booking's own page, opened by the secret link in its e-mail; also the confirmation the checkout
 * ends on. Tickets' QR codes are drawn here (inline SVG geometry), so the page needs no JavaScript.
 */
import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { BOOKING_PAGE_HEADERS, loadShopperBooking } from '$lib/server/bookings';
import { ticketQrGeometry, type QrGeometry } from '$lib/server/ticket-qr';
import type { Actions, PageServerLoad } from './$types';

// Nothing on this page is interactive: it ships no JavaScript (and no QR code library).
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, setHeaders, url }) => {
  setHeaders(BOOKING_PAGE_HEADERS);
  const booking = await loadShopperBooking(locals.graphql, params.token);
  const qrCodes: Record<string, QrGeometry> = {};
  for (const ticket of booking.tickets) if (ticket.code) qrCodes[ticket.id] = ticketQrGeometry(ticket.code);
  return { token: params.token, booking, qrCodes, answersSaved: url.searchParams.has('answers') };
};

const OpenWaiverSigningDocument = graphql(`
  mutation OpenWaiverSigning($input: OpenWaiverSigningInput!) {
    openWaiverSigning(input: $input) {
      signingToken
      errors {
        code
        message
      }
    }
  }
`);

export const actions: Actions = {
  /** "Sign your waiver" for one attendee: a fresh signing link, opened at once. */
  signWaiver: async ({ locals, params, request }) => {
    const ticketId = String((await request.formData()).get('ticketId') ?? '');
    const { openWaiverSigning } = unwrap(
      await locals.graphql
        .mutation(OpenWaiverSigningDocument, { input: { bookingToken: params.token, ticketId } })
        .toPromise(),
    );
    if (!openWaiverSigning.signingToken) {
      return fail(400, { ticketId, problem: openWaiverSigning.errors[0]?.message ?? 'No signing link.' });
    }
    redirect(303, `/waivers/${encodeURIComponent(openWaiverSigning.signingToken)}`);
  },
};
