import { BOOKING_BY_TOKEN, type BookingData } from '../../../test/bookings';
import { approvedBooking, book, capturePayment, emailsFor, paidEvent, started } from '../../../test/checkout';
import { lifecycleSteps } from '../../../test/lifecycle';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { createRequestContext } from '../../common/request-context';
import { BookingRefundEntity } from '../bookings/booking-refund.entity';
import { EmailKind } from '../email/email-message.entity';
import type { PayPalSimulator } from '../payments/paypal-simulator/paypal-simulator';

const MINUTE = 60_000;

let server: TestServer;
let simulator: PayPalSimulator;

beforeAll(async () => {
  // PayPal calls give up after 1.5 s here, so a held answer looks like a dropped connection.
  server = await startTestServer({ paymentTimeoutMs: 1500 });
  simulator = server.payments.simulator!;
});

afterEach(() => simulator.clearFaults());

afterAll(() => server.close());

const inTwoMinutes = () => new Date(Date.now() + 2 * MINUTE);

async function lookup(token: string): Promise<BookingData> {
  return (await server.graphql<{ booking: BookingData }>(BOOKING_BY_TOKEN, { token })).data!.booking;
}

describe('reconciliation of PayPal orders', () => {
  it('confirms a booking whose capture succeeded although the buyer never got the answer', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token, orderId } = await approvedBooking(server, event, ticketType, 2);
    simulator.failNext('capture', { kind: 'timeout', holdMs: 3000, processed: true });

    const dropped = await capturePayment(server, token, orderId);

    expect(dropped.data!.capturePayment).toMatchObject({
      booking: { status: 'AWAITING_PAYMENT' },
      errors: [{ code: 'PAYMENT_PROVIDER_UNAVAILABLE' }],
    });
    expect(simulator.captureIdsOf(orderId)).toHaveLength(1);

    expect(await reconcileAt(server, inTwoMinutes())).toBeGreaterThanOrEqual(1);

    const reconciled = await lookup(token);
    expect(reconciled.status).toBe('CONFIRMED');
    expect(reconciled.tickets.every((ticket) => ticket.status === 'ISSUED')).toBe(true);
    // The buyer retrying afterwards sees the confirmation; PayPal still has one capture.
    expect((await capturePayment(server, token, orderId)).data!.capturePayment).toMatchObject({
      booking: { status: 'CONFIRMED' },
      errors: [],
    });
    expect(simulator.captureIdsOf(orderId)).toHaveLength(1);
  });

  it('captures an order the buyer approved but never came back from, with the same request id', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token, orderId } = await approvedBooking(server, event, ticketType, 1);

    await reconcileAt(server, inTwoMinutes());

    expect((await lookup(token)).status).toBe('CONFIRMED');
    // The buyer's own capture, arriving late, repeats the reconciliation's instead of paying twice.
    await capturePayment(server, token, orderId);
    expect(simulator.captureIdsOf(orderId)).toHaveLength(1);
  });

  it('leaves alone orders started less than a minute ago, and orders not approved', async () => {
    const { event, ticketType } = await paidEvent(server);
    const fresh = await approvedBooking(server, event, ticketType, 1);
    const { token: unapprovedToken } = await book(server, event, ticketType, 1);
    const unapproved = await started(server, unapprovedToken);

    await reconcileAt(server, new Date());
    expect(simulator.captureIdsOf(fresh.orderId)).toHaveLength(0);

    await reconcileAt(server, inTwoMinutes());
    expect(simulator.captureIdsOf(unapproved.orderId)).toHaveLength(0);
    expect((await lookup(unapprovedToken)).status).toBe('AWAITING_PAYMENT');
  });

  it('refunds a payment that landed after the hold expired and the seats were sold, and tells the buyer', async () => {
    const { event, ticketType } = await paidEvent(server, { capacity: 1 });
    const late = await approvedBooking(server, event, ticketType, 1);
    // The buyer paid, but the answer was lost; meanwhile the hold ran out and the seat was sold.
    const capture = await server.payments.gateway.captureOrder(late.orderId, `lost-${late.orderId}`);
    await lifecycleSteps(server.app.services).expireHolds(new Date(Date.now() + 60 * MINUTE));
    await book(server, event, ticketType, 1);

    await reconcileAt(server, inTwoMinutes());
    await reconcileAt(server, inTwoMinutes()); // a second run changes nothing

    expect((await lookup(late.token)).status).toBe('EXPIRED');
    const order = await server.payments.gateway.getOrder(late.orderId);
    expect(order!.captures[0].status).toBe('REFUNDED');
    expect(
      await server.dataSource.getRepository(BookingRefundEntity).countBy({ bookingId: late.booking.id }),
    ).toBe(1);
    const emails = await emailsFor(server, capture.capture!.captureId);
    expect(emails.map((email) => email.kind)).toEqual([EmailKind.LATE_PAYMENT_REFUNDED]);
  });
});

/** One reconciliation run at `now`, as the reconcile-payments job runs it. */
function reconcileAt(server: TestServer, now: Date): Promise<number> {
  return server.app.services.reconciliation.reconcile(createRequestContext({ now }));
}
