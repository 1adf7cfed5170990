/**
 * The real @paypal/paypal-server-sdk against the PayPal simulator over loopback HTTP.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PaymentProviderAuthenticationError, PaymentProviderUnavailableError } from './payment-errors';
import { PayPalSimulator, type WebhookMessage } from './paypal-simulator/paypal-simulator';
import {
  PAYPAL_REQUEST_ID_LIMIT,
  PAYPAL_TEXT_LIMIT,
  PayPalGateway,
  type CreateOrderInput,
} from './paypal.gateway';

let simulator: PayPalSimulator;
let gateway: PayPalGateway;

const RETURN_URL = 'http://127.0.0.1:3400/checkout/return';
const CANCEL_URL = 'http://127.0.0.1:3400/checkout/cancel';

function gatewayFor(overrides: Partial<ConstructorParameters<typeof PayPalGateway>[0]> = {}): PayPalGateway {
  return new PayPalGateway({
    clientId: simulator.clientId,
    clientSecret: simulator.clientSecret,
    environment: 'sandbox',
    webhookId: simulator.webhookId,
    loopbackPort: simulator.port,
    ...overrides,
  });
}

function orderInput(overrides: Partial<CreateOrderInput> = {}): CreateOrderInput {
  const reference = `BK-${randomUUID().slice(0, 8).toUpperCase()}`;
  return {
    reference,
    description: 'Spring concert: 2 tickets',
    amountMinor: 4250,
    currency: 'EUR',
    returnUrl: RETURN_URL,
    cancelUrl: CANCEL_URL,
    requestId: randomUUID(),
    ...overrides,
  };
}

/** Opens the approval page and submits the form whose button says `button`, as a browser would. */
async function submitApprovalForm(approvalUrl: string, button: 'Approve' | 'Cancel'): Promise<Response> {
  const page = await fetch(approvalUrl);
  expect(page.status).toBe(200);
  const html = await page.text();
  const form = [...html.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)].find((match) =>
    match[2].includes(`>${button}</button>`),
  );
  if (!form) throw new Error(`no ${button} form on the approval page`);
  const fields = new URLSearchParams(
    [...form[2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]+)">/g)].map(
      (m): [string, string] => [m[1], m[2]],
    ),
  );
  return fetch(new URL(form[1], approvalUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
    redirect: 'manual',
  });
}

/** Creates an order and approves it through the approval page; returns the order id. */
async function approvedOrder(overrides: Partial<CreateOrderInput> = {}): Promise<string> {
  const created = await gateway.createOrder(orderInput(overrides));
  const response = await submitApprovalForm(created.approvalUrl, 'Approve');
  expect(response.status).toBe(303);
  return created.orderId;
}

