/**
 * Every kind of answer PayPal gives for the operations the product uses, collected over raw HTTP: the
 * OAuth token, orders (create, get, capture), captures (get, refund), refunds (get), webhook signature
 * verification, and the webhook events, successes and the refusals the product meets. Each request
 * says what PayPal documents for it (status, issue). paypal-spec-conformance.test.ts checks the
 * simulator's answers against PayPal's schema facts; paypal-sandbox.test.ts sends the part that needs
 * no buyer (`collectBuyerlessExchanges`) to PayPal's sandbox, when asked to.
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
  /** What PayPal documents for this request: its status and, for a refusal, its first issue. */
  expected?: { status: number; issue?: string };
}

/** Where the requests go: the simulator, or PayPal's sandbox (https://api-m.sandbox.paypal.com). */
export interface PayPalTarget {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

const FULL = { prefer: 'return=representation' };
const EUR = { currency_code: 'EUR', value: '42.50' };

/** The amounts PayPal refuses, with its status and issue for each (Orders v2 create). */
export const REFUSED_AMOUNTS: [value: string, currency: string, status: number, issue: string][] = [
  ['-5.00', 'EUR', 422, 'CANNOT_BE_ZERO_OR_NEGATIVE'],
  ['0.00', 'EUR', 422, 'CANNOT_BE_ZERO_OR_NEGATIVE'],
  ['5.001', 'EUR', 422, 'DECIMAL_PRECISION'],
  ['500.5', 'JPY', 422, 'DECIMAL_PRECISION'],
  ['abc', 'EUR', 400, 'INVALID_PARAMETER_SYNTAX'],
  ['10.00', 'XXQ', 422, 'INVALID_CURRENCY_CODE'],
  ['1500.50', 'HUF', 422, 'DECIMALS_NOT_SUPPORTED'],
  ['1500.5', 'TWD', 422, 'DECIMALS_NOT_SUPPORTED'],
];

/** A recording client for one target: each call is kept as an Exchange. */
class ExchangeRecorder {
  readonly exchanges: Exchange[] = [];
  private token = '';

  constructor(private readonly target: PayPalTarget) {}

