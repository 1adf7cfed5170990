/**
 * The simulator over raw HTTP, as PayPal's documentation describes the wire: shapes, error bodies,
 * idempotency, the approval page, webhooks and the /__simulator control endpoint.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PayPalSimulator, REQUEST_ID_WINDOW_MS } from './paypal-simulator';

interface CapturedOrder {
  purchase_units: { payments: { captures: { id: string; status: string }[]; refunds?: unknown[] } }[];
}

let simulator: PayPalSimulator;
let token: string;
/** PayPal answers minimally unless asked for the whole resource. */
const FULL = { prefer: 'return=representation' };

async function api(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${simulator.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

function orderRequest(overrides: Record<string, unknown> = {}) {
  return {
    intent: 'CAPTURE',
    purchase_units: [
      {
        reference_id: 'BK-1',
        invoice_id: `BK-${randomUUID()}`,
        amount: { currency_code: 'EUR', value: '10.00' },
      },
    ],
    application_context: { return_url: 'http://127.0.0.1:1/return', cancel_url: 'http://127.0.0.1:1/cancel' },
    ...overrides,
  };
}

async function approvedOrderId(): Promise<string> {
  const created = await api('POST', '/v2/checkout/orders', orderRequest());
  simulator.approveOrder(String(created.body.id));
  return String(created.body.id);
}

/** An access token of `target`, fetched as the SDK does (client credentials). */
async function accessTokenOf(target: PayPalSimulator): Promise<string> {
  const basic = Buffer.from(`${target.clientId}:${target.clientSecret}`).toString('base64');
  const response = await fetch(`${target.url}/v1/oauth2/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

beforeAll(async () => {
  simulator = await new PayPalSimulator().start();
  token = await accessTokenOf(simulator);
});

afterEach(() => simulator.clearFaults());

afterAll(() => simulator.stop());

describe('PayPal simulator: the wire', () => {
  it('listens on loopback only', () => {
    expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('issues bearer tokens for the right client credentials and answers invalid_client otherwise', async () => {
    const basic = Buffer.from(`${simulator.clientId}:wrong`).toString('base64');
    const response = await fetch(`${simulator.url}/v1/oauth2/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: 'invalid_client',
      error_description: 'Client Authentication failed',
    });
    expect(token).toMatch(/^A21AA/);
  });

  it('refuses API calls without a valid bearer token', async () => {
    const missing = await api('GET', '/v2/checkout/orders/X', undefined, { authorization: '' });
    expect(missing.status).toBe(401);
    expect(missing.body.name).toBe('AUTHENTICATION_FAILURE');
    const unknown = await api('GET', '/v2/checkout/orders/X', undefined, { authorization: 'Bearer nope' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe('invalid_token');
  });

  it('creates an order (minimal by default, full with Prefer: return=representation)', async () => {
    const minimal = await api('POST', '/v2/checkout/orders', orderRequest());
    expect(minimal.status).toBe(201);
    expect(Object.keys(minimal.body).sort()).toEqual(['id', 'links', 'status']);
    expect(minimal.body.status).toBe('CREATED');
    expect(minimal.body.links).toContainEqual({
      href: `${simulator.url}/checkoutnow?token=${minimal.body.id}`,
      rel: 'approve',
      method: 'GET',
    });

    const full = await api('POST', '/v2/checkout/orders', orderRequest(), {
      prefer: 'return=representation',
    });
    expect(full.body).toMatchObject({
      intent: 'CAPTURE',
      status: 'CREATED',
      purchase_units: [{ reference_id: 'BK-1', amount: { currency_code: 'EUR', value: '10.00' } }],
    });
  });

  it('answers "payer-action" and PAYER_ACTION_REQUIRED for orders created with payment_source.paypal', async () => {
    const created = await api(
      'POST',
      '/v2/checkout/orders',
      orderRequest({
        application_context: undefined,
        payment_source: { paypal: { experience_context: { return_url: 'http://127.0.0.1:1/r' } } },
      }),
    );
    expect(created.body.status).toBe('PAYER_ACTION_REQUIRED');
    expect((created.body.links as { rel: string }[]).map((link) => link.rel)).toContain('payer-action');
  });

  it('refuses malformed orders with INVALID_REQUEST naming each field', async () => {
    const response = await api('POST', '/v2/checkout/orders', {
      intent: 'CAPTURE',
      purchase_units: [{ amount: { currency_code: 'EUR', value: 'ten' } }],
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      name: 'INVALID_REQUEST',
      message: expect.any(String),
      debug_id: expect.any(String),
      details: [
        { field: '/purchase_units/0/amount/value', issue: 'INVALID_PARAMETER_SYNTAX', location: 'body' },
      ],
    });
    expect(response.headers.get('paypal-debug-id')).toBe(response.body.debug_id);

    const noAmount = await api('POST', '/v2/checkout/orders', { intent: 'CAPTURE', purchase_units: [{}] });
    expect((noAmount.body.details as { issue: string }[]).map((detail) => detail.issue)).toEqual([
      'MISSING_REQUIRED_PARAMETER',
      'MISSING_REQUIRED_PARAMETER',
    ]);
  });

  it('answers 422 ORDER_NOT_APPROVED, then ORDER_ALREADY_CAPTURED, in PayPal error shape', async () => {
    const created = await api('POST', '/v2/checkout/orders', orderRequest());
    const early = await api('POST', `/v2/checkout/orders/${created.body.id}/capture`, {});
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      name: 'UNPROCESSABLE_ENTITY',
      details: [{ issue: 'ORDER_NOT_APPROVED', description: expect.any(String) }],
    });
    simulator.approveOrder(String(created.body.id));
    const captured = await api('POST', `/v2/checkout/orders/${created.body.id}/capture`, {}, FULL);
    expect(captured.status).toBe(201);
    expect(captured.body).toMatchObject({
      status: 'COMPLETED',
      purchase_units: [{ payments: { captures: [{ status: 'COMPLETED', amount: { value: '10.00' } }] } }],
    });
    const late = await api('POST', `/v2/checkout/orders/${created.body.id}/capture`, {});
    expect(late.body).toMatchObject({ details: [{ issue: 'ORDER_ALREADY_CAPTURED' }] });
  });

  it('refuses bodies that are not JSON with 415', async () => {
    const text = await fetch(`${simulator.url}/v2/checkout/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: JSON.stringify(orderRequest()),
    });
    expect(text.status).toBe(415);
  });

  it('answers 404 RESOURCE_NOT_FOUND for unknown orders and captures', async () => {
    for (const path of ['/v2/checkout/orders/NOPE', '/v2/payments/captures/NOPE']) {
      const response = await api('GET', path);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({
        name: 'RESOURCE_NOT_FOUND',
        details: [{ issue: 'INVALID_RESOURCE_ID' }],
      });
    }
  });

  it('answers a repeated PayPal-Request-Id with 200 and the order as it is now, but lets a refused request be retried', async () => {
    const requestId = randomUUID();
    const first = await api('POST', '/v2/checkout/orders', orderRequest(), {
      'paypal-request-id': requestId,
    });
    expect(first.status).toBe(201);
    simulator.approveOrder(String(first.body.id));
    const again = await api('POST', '/v2/checkout/orders', orderRequest(), {
      'paypal-request-id': requestId,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'APPROVED' });

    const orderId = String((await api('POST', '/v2/checkout/orders', orderRequest())).body.id);
    const captureId = randomUUID();
    const capture = () =>
      api('POST', `/v2/checkout/orders/${orderId}/capture`, {}, { 'paypal-request-id': captureId, ...FULL });
    expect((await capture()).status).toBe(422);
    simulator.approveOrder(orderId);
    const captured = await capture();
    expect(captured.status).toBe(201);
    const paid = (captured.body as unknown as CapturedOrder).purchase_units[0].payments.captures[0];
    await api('POST', `/v2/payments/captures/${paid.id}/refund`, {});

    // Replayed after the refund: the capture shows it, as PayPal's current state would.
    const replayed = await capture();
    expect(replayed.status).toBe(200);
    expect((replayed.body as unknown as CapturedOrder).purchase_units[0].payments.captures).toEqual([
      expect.objectContaining({ id: paid.id, status: 'REFUNDED' }),
    ]);
    expect((replayed.body as unknown as CapturedOrder).purchase_units[0].payments.refunds).toHaveLength(1);
  });

  it('forgets a PayPal-Request-Id after PayPal’s window: 6 hours for orders, 45 days for refunds', async () => {
    let now = Date.now();
    const clocked = await new PayPalSimulator({ clock: () => now }).start();
    try {
      const bearer = await accessTokenOf(clocked);
      const create = async () => {
        const response = await fetch(`${clocked.url}/v2/checkout/orders`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${bearer}`,
            'content-type': 'application/json',
            'paypal-request-id': 'same-id',
          },
          body: JSON.stringify(orderRequest()),
        });
        return { status: response.status, id: ((await response.json()) as { id: string }).id };
      };
      const first = await create();
      now += REQUEST_ID_WINDOW_MS.orders - 1000;
      expect(await create()).toEqual({ status: 200, id: first.id });
      now += 2000;
      const afterWindow = await create();
      expect(afterWindow.status).toBe(201);
      expect(afterWindow.id).not.toBe(first.id);
      expect(REQUEST_ID_WINDOW_MS.payments).toBe(45 * 24 * 3_600_000);
    } finally {
      await clocked.stop();
    }
  });

  it('captures minimally (id, status, links) unless asked for the representation, as PayPal does', async () => {
    const orderId = await approvedOrderId();
    const captured = await api('POST', `/v2/checkout/orders/${orderId}/capture`, {});
    expect(captured.status).toBe(201);
    expect(Object.keys(captured.body).sort()).toEqual(['id', 'links', 'status']);
    expect(captured.body).toMatchObject({ id: orderId, status: 'COMPLETED' });
  });

  it('accepts fewer decimals than the currency has, and whole HUF, JPY and TWD', async () => {
    for (const [value, currency] of [
      ['10.5', 'EUR'],
      ['1500', 'HUF'],
      ['500', 'JPY'],
      ['1500', 'TWD'],
    ]) {
      const response = await api(
        'POST',
        '/v2/checkout/orders',
        orderRequest({ purchase_units: [{ amount: { currency_code: currency, value } }] }),
      );
      expect(response.status).toBe(201);
    }
  });

  it.each(['INSTRUMENT_DECLINED', 'PAYER_ACTION_REQUIRED'] as const)(
    'refuses a capture with 422 %s when asked, sending the buyer back to the same order, which a second approval captures',
    async (issue) => {
      const orderId = String(
        (
          await api(
            'POST',
            '/v2/checkout/orders',
            orderRequest({
              application_context: undefined,
              payment_source: { paypal: { experience_context: { return_url: 'http://127.0.0.1:1/r' } } },
            }),
          )
        ).body.id,
      );
      simulator.approveOrder(orderId);
      simulator.failNext('capture', { kind: 'refusal', issue });
      const refused = await api('POST', `/v2/checkout/orders/${orderId}/capture`, {}, FULL);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ name: 'UNPROCESSABLE_ENTITY', details: [{ issue }] });
      const back = (refused.body.links as { rel: string; href: string }[]).find(
        (link) => link.rel === 'payer-action',
      );
      expect(back?.href).toBe(`${simulator.url}/checkoutnow?token=${orderId}`);
      expect((await api('GET', `/v2/checkout/orders/${orderId}`)).body.status).toBe('PAYER_ACTION_REQUIRED');
      const page = await (await fetch(back!.href)).text();
      expect(page).toContain(`data-capture-refusal="${issue}"`);

      simulator.approveOrder(orderId);
      const captured = await api('POST', `/v2/checkout/orders/${orderId}/capture`, {}, FULL);
      expect(captured.status).toBe(201);
      expect(captured.body).toMatchObject({ id: orderId, status: 'COMPLETED' });
    },
  );

  it('injects refusals at capture only', () => {
    expect(() => simulator.failNext('create', { kind: 'refusal', issue: 'INSTRUMENT_DECLINED' })).toThrow(
      /at capture/,
    );
  });

  it('refuses a capture for an invoice id that was paid on another order', async () => {
    const invoiceId = `INV-${randomUUID()}`;
    const units = [{ invoice_id: invoiceId, amount: { currency_code: 'EUR', value: '5.00' } }];
    for (const expected of [201, 422]) {
      const created = await api('POST', '/v2/checkout/orders', orderRequest({ purchase_units: units }));
      simulator.approveOrder(String(created.body.id));
      const captured = await api('POST', `/v2/checkout/orders/${created.body.id}/capture`, {});
      expect(captured.status).toBe(expected);
    }
  });
});