/** A throwaway HTTP server that records webhook deliveries. */
async function startWebhookReceiver() {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/paypal`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(async () => {
  simulator = await new PayPalSimulator().start();
  gateway = gatewayFor();
});

afterEach(() => simulator.clearFaults());

afterAll(async () => {
  gateway.close();
  await simulator.stop();
});

describe('PayPal gateway against the simulator: orders and approval', () => {
  it('creates an order whose approval URL is the simulator approval page', async () => {
    const input = orderInput();
    const created = await gateway.createOrder(input);
    expect(created.orderId).toMatch(/^[A-Z0-9]{17}$/);
    expect(created.status).toBe('PAYER_ACTION_REQUIRED');
    expect(created.approvalUrl).toBe(`${simulator.url}/checkoutnow?token=${created.orderId}`);

    const order = await gateway.getOrder(created.orderId);
    expect(order).toMatchObject({
      orderId: created.orderId,
      status: 'PAYER_ACTION_REQUIRED',
      amountMinor: 4250,
      currency: 'EUR',
      referenceId: input.reference,
      customId: input.reference,
      invoiceId: input.reference,
      captures: [],
    });
  });

  it('creates one order for a repeated request id', async () => {
    const input = orderInput();
    const first = await gateway.createOrder(input);
    const again = await gateway.createOrder(input);
    expect(again.orderId).toBe(first.orderId);
  });

  it('approves through the approval page and sends the buyer to the return URL with token and PayerID', async () => {
    const created = await gateway.createOrder(orderInput());
    const page = await (await fetch(created.approvalUrl)).text();
    expect(page).toContain('42.50 EUR');
    expect(page).toMatch(/no money moves/i);

    const response = await submitApprovalForm(created.approvalUrl, 'Approve');
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(RETURN_URL);
    expect(location.searchParams.get('token')).toBe(created.orderId);
    expect(location.searchParams.get('PayerID')).toMatch(/^[A-Z0-9]{13}$/);
    expect((await gateway.getOrder(created.orderId))?.status).toBe('APPROVED');
  });

  it('sends a buyer who cancels to the cancel URL and leaves the order unapproved', async () => {
    const created = await gateway.createOrder(orderInput());
    const response = await submitApprovalForm(created.approvalUrl, 'Cancel');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${CANCEL_URL}?token=${created.orderId}`);
    expect((await gateway.getOrder(created.orderId))?.status).toBe('PAYER_ACTION_REQUIRED');
  });

  it('answers null for an order PayPal does not know', async () => {
    expect(await gateway.getOrder('0000000000000000X')).toBeNull();
  });

  it('keeps zero-decimal amounts exact (JPY)', async () => {
    const yen = await gateway.createOrder(orderInput({ amountMinor: 1500, currency: 'JPY' }));
    expect(await gateway.getOrder(yen.orderId)).toMatchObject({ amountMinor: 1500, currency: 'JPY' });
  });
});

/**
 * What the gateway writes on the wire, read by a recording proxy between it and the simulator: the
 * simulator parses amounts with the same table, so only the request body shows a wrong exponent.
 */
