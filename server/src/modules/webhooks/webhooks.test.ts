import { loginAs, type SignedIn } from '../../../test/auth';
import { approvedBooking, capturePayment, eventually, paidEvent } from '../../../test/checkout';
import { createEvent, createTicketType, HOUR } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { bookFree, setWaiver } from '../../../test/waivers';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { createRequestContext } from '../../common/request-context';
import { EventStatus } from '../events/event.entity';
import { RETRY_DELAYS_SECONDS } from './webhook-delivery.service';
import { WebhookEventType } from './webhook-event-types';
import { recordWebhookEvent } from './webhook-outbox';

const MINUTE = 60_000;

const CREATE_ENDPOINT = /* GraphQL */ `
  mutation ($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint {
        id
        enabled
      }
      secret
      errors {
        code
        field
        message
      }
    }
  }
`;
const UPDATE_ENDPOINT = /* GraphQL */ `
  mutation ($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        enabled
        disabledReason
      }
      errors {
        code
      }
    }
  }
`;
const DELIVERIES = /* GraphQL */ `
  query ($input: WebhookDeliveriesInput!) {
    webhookDeliveries(input: $input) {
      id
      webhookId
      type
      status
      attemptCount
      requestBody
      attempts {
        responseStatus
        error
      }
    }
  }
`;
const RESEND = /* GraphQL */ `
  mutation ($deliveryId: ID!) {
    resendWebhookDelivery(deliveryId: $deliveryId) {
      errors {
        code
      }
    }
  }
`;

interface DeliveryLogEntry {
  id: string;
  webhookId: string;
  type: string;
  status: string;
  attemptCount: number;
  requestBody: string;
  attempts: { responseStatus: number | null; error: string | null }[];
}

let server: TestServer;
let now: Date;
let admin: SignedIn;
let receiver: WebhookReceiver;
const ALL_TYPES = Object.values(WebhookEventType);

beforeAll(async () => {
  now = new Date();
  server = await startTestServer({ clock: () => now });
  admin = await loginAs(server);
});

afterAll(() => server.close());

beforeEach(async () => {
  // One endpoint per test: the ones before are deleted, with their deliveries.
  await server.dataSource.query('DELETE FROM webhook_endpoint');
  receiver = await startWebhookReceiver(() => now);
  // The tests move the clock by hours and days: a session of the current time for each.
  admin = await loginAs(server);
});

afterEach(() => receiver.close());

async function registerEndpoint(eventTypes: string[] = ALL_TYPES): Promise<string> {
  const response = await server.graphql<{
    createWebhookEndpoint: { endpoint: { id: string } | null; secret: string | null; errors: unknown[] };
  }>(
    CREATE_ENDPOINT,
    { input: { url: receiver.url, eventTypes, description: 'Test receiver' } },
    admin.headers,
  );
  const created = response.data?.createWebhookEndpoint;
  if (!created?.endpoint || !created.secret) throw new Error(JSON.stringify(response.errors ?? created));
  receiver.secret = created.secret;
  return created.endpoint.id;
}

/** What the deliver-due-webhooks job does, at the test clock's `now`. */
const sweep = () => server.app.services.webhookDelivery.deliverDue(createRequestContext({ now }));

const admit = (query: string, variables: Record<string, unknown>) =>
  server.graphql<Record<string, { errors?: unknown[] }>>(query, variables, admin.headers);

async function deliveryLog(endpointId: string): Promise<DeliveryLogEntry[]> {
  const response = await server.graphql<{ webhookDeliveries: DeliveryLogEntry[] }>(
    DELIVERIES,
    { input: { endpointId, first: 100 } },
    admin.headers,
  );
  return response.data!.webhookDeliveries;
}

