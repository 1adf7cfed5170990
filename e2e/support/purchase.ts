/**
 * A paid booking made the way a shopper's browser would make one, over HTTP against the real API:
 * createBooking holds the seats, startPayment creates the PayPal order, the buyer approves it on the
 * PayPal simulator's page, and capturePayment confirms the booking and issues its tickets. Used by the
 * admin tests, which need real paid bookings (payments, e-mails, refundable captures) to look at.
 */
import type { BookingData } from '../../server/test/bookings';
import { bookViaApi } from '../../server/test/bookings';
import { approveAtPayPal, capturePayment, started } from '../../server/test/checkout';
import { bookingInput, type BookingLineSpec } from '../../server/test/factories';
import type { TestServer } from '../../server/test/test-server';

export interface PurchaseOptions {
  eventId: string;
  /** Ticket types (by id) and how many of each. */
  lines: BookingLineSpec[];
  /** Who buys; by default a unique buyer the factories make up. */
  buyer?: { name: string; email: string };
}

export interface Purchase {
  booking: BookingData;
  /** The booking's secret, as in the buyer's e-mailed link. */
  token: string;
  /** The PayPal order that paid it. */
  orderId: string;
}

/** Books, pays at the simulator and captures; fails loudly, with the API's answer, at the step that did. */
export async function purchase(api: TestServer, options: PurchaseOptions): Promise<Purchase> {
  const input = bookingInput(
    { id: options.eventId },
    options.lines,
    options.buyer ? { buyer: options.buyer } : {},
  );
  const created = await bookViaApi(api, input);
  const token = created.data?.createBooking.token;
  if (!token) throw new Error(`createBooking failed: ${JSON.stringify(created)}`);

  const { approvalUrl, orderId } = await started(api, token);
  await approveAtPayPal(approvalUrl);

  const captured = await capturePayment(api, token, orderId);
  const booking = captured.data?.capturePayment.booking;
  if (!booking || booking.status !== 'CONFIRMED' || captured.data?.capturePayment.errors.length) {
    throw new Error(`capturePayment did not confirm the booking: ${JSON.stringify(captured)}`);
  }
  return { booking, token, orderId };
}