describe('PayPal gateway: amounts sent in PayPal’s decimals for the currency', () => {
  let proxy: http.Server;
  let bodies: string[];
  let proxied: PayPalGateway;

  beforeAll(async () => {
    bodies = [];
    proxy = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        bodies.push(body.toString('utf8'));
        const upstream = http.request(
          {
            host: '127.0.0.1',
            port: simulator.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxied = gatewayFor({ loopbackPort: (proxy.address() as AddressInfo).port });
  });

  afterAll(async () => {
    proxied.close();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  /** The amount of the last order-creating request the proxy saw. */
  function sentAmount(): { currency_code: string; value: string } {
    const created = bodies
      .map((body) => (body.startsWith('{') ? JSON.parse(body) : null))
      .filter((body) => body?.purchase_units);
    return created[created.length - 1].purchase_units[0].amount;
  }

  it.each([
    ['HUF', 1500, '1500'],
    ['JPY', 1500, '1500'],
    ['TWD', 1500, '1500'],
    ['EUR', 1500, '15.00'],
  ])(
    'sends %s %i minor units as "%s", and PayPal asks the buyer for that',
    async (currency, amountMinor, value) => {
      const created = await proxied.createOrder(orderInput({ amountMinor, currency }));
      expect(sentAmount()).toEqual({ currency_code: currency, value });
      expect(await (await fetch(created.approvalUrl)).text()).toContain(`${value} ${currency}`);
      expect(await proxied.getOrder(created.orderId)).toMatchObject({ amountMinor, currency });
    },
  );

  it('is refused by PayPal for KWD, a currency PayPal does not take', async () => {
    await expect(
      proxied.createOrder(orderInput({ amountMinor: 1234, currency: 'KWD' })),
    ).rejects.toMatchObject({
      statusCode: 422,
      issue: 'INVALID_CURRENCY_CODE',
    });
    expect(sentAmount()).toEqual({ currency_code: 'KWD', value: '1.234' });
  });
});

describe('PayPal gateway against the simulator: captures', () => {
  it('captures an approved order: COMPLETED, for the order amount', async () => {
    const orderId = await approvedOrder({ amountMinor: 1999, currency: 'EUR' });
    const result = await gateway.captureOrder(orderId, randomUUID());
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      orderId,
      capture: { status: 'COMPLETED', amountMinor: 1999, currency: 'EUR' },
    });
    const order = await gateway.getOrder(orderId);
    expect(order?.status).toBe('COMPLETED');
    expect(order?.captures).toEqual([result.capture]);
  });

  it('reports NOT_APPROVED for an order the buyer has not approved', async () => {
    const created = await gateway.createOrder(orderInput());
    expect(await gateway.captureOrder(created.orderId, randomUUID())).toEqual({
      outcome: 'NOT_APPROVED',
      orderId: created.orderId,
      capture: null,
    });
  });

  it('captures once when the same request id is sent twice', async () => {
    const orderId = await approvedOrder();
    const requestId = randomUUID();
    const first = await gateway.captureOrder(orderId, requestId);
    const second = await gateway.captureOrder(orderId, requestId);
    expect(second).toEqual(first);
    expect((await gateway.getOrder(orderId))?.captures).toHaveLength(1);
  });

  it('captures once for ten parallel requests with the same request id', async () => {
    const orderId = await approvedOrder();
    const requestId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => gateway.captureOrder(orderId, requestId)),
    );
    const captureIds = new Set(results.map((result) => result.capture?.captureId));
    expect(captureIds.size).toBe(1);
    expect(results.every((result) => result.outcome === 'COMPLETED')).toBe(true);
    expect((await gateway.getOrder(orderId))?.captures).toHaveLength(1);
  });

  it('reports ALREADY_CAPTURED, with the existing capture, for a second capture with a new request id', async () => {
    const orderId = await approvedOrder();
    const first = await gateway.captureOrder(orderId, randomUUID());
    const second = await gateway.captureOrder(orderId, randomUUID());
    expect(second).toEqual({ outcome: 'ALREADY_CAPTURED', orderId, capture: first.capture });
  });

  it('reports a declined capture as DECLINED', async () => {
    const orderId = await approvedOrder();
    simulator.setNextCaptureOutcome('DECLINED');
    const result = await gateway.captureOrder(orderId, randomUUID());
    expect(result.outcome).toBe('DECLINED');
    expect(result.capture?.status).toBe('DECLINED');
  });

  it.each(['INSTRUMENT_DECLINED', 'PAYER_ACTION_REQUIRED'] as const)(
    'reports a capture refused with %s as RETURN_TO_PAYPAL with the same order’s approval page, and captures after approval with the same request id',
    async (issue) => {
      const created = await gateway.createOrder(orderInput());
      await submitApprovalForm(created.approvalUrl, 'Approve');
      const requestId = randomUUID();
      simulator.failNext('capture', { kind: 'refusal', issue });

      const refused = await gateway.captureOrder(created.orderId, requestId);

      expect(refused).toEqual({
        outcome: 'RETURN_TO_PAYPAL',
        orderId: created.orderId,
        capture: null,
        issue,
        approvalUrl: created.approvalUrl,
      });
      expect(await gateway.captureOrder(created.orderId, requestId)).toMatchObject({
        outcome: 'NOT_APPROVED',
      });
      expect((await submitApprovalForm(created.approvalUrl, 'Approve')).status).toBe(303);
      expect(await gateway.captureOrder(created.orderId, requestId)).toMatchObject({
        outcome: 'COMPLETED',
        capture: { status: 'COMPLETED', amountMinor: 4250 },
      });
    },
  );

  it('reports a pending capture as PENDING, and shows it COMPLETED once PayPal completes it', async () => {
    const receiver = await startWebhookReceiver();
    simulator.webhookUrl = receiver.url;
    try {
      const orderId = await approvedOrder({ amountMinor: 5000 });
      simulator.setNextCaptureOutcome('PENDING');
      const result = await gateway.captureOrder(orderId, randomUUID());
      expect(result).toMatchObject({
        outcome: 'PENDING',
        capture: { status: 'PENDING', pendingReason: 'PENDING_REVIEW' },
      });

      const delivery = await simulator.completePendingCapture(result.capture!.captureId);
      expect(delivery?.status).toBe(200);
      expect(delivery?.event.event_type).toBe('PAYMENT.CAPTURE.COMPLETED');
      expect((await gateway.getOrder(orderId))?.captures[0].status).toBe('COMPLETED');
      expect(await gateway.getCapture(result.capture!.captureId)).toMatchObject({
        status: 'COMPLETED',
        orderId,
      });

      const completed = receiver.received.find((message) => message.body === delivery?.body);
      expect(completed).toBeDefined();
      expect(
        await gateway.verifyWebhookSignature({ headers: completed!.headers, rawBody: completed!.body }),
      ).toBe(true);
    } finally {
      simulator.webhookUrl = undefined;
      await receiver.close();
    }
  });
});

