import { BOOKING_BY_TOKEN, type BookingData } from '../../../test/bookings';
import { approvedBooking, capturePayment, emailsFor, paidEvent, postWebhook } from '../../../test/checkout';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { BookingRefundEntity } from '../bookings/booking-refund.entity';
import { EmailKind } from '../email/email-message.entity';
import type { PayPalSimulator, WebhookMessage } from '../payments/paypal-simulator/paypal-simulator';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { PayPalWebhookEventEntity } from '../payments/paypal-webhook-event.entity';

let server: TestServer;
let simulator: PayPalSimulator;
let webhookUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  simulator = server.payments.simulator!;
  webhookUrl = `${server.url}/webhooks/paypal`;
  // Events are built and delivered by each test, in the order it wants.
  simulator.autoWebhooks = false;
});

afterEach(() => {
  simulator.clearFaults();
  simulator.webhookUrl = undefined;
});

afterAll(() => server.close());

const post = (message: Pick<WebhookMessage, 'headers' | 'body'>) => postWebhook(server, message);

async function lookup(token: string): Promise<BookingData> {
  return (await server.graphql<{ booking: BookingData }>(BOOKING_BY_TOKEN, { token })).data!.booking;
}

async function counters(ticketTypeId: string) {
  const ticketType = await server.dataSource
    .getRepository(TicketTypeEntity)
    .findOneByOrFail({ id: ticketTypeId });
  return { held: ticketType.heldCount, sold: ticketType.soldCount };
}

/** A booking whose capture PayPal holds as PENDING, without the shop having heard of it. */
async function pendingAtPayPal() {
  const { event, ticketType } = await paidEvent(server);
  const approved = await approvedBooking(server, event, ticketType, 2);
  simulator.setNextCaptureOutcome('PENDING');
  const result = await server.payments.gateway.captureOrder(
    approved.orderId,
    `elsewhere-${approved.orderId}`,
  );
  return { ...approved, ticketType, captureId: result.capture!.captureId };
}

