/**
 * In production a webhook never reaches the organiser's own network: literal private, loopback and
 * link-local addresses are refused when the endpoint is registered, and any name that resolves to
 * one is refused at delivery, inside the connection's lookup, before a socket connects. Every target
 * here is either on loopback or never contacted: for literal addresses net.Socket#connect (Node's, not
 * ours) is watched to show that no connection is even started; for names that resolve to loopback, a
 * receiver listening there shows that none arrives.
 */
import http from 'node:http';
import net from 'node:net';
import { loginAs, type SignedIn } from '../../../test/auth';
import { listenOnLoopback, type LoopbackServer } from '../../../test/loopback-server';
import { productionTestEnv, startTestServer, type TestServer } from '../../../test/test-server';
import { createRequestContext } from '../../common/request-context';
import { isNonPublicAddress, RefusedAddressError } from './outbound-address-guard';
import { WebhookEventType } from './webhook-event-types';
import { recordWebhookEvent } from './webhook-outbox';
import { WebhookSender } from './webhook-sender';

const CREATE_ENDPOINT = /* GraphQL */ `
  mutation ($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`;

/**
 * Every host:port a socket of this process was asked to connect to while watching (Node's
 * net.Socket#connect, which every HTTP request goes through, still runs).
 */
function watchConnects() {
  const targets: string[] = [];
  const original = net.Socket.prototype.connect;
  const spy = jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (
    this: net.Socket,
    ...args: unknown[]
  ) {
    const first = args[0];
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; port?: number } | undefined;
    if (options && typeof options === 'object' && options.port !== undefined) {
      targets.push(`${options.host}:${options.port}`);
    }
    return original.apply(this, args as Parameters<typeof original>);
  });
  return { targets, stop: () => spy.mockRestore() };
}

let receiver: LoopbackServer;
let connectionsSeen = 0;

beforeAll(async () => {
  receiver = await listenOnLoopback(
    http.createServer((_req, res) => res.writeHead(204).end()).on('connection', () => connectionsSeen++),
  );
});

afterAll(() => receiver.close());

describe('the outbound address guard', () => {
  it('knows private, loopback, link-local and other non-public ranges, IPv4 and IPv6, from public ones', () => {
    const nonPublic = [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1',
    ];
    const publicOnes = ['93.184.215.14', '1.1.1.1', '2606:4700:4700::1111', '8.8.8.8'];
    expect(nonPublic.filter((address) => !isNonPublicAddress(address))).toEqual([]);
    expect(publicOnes.filter((address) => isNonPublicAddress(address))).toEqual([]);
  });

  it('refuses link-local, private and loopback targets in production mode before any connection is attempted', async () => {
    const production = new WebhookSender({ timeoutMs: 2000, allowNonPublicAddresses: false });
    const watch = watchConnects();
    try {
      for (const url of [
        'http://169.254.169.254/latest/meta-data/',
        'https://10.0.0.7/hook',
        'https://[fe80::1]/hook',
        'https://[::ffff:192.168.0.1]/hook',
        `http://127.0.0.1:${receiver.port}/hook`,
      ]) {
        const response = await production.send({ url, headers: {}, body: '{}' });
        expect([url, response.status, response.error]).toEqual([
          url,
          null,
          expect.stringMatching(/^refused: /),
        ]);
      }
      expect(watch.targets).toEqual([]);
      // A name is resolved by the socket's own lookup, which refuses the answer: nothing connects.
      const byName = await production.send({
        url: `http://localhost:${receiver.port}/hook`,
        headers: {},
        body: '{}',
      });
      expect(byName.error).toMatch(/^refused: (127\.0\.0\.1|::1) is a private/);
      expect(connectionsSeen).toBe(0);
      watch.targets.length = 0;

      // The watch does see connections: the same request outside production reaches the receiver.
      const development = new WebhookSender({ timeoutMs: 2000, allowNonPublicAddresses: true });
      const allowed = await development.send({
        url: `http://127.0.0.1:${receiver.port}/hook`,
        headers: {},
        body: '{}',
      });
      expect(allowed.status).toBe(204);
      expect(watch.targets).toEqual([`127.0.0.1:${receiver.port}`]);
      expect(connectionsSeen).toBe(1);
    } finally {
      watch.stop();
    }
  });

  it('says why in the error a refused lookup gives', () => {
    expect(new RefusedAddressError('10.0.0.1').message).toMatch(/10\.0\.0\.1 is a private/);
  });
});

describe('webhooks in production mode', () => {
  let server: TestServer;
  let admin: SignedIn;

  beforeAll(async () => {
    server = await startTestServer({ env: productionTestEnv });
    admin = await loginAs(server);
  });

  afterAll(() => server.close());

  it('refuses to register endpoints that are not https or are on a non-public address', async () => {
    for (const url of [
      'http://hooks.example.org/in',
      'https://169.254.169.254/latest',
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://[fd12::1]/hook',
      'https://192.168.10.20/hook',
    ]) {
      const response = await server.graphql<{
        createWebhookEndpoint: { errors: { code: string; field: string }[] };
      }>(CREATE_ENDPOINT, { input: { url, eventTypes: ['BOOKING_CONFIRMED'] } }, admin.headers);
      expect([url, response.data?.createWebhookEndpoint.errors]).toEqual([
        url,
        [expect.objectContaining({ code: 'INVALID_URL', field: 'url' })],
      ]);
    }
  });

  it('refuses at delivery a name that resolves to loopback, logging why, without connecting', async () => {
    // As if the name had pointed elsewhere when it was registered (DNS can change at any time).
    const [{ id: endpointId }] = await server.dataSource.query<{ id: string }[]>(
      `INSERT INTO webhook_endpoint (url, event_types, secret) VALUES ($1, $2, $3) RETURNING id`,
      [
        `https://localhost:${receiver.port}/hook`,
        ['EVENT_UPDATED'],
        `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
      ],
    );
    const ctx = createRequestContext();
    await server.app.services.unitOfWork.withTransaction(ctx, (tx) =>
      recordWebhookEvent(tx, WebhookEventType.EVENT_UPDATED, 'some-event', async () => ({
        event: 'some-event',
      })),
    );
    const before = connectionsSeen;
    const counts = await server.app.services.webhookDelivery.deliverDue(createRequestContext());
    expect(counts.RETRY).toBe(1);
    expect(connectionsSeen).toBe(before);
    const [attempt] = await server.dataSource.query<{ error: string; response_status: number | null }[]>(
      `SELECT a.error, a.response_status FROM webhook_delivery_attempt a
         JOIN webhook_delivery d ON d.id = a.delivery_id WHERE d.endpoint_id = $1`,
      [endpointId],
    );
    expect(attempt).toEqual({
      error: expect.stringMatching(/^refused: (127\.0\.0\.1|::1) is a private/),
      response_status: null,
    });
  });
});
