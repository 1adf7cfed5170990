/**
 * A booking's own page, opened by the secret link in its e-mail; also the confirmation the checkout
 * ends on. Tickets' QR codes are drawn here (inline SVG geometry), so the page needs no JavaScript.
 */
import { BOOKING_PAGE_HEADERS, loadShopperBooking } from '$lib/server/bookings';
import { ticketQrGeometry, type QrGeometry } from '$lib/server/ticket-qr';
import type { PageServerLoad } from './$types';

// Nothing on this page is interactive: it ships no JavaScript (and no QR code library).
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  setHeaders(BOOKING_PAGE_HEADERS);
  const booking = await loadShopperBooking(locals.graphql, params.token);
  const qrCodes: Record<string, QrGeometry> = {};
  for (const ticket of booking.tickets) if (ticket.code) qrCodes[ticket.id] = ticketQrGeometry(ticket.code);
  return { token: params.token, booking, qrCodes };
};