describe('PayPal gateway against the simulator: refunds', () => {
  async function capturedOrder(amountMinor: number) {
    const orderId = await approvedOrder({ amountMinor });
    const result = await gateway.captureOrder(orderId, randomUUID());
    return { orderId, captureId: result.capture!.captureId };
  }

  it('refunds a capture in full when no amount is given', async () => {
    const { orderId, captureId } = await capturedOrder(3000);
    const refund = await gateway.refundCapture({
      captureId,
      currency: 'EUR',
      requestId: randomUUID(),
      note: 'Event cancelled',
    });
    expect(refund).toMatchObject({
      outcome: 'REFUNDED',
      status: 'COMPLETED',
      amountMinor: 3000,
      currency: 'EUR',
    });
    const order = await gateway.getOrder(orderId);
    expect(order?.captures[0].status).toBe('REFUNDED');
    expect(order?.refunds.map((r) => r.amountMinor)).toEqual([3000]);
  });

  it('refunds in parts, and refuses a refund beyond what is left', async () => {
    const { captureId } = await capturedOrder(3000);
    const refund = (amountMinor: number) =>
      gateway.refundCapture({ captureId, amountMinor, currency: 'EUR', requestId: randomUUID() });
    expect(await refund(1000)).toMatchObject({ outcome: 'REFUNDED', amountMinor: 1000 });
    expect((await gateway.getCapture(captureId))?.status).toBe('PARTIALLY_REFUNDED');
    expect(await refund(2001)).toMatchObject({ outcome: 'REFUSED', issue: 'REFUND_AMOUNT_EXCEEDED' });
    expect(await refund(2000)).toMatchObject({ outcome: 'REFUNDED', amountMinor: 2000 });
    expect(await refund(1)).toMatchObject({ outcome: 'REFUSED', issue: 'CAPTURE_FULLY_REFUNDED' });
  });

  it('refunds once for a repeated request id', async () => {
    const { orderId, captureId } = await capturedOrder(3000);
    const input = { captureId, amountMinor: 500, currency: 'EUR', requestId: randomUUID() };
    const first = await gateway.refundCapture(input);
    expect(await gateway.refundCapture(input)).toEqual(first);
    expect((await gateway.getOrder(orderId))?.refunds).toHaveLength(1);
  });
});