describe('outgoing webhooks', () => {
  it('sends one signed delivery per event of every type, which the receiver verifies', async () => {
    await registerEndpoint();

    // event.published, event.updated, event.cancelled
    const draft = await createEvent(server.dataSource, { status: EventStatus.DRAFT });
    await createTicketType(server.dataSource, draft);
    await admit('mutation ($id: ID!) { publishEvent(id: $id) { errors { code } } }', { id: draft.id });
    await admit('mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { errors { code } } }', {
      input: { id: draft.id, title: 'Renamed' },
    });
    await admit('mutation ($id: ID!) { cancelEvent(id: $id) { errors { code } } }', { id: draft.id });

    // booking.confirmed (free), waiver.signed, ticket.checked_in, booking.cancelled
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    await setWaiver(server, admin, event.id, 'At my own risk.');
    const { booking } = await bookFree(server, { event, ticketType }, ['Ada']);
    const ticket = booking.tickets[0];
    await admit(
      'mutation ($input: RecordPaperWaiverInput!) { recordPaperWaiver(input: $input) { errors { code } } }',
      { input: { ticketId: ticket.id, signerName: 'Ada' } },
    );
    await admit('mutation ($code: String!) { checkInTicket(input: { code: $code }) { errors { code } } }', {
      code: ticket.code,
    });
    await admit(
      'mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }',
      { input: { bookingId: booking.id, reason: 'Asked to' } },
    );

    // booking.confirmed (paid), booking.refunded (partial)
    const paid = await paidEvent(server);
    const {
      token,
      orderId,
      booking: paidBooking,
    } = await approvedBooking(server, paid.event, paid.ticketType, 1);
    await capturePayment(server, token, orderId);
    const refunded = await admit(
      'mutation ($input: RefundBookingInput!) { refundBooking(input: $input) { errors { code } } }',
      { input: { bookingId: paidBooking.id, amountMinor: 500, reason: 'Goodwill' } },
    );
    expect(refunded.data?.refundBooking.errors).toEqual([]);

    // Bookings made through the services above took the wall clock's time.
    now = new Date();
    await sweep();

    const accepted = receiver.accepted();
    expect(accepted.map((request) => request.payload.type).sort()).toEqual(
      [
        'event.published',
        'event.updated',
        'event.cancelled',
        'booking.confirmed',
        'waiver.signed',
        'ticket.checked_in',
        'booking.cancelled',
        'booking.confirmed',
        'booking.refunded',
      ].sort(),
    );
    expect(accepted.every((request) => request.verified)).toBe(true);
    expect(
      accepted.every((request) => request.id === request.payload.id && request.payload.version === 1),
    ).toBe(true);
    expect(new Set(accepted.map((request) => request.id)).size).toBe(accepted.length);

    const byType = (type: string) => accepted.filter((request) => request.payload.type === type);
    expect(byType('booking.refunded')[0].payload.data).toMatchObject({
      booking: {
        id: paidBooking.id,
        totalMinor: 2000,
        refundedMinor: 500,
        currency: 'EUR',
        status: 'PARTIALLY_REFUNDED',
      },
      refund: { amountMinor: 500, currency: 'EUR', full: false },
    });
    expect(byType('ticket.checked_in')[0].payload.data).toMatchObject({
      ticket: { id: ticket.id, bookingId: booking.id },
      booking: { id: booking.id, reference: booking.reference },
      event: { id: event.id, slug: event.slug },
    });
    // A booking's events arrive in the order they happened.
    const ofBooking = accepted
      .filter((request) => JSON.stringify(request.payload.data).includes(booking.id))
      .map((request) => request.payload.type);
    expect(ofBooking).toEqual([
      'booking.confirmed',
      'waiver.signed',
      'ticket.checked_in',
      'booking.cancelled',
    ]);
    // No personal data travels: names and addresses stay out.
    expect(accepted.map((request) => request.body).join('')).not.toMatch(/Ada|@example\.org/);
  });

  it('survives a receiver down for an hour: retries with backoff, in order, and then delivers everything once', async () => {
    const endpointId = await registerEndpoint([
      WebhookEventType.BOOKING_CONFIRMED,
      WebhookEventType.TICKET_CHECKED_IN,
    ]);
    receiver.down = true;
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    const first = await bookFree(server, { event, ticketType }, ['One']);
    const second = await bookFree(server, { event, ticketType }, ['Two']);
    await admit('mutation ($code: String!) { checkInTicket(input: { code: $code }) { errors { code } } }', {
      code: first.booking.tickets[0].code,
    });

    now = new Date(); // the bookings above took the wall clock's time
    const start = now.getTime();
    while (now.getTime() < start + HOUR) {
      await sweep();
      now = new Date(now.getTime() + 5 * MINUTE);
    }
    // While down, only the first event of each booking was tried; the check-in waited behind its booking.
    const triedTypes = new Set(receiver.received.map((request) => request.payload.type));
    expect([...triedTypes]).toEqual(['booking.confirmed']);
    const attemptsEach = new Map<string, number>();
    for (const request of receiver.received)
      attemptsEach.set(request.id, (attemptsEach.get(request.id) ?? 0) + 1);
    expect(attemptsEach.size).toBe(2);
    // 0 s, 10 s, 1 min 10 s, 6 min 10 s, 36 min 10 s: five attempts within the hour, no more.
    expect([...attemptsEach.values()]).toEqual([5, 5]);

    receiver.down = false;
    now = new Date(start + 2 * HOUR);
    await sweep();
    admin = await loginAs(server);

    const accepted = receiver.accepted();
    expect(accepted.map((request) => request.payload.type).sort()).toEqual([
      'booking.confirmed',
      'booking.confirmed',
      'ticket.checked_in',
    ]);
    expect(accepted.every((request) => request.verified)).toBe(true);
    const firstBooking = accepted.filter((request) =>
      JSON.stringify(request.payload.data).includes(first.booking.id),
    );
    expect(firstBooking.map((request) => request.payload.type)).toEqual([
      'booking.confirmed',
      'ticket.checked_in',
    ]);
    expect(second.booking.id).toBeDefined();

    const log = await deliveryLog(endpointId);
    expect(log.map((entry) => entry.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);
    const confirmed = log.find((entry) => entry.type === 'booking.confirmed')!;
    expect(confirmed.attempts.map((attempt) => attempt.responseStatus)).toEqual([
      503, 503, 503, 503, 503, 204,
    ]);
  });

  it('gives up after about three days, disables the endpoint and e-mails the admins; enabled again, a resend arrives with the same id', async () => {
    const endpointId = await registerEndpoint([WebhookEventType.BOOKING_CONFIRMED]);
    receiver.down = true;
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    await bookFree(server, { event, ticketType }, ['Late']);

    const owner = admin;
    const start = now.getTime();
    for (let attempt = 0; attempt <= RETRY_DELAYS_SECONDS.length; attempt++) {
      await sweep();
      now = new Date(now.getTime() + 13 * HOUR);
    }
    admin = await loginAs(server);
    const [entry] = await deliveryLog(endpointId);
    expect(entry.status).toBe('FAILED');
    expect(entry.attemptCount).toBe(RETRY_DELAYS_SECONDS.length + 1);
    expect(now.getTime() - start).toBeGreaterThan(3 * 24 * HOUR);

    const [endpoint] = await server.dataSource.query<{ disabled_at: Date | null; disabled_reason: string }[]>(
      'SELECT disabled_at, disabled_reason FROM webhook_endpoint WHERE id = $1',
      [endpointId],
    );
    expect(endpoint.disabled_at).not.toBeNull();
    expect(endpoint.disabled_reason).toContain('503');
    const notices = await server.dataSource.query<{ recipients: string[] }[]>(
      `SELECT recipients FROM email_message WHERE kind = 'WEBHOOK_ENDPOINT_DISABLED'`,
    );
    expect(notices.map((notice) => notice.recipients[0])).toContain(owner.email);

    // Disabled, it gets nothing new.
    await bookFree(server, { event, ticketType }, ['Meanwhile']);
    expect(await deliveryLog(endpointId)).toHaveLength(1);

    receiver.down = false;
    const enabled = await admit(UPDATE_ENDPOINT, { input: { id: endpointId, enabled: true } });
    expect(enabled.data?.updateWebhookEndpoint).toMatchObject({
      endpoint: { enabled: true, disabledReason: null },
    });
    expect((await admit(RESEND, { deliveryId: entry.id })).data?.resendWebhookDelivery.errors).toEqual([]);
    await sweep();
    const accepted = receiver.accepted();
    expect(accepted.map((request) => request.id)).toEqual([entry.webhookId]);
    expect(accepted[0].verified).toBe(true);
  });

  it('forgets settled events and their log after WEBHOOK_LOG_RETENTION_DAYS (30), keeping pending ones', async () => {
    const endpointId = await registerEndpoint([WebhookEventType.EVENT_UPDATED]);
    const record = (eventId: string) =>
      server.app.services.unitOfWork.withTransaction(createRequestContext({ now }), (tx) =>
        recordWebhookEvent(tx, WebhookEventType.EVENT_UPDATED, eventId, async () => ({ event: eventId })),
      );
    await record('delivered-one');
    await sweep();
    receiver.down = true;
    await record('still-pending');
    await sweep();

    // Events of the earlier tests (their endpoints deleted) are settled and old too.
    const later = createRequestContext({ now: new Date(now.getTime() + 30 * 24 * HOUR + MINUTE) });
    expect(await server.app.services.webhookDelivery.deleteOldMessages(later)).toBeGreaterThanOrEqual(1);
    const kept = await server.dataSource.query<{ ordering_key: string }[]>(
      `SELECT ordering_key FROM webhook_message WHERE ordering_key IN ('delivered-one', 'still-pending')`,
    );
    expect(kept).toEqual([{ ordering_key: 'still-pending' }]);
    expect(await deliveryLog(endpointId)).toEqual([expect.objectContaining({ status: 'PENDING' })]);
  });

  it('sends nothing for a change that rolls back', async () => {
    const endpointId = await registerEndpoint([WebhookEventType.EVENT_UPDATED]);
    const event = await createEvent(server.dataSource);
    await expect(
      server.app.services.unitOfWork.withTransaction(createRequestContext({ now }), async (tx) => {
        await recordWebhookEvent(tx, WebhookEventType.EVENT_UPDATED, event.id, async () => ({
          event: event.id,
        }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await sweep();
    expect(receiver.received).toEqual([]);
    expect(await deliveryLog(endpointId)).toEqual([]);
  });

  it('refuses an endpoint URL that is not http(s), or carries a password', async () => {
    for (const url of ['ftp://example.org/hook', 'https://user:secret@example.org/hook', 'not a url']) {
      const response = await server.graphql<{
        createWebhookEndpoint: { errors: { code: string; field: string }[] };
      }>(CREATE_ENDPOINT, { input: { url, eventTypes: ['BOOKING_CONFIRMED'] } }, admin.headers);
      expect([url, response.data?.createWebhookEndpoint.errors]).toEqual([
        url,
        [expect.objectContaining({ code: 'INVALID_URL', field: 'url' })],
      ]);
    }
  });
});

describe('outgoing webhooks on the job runner', () => {
  let jobServer: TestServer;
  let jobReceiver: WebhookReceiver;

  beforeAll(async () => {
    jobServer = await startTestServer({
      jobs: true,
      env: { JOBS_EXPIRY_SWEEP_SECONDS: '0', WEBHOOK_SWEEP_SECONDS: '0' },
    });
    jobReceiver = await startWebhookReceiver(() => new Date());
  });

  afterAll(async () => {
    await jobReceiver.close();
    await jobServer.close();
  });

  it('delivers a booking confirmation within seconds through the job queue', async () => {
    const jobAdmin = await loginAs(jobServer);
    const created = await jobServer.graphql<{ createWebhookEndpoint: { secret: string } }>(
      CREATE_ENDPOINT,
      { input: { url: jobReceiver.url, eventTypes: ['BOOKING_CONFIRMED'] } },
      jobAdmin.headers,
    );
    jobReceiver.secret = created.data!.createWebhookEndpoint.secret;
    const event = await createEvent(jobServer.dataSource);
    const ticketType = await createTicketType(jobServer.dataSource, event, { priceMinor: 0 });
    const { booking } = await bookFree(jobServer, { event, ticketType }, ['Quick']);

    const received = await eventually(
      async () => jobReceiver.accepted(),
      (accepted) => accepted.length > 0,
    );
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      verified: true,
      payload: { type: 'booking.confirmed', data: { booking: { id: booking.id } } },
    });
  });
});
