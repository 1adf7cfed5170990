/**
 * Confirmed bookings for browser tests, made the way a shopper's browser makes them, over HTTP against
 * the real API: createBooking holds the seats (a free booking is confirmed at once); for a paid one
 * startPayment creates the PayPal order, the buyer approves it on the PayPal simulator's page, and
 * capturePayment confirms the booking and issues its tickets. The admin tests need such real bookings
 * (payments, e-mails, refundable captures, tickets to check in) to look at.
 */
import type { EventEntity } from '../../server/src/modules/events/event.entity';
import type { TicketTypeEntity } from '../../server/src/modules/tickets/ticket-type.entity';
import { bookViaApi, type BookingData } from '../../server/test/bookings';
import { approveAtPayPal, capturePayment, started } from '../../server/test/checkout';
import { bookingInput, type BookingLineSpec } from '../../server/test/factories';
import type { TestServer } from '../../server/test/test-server';
import type { CreateBookingRequest } from '../../server/src/modules/bookings/booking-rules';

export interface PurchaseOptions {
  eventId: string;
  /** Ticket types (by id) and how many of each. */
  lines: BookingLineSpec[];
  /** Who buys; by default a unique buyer the factories make up. */
  buyer?: { name: string; email: string };
  /** One per ticket; by default named attendees the factories make up. */
  attendees?: CreateBookingRequest['attendees'];
}

export interface Purchase {
  booking: BookingData;
  /** The booking's secret, as in the buyer's e-mailed link. */
  token: string;
  /** The PayPal order that paid it; null for a free booking. */
  orderId: string | null;
}

/** Books, pays at the simulator and captures; fails loudly, with the API's answer, at the step that did. */
export async function purchase(api: TestServer, options: PurchaseOptions): Promise<Purchase> {
  const input = bookingInput({ id: options.eventId }, options.lines, {
    ...(options.buyer ? { buyer: options.buyer } : {}),
    ...(options.attendees ? { attendees: options.attendees } : {}),
  });
  const created = (await bookViaApi(api, input)).data?.createBooking;
  if (!created?.booking || !created.token)
    throw new Error(`createBooking failed: ${JSON.stringify(created)}`);
  if (created.booking.status === 'CONFIRMED')
    return { booking: created.booking, token: created.token, orderId: null };

  const { approvalUrl, orderId } = await started(api, created.token);
  await approveAtPayPal(approvalUrl);

  const captured = await capturePayment(api, created.token, orderId);
  const booking = captured.data?.capturePayment.booking;
  if (!booking || booking.status !== 'CONFIRMED' || captured.data?.capturePayment.errors.length) {
    throw new Error(`capturePayment did not confirm the booking: ${JSON.stringify(captured)}`);
  }
  return { booking, token: created.token, orderId };
}

/** A confirmed booking of `attendeeNames.length` tickets of one type, each attendee with an address of their own. */
export async function buyTickets(
  api: TestServer,
  event: Pick<EventEntity, 'id'>,
  ticketType: Pick<TicketTypeEntity, 'id'>,
  attendeeNames: string[],
): Promise<BookingData> {
  const attendees = attendeeNames.map((name, index) => ({
    ticketTypeId: ticketType.id,
    name,
    email: `attendee-${index}-${Math.random().toString(36).slice(2, 10)}@example.org`,
    sameAsBuyer: false,
  }));
  const lines: BookingLineSpec[] = [[ticketType, attendeeNames.length]];
  return (await purchase(api, { eventId: event.id, lines, attendees })).booking;
}
