/**
 * What lets a buyer go Back to the checkout form without paying twice or typing again. Each form
 * carries an idempotency key (createBooking's `idempotencyKey`): submitting it again gives the same
 * booking back, or releases the earlier unpaid one when the details changed. After a successful
 * submit, two httpOnly cookies scoped to /checkout remember the booking and its key; when the buyer
 * comes Back to the form for the same tickets, the form is filled from that booking (attendees and
 * answers too) with the same key, and once the booking is paid Back leads to the booking's page instead.
 */
import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import type { CheckoutValues, ChosenLine } from '$lib/checkout/checkout-form';
import { answerValuesOf, type AnswerValues, type CheckoutQuestion } from '$lib/checkout/checkout-questions';
import type { ShopperBooking } from './bookings';

const BOOKING_COOKIE = 'checkout_booking';
const KEY_COOKIE = 'checkout_key';
const KEY_PATTERN = /^[A-Za-z0-9_-]{22,100}$/;

/** A new form's key: 128 random bits, base64url. */
export function newIdempotencyKey(): string {
  return randomBytes(16).toString('base64url');
}

/** The key a submitted form carried, if it is one. */
export function submittedKey(form: FormData): string | null {
  const key = form.get('idempotencyKey');
  return typeof key === 'string' && KEY_PATTERN.test(key) ? key : null;
}

/** The booking and key of the last successful submit in this browser, if any. */
export function lastSubmit(cookies: Cookies): { token: string; key: string } | null {
  const token = cookies.get(BOOKING_COOKIE);
  const key = cookies.get(KEY_COOKIE);
  return token && key && KEY_PATTERN.test(key) ? { token, key } : null;
}

export function rememberSubmit(cookies: Cookies, url: URL, token: string, key: string): void {
  const options = {
    path: '/checkout',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: url.protocol === 'https:',
    // As long as a hold may last with PayPal started, and a little more.
    maxAge: 2 * 60 * 60,
  };
  cookies.set(BOOKING_COOKIE, token, options);
  cookies.set(KEY_COOKIE, key, options);
}

/** Whether the booking is for exactly these tickets of this event. */
export function sameChoice(
  booking: ShopperBooking,
  eventSlug: string,
  lines: readonly ChosenLine[],
): boolean {
  if (booking.event.slug !== eventSlug || booking.lines.length !== lines.length) return false;
  return lines.every((line) =>
    booking.lines.some((own) => own.ticketTypeId === line.ticketTypeId && own.quantity === line.quantity),
  );
}

/** The booking's tickets in the form's attendee slots: the first unused ticket of each slot's type. */
function ticketsBySlot(booking: ShopperBooking, slotTicketTypes: readonly string[]) {
  const remaining = [...booking.tickets];
  return slotTicketTypes.map((ticketTypeId) => {
    const index = remaining.findIndex((ticket) => ticket.ticketTypeId === ticketTypeId);
    return index >= 0 ? remaining.splice(index, 1)[0] : null;
  });
}

/**
 * The form as it was submitted, from the booking it made: tickets in the order the form lists them
 * (its lines' order), an attendee with the buyer's name and e-mail counted as the buyer's own, and
 * the answers the buyer and each attendee gave.
 */
export function valuesOfBooking(
  booking: ShopperBooking,
  slotTicketTypes: readonly string[],
  questions: readonly CheckoutQuestion[],
): { values: CheckoutValues; answerValues: AnswerValues } {
  const tickets = ticketsBySlot(booking, slotTicketTypes);
  const values = {
    buyer: { name: booking.buyer.name, email: booking.buyer.email },
    attendees: tickets.map((ticket) => {
      if (!ticket) return { name: '', email: '', sameAsBuyer: false };
      const buyersOwn =
        ticket.attendeeName === booking.buyer.name && (ticket.attendeeEmail ?? '') === booking.buyer.email;
      return buyersOwn
        ? { name: '', email: '', sameAsBuyer: true }
        : { name: ticket.attendeeName, email: ticket.attendeeEmail ?? '', sameAsBuyer: false };
    }),
    termsAccepted: true,
  };
  const answerValues = answerValuesOf(questions, slotTicketTypes, (attendee) =>
    attendee === null ? booking.answers : (tickets[attendee]?.answers ?? []),
  );
  return { values, answerValues };
}
