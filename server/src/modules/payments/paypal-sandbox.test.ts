/**
 * The same checks against PayPal's sandbox, for a person with sandbox credentials: opt-in, never in CI.
 * Skipped unless PAYPAL_SANDBOX_CLIENT_ID and PAYPAL_SANDBOX_CLIENT_SECRET are set, and always when
 * CI is set. What needs a buyer (approval, capture, refund) is not sent: a sandbox buyer has to log in
 * on PayPal's page. See docs/paypal-simulator.md.
 */
import { randomUUID } from 'node:crypto';
import { mismatches } from '../../../test/paypal-spec-check';
import { collectBuyerlessExchanges } from '../../../test/paypal-simulator-exchanges';
import { PayPalGateway } from './paypal.gateway';

const clientId = process.env.PAYPAL_SANDBOX_CLIENT_ID;
const clientSecret = process.env.PAYPAL_SANDBOX_CLIENT_SECRET;
const enabled = Boolean(clientId && clientSecret) && !process.env.CI;
const SANDBOX_API = 'https://api-m.sandbox.paypal.com';
const NETWORK_TIMEOUT_MS = 120_000;

(enabled ? describe : describe.skip)('PayPal sandbox (opt-in: PAYPAL_SANDBOX_CLIENT_ID/SECRET)', () => {
  let gateway: PayPalGateway;

  beforeAll(() => {
    gateway = new PayPalGateway({
      clientId: clientId!,
      clientSecret: clientSecret!,
      environment: 'sandbox',
      webhookId: process.env.PAYPAL_SANDBOX_WEBHOOK_ID,
      timeoutMs: 30_000,
    });
  });

  afterAll(() => gateway?.close());

  it(
    'answers the buyer-less requests as the simulator does: the same schema facts, statuses and issues',
    async () => {
      const exchanges = await collectBuyerlessExchanges({
        baseUrl: SANDBOX_API,
        clientId: clientId!,
        clientSecret: clientSecret!,
      });
      expect(mismatches(exchanges)).toEqual([]);
    },
    NETWORK_TIMEOUT_MS,
  );

  it.each([
    ['EUR', 4250],
    ['HUF', 1500],
    ['JPY', 1500],
    ['TWD', 1500],
  ])(
    'takes a %s order of %i minor units from the gateway and reads it back, once per request id',
    async (currency, amountMinor) => {
      const input = {
        reference: `BK-SANDBOX-${randomUUID().slice(0, 8)}`,
        description: 'Sandbox check: 1 ticket',
        amountMinor,
        currency,
        returnUrl: 'https://shop.example/checkout/return',
        cancelUrl: 'https://shop.example/checkout/cancel',
        requestId: randomUUID(),
      };
      const created = await gateway.createOrder(input);
      expect(created.approvalUrl).toMatch(/^https:\/\/www\.sandbox\.paypal\.com\//);
      expect((await gateway.createOrder(input)).orderId).toBe(created.orderId);
      expect(await gateway.getOrder(created.orderId)).toMatchObject({ amountMinor, currency });
      expect(await gateway.captureOrder(created.orderId, `capture:${created.orderId}`)).toMatchObject({
        outcome: 'NOT_APPROVED',
      });
    },
    NETWORK_TIMEOUT_MS,
  );

  (process.env.PAYPAL_SANDBOX_WEBHOOK_ID ? it : it.skip)(
    'rejects a forged webhook event (PAYPAL_SANDBOX_WEBHOOK_ID)',
    async () => {
      const forged = await gateway.verifyWebhookSignature({
        headers: {
          'paypal-auth-algo': 'SHA256withRSA',
          'paypal-cert-url':
            'https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270',
          'paypal-transmission-id': randomUUID(),
          'paypal-transmission-sig': 'forged',
          'paypal-transmission-time': new Date().toISOString(),
        },
        rawBody: JSON.stringify({ id: 'WH-FORGED', event_type: 'PAYMENT.CAPTURE.COMPLETED', resource: {} }),
      });
      expect(forged).toBe(false);
    },
    NETWORK_TIMEOUT_MS,
  );
});
