/**
 * Every kind of answer the PayPal simulator gives for the operations the product uses, collected over
 * raw HTTP: the OAuth token, orders (create, get, capture), captures (get, refund), refunds (get),
 * webhook signature verification, and the webhook events it sends, successes and the refusals the
 * product meets. paypal-spec-conformance.test.ts checks each against PayPal's schema facts.
 */
import { randomUUID } from 'node:crypto';
import type { PayPalSimulator } from '../src/modules/payments/paypal-simulator/paypal-simulator';

/** The operations the product calls, named as in PayPal's specs (webhooks.event: a delivery). */
export type PayPalOperation =
  | 'oauth.token'
  | 'orders.create'
  | 'orders.get'
  | 'orders.capture'
  | 'captures.get'
  | 'captures.refund'
  | 'refunds.get'
  | 'webhooks.verify'
  | 'webhooks.event';

export interface Exchange {
  operation: PayPalOperation;
  /** What the request was, for failure messages. */
  label: string;
  status: number;
  body: unknown;
}

const FULL = { prefer: 'return=representation' };

export async function collectExchanges(simulator: PayPalSimulator): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  let token = '';

  async function call(
    operation: PayPalOperation,
    label: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Record<string, unknown>> {
    const response = await fetch(`${simulator.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    exchanges.push({ operation, label, status: response.status, body: parsed });
    return parsed;
  }

  async function oauth(label: string, secret: string): Promise<Record<string, unknown>> {
    const basic = Buffer.from(`${simulator.clientId}:${secret}`).toString('base64');
    const response = await fetch(`${simulator.url}/v1/oauth2/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    const body = (await response.json()) as Record<string, unknown>;
    exchanges.push({ operation: 'oauth.token', label, status: response.status, body });
    return body;
  }

  token = String((await oauth('token', simulator.clientSecret)).access_token);
  await oauth('token with a wrong secret', 'wrong');

  const orderBody = (
    amount: { currency_code: string; value: string },
    extra: Record<string, unknown> = {},
  ) => ({
    intent: 'CAPTURE',
    purchase_units: [
      {
        reference_id: 'BK-CONFORMANCE',
        custom_id: 'BK-CONFORMANCE',
        invoice_id: `BK-${randomUUID()}`,
        description: 'Conformance: 2 tickets',
        amount,
      },
    ],
    payment_source: {
      paypal: {
        experience_context: {
          return_url: 'http://127.0.0.1:1/checkout/return',
          cancel_url: 'http://127.0.0.1:1/checkout/cancel',
          user_action: 'PAY_NOW',
          shipping_preference: 'NO_SHIPPING',
        },
      },
    },
    ...extra,
  });
  const EUR = { currency_code: 'EUR', value: '42.50' };

  async function approvedOrder(amount = EUR): Promise<string> {
    const created = await call(
      'orders.create',
      'create (minimal)',
      'POST',
      '/v2/checkout/orders',
      orderBody(amount),
    );
    simulator.approveOrder(String(created.id));
    return String(created.id);
  }

  async function capturedOrder(
    label: string,
    headers: Record<string, string> = {},
  ): Promise<{ orderId: string; captureId: string }> {
    const orderId = await approvedOrder();
    const captured = await call(
      'orders.capture',
      label,
      'POST',
      `/v2/checkout/orders/${orderId}/capture`,
      {},
      {
        ...FULL,
        ...headers,
      },
    );
    const units = captured.purchase_units as { payments: { captures: { id: string }[] } }[];
    return { orderId, captureId: units[0].payments.captures[0].id };
  }

  // Orders: create (minimal and full), get in each state, refusals.
  const requestId = randomUUID();
  const created = await call(
    'orders.create',
    'create (full)',
    'POST',
    '/v2/checkout/orders',
    orderBody(EUR),
    {
      ...FULL,
      'paypal-request-id': requestId,
    },
  );
  const orderId = String(created.id);
  await call('orders.get', 'get a created order', 'GET', `/v2/checkout/orders/${orderId}`);
  await call(
    'orders.capture',
    'capture before approval',
    'POST',
    `/v2/checkout/orders/${orderId}/capture`,
    {},
  );
  simulator.approveOrder(orderId);
  await call(
    'orders.create',
    'create replayed (same PayPal-Request-Id)',
    'POST',
    '/v2/checkout/orders',
    orderBody(EUR),
    {
      'paypal-request-id': requestId,
    },
  );
  await call('orders.get', 'get an approved order', 'GET', `/v2/checkout/orders/${orderId}`);
  for (const [value, currency] of [
    ['-5.00', 'EUR'],
    ['0.00', 'EUR'],
    ['5.001', 'EUR'],
    ['500.5', 'JPY'],
    ['abc', 'EUR'],
    ['10.00', 'XXQ'],
    ['1500.50', 'HUF'],
    ['1500.5', 'TWD'],
  ]) {
    await call(
      'orders.create',
      `create ${value} ${currency}`,
      'POST',
      '/v2/checkout/orders',
      orderBody({ currency_code: currency, value }),
    );
  }
  await call('orders.create', 'create without intent and amount', 'POST', '/v2/checkout/orders', {
    purchase_units: [{}],
  });
  await call('orders.create', 'create with a 128-character invoice_id', 'POST', '/v2/checkout/orders', {
    intent: 'CAPTURE',
    purchase_units: [{ invoice_id: 'x'.repeat(128), amount: EUR }],
  });
  await call('orders.get', 'get an unknown order', 'GET', '/v2/checkout/orders/5O190127TN364715T');
  token = 'expired';
  await call(
    'orders.get',
    'get with a token PayPal does not accept',
    'GET',
    `/v2/checkout/orders/${orderId}`,
  );
  token = String((await oauth('token again', simulator.clientSecret)).access_token);

  // Captures: minimal and full, completed, pending, declined, replayed, refused.
  const captureRequestId = randomUUID();
  await call(
    'orders.capture',
    'capture (minimal)',
    'POST',
    `/v2/checkout/orders/${orderId}/capture`,
    {},
    {
      'paypal-request-id': captureRequestId,
    },
  );
  await call('orders.get', 'get a captured order', 'GET', `/v2/checkout/orders/${orderId}`);
  await call('orders.capture', 'capture again', 'POST', `/v2/checkout/orders/${orderId}/capture`, {});
  const paidRequestId = randomUUID();
  const { orderId: paidOrderId, captureId } = await capturedOrder('capture (full)', {
    'paypal-request-id': paidRequestId,
  });
  await call('captures.get', 'get a completed capture', 'GET', `/v2/payments/captures/${captureId}`);
  for (const outcome of ['PENDING', 'DECLINED'] as const) {
    simulator.setNextCaptureOutcome(outcome);
    const { captureId: other } = await capturedOrder(`capture ${outcome}`);
    await call('captures.get', `get a ${outcome} capture`, 'GET', `/v2/payments/captures/${other}`);
    await call(
      'captures.refund',
      `refund a ${outcome} capture`,
      'POST',
      `/v2/payments/captures/${other}/refund`,
      {},
    );
  }
  for (const issue of ['INSTRUMENT_DECLINED', 'PAYER_ACTION_REQUIRED'] as const) {
    const refusedOrder = await approvedOrder();
    simulator.failNext('capture', { kind: 'refusal', issue });
    await call(
      'orders.capture',
      `capture refused ${issue}`,
      'POST',
      `/v2/checkout/orders/${refusedOrder}/capture`,
      {},
      FULL,
    );
    await call('orders.get', `get an order after ${issue}`, 'GET', `/v2/checkout/orders/${refusedOrder}`);
  }
  await call('captures.get', 'get an unknown capture', 'GET', '/v2/payments/captures/2GG279541U471931P');

  // Refunds: partial (minimal and full), replayed, refused, get.
  const refundRequestId = randomUUID();
  const refund = await call(
    'captures.refund',
    'refund part (full)',
    'POST',
    `/v2/payments/captures/${captureId}/refund`,
    {
      amount: { currency_code: 'EUR', value: '10.00' },
    },
    { ...FULL, 'paypal-request-id': refundRequestId },
  );
  await call(
    'captures.refund',
    'refund replayed',
    'POST',
    `/v2/payments/captures/${captureId}/refund`,
    {
      amount: { currency_code: 'EUR', value: '10.00' },
    },
    { ...FULL, 'paypal-request-id': refundRequestId },
  );
  await call('refunds.get', 'get a refund', 'GET', `/v2/payments/refunds/${String(refund.id)}`);
  await call('refunds.get', 'get an unknown refund', 'GET', '/v2/payments/refunds/1JU08902781691411');
  for (const [value, currency] of [
    ['-5.00', 'EUR'],
    ['5.001', 'EUR'],
    ['abc', 'EUR'],
    ['5.00', 'USD'],
    ['100.00', 'EUR'],
  ]) {
    await call(
      'captures.refund',
      `refund ${value} ${currency}`,
      'POST',
      `/v2/payments/captures/${captureId}/refund`,
      {
        amount: { currency_code: currency, value },
      },
    );
  }
  await call(
    'captures.refund',
    'refund the rest (minimal)',
    'POST',
    `/v2/payments/captures/${captureId}/refund`,
    {},
  );
  await call(
    'captures.refund',
    'refund a refunded capture',
    'POST',
    `/v2/payments/captures/${captureId}/refund`,
    {},
  );
  await call('orders.get', 'get a refunded order', 'GET', `/v2/checkout/orders/${paidOrderId}`);
  await call(
    'orders.capture',
    'capture replayed',
    'POST',
    `/v2/checkout/orders/${orderId}/capture`,
    {},
    {
      'paypal-request-id': captureRequestId,
    },
  );
  await call(
    'orders.capture',
    'capture replayed after the refund',
    'POST',
    `/v2/checkout/orders/${paidOrderId}/capture`,
    {},
    {
      ...FULL,
      'paypal-request-id': paidRequestId,
    },
  );

  // Webhooks: every event the simulator sends, and verification of a genuine and a forged one.
  const { orderId: webhookOrderId, captureId: webhookCaptureId } =
    await capturedOrder('capture for webhooks');
  await call(
    'captures.refund',
    'refund for webhooks',
    'POST',
    `/v2/payments/captures/${webhookCaptureId}/refund`,
    {
      amount: { currency_code: 'EUR', value: '2.50' },
    },
  );
  const events = [
    simulator.buildWebhook('CHECKOUT.ORDER.APPROVED', webhookOrderId),
    simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', webhookCaptureId),
    simulator.buildWebhook('PAYMENT.CAPTURE.REFUNDED', webhookCaptureId),
  ];
  simulator.setNextCaptureOutcome('PENDING');
  const { captureId: pendingCaptureId } = await capturedOrder('capture pending for webhooks');
  events.push(simulator.buildWebhook('PAYMENT.CAPTURE.PENDING', pendingCaptureId));
  simulator.setNextCaptureOutcome('PENDING');
  const { captureId: deniedCaptureId } = await capturedOrder('capture to deny for webhooks');
  await simulator.denyPendingCapture(deniedCaptureId);
  events.push(simulator.buildWebhook('PAYMENT.CAPTURE.DENIED', deniedCaptureId));
  await simulator.reverseCapture(webhookCaptureId);
  events.push(simulator.buildWebhook('PAYMENT.CAPTURE.REVERSED', webhookCaptureId));
  for (const message of events) {
    exchanges.push({
      operation: 'webhooks.event',
      label: message.event.event_type,
      status: 200,
      body: message.event,
    });
  }
  const [genuine] = events;
  const verification = {
    auth_algo: genuine.headers['paypal-auth-algo'],
    cert_url: genuine.headers['paypal-cert-url'],
    transmission_id: genuine.headers['paypal-transmission-id'],
    transmission_sig: genuine.headers['paypal-transmission-sig'],
    transmission_time: genuine.headers['paypal-transmission-time'],
    webhook_id: simulator.webhookId,
    webhook_event: genuine.event,
  };
  await call(
    'webhooks.verify',
    'verify a genuine event',
    'POST',
    '/v1/notifications/verify-webhook-signature',
    verification,
  );
  await call(
    'webhooks.verify',
    'verify a forged event',
    'POST',
    '/v1/notifications/verify-webhook-signature',
    {
      ...verification,
      transmission_sig: 'forged',
    },
  );
  return exchanges;
}
