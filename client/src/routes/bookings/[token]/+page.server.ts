/**
 * A booking's own page, opened by the secret link in its e-mail; also the confirmation the checkout
 * ends on. Tickets' QR codes are drawn here as inline SVG, so the page needs no JavaScript at all.
 */
import { BOOKING_PAGE_HEADERS, loadShopperBooking, ticketQrSvg } from '$lib/server/bookings';
import type { PageServerLoad } from './$types';

// Nothing on this page is interactive: it ships no JavaScript (and no QR code library).
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  setHeaders(BOOKING_PAGE_HEADERS);
  const booking = await loadShopperBooking(locals.graphql, params.token);
  const qrCodes: Record<string, string> = {};
  await Promise.all(
    booking.tickets.map(async (ticket) => {
      if (ticket.code) qrCodes[ticket.id] = await ticketQrSvg(ticket.code);
    }),
  );
  return { token: params.token, booking, qrCodes };
};
