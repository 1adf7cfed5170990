/**
 * The reproduction of issue #16: the app with PayPal not answering (startPayment, a webhook to
 * verify), every line its logger writes read back: no client secret, Basic header or access token.
 */
import { book, paidEvent, postWebhook, startPayment, started } from '../../../test/checkout';
import { captureLogs, type CapturedLogs } from '../../../test/log-capture';
import { startTestServer, type TestServer } from '../../../test/test-server';
import type { PayPalSimulator } from './paypal-simulator/paypal-simulator';

let server: TestServer;
let simulator: PayPalSimulator;
let log: CapturedLogs;

beforeAll(async () => {
  log = captureLogs('info');
  server = await startTestServer({ logger: log.logger, paymentTimeoutMs: 300 });
  simulator = server.payments.simulator!;
});

afterAll(() => server.close());

function expectNoCredentials(text: string) {
  const basic = Buffer.from(`${simulator.clientId}:${simulator.clientSecret}`).toString('base64');
  expect(text).not.toContain(simulator.clientSecret);
  expect(text).not.toContain(basic);
  expect(text).not.toMatch(/Bearer/i);
  // The simulator's access tokens, whatever their value: none is ever logged.
  expect(text).not.toMatch(/access_?token"?\s*[:=]\s*"?[A-Za-z0-9]/i);
}

it('startPayment with PayPal timing out, on the token call and on the order call', async () => {
  const { event, ticketType } = await paidEvent(server);
  for (const operation of ['token', 'create'] as const) {
    const { token } = await book(server, event, ticketType, 1);
    simulator.failNext(operation, { kind: 'timeout', holdMs: 1500 });
    const failed = await startPayment(server, token);
    expect(failed.data!.startPayment.errors).toMatchObject([{ code: 'PAYMENT_PROVIDER_UNAVAILABLE' }]);
  }
  expect(log.text()).toMatch(/PayPal unavailable when starting a payment/);
  expect(log.text()).toMatch(/timeout/i);
  expectNoCredentials(log.text());
});

it('a webhook PayPal cannot be asked about', async () => {
  const { event, ticketType } = await paidEvent(server);
  const { orderId } = await started(server, (await book(server, event, ticketType, 1)).token);
  simulator.failNext('verify', { kind: 'timeout', holdMs: 1500 });
  const message = simulator.buildWebhook('CHECKOUT.ORDER.APPROVED', orderId);
  const { status } = await postWebhook(server, message);
  expect(status).toBeGreaterThanOrEqual(500);
  expect(log.text()).toMatch(/PayPal webhook could not be verified now/);
  expectNoCredentials(log.text());
});
