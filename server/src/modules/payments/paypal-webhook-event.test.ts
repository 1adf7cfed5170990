import { randomUUID } from 'node:crypto';
import { PayPalSimulator } from './paypal-simulator/paypal-simulator';
import { PayPalGateway } from './paypal.gateway';
import { parsePayPalWebhookEvent } from './paypal-webhook-event';

let simulator: PayPalSimulator;
let gateway: PayPalGateway;
let orderId: string;
let captureId: string;

beforeAll(async () => {
  simulator = await new PayPalSimulator().start();
  gateway = new PayPalGateway({
    clientId: simulator.clientId,
    clientSecret: simulator.clientSecret,
    environment: 'sandbox',
    webhookId: simulator.webhookId,
    loopbackPort: simulator.port,
  });
  const created = await gateway.createOrder({
    reference: 'BK-WEBHOOK',
    description: 'One ticket',
    amountMinor: 2500,
    currency: 'EUR',
    returnUrl: 'http://127.0.0.1:1/return',
    cancelUrl: 'http://127.0.0.1:1/cancel',
    requestId: randomUUID(),
  });
  orderId = created.orderId;
  simulator.approveOrder(orderId);
  captureId = (await gateway.captureOrder(orderId, randomUUID())).capture!.captureId;
});

afterAll(async () => {
  gateway.close();
  await simulator.stop();
});

describe('parsePayPalWebhookEvent', () => {
  it('reads the event id, type, capture and order of a capture event', () => {
    const { body, event } = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId);
    expect(parsePayPalWebhookEvent(body)).toEqual({
      eventId: event.id,
      eventType: 'PAYMENT.CAPTURE.COMPLETED',
      resourceType: 'capture',
      resourceId: captureId,
      captureId,
      orderId,
      createdAt: new Date(event.create_time),
    });
  });

  it('reads the order of an order event', () => {
    const { body } = simulator.buildWebhook('CHECKOUT.ORDER.APPROVED', orderId);
    expect(parsePayPalWebhookEvent(body)).toMatchObject({ resourceType: 'checkout-order', orderId });
  });

  it('reads the refunded capture of a refund event from its "up" link', async () => {
    const refund = await gateway.refundCapture({
      captureId,
      amountMinor: 500,
      currency: 'EUR',
      requestId: randomUUID(),
    });
    expect(refund.outcome).toBe('REFUNDED');
    const { body } = simulator.buildWebhook('PAYMENT.CAPTURE.REFUNDED', captureId);
    const parsed = parsePayPalWebhookEvent(body);
    expect(parsed).toMatchObject({ resourceType: 'refund', captureId });
    // A refund does not name its order: fetch the capture (gateway.getCapture) to learn it.
    expect(parsed?.orderId).toBeUndefined();
  });

  it('answers null for bodies that are not PayPal events', () => {
    expect(parsePayPalWebhookEvent('not json')).toBeNull();
    expect(parsePayPalWebhookEvent('null')).toBeNull();
    expect(parsePayPalWebhookEvent('{"id":"WH-1","event_type":"X"}')).toBeNull();
  });
});
