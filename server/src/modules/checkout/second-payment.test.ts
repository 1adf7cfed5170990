/**
 * A booking that is paid already and then reported paid by another capture (the buyer paid twice):
 * CheckoutService keeps the first payment and refunds the second in full (SECOND_PAYMENT).
 */
import { approvedBooking, emailsFor, paidEvent } from '../../../test/checkout';
import { lifecycleSteps } from '../../../test/lifecycle';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { BookingPaymentEntity } from '../bookings/booking-payment.entity';
import { BookingRefundEntity } from '../bookings/booking-refund.entity';
import { BookingEntity, BookingStatus } from '../bookings/booking.entity';
import { EmailKind } from '../email/email-message.entity';
import type { PayPalSimulator } from '../payments/paypal-simulator/paypal-simulator';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';

let server: TestServer;
let simulator: PayPalSimulator;

beforeAll(async () => {
  server = await startTestServer();
  simulator = server.payments.simulator!;
  simulator.autoWebhooks = false;
});

afterAll(() => server.close());

it('refunds a second payment for a booking that is paid already, and keeps the first', async () => {
  const { event, ticketType } = await paidEvent(server, { priceMinor: 2000 });
  const first = await approvedBooking(server, event, ticketType, 1);
  const firstCapture = await server.payments.gateway.captureOrder(first.orderId, `first-${first.orderId}`);
  // The booking is confirmed by its first payment...
  const confirmed = await lifecycleSteps(server.app.services).confirmPaidBooking(
    first.booking.id,
    { captureId: firstCapture.capture!.captureId, amountMinor: 2000, currency: 'EUR' },
    new Date(),
  );
  expect(confirmed.outcome).toBe('CONFIRMED');
  // ...and then PayPal reports a second completed payment for the booking's order: a second order
  // the buyer paid too. PayPal's duplicate-invoice check stops that for orders this shop makes, so
  // this one has an invoice id of its own (an account without the check, or an order made by hand).
  const second = await server.payments.gateway.createOrder({
    reference: first.booking.reference,
    invoiceId: `${first.booking.reference}-again`,
    description: 'second payment',
    amountMinor: 2000,
    currency: 'EUR',
    returnUrl: 'https://shop.example/return',
    cancelUrl: 'https://shop.example/cancel',
    requestId: `second-${first.booking.id}`,
  });
  simulator.approveOrder(second.orderId);
  const secondCapture = await server.payments.gateway.captureOrder(
    second.orderId,
    `second-${second.orderId}`,
  );
  await server.dataSource
    .getRepository(BookingEntity)
    .update(first.booking.id, { providerOrderId: second.orderId });
  const webhook = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', secondCapture.capture!.captureId);

  const delivered = await fetch(`${server.url}/webhooks/paypal`, {
    method: 'POST',
    headers: webhook.headers,
    body: webhook.body,
  });

  expect(delivered.status).toBe(200);
  expect((await server.payments.gateway.getOrder(second.orderId))!.refunds).toEqual([
    expect.objectContaining({ amountMinor: 2000, currency: 'EUR' }),
  ]);
  expect((await server.payments.gateway.getOrder(first.orderId))!.refunds).toEqual([]);
  const refunds = await server.dataSource
    .getRepository(BookingRefundEntity)
    .findBy({ bookingId: first.booking.id });
  expect(refunds).toEqual([
    expect.objectContaining({
      providerCaptureId: secondCapture.capture!.captureId,
      amountMinor: 2000,
      reason: 'SECOND_PAYMENT',
      requestedById: null,
    }),
  ]);
  const booking = await server.dataSource
    .getRepository(BookingEntity)
    .findOneByOrFail({ id: first.booking.id });
  expect(booking).toMatchObject({
    status: BookingStatus.CONFIRMED,
    providerCaptureId: firstCapture.capture!.captureId,
  });
  const seats = await server.dataSource
    .getRepository(TicketTypeEntity)
    .findOneByOrFail({ id: ticketType.id });
  expect(seats).toMatchObject({ soldCount: 1, heldCount: 0 });
  // The second payment is in the booking's payment history; the buyer got no refund-of-a-late-payment mail.
  const payments = await server.dataSource
    .getRepository(BookingPaymentEntity)
    .findBy({ bookingId: first.booking.id });
  expect(payments).toEqual([
    expect.objectContaining({
      providerCaptureId: secondCapture.capture!.captureId,
      providerOrderId: second.orderId,
    }),
  ]);
  expect((await emailsFor(server, first.booking.id)).map((message) => message.kind)).toEqual([
    EmailKind.BOOKING_CONFIRMATION,
  ]);
});
