import { BOOKING_BY_TOKEN, type BookingData } from '../../../test/bookings';
import {
  approveAtPayPal,
  approvedBooking,
  book,
  cancelPayment,
  capturePayment,
  emailsFor,
  paidEvent,
  startPayment,
  started,
} from '../../../test/checkout';
import { loginAs, type SignedIn } from '../../../test/auth';
import { lifecycleSteps } from '../../../test/lifecycle';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { BookingRefundEntity } from '../bookings/booking-refund.entity';
import { BookingEntity } from '../bookings/booking.entity';
import { EmailKind } from '../email/email-message.entity';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { PayPalSimulator } from '../payments/paypal-simulator/paypal-simulator';

const MINUTE = 60_000;

let server: TestServer;
let simulator: PayPalSimulator;
let admin: SignedIn;

beforeAll(async () => {
  server = await startTestServer({ paymentTimeoutMs: 3000 });
  simulator = server.payments.simulator!;
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterEach(() => simulator.clearFaults());

afterAll(() => server.close());

async function lookup(token: string): Promise<BookingData> {
  return (await server.graphql<{ booking: BookingData }>(BOOKING_BY_TOKEN, { token })).data!.booking;
}

/** The organiser calls the booking off (cancelBooking, as an ADMIN). */
async function cancelAsAdmin(bookingId: string) {
  const response = await server.graphql<{ cancelBooking: { errors: unknown[] } }>(
    `mutation CancelBooking($input: CancelBookingInput!) {
      cancelBooking(input: $input) { errors { code message } }
    }`,
    { input: { bookingId, reason: 'The venue is closed' } },
    admin.headers,
  );
  expect(response.data?.cancelBooking.errors).toEqual([]);
}

async function counters(ticketTypeId: string) {
  const ticketType = await server.dataSource
    .getRepository(TicketTypeEntity)
    .findOneByOrFail({ id: ticketTypeId });
  return { held: ticketType.heldCount, sold: ticketType.soldCount };
}

describe('startPayment', () => {
  it("creates a PayPal order for the booking's own total, with return and cancel URLs on the site", async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 1250 });
    const { booking, token } = await book(server, event, ticketType, 3);

    const response = await startPayment(server, token);

    const payload = response.data!.startPayment;
    expect(payload.errors).toEqual([]);
    expect(payload.approvalUrl).toMatch(new RegExp(`^${simulator.url}/checkoutnow\\?token=`));
    const orderId = new URL(payload.approvalUrl!).searchParams.get('token')!;
    const order = await server.payments.gateway.getOrder(orderId);
    expect(order).toMatchObject({ amountMinor: 3750, currency: 'EUR', referenceId: booking.reference });
    const stored = await server.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id });
    expect(stored.providerOrderId).toBe(orderId);
    // The hold now runs from the start of the payment (BOOKING_PAYMENT_HOLD_MINUTES, default 30).
    expect(new Date(payload.booking!.holdExpiresAt!).getTime()).toBeGreaterThan(Date.now() + 25 * MINUTE);
  });

  it('returns the same order when started again, so a double click makes one order', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token } = await book(server, event, ticketType);

    const first = await started(server, token);
    const [second, third] = await Promise.all([started(server, token), started(server, token)]);

    expect(second.orderId).toBe(first.orderId);
    expect(third.orderId).toBe(first.orderId);
  });

  it('sends the buyer back to the site with the booking token and the PayPal order', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token } = await book(server, event, ticketType);
    const { approvalUrl, orderId } = await started(server, token);

    const returned = await approveAtPayPal(approvalUrl);

    expect(`${returned.origin}${returned.pathname}`).toBe(`${server.config.site.publicUrl}/checkout/return`);
    expect(returned.searchParams.get('booking')).toBe(token);
    expect(returned.searchParams.get('token')).toBe(orderId);
  });

  it('reports PayPal being down as PAYMENT_PROVIDER_UNAVAILABLE, and a retry creates one order', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token } = await book(server, event, ticketType);
    simulator.failNext('create', { kind: 'error', status: 503 });

    const failed = await startPayment(server, token);

    expect(failed.data!.startPayment).toMatchObject({
      approvalUrl: null,
      errors: [{ code: 'PAYMENT_PROVIDER_UNAVAILABLE' }],
    });
    const retried = await started(server, token);
    expect(retried.approvalUrl).toContain(retried.orderId);
  });

  it('refuses a booking whose hold ran out, and a token that opens nothing', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token } = await book(server, event, ticketType);
    await lifecycleSteps(server.app.services).expireHolds(new Date(Date.now() + 20 * MINUTE));

    expect((await startPayment(server, token)).data!.startPayment).toMatchObject({
      approvalUrl: null,
      booking: { id: booking.id, status: 'EXPIRED' },
      errors: [{ code: 'HOLD_EXPIRED' }],
    });
    expect((await startPayment(server, 'no-such-token')).data!.startPayment).toMatchObject({
      booking: null,
      errors: [{ code: 'BOOKING_NOT_FOUND', field: 'bookingToken' }],
    });
  });
});