describe('PayPal gateway against the simulator: faults', () => {
  it('turns a 5xx into PaymentProviderUnavailableError, and a retry after the fault clears captures', async () => {
    const orderId = await approvedOrder();
    const requestId = randomUUID();
    simulator.failNext('capture', { kind: 'error', status: 503 });
    await expect(gateway.captureOrder(orderId, requestId)).rejects.toBeInstanceOf(
      PaymentProviderUnavailableError,
    );
    expect((await gateway.getOrder(orderId))?.captures).toHaveLength(0);
    expect((await gateway.captureOrder(orderId, requestId)).outcome).toBe('COMPLETED');
  });

  it('fails every call for as many times as asked, then recovers', async () => {
    simulator.failNext('get', { kind: 'error', status: 500 }, 2);
    const created = await gateway.createOrder(orderInput());
    await expect(gateway.getOrder(created.orderId)).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
    await expect(gateway.getOrder(created.orderId)).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
    expect((await gateway.getOrder(created.orderId))?.orderId).toBe(created.orderId);
  });

  it('gives up on a provider that does not answer in time, and a retry succeeds', async () => {
    const impatient = gatewayFor({ timeoutMs: 300 });
    try {
      simulator.failNext('create', { kind: 'timeout', holdMs: 2000 });
      const input = orderInput();
      const started = Date.now();
      await expect(impatient.createOrder(input)).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
      expect(Date.now() - started).toBeLessThan(1500);
      expect((await impatient.createOrder(input)).orderId).toMatch(/^[A-Z0-9]{17}$/);
    } finally {
      impatient.close();
    }
  });

  it('recovers a capture whose answer was lost: the retry with the same request id gets the same capture', async () => {
    const impatient = gatewayFor({ timeoutMs: 300 });
    try {
      const orderId = await approvedOrder();
      const requestId = randomUUID();
      simulator.failNext('capture', { kind: 'timeout', holdMs: 2000, processed: true });
      await expect(impatient.captureOrder(orderId, requestId)).rejects.toBeInstanceOf(
        PaymentProviderUnavailableError,
      );
      const order = await impatient.getOrder(orderId);
      expect(order?.captures).toHaveLength(1);
      const retried = await impatient.captureOrder(orderId, requestId);
      expect(retried).toMatchObject({
        outcome: 'COMPLETED',
        capture: { captureId: order?.captures[0].captureId },
      });
    } finally {
      impatient.close();
    }
  });

  it('turns a failing token endpoint into PaymentProviderUnavailableError', async () => {
    const fresh = gatewayFor();
    try {
      simulator.failNext('token', { kind: 'error', status: 500 });
      await expect(fresh.createOrder(orderInput())).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
      expect((await fresh.createOrder(orderInput())).orderId).toBeDefined();
    } finally {
      fresh.close();
    }
  });

  it('renews a token PayPal stopped accepting, without failing the call', async () => {
    const created = await gateway.createOrder(orderInput());
    simulator.revokeAccessTokens();
    expect((await gateway.getOrder(created.orderId))?.orderId).toBe(created.orderId);
  });

  it('turns an unreachable provider into PaymentProviderUnavailableError', async () => {
    const spare = await new PayPalSimulator().start();
    const port = spare.port;
    await spare.stop();
    const unreachable = gatewayFor({ loopbackPort: port });
    await expect(unreachable.createOrder(orderInput())).rejects.toBeInstanceOf(
      PaymentProviderUnavailableError,
    );
    unreachable.close();
  });

  it('reports wrong credentials as PaymentProviderAuthenticationError', async () => {
    const wrong = gatewayFor({ clientSecret: 'not-the-secret' });
    try {
      const error = await wrong.createOrder(orderInput()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PaymentProviderAuthenticationError);
      expect(error).toMatchObject({ statusCode: 401, issue: 'invalid_client' });
    } finally {
      wrong.close();
    }
  });
});

describe('PayPal gateway against the simulator: webhook signatures', () => {
  let message: WebhookMessage;

  beforeAll(async () => {
    const orderId = await approvedOrder();
    const result = await gateway.captureOrder(orderId, randomUUID());
    message = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', result.capture!.captureId);
  });

  it('accepts a genuine event with the headers PayPal sends', async () => {
    for (const header of [
      'paypal-transmission-id',
      'paypal-transmission-time',
      'paypal-transmission-sig',
      'paypal-cert-url',
      'paypal-auth-algo',
    ]) {
      expect(message.headers[header]).toBeTruthy();
    }
    expect(await gateway.verifyWebhookSignature({ headers: message.headers, rawBody: message.body })).toBe(
      true,
    );
  });

  it('rejects an event whose body was altered', async () => {
    const altered = message.body.replace(/"value":"[\d.]+"/, '"value":"0.01"');
    expect(altered).not.toBe(message.body);
    expect(await gateway.verifyWebhookSignature({ headers: message.headers, rawBody: altered })).toBe(false);
  });

  it('rejects a forged signature, another webhook id, and missing headers', async () => {
    const forged = {
      ...message.headers,
      'paypal-transmission-sig': Buffer.from('forged').toString('base64'),
    };
    expect(await gateway.verifyWebhookSignature({ headers: forged, rawBody: message.body })).toBe(false);
    expect(
      await gateway.verifyWebhookSignature({
        headers: message.headers,
        rawBody: message.body,
        webhookId: 'WH-OTHER',
      }),
    ).toBe(false);
    const { 'paypal-transmission-sig': _omitted, ...unsigned } = message.headers;
    expect(await gateway.verifyWebhookSignature({ headers: unsigned, rawBody: message.body })).toBe(false);
    expect(await gateway.verifyWebhookSignature({ headers: message.headers, rawBody: 'not json' })).toBe(
      false,
    );
  });

  it('reports a failing verification endpoint as PaymentProviderUnavailableError (so PayPal redelivers)', async () => {
    simulator.failNext('verify', { kind: 'error', status: 503 });
    await expect(
      gateway.verifyWebhookSignature({ headers: message.headers, rawBody: message.body }),
    ).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
  });
});