describe('PayPal simulator: approval page', () => {
  it('is a small accessible page that says it is a test-mode simulator', async () => {
    const created = await api('POST', '/v2/checkout/orders', orderRequest());
    const response = await fetch(`${simulator.url}/checkoutnow?token=${created.body.id}`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>Approve payment of 10\.00 EUR - PayPal simulator \(test mode\)<\/title>/);
    expect(html).toMatch(/Test mode:.*simulator/s);
    expect(html).toMatch(/no money moves/i);
    expect(html).toContain('<button type="submit" class="approve">Approve</button>');
    expect(html).toContain('<button type="submit" class="cancel">Cancel</button>');
  });

  it('escapes what the merchant wrote', async () => {
    const created = await api(
      'POST',
      '/v2/checkout/orders',
      orderRequest({
        purchase_units: [
          { description: '<script>x</script>', amount: { currency_code: 'EUR', value: '1.00' } },
        ],
      }),
    );
    const html = await (await fetch(`${simulator.url}/checkoutnow?token=${created.body.id}`)).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('answers 404 for an unknown token', async () => {
    expect((await fetch(`${simulator.url}/checkoutnow?token=NOPE`)).status).toBe(404);
  });
});

describe('PayPal simulator: control endpoint', () => {
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${simulator.url}/__simulator${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('queues faults for the next calls of an operation, and clears them', async () => {
    expect(
      (
        await control('POST', '/faults', {
          operation: 'get',
          fault: { kind: 'error', status: 503 },
          times: 2,
        })
      ).status,
    ).toBe(204);
    expect((await api('GET', '/v2/checkout/orders/NOPE')).status).toBe(503);
    expect((await control('DELETE', '/faults')).status).toBe(204);
    expect((await api('GET', '/v2/checkout/orders/NOPE')).status).toBe(404);
  });

  it('refuses faults it does not understand', async () => {
    const response = await control('POST', '/faults', {
      operation: 'teleport',
      fault: { kind: 'error', status: 503 },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/operation must be one of/);
  });

  it('makes the next capture PENDING, then completes it', async () => {
    const orderId = await approvedOrderId();
    expect((await control('POST', '/captures/next-outcome', { outcome: 'PENDING' })).status).toBe(204);
    const captured = await api('POST', `/v2/checkout/orders/${orderId}/capture`, {}, FULL);
    const capture = (
      captured.body as { purchase_units: { payments: { captures: { id: string; status: string }[] } }[] }
    ).purchase_units[0].payments.captures[0];
    expect(capture.status).toBe('PENDING');
    const completed = await control('POST', `/captures/${capture.id}/complete`);
    expect(completed.status).toBe(200);
    expect((await api('GET', `/v2/payments/captures/${capture.id}`)).body.status).toBe('COMPLETED');
  });

  it('refuses to complete a capture that is not pending, or an unknown one', async () => {
    const orderId = await approvedOrderId();
    await api('POST', `/v2/checkout/orders/${orderId}/capture`, {});
    const [captureId] = simulator.captureIdsOf(orderId);
    const completed = await control('POST', `/captures/${captureId}/complete`);
    expect(completed.status).toBe(400);
    expect(((await completed.json()) as { error: string }).error).toMatch(/is COMPLETED, not PENDING/);
    expect((await control('POST', '/captures/NOPE/reverse')).status).toBe(400);
  });

  it('approves orders without the page', async () => {
    const created = await api('POST', '/v2/checkout/orders', orderRequest());
    const response = await control('POST', `/orders/${created.body.id}/approve`);
    expect(response.status).toBe(200);
    expect((await api('GET', `/v2/checkout/orders/${created.body.id}`)).body.status).toBe('APPROVED');
  });
});

describe('PayPal simulator: webhooks', () => {
  let receiver: http.Server;
  let receiverUrl: string;
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/paypal`;
  });

  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  beforeEach(() => {
    received.length = 0;
  });

  afterEach(() => {
    simulator.webhookUrl = undefined;
  });

  const verify = (headers: http.IncomingHttpHeaders, body: string) =>
    api('POST', '/v1/notifications/verify-webhook-signature', {
      auth_algo: headers['paypal-auth-algo'],
      cert_url: headers['paypal-cert-url'],
      transmission_id: headers['paypal-transmission-id'],
      transmission_sig: headers['paypal-transmission-sig'],
      transmission_time: headers['paypal-transmission-time'],
      webhook_id: simulator.webhookId,
      webhook_event: JSON.parse(body),
    });

  it('sends signed events with PayPal transmission headers that its verify endpoint accepts', async () => {
    const orderId = await approvedOrderId();
    const captured = await api('POST', `/v2/checkout/orders/${orderId}/capture`, {}, FULL);
    const captureId = (captured.body as { purchase_units: { payments: { captures: { id: string }[] } }[] })
      .purchase_units[0].payments.captures[0].id;

    const delivery = await simulator.sendWebhook('PAYMENT.CAPTURE.COMPLETED', captureId, receiverUrl);
    expect(delivery.status).toBe(200);
    const [message] = received;
    expect(message.headers).toMatchObject({
      'content-type': 'application/json',
      'paypal-transmission-id': expect.any(String),
      'paypal-transmission-time': expect.any(String),
      'paypal-transmission-sig': expect.any(String),
      'paypal-cert-url': expect.stringContaining('/v1/notifications/certs/'),
      'paypal-auth-algo': 'SHA256withRSA',
    });
    const event = JSON.parse(message.body);
    expect(event).toMatchObject({
      id: expect.stringMatching(/^WH-/),
      event_type: 'PAYMENT.CAPTURE.COMPLETED',
      resource_type: 'capture',
      resource: {
        id: captureId,
        status: 'COMPLETED',
        supplementary_data: { related_ids: { order_id: orderId } },
      },
    });
    expect((await verify(message.headers, message.body)).body).toEqual({ verification_status: 'SUCCESS' });

    const altered = message.body.replace('"COMPLETED"', '"DECLINED"');
    expect((await verify(message.headers, altered)).body).toEqual({ verification_status: 'FAILURE' });
  });

  it('emits events on its own as orders are approved, captured and refunded', async () => {
    simulator.webhookUrl = receiverUrl;
    const created = await api('POST', '/v2/checkout/orders', orderRequest());
    simulator.approveOrder(String(created.body.id));
    const captured = await api('POST', `/v2/checkout/orders/${created.body.id}/capture`, {}, FULL);
    const captureId = (captured.body as { purchase_units: { payments: { captures: { id: string }[] } }[] })
      .purchase_units[0].payments.captures[0].id;
    await api('POST', `/v2/payments/captures/${captureId}/refund`, {
      amount: { currency_code: 'EUR', value: '4.00' },
    });
    await simulator.reverseCapture(captureId);

    for (let waited = 0; received.length < 4 && waited < 2000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Deliveries run concurrently, so they may arrive in any order (as at PayPal).
    const events = received.map((message) => JSON.parse(message.body));
    expect(events.map((event) => event.event_type).sort()).toEqual([
      'CHECKOUT.ORDER.APPROVED',
      'PAYMENT.CAPTURE.COMPLETED',
      'PAYMENT.CAPTURE.REFUNDED',
      'PAYMENT.CAPTURE.REVERSED',
    ]);
    const reversed = events.find((event) => event.event_type === 'PAYMENT.CAPTURE.REVERSED');
    expect(reversed.resource).toMatchObject({ amount: { value: '6.00' }, status: 'COMPLETED' });
    expect((await api('GET', `/v2/payments/captures/${captureId}`)).body.status).toBe('REFUNDED');
  });
});