describe('capturePayment', () => {
  it('confirms a booking paid through the approval page and issues its tickets', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token } = await book(server, event, ticketType, 2);
    const { approvalUrl } = await started(server, token);
    const returned = await approveAtPayPal(approvalUrl);

    const response = await capturePayment(
      server,
      returned.searchParams.get('booking')!,
      returned.searchParams.get('token')!,
    );

    const payload = response.data!.capturePayment;
    expect(payload.errors).toEqual([]);
    expect(payload.booking).toMatchObject({ id: booking.id, status: 'CONFIRMED', holdExpiresAt: null });
    expect(payload.booking!.tickets).toHaveLength(2);
    expect(payload.booking!.tickets.every((ticket) => ticket.status === 'ISSUED' && ticket.code)).toBe(true);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
    expect((await lookup(token)).status).toBe('CONFIRMED');
  });

  it('makes one PayPal capture, one ticket set and one confirmation e-mail for 10 parallel calls', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token, orderId } = await approvedBooking(server, event, ticketType, 2);

    const responses = await Promise.all(
      Array.from({ length: 10 }, () => capturePayment(server, token, orderId)),
    );

    for (const response of responses) {
      expect(response.data!.capturePayment).toMatchObject({ booking: { status: 'CONFIRMED' }, errors: [] });
    }
    expect(simulator.captureIdsOf(orderId)).toHaveLength(1);
    const codes = new Set(
      responses.flatMap((response) => response.data!.capturePayment.booking!.tickets.map((t) => t.code)),
    );
    expect(codes.size).toBe(2);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
    const emails = await emailsFor(server, booking.id);
    expect(emails.filter((email) => email.kind === EmailKind.BOOKING_CONFIRMATION)).toHaveLength(1);
  });

  it('reports PayPal 5xx during capture clearly, charges nothing twice, and a retry confirms', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token, orderId } = await approvedBooking(server, event, ticketType);
    simulator.failNext('capture', { kind: 'error', status: 500 });

    const failed = await capturePayment(server, token, orderId);

    expect(failed.data!.capturePayment).toMatchObject({
      booking: { status: 'AWAITING_PAYMENT' },
      errors: [{ code: 'PAYMENT_PROVIDER_UNAVAILABLE' }],
    });
    expect(simulator.captureIdsOf(orderId)).toHaveLength(0);
    const retried = await capturePayment(server, token, orderId);
    expect(retried.data!.capturePayment).toMatchObject({ booking: { status: 'CONFIRMED' }, errors: [] });
    expect(simulator.captureIdsOf(orderId)).toHaveLength(1);
  });

  it('tells the buyer to try again when PayPal declines, keeps the hold, and a new order can pay', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token, orderId } = await approvedBooking(server, event, ticketType);
    simulator.setNextCaptureOutcome('DECLINED');

    const declined = await capturePayment(server, token, orderId);

    expect(declined.data!.capturePayment).toMatchObject({
      booking: { status: 'AWAITING_PAYMENT' },
      errors: [{ code: 'PAYMENT_DECLINED' }],
    });
    expect(declined.data!.capturePayment.booking!.holdExpiresAt).not.toBeNull();
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });

    // Trying again: a new order replaces the declined one, and paying it confirms.
    const again = await started(server, token);
    expect(again.orderId).not.toBe(orderId);
    await approveAtPayPal(again.approvalUrl);
    const paid = await capturePayment(server, token, again.orderId);
    expect(paid.data!.capturePayment).toMatchObject({ booking: { id: booking.id, status: 'CONFIRMED' } });
  });

  it.each(['INSTRUMENT_DECLINED', 'PAYER_ACTION_REQUIRED'] as const)(
    'sends the buyer back to PayPal for the same order when PayPal answers %s, keeps the hold, and the second approval confirms the same booking',
    async (issue) => {
      const { event, ticketType } = await paidEvent(server);
      const { booking, token, orderId } = await approvedBooking(server, event, ticketType);
      simulator.failNext('capture', { kind: 'refusal', issue });

      const refused = await capturePayment(server, token, orderId);

      expect(refused.data!.capturePayment).toMatchObject({
        booking: { id: booking.id, status: 'AWAITING_PAYMENT' },
        errors: [{ code: 'RETURN_TO_PAYPAL' }],
        approvalUrl: `${simulator.url}/checkoutnow?token=${orderId}`,
      });
      expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
      expect(simulator.captureIdsOf(orderId)).toHaveLength(0);

      // The buyer chooses another way to pay on PayPal's page for the same order and comes back.
      const returned = await approveAtPayPal(refused.data!.capturePayment.approvalUrl!);
      expect(returned.searchParams.get('token')).toBe(orderId);
      const paid = await capturePayment(server, token, orderId);

      expect(paid.data!.capturePayment).toMatchObject({
        booking: { id: booking.id, status: 'CONFIRMED' },
        errors: [],
        approvalUrl: null,
      });
      expect(simulator.captureIdsOf(orderId)).toHaveLength(1);
      expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
      const stored = await server.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id });
      expect(stored.providerOrderId).toBe(orderId);
      expect(await server.dataSource.getRepository(BookingEntity).countBy({ eventId: event.id })).toBe(1);
    },
  );

  it('starting again after PayPal sent the buyer back reuses the same order', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token, orderId } = await approvedBooking(server, event, ticketType);
    simulator.failNext('capture', { kind: 'refusal', issue: 'INSTRUMENT_DECLINED' });
    await capturePayment(server, token, orderId);

    const again = await started(server, token);

    expect(again.orderId).toBe(orderId);
    expect(again.approvalUrl).toBe(`${simulator.url}/checkoutnow?token=${orderId}`);
  });

  it('leaves a pending capture PAYMENT_PENDING, with no error', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token, orderId } = await approvedBooking(server, event, ticketType);
    simulator.setNextCaptureOutcome('PENDING');

    const response = await capturePayment(server, token, orderId);

    expect(response.data!.capturePayment).toMatchObject({
      booking: { status: 'PAYMENT_PENDING' },
      errors: [],
    });
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
  });

  it("refuses an order that is not the booking's, and one the buyer has not approved", async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token } = await book(server, event, ticketType);
    const { orderId } = await started(server, token);

    expect((await capturePayment(server, token, 'SOME-OTHER-ORDER')).data!.capturePayment).toMatchObject({
      errors: [{ code: 'ORDER_MISMATCH', field: 'orderId' }],
    });
    expect((await capturePayment(server, token, orderId)).data!.capturePayment).toMatchObject({
      booking: { status: 'AWAITING_PAYMENT' },
      errors: [{ code: 'PAYMENT_NOT_APPROVED' }],
    });
  });

  it('refunds a payment whose amount differs from the booking total and does not confirm', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token } = await book(server, event, ticketType);
    // An order for another amount than the booking's (as a tampered or buggy order would be).
    const order = await server.payments.gateway.createOrder({
      reference: booking.reference,
      description: 'tampered',
      amountMinor: 1,
      currency: 'EUR',
      returnUrl: 'https://shop.example/return',
      cancelUrl: 'https://shop.example/cancel',
      requestId: `tampered-${booking.id}`,
    });
    await lifecycleSteps(server.app.services).markPaymentStarted(
      booking.id,
      { providerOrderId: order.orderId },
      new Date(),
    );
    simulator.approveOrder(order.orderId);

    const response = await capturePayment(server, token, order.orderId);

    expect(response.data!.capturePayment).toMatchObject({
      booking: { status: 'AWAITING_PAYMENT' },
      errors: [{ code: 'AMOUNT_MISMATCH' }],
    });
    const [capture] = (await server.payments.gateway.getOrder(order.orderId))!.captures;
    expect(capture.status).toBe('REFUNDED');
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });
  });

  it('refunds a payment that arrives after the seats were sold to someone else, and tells the buyer', async () => {
    const { event, ticketType } = await paidEvent(server, { capacity: 2 });
    const late = await approvedBooking(server, event, ticketType, 2);
    await lifecycleSteps(server.app.services).expireHolds(new Date(Date.now() + 60 * MINUTE));
    await book(server, event, ticketType, 2); // the seats go to another buyer

    const response = await capturePayment(server, late.token, late.orderId);

    expect(response.data!.capturePayment).toMatchObject({
      booking: { status: 'EXPIRED' },
      errors: [{ code: 'HOLD_EXPIRED' }],
    });
    const [capture] = (await server.payments.gateway.getOrder(late.orderId))!.captures;
    expect(capture.status).toBe('REFUNDED');
    const refunds = await server.dataSource
      .getRepository(BookingRefundEntity)
      .findBy({ bookingId: late.booking.id });
    expect(refunds).toEqual([
      expect.objectContaining({
        providerCaptureId: capture.captureId,
        amountMinor: 4000,
        reason: 'LATE_PAYMENT',
      }),
    ]);
    const emails = await emailsFor(server, capture.captureId);
    expect(emails.map((email) => [email.kind, email.recipients])).toEqual([
      [EmailKind.LATE_PAYMENT_REFUNDED, [late.booking.buyer.email]],
    ]);
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });

    // Coming back again changes nothing: no second refund, no second e-mail.
    await capturePayment(server, late.token, late.orderId);
    expect(
      await server.dataSource.getRepository(BookingRefundEntity).countBy({ bookingId: late.booking.id }),
    ).toBe(1);
    expect(await emailsFor(server, capture.captureId)).toHaveLength(1);
  });

  it('does not take an approved payment for a booking the organiser cancelled, and says nothing was charged', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token, orderId } = await approvedBooking(server, event, ticketType);
    await cancelAsAdmin(booking.id);

    const response = await capturePayment(server, token, orderId);

    expect(response.data!.capturePayment).toEqual({
      approvalUrl: null,
      booking: expect.objectContaining({ status: 'CANCELLED' }),
      errors: [
        {
          code: 'BOOKING_CANCELLED',
          field: null,
          message:
            'The organiser cancelled this booking before your payment was taken: you have not been charged.',
        },
      ],
    });
    expect((await server.payments.gateway.getOrder(orderId))!.captures).toEqual([]);
    expect(
      await server.dataSource.getRepository(BookingRefundEntity).countBy({ bookingId: booking.id }),
    ).toBe(0);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
  });

  it('tells the buyer of a cancelled booking that a payment PayPal took is refunded in full', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token, orderId } = await approvedBooking(server, event, ticketType);
    simulator.setNextCaptureOutcome('PENDING');
    await capturePayment(server, token, orderId);
    await cancelAsAdmin(booking.id);

    // PayPal is still completing the payment: it is refunded when it completes.
    const pending = await capturePayment(server, token, orderId);
    expect(pending.data!.capturePayment.errors).toEqual([
      {
        code: 'BOOKING_CANCELLED',
        field: null,
        message:
          'The organiser cancelled this booking. PayPal is still completing your payment: it will be refunded in full as soon as it is complete.',
      },
    ]);

    const captureId = (await server.payments.gateway.getOrder(orderId))!.captures[0].captureId;
    await simulator.completePendingCapture(captureId);
    const completed = await capturePayment(server, token, orderId);
    expect(completed.data!.capturePayment).toEqual({
      approvalUrl: null,
      booking: expect.objectContaining({ status: 'CANCELLED' }),
      errors: [
        {
          code: 'BOOKING_CANCELLED',
          field: null,
          message: 'The organiser cancelled this booking, so your payment has been refunded in full.',
        },
      ],
    });
    const [capture] = (await server.payments.gateway.getOrder(orderId))!.captures;
    expect(capture.status).toBe('REFUNDED');
    expect(
      await server.dataSource.getRepository(BookingRefundEntity).countBy({ bookingId: booking.id }),
    ).toBe(1);
  });

  it('takes nothing more from a paid booking the organiser cancelled, and points to the cancellation e-mail', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token, orderId } = await approvedBooking(server, event, ticketType);
    await capturePayment(server, token, orderId);
    await cancelAsAdmin(booking.id);

    const response = await capturePayment(server, token, orderId);

    expect(response.data!.capturePayment).toEqual({
      approvalUrl: null,
      booking: expect.objectContaining({ status: 'CANCELLED' }),
      errors: [
        {
          code: 'BOOKING_CANCELLED',
          field: null,
          message:
            'The organiser cancelled this booking after it was paid. The e-mail we sent you about the cancellation gives any refund.',
        },
      ],
    });
    // Only the admin's refund: coming back does not refund (or capture) again.
    expect(
      await server.dataSource.getRepository(BookingRefundEntity).countBy({ bookingId: booking.id }),
    ).toBe(1);
  });

  it('confirms a late payment when the seats are still free', async () => {
    const { event, ticketType } = await paidEvent(server, { capacity: 5 });
    const { token, orderId } = await approvedBooking(server, event, ticketType, 2);
    await lifecycleSteps(server.app.services).expireHolds(new Date(Date.now() + 60 * MINUTE));

    const response = await capturePayment(server, token, orderId);

    expect(response.data!.capturePayment).toMatchObject({ booking: { status: 'CONFIRMED' }, errors: [] });
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
  });
});

describe('cancelPayment', () => {
  it('releases the held seats at once', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token } = await book(server, event, ticketType, 2);
    await started(server, token);

    const response = await cancelPayment(server, token);

    expect(response.data!.cancelPayment).toMatchObject({ booking: { status: 'CANCELLED' }, errors: [] });
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
    expect((await cancelPayment(server, token)).data!.cancelPayment.errors).toEqual([
      expect.objectContaining({ code: 'NOT_AWAITING_PAYMENT' }),
    ]);
  });

  it('does not cancel a booking that was paid in the meantime', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token, orderId } = await approvedBooking(server, event, ticketType);
    // The payment went through (another tab), but the answer never reached the shop.
    await server.payments.gateway.captureOrder(orderId, `elsewhere-${orderId}`);

    const response = await cancelPayment(server, token);

    expect(response.data!.cancelPayment.booking).toMatchObject({ status: 'CONFIRMED' });
  });
});