/** What the gateway puts on the wire, from the simulator's log of the requests it received. */
describe('PayPal gateway: the requests PayPal expects', () => {
  function lastRequest(method: string, path: RegExp) {
    const found = simulator.requests
      .filter((request) => request.method === method && path.test(request.path))
      .at(-1);
    if (!found) throw new Error(`no ${method} ${path} request`);
    return found;
  }

  it('asks for the minimal order at create and the full capture and refund, each with its PayPal-Request-Id', async () => {
    const input = orderInput();
    const created = await gateway.createOrder(input);
    const create = lastRequest('POST', /^\/v2\/checkout\/orders$/);
    expect(create.headers).toMatchObject({ prefer: 'return=minimal', 'paypal-request-id': input.requestId });

    await submitApprovalForm(created.approvalUrl, 'Approve');
    const captured = await gateway.captureOrder(created.orderId, `capture:${created.orderId}`);
    expect(lastRequest('POST', /\/capture$/).headers).toMatchObject({
      prefer: 'return=representation',
      'paypal-request-id': `capture:${created.orderId}`,
    });

    await gateway.refundCapture({
      captureId: captured.capture!.captureId,
      currency: 'EUR',
      amountMinor: 1000,
      requestId: `refund:${captured.capture!.captureId}`,
    });
    expect(lastRequest('POST', /\/refund$/).headers).toMatchObject({
      prefer: 'return=representation',
      'paypal-request-id': `refund:${captured.capture!.captureId}`,
    });
    expect(JSON.parse(lastRequest('POST', /\/refund$/).body)).toMatchObject({
      amount: { currency_code: 'EUR', value: '10.00' },
    });
  });

  it('keeps invoice_id, custom_id and description within PayPal’s 127 characters', async () => {
    const long = `BK-${'X'.repeat(200)}`;
    const created = await gateway.createOrder(orderInput({ reference: long, description: 'D'.repeat(300) }));
    const unit = JSON.parse(lastRequest('POST', /^\/v2\/checkout\/orders$/).body).purchase_units[0];
    expect(unit.invoice_id).toHaveLength(PAYPAL_TEXT_LIMIT);
    expect(unit.custom_id).toHaveLength(PAYPAL_TEXT_LIMIT);
    expect(unit.description).toHaveLength(PAYPAL_TEXT_LIMIT);
    expect(created.status).toBe('PAYER_ACTION_REQUIRED');
  });

  it('refuses a PayPal-Request-Id longer than PayPal keeps (108 characters) before sending anything', async () => {
    const before = simulator.requests.length;
    const tooLong = gateway.createOrder(orderInput({ requestId: 'r'.repeat(PAYPAL_REQUEST_ID_LIMIT + 1) }));
    await expect(tooLong).rejects.toThrow(/PayPal-Request-Id must be 1 to 108 characters/);
    // A mistake of ours, not PayPal being out of reach (which callers would retry).
    await expect(tooLong).rejects.not.toBeInstanceOf(PaymentProviderUnavailableError);
    expect(simulator.requests.slice(before).some((request) => request.path === '/v2/checkout/orders')).toBe(
      false,
    );
    // The checkout's longest id (a replacement order's) fits.
    expect(`start:${randomUUID()}:after:${'9'.repeat(17)}`.length).toBeLessThanOrEqual(
      PAYPAL_REQUEST_ID_LIMIT,
    );
  });
});