describe('POST /webhooks/paypal', () => {
  it('refuses a forged event with 400 and changes nothing', async () => {
    const { token, captureId } = await pendingAtPayPal();
    simulator.webhookUrl = undefined;
    await simulator.completePendingCapture(captureId);
    const genuine = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId);
    const recordedBefore = await server.dataSource.getRepository(PayPalWebhookEventEntity).count();

    const tampered = await post({
      headers: genuine.headers,
      body: genuine.body.replace('"id":"WH-', '"id":"WH-X'),
    });
    const unsigned = await post({ headers: { 'content-type': 'application/json' }, body: genuine.body });
    const garbage = await post({ headers: genuine.headers, body: 'not json' });

    expect([tampered.status, unsigned.status, garbage.status]).toEqual([400, 400, 400]);
    expect((await lookup(token)).status).toBe('AWAITING_PAYMENT');
    expect(await server.dataSource.getRepository(PayPalWebhookEventEntity).count()).toBe(recordedBefore);
  });

  it('refuses obvious forgeries with 400 without asking PayPal: headers missing, certificate off PayPal, old or future', async () => {
    const { token, captureId } = await pendingAtPayPal();
    await simulator.completePendingCapture(captureId);
    const genuine = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId);
    const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const forged = [
      ...[
        'paypal-transmission-id',
        'paypal-transmission-time',
        'paypal-transmission-sig',
        'paypal-cert-url',
        'paypal-auth-algo',
      ].map((name) => ({ ...genuine.headers, [name]: '' })),
      { ...genuine.headers, 'paypal-cert-url': 'https://paypal.example.com/v1/notifications/certs/CERT-1' },
      { ...genuine.headers, 'paypal-cert-url': 'http://api.paypal.com/v1/notifications/certs/CERT-1' },
      { ...genuine.headers, 'paypal-cert-url': 'https://api.paypal.com.evil.example/certs/CERT-1' },
      { ...genuine.headers, 'paypal-cert-url': 'not a url' },
      { ...genuine.headers, 'paypal-transmission-time': minutesFromNow(-6) },
      { ...genuine.headers, 'paypal-transmission-time': minutesFromNow(6) },
      { ...genuine.headers, 'paypal-transmission-time': 'yesterday' },
    ];
    // Were PayPal asked, the first verification would fail with 503.
    simulator.failNext('verify', { kind: 'error', status: 503 });

    for (const headers of forged) expect((await post({ headers, body: genuine.body })).status).toBe(400);
    expect((await lookup(token)).status).toBe('AWAITING_PAYMENT');
    expect((await post(genuine)).status).toBe(503);
    const retried = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId);
    expect((await post(retried)).status).toBe(200);
    expect((await lookup(token)).status).toBe('CONFIRMED');
  });

  it('answers 503 when PayPal cannot verify the event now, so PayPal delivers it again', async () => {
    const { token, captureId } = await pendingAtPayPal();
    await simulator.completePendingCapture(captureId);
    const message = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId);
    simulator.failNext('verify', { kind: 'error', status: 503 });

    expect((await post(message)).status).toBe(503);
    expect((await lookup(token)).status).toBe('AWAITING_PAYMENT');
    expect((await post(message)).status).toBe(200);
    expect((await lookup(token)).status).toBe('CONFIRMED');
  });

  it('confirms a pending payment when PayPal completes it', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token, orderId } = await approvedBooking(server, event, ticketType, 2);
    simulator.setNextCaptureOutcome('PENDING');
    const captured = await capturePayment(server, token, orderId);
    expect(captured.data!.capturePayment.booking!.status).toBe('PAYMENT_PENDING');
    simulator.webhookUrl = webhookUrl;

    const delivery = await simulator.completePendingCapture(simulator.captureIdsOf(orderId)[0]);

    expect(delivery?.status).toBe(200);
    const confirmed = await lookup(token);
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.tickets.every((ticket) => ticket.status === 'ISSUED')).toBe(true);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
    expect((await emailsFor(server, booking.id)).map((email) => email.kind)).toEqual([
      EmailKind.BOOKING_CONFIRMATION,
    ]);
  });

  it('releases the seats when PayPal denies a pending payment', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token, orderId } = await approvedBooking(server, event, ticketType, 2);
    simulator.setNextCaptureOutcome('PENDING');
    await capturePayment(server, token, orderId);
    simulator.webhookUrl = webhookUrl;

    const delivery = await simulator.denyPendingCapture(simulator.captureIdsOf(orderId)[0]);

    expect(delivery?.status).toBe(200);
    expect((await lookup(token)).status).toBe('CANCELLED');
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
  });

  it('applies a repeated event once', async () => {
    const { booking, token, captureId } = await pendingAtPayPal();
    await simulator.completePendingCapture(captureId);
    const message = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId);

    const answers = [];
    for (let delivery = 0; delivery < 3; delivery++) answers.push(await post(message));

    expect(answers.map((answer) => answer.body.outcome)).toEqual(['APPLIED', 'DUPLICATE', 'DUPLICATE']);
    expect((await lookup(token)).status).toBe('CONFIRMED');
    expect(await emailsFor(server, booking.id)).toHaveLength(1);
  });

  it('ends in the latest state, changed once, when events arrive out of order and again', async () => {
    const { booking, token, captureId, ticketType } = await pendingAtPayPal();
    const pending = simulator.buildWebhook('PAYMENT.CAPTURE.PENDING', captureId);
    await simulator.completePendingCapture(captureId);
    const completed = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId);

    // The completion overtakes the pending notice; then both come again, concurrently.
    expect((await post(completed)).status).toBe(200);
    const afterCompleted = await lookup(token);
    expect((await post(pending)).status).toBe(200);
    await Promise.all([post(pending), post(completed), post(pending)]);

    const final = await lookup(token);
    expect(final.status).toBe('CONFIRMED');
    expect(final.confirmedAt).toBe(afterCompleted.confirmedAt);
    expect(final.tickets.map((ticket) => ticket.code)).toEqual(
      afterCompleted.tickets.map((ticket) => ticket.code),
    );
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
    expect(await emailsFor(server, booking.id)).toHaveLength(1);
  });

  it('marks a booking PARTIALLY_REFUNDED, then REFUNDED, from refund events, counting each refund once', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token, orderId } = await approvedBooking(server, event, ticketType, 2);
    await capturePayment(server, token, orderId);
    const [captureId] = simulator.captureIdsOf(orderId);
    const partial = await server.payments.gateway.refundCapture({
      captureId,
      amountMinor: 1500,
      currency: 'EUR',
      requestId: `partial-${captureId}`,
    });
    if (partial.outcome !== 'REFUNDED') throw new Error('refund refused');
    const refunded = simulator.buildWebhook('PAYMENT.CAPTURE.REFUNDED', partial.refundId);

    await post(refunded);
    await post(simulator.buildWebhook('PAYMENT.CAPTURE.REFUNDED', partial.refundId)); // same refund, new event

    expect((await lookup(token)).status).toBe('PARTIALLY_REFUNDED');
    expect(
      await server.dataSource.getRepository(BookingRefundEntity).countBy({ bookingId: booking.id }),
    ).toBe(1);

    simulator.webhookUrl = webhookUrl;
    const reversal = await simulator.reverseCapture(captureId);

    expect(reversal?.status).toBe(200);
    const final = await lookup(token);
    expect(final.status).toBe('REFUNDED');
    expect(final.tickets.every((ticket) => ticket.status === 'VOID')).toBe(true);
  });
});

describe('POST /webhooks/paypal, rate-limited per client address', () => {
  let limited: TestServer;

  beforeAll(async () => {
    limited = await startTestServer({ env: { PAYPAL_WEBHOOK_RATE_LIMIT_PER_MINUTE: '3' } });
  });

  afterAll(() => limited.close());

  it('answers 429 with Retry-After past the limit, before anything else is looked at', async () => {
    const headers = { 'content-type': 'application/json' };
    const answers = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      answers.push(await postWebhook(limited, { headers, body: '{}' }));
    }
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 429]);
    const response = await fetch(`${limited.url}/webhooks/paypal`, { method: 'POST', headers, body: '{}' });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });
});