  async call(
    operation: PayPalOperation,
    label: string,
    request: { method: string; path: string; body?: unknown; headers?: Record<string, string> },
    expected?: Exchange['expected'],
  ): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.target.baseUrl}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const text = await response.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    this.exchanges.push({ operation, label, status: response.status, body, expected });
    return body;
  }

  /** Asks for a token (and uses it for the calls after, when it is one). */
  async authenticate(label: string, secret: string, expected: Exchange['expected']): Promise<void> {
    const basic = Buffer.from(`${this.target.clientId}:${secret}`).toString('base64');
    const response = await fetch(`${this.target.baseUrl}/v1/oauth2/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    const body = (await response.json()) as Record<string, unknown>;
    this.exchanges.push({ operation: 'oauth.token', label, status: response.status, body, expected });
    if (typeof body.access_token === 'string') this.token = body.access_token;
  }

  useToken(token: string): void {
    this.token = token;
  }
}

function orderBody(amount: { currency_code: string; value: string }) {
  return {
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
          return_url: 'https://shop.example/checkout/return',
          cancel_url: 'https://shop.example/checkout/cancel',
          user_action: 'PAY_NOW',
          shipping_preference: 'NO_SHIPPING',
        },
      },
    },
  };
}

const createOrder = (amount = EUR, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path: '/v2/checkout/orders',
  body: orderBody(amount),
  headers,
});

/**
 * What can be asked of PayPal without a buyer: tokens, orders created and read, their refusals
 * (amounts, missing fields, capture before approval), unknown ids and a token PayPal does not accept.
 * Returns the recorder (to go on) and the id of an order created with a request id.
 */
async function buyerless(target: PayPalTarget) {
  const recorder = new ExchangeRecorder(target);
  await recorder.authenticate('token', target.clientSecret, { status: 200 });
  await recorder.authenticate('token with a wrong secret', 'wrong', { status: 401 });

  const requestId = randomUUID();
  const created = await recorder.call(
    'orders.create',
    'create (full)',
    createOrder(EUR, { ...FULL, 'paypal-request-id': requestId }),
    { status: 201 },
  );
  const orderId = String(created.id);
  await recorder.call('orders.create', 'create (minimal)', createOrder(), { status: 201 });
  await recorder.call(
    'orders.get',
    'get a created order',
    { method: 'GET', path: `/v2/checkout/orders/${orderId}` },
    { status: 200 },
  );
  await recorder.call(
    'orders.capture',
    'capture before approval',
    { method: 'POST', path: `/v2/checkout/orders/${orderId}/capture`, body: {} },
    { status: 422, issue: 'ORDER_NOT_APPROVED' },
  );
  for (const [value, currency, status, issue] of REFUSED_AMOUNTS) {
    await recorder.call(
      'orders.create',
      `create ${value} ${currency}`,
      createOrder({ currency_code: currency, value }),
      { status, issue },
    );
  }
  await recorder.call(
    'orders.create',
    'create without intent and amount',
    { method: 'POST', path: '/v2/checkout/orders', body: { purchase_units: [{}] } },
    { status: 400, issue: 'MISSING_REQUIRED_PARAMETER' },
  );
  await recorder.call(
    'orders.create',
    'create with a 128-character invoice_id',
    {
      method: 'POST',
      path: '/v2/checkout/orders',
      body: { intent: 'CAPTURE', purchase_units: [{ invoice_id: 'x'.repeat(128), amount: EUR }] },
    },
    { status: 400, issue: 'INVALID_STRING_LENGTH' },
  );
  for (const [operation, path] of [
    ['orders.get', '/v2/checkout/orders/5O190127TN364715T'],
    ['captures.get', '/v2/payments/captures/2GG279541U471931P'],
    ['refunds.get', '/v2/payments/refunds/1JU08902781691411'],
  ] as const) {
    await recorder.call(
      operation,
      `${operation} of an unknown id`,
      { method: 'GET', path },
      { status: 404, issue: 'INVALID_RESOURCE_ID' },
    );
  }
  return { recorder, orderId, requestId };
}

/** The buyer-less exchanges, for PayPal's sandbox as for the simulator. */
export async function collectBuyerlessExchanges(target: PayPalTarget): Promise<Exchange[]> {
  return (await buyerless(target)).recorder.exchanges;
}

/** Everything, against the simulator: what needs a buyer is done through its test controls. */
export async function collectExchanges(simulator: PayPalSimulator): Promise<Exchange[]> {
  const { recorder, orderId, requestId } = await buyerless({
    baseUrl: simulator.url,
    clientId: simulator.clientId,
    clientSecret: simulator.clientSecret,
  });
  const call = recorder.call.bind(recorder);
  const capture = (id: string, headers: Record<string, string> = {}) => ({
    method: 'POST',
    path: `/v2/checkout/orders/${id}/capture`,
    body: {},
    headers,
  });
  const refund = (captureId: string, body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    path: `/v2/payments/captures/${captureId}/refund`,
    body,
    headers,
  });
  const get = (path: string) => ({ method: 'GET', path });

  async function approvedOrder(): Promise<string> {
    const created = await call('orders.create', 'create to approve', createOrder(), { status: 201 });
    simulator.approveOrder(String(created.id));
    return String(created.id);
  }
  async function capturedOrder(label: string, headers: Record<string, string> = {}) {
    const id = await approvedOrder();
    const captured = await call('orders.capture', label, capture(id, { ...FULL, ...headers }), {
      status: 201,
    });
    const units = captured.purchase_units as { payments: { captures: { id: string }[] } }[];
    return { orderId: id, captureId: units[0].payments.captures[0].id };
  }

  const token = recorder.exchanges.find((exchange) => exchange.label === 'token')!.body as {
    access_token: string;
  };
  recorder.useToken('expired');
  await call('orders.get', 'get with a token PayPal does not accept', get(`/v2/checkout/orders/${orderId}`), {
    status: 401,
  });
  recorder.useToken(token.access_token);

  // The buyer approves; a repeat of the create answers the order as it is now.
  simulator.approveOrder(orderId);
  await call('orders.get', 'get an approved order', get(`/v2/checkout/orders/${orderId}`), { status: 200 });
  await call(
    'orders.create',
    'create replayed (same PayPal-Request-Id)',
    createOrder(EUR, { 'paypal-request-id': requestId }),
    { status: 200 },
  );

  // Captures: minimal and full, completed, pending, declined, refused, replayed.
  const captureRequestId = randomUUID();
  await call(
    'orders.capture',
    'capture (minimal)',
    capture(orderId, { 'paypal-request-id': captureRequestId }),
    {
      status: 201,
    },
  );
  await call('orders.get', 'get a captured order', get(`/v2/checkout/orders/${orderId}`), { status: 200 });
  await call('orders.capture', 'capture again', capture(orderId), {
    status: 422,
    issue: 'ORDER_ALREADY_CAPTURED',
  });
  const paidRequestId = randomUUID();
  const { orderId: paidOrderId, captureId } = await capturedOrder('capture (full)', {
    'paypal-request-id': paidRequestId,
  });
  await call('captures.get', 'get a completed capture', get(`/v2/payments/captures/${captureId}`), {
    status: 200,
  });
  for (const [outcome, issue] of [
    ['PENDING', 'PENDING_CAPTURE'],
    ['DECLINED', 'REFUND_NOT_ALLOWED'],
  ] as const) {
    simulator.setNextCaptureOutcome(outcome);
    const { captureId: other } = await capturedOrder(`capture ${outcome}`);
    await call('captures.get', `get a ${outcome} capture`, get(`/v2/payments/captures/${other}`), {
      status: 200,
    });
    await call('captures.refund', `refund a ${outcome} capture`, refund(other, {}), { status: 422, issue });
  }
  for (const issue of ['INSTRUMENT_DECLINED', 'PAYER_ACTION_REQUIRED'] as const) {
    const refusedOrder = await approvedOrder();
    simulator.failNext('capture', { kind: 'refusal', issue });
    await call('orders.capture', `capture refused ${issue}`, capture(refusedOrder, FULL), {
      status: 422,
      issue,
    });
    await call('orders.get', `get an order after ${issue}`, get(`/v2/checkout/orders/${refusedOrder}`), {
      status: 200,
    });
  }

  // Refunds: partial (full representation), replayed, refused, the rest (minimal), get.
  const refundRequestId = randomUUID();
  const tenEuros = { amount: { currency_code: 'EUR', value: '10.00' } };
  const refunded = await call(
    'captures.refund',
    'refund part (full)',
    refund(captureId, tenEuros, { ...FULL, 'paypal-request-id': refundRequestId }),
    { status: 201 },
  );
  await call(
    'captures.refund',
    'refund replayed',
    refund(captureId, tenEuros, { ...FULL, 'paypal-request-id': refundRequestId }),
    { status: 201 },
  );
  await call('refunds.get', 'get a refund', get(`/v2/payments/refunds/${String(refunded.id)}`), {
    status: 200,
  });
  for (const [value, currency, status, issue] of [
    ['-5.00', 'EUR', 422, 'CANNOT_BE_ZERO_OR_NEGATIVE'],
    ['5.001', 'EUR', 422, 'DECIMAL_PRECISION'],
    ['abc', 'EUR', 400, 'INVALID_PARAMETER_SYNTAX'],
    ['5.00', 'USD', 422, 'REFUND_CAPTURE_CURRENCY_MISMATCH'],
    ['100.00', 'EUR', 422, 'REFUND_AMOUNT_EXCEEDED'],
  ] as const) {
    await call(
      'captures.refund',
      `refund ${value} ${currency}`,
      refund(captureId, { amount: { currency_code: currency, value } }),
      { status, issue },
    );
  }
  await call('captures.refund', 'refund the rest (minimal)', refund(captureId, {}), { status: 201 });
  await call('captures.refund', 'refund a refunded capture', refund(captureId, {}), {
    status: 422,
    issue: 'CAPTURE_FULLY_REFUNDED',
  });
  await call('orders.get', 'get a refunded order', get(`/v2/checkout/orders/${paidOrderId}`), {
    status: 200,
  });
  await call(
    'orders.capture',
    'capture replayed',
    capture(orderId, { 'paypal-request-id': captureRequestId }),
    {
      status: 200,
    },
  );
  await call(
    'orders.capture',
    'capture replayed after the refund',
    capture(paidOrderId, { ...FULL, 'paypal-request-id': paidRequestId }),
    { status: 200 },
  );

  // Webhooks: every event the simulator sends, and verification of a genuine and a forged one.
  const { orderId: webhookOrderId, captureId: webhookCaptureId } =
    await capturedOrder('capture for webhooks');
  await call(
    'captures.refund',
    'refund for webhooks',
    refund(webhookCaptureId, { amount: { currency_code: 'EUR', value: '2.50' } }),
    { status: 201 },
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
    recorder.exchanges.push({
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
  const verify = (body: unknown) => ({
    method: 'POST',
    path: '/v1/notifications/verify-webhook-signature',
    body,
  });
  await call('webhooks.verify', 'verify a genuine event', verify(verification), { status: 200 });
  await call(
    'webhooks.verify',
    'verify a forged event',
    verify({ ...verification, transmission_sig: 'forged' }),
    {
      status: 200,
    },
  );
  return recorder.exchanges;
}
