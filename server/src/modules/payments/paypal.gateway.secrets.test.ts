/**
 * PayPal failing at the network level (connection reset, no answer) leaves no credential in what the
 * gateway throws, nor in a log line about it: the SDK's errors carry the request, with the Basic
 * client id:secret header on token calls and the Bearer access token on the others.
 */
import http from 'node:http';
import net from 'node:net';
import { serializeError } from 'serialize-error';
import { captureLogs } from '../../../test/log-capture';
import { listenOnLoopback, type LoopbackServer } from '../../../test/loopback-server';
import { PaymentProviderUnavailableError } from './payment-errors';
import { PayPalGateway } from './paypal.gateway';

const CLIENT_ID = 'client-id-AbQx81';
const CLIENT_SECRET = 'client-secret-Zy93kLmN0pQ';
const ACCESS_TOKEN = 'A21AAKt0kenV4lue-9f8e7d6c5b4a';
const BASIC = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');

type Behaviour = 'reset' | 'hang';

/**
 * A loopback "PayPal" that resets or never answers. With `tokens`, it first hands out ACCESS_TOKEN on
 * the token endpoint, so the calls after it carry the Bearer token.
 */
async function fakePayPal(behaviour: Behaviour, tokens: boolean): Promise<LoopbackServer> {
  const misbehave = (socket: net.Socket) => {
    if (behaviour === 'reset') socket.resetAndDestroy();
  };
  const server: net.Server = tokens
    ? http.createServer((req, res) => {
        if (req.url?.startsWith('/v1/oauth2/token')) {
          req.resume();
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: 32400 }));
        } else {
          misbehave(req.socket);
        }
      })
    : net.createServer(misbehave);
  return listenOnLoopback(server);
}

function webhookHeaders(): Record<string, string> {
  return {
    'paypal-auth-algo': 'SHA256withRSA',
    'paypal-cert-url': 'https://api.sandbox.paypal.com/v1/notifications/certs/CERT-1',
    'paypal-transmission-id': 'b2f1c0e0-0000-11ee-0000-000000000001',
    'paypal-transmission-sig': 'c2lnbmF0dXJl',
    'paypal-transmission-time': new Date().toISOString(),
  };
}

/** The gateway calls a checkout, a webhook or an admin refund makes. */
const calls: [string, (gateway: PayPalGateway) => Promise<unknown>][] = [
  [
    'create order (startPayment)',
    (gateway) =>
      gateway.createOrder({
        reference: 'BK-SECRET1',
        description: 'Concert: 1 ticket',
        amountMinor: 1000,
        currency: 'EUR',
        returnUrl: 'http://127.0.0.1:3400/checkout/return',
        cancelUrl: 'http://127.0.0.1:3400/checkout/cancel',
        requestId: 'request-1',
      }),
  ],
  [
    'verify webhook signature',
    (gateway) =>
      gateway.verifyWebhookSignature({
        headers: webhookHeaders(),
        rawBody: JSON.stringify({ id: 'WH-1', event_type: 'PAYMENT.CAPTURE.COMPLETED' }),
      }),
  ],
  ['capture order', (gateway) => gateway.captureOrder('ORDER-1', 'request-2')],
  [
    'refund capture',
    (gateway) => gateway.refundCapture({ captureId: 'CAP-1', currency: 'EUR', requestId: 'r-3' }),
  ],
];

function expectNoCredentials(text: string) {
  expect(text).not.toContain(CLIENT_SECRET);
  expect(text).not.toContain(BASIC);
  expect(text).not.toContain(ACCESS_TOKEN);
  expect(text).not.toMatch(/Bearer/i);
}

describe.each<[Behaviour, boolean]>([
  ['reset', false],
  ['hang', false],
  ['reset', true],
  ['hang', true],
])('PayPal that %ss every connection (token first: %s)', (behaviour, tokens) => {
  let paypal: LoopbackServer;

  beforeAll(async () => {
    paypal = await fakePayPal(behaviour, tokens);
  });

  afterAll(() => paypal.close());

  it.each(calls)('%s: the error and every log line are free of credentials', async (_name, call) => {
    const gateway = new PayPalGateway({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      environment: 'sandbox',
      webhookId: 'WH-ID-1',
      loopbackPort: paypal.port,
      timeoutMs: 300,
    });
    const log = captureLogs();
    let error: unknown;
    try {
      await call(gateway);
    } catch (caught) {
      error = caught;
    } finally {
      gateway.close();
    }
    expect(error).toBeInstanceOf(PaymentProviderUnavailableError);
    const unavailable = error as PaymentProviderUnavailableError;
    // With a token handed out, the failing call is the one that carries it.
    expect(unavailable.message.includes('(access token)')).toBe(!tokens);
    expect(unavailable.message).toMatch(behaviour === 'reset' ? /ECONNRESET|socket hang up/ : /timeout/i);

    // How callers log it (checkout, webhooks, admin refunds) ...
    log.logger.warn({ err: error }, 'PayPal unavailable');
    log.logger.error({ error }, 'PayPal unavailable');
    // ... and how a job queue stores a failure (pg-boss: serialize-error).
    const stored = JSON.stringify(serializeError(error));

    expect(log.lines.length).toBe(2);
    expect(log.text()).toMatch(behaviour === 'reset' ? /ECONNRESET|socket hang up/ : /timeout/i);
    expectNoCredentials(log.text());
    expectNoCredentials(stored);
    expectNoCredentials(`${unavailable.message}\n${unavailable.stack}`);
  });
});
