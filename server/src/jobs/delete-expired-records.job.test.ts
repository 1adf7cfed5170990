import { Writable } from 'node:stream';
import pino from 'pino';
import { loginAs } from '../../test/auth';
import { approvedBooking, capturePayment, eventually, paidEvent, postWebhook } from '../../test/checkout';
import { testJobContext } from '../../test/context';
import { DAY, HOUR } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { createRequestContext } from '../common/request-context';
import { AdminSessionEntity } from '../modules/auth/admin-session.entity';
import { PayPalWebhookEventEntity } from '../modules/payments/paypal-webhook-event.entity';
import { deleteExpiredRecordsJob } from './delete-expired-records.job';

const MINUTE = 60 * 1000;
const ME = /* GraphQL */ `
  query Me {
    me {
      email
    }
  }
`;

describe('the delete-expired-records job', () => {
  let server: TestServer;
  let now: Date;
  const logLines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    }),
  );

  beforeAll(async () => {
    now = new Date();
    server = await startTestServer({ clock: () => now });
    server.payments.simulator!.autoWebhooks = false;
  });

  beforeEach(async () => {
    now = new Date();
    await server.dataSource.getRepository(PayPalWebhookEventEntity).deleteAll();
    await server.dataSource.getRepository(AdminSessionEntity).deleteAll();
  });

  afterAll(() => server.close());

  /** One run, as the queue would start it, at the test clock's `now`. */
  const runJob = () =>
    deleteExpiredRecordsJob.handle(
      {},
      testJobContext(server.app.services, logger, () => now),
    );

  const webhookEvents = () => server.dataSource.getRepository(PayPalWebhookEventEntity);

  async function recordWebhookEvents(processedAt: Date, ...eventIds: string[]) {
    await webhookEvents().insert(
      eventIds.map((eventId) => ({
        eventId,
        eventType: 'PAYMENT.CAPTURE.COMPLETED',
        resourceId: 'X',
        processedAt,
      })),
    );
  }

  const remainingEventIds = async () =>
    (await webhookEvents().find({ order: { eventId: 'ASC' } })).map((event) => event.eventId);

  it('deletes webhook event ids older than PAYPAL_WEBHOOK_EVENT_RETENTION_DAYS (90) and keeps newer ones', async () => {
    await recordWebhookEvents(new Date(now.getTime() - 400 * DAY), 'WH-A-VERY-OLD');
    await recordWebhookEvents(new Date(now.getTime() - 90 * DAY - MINUTE), 'WH-B-JUST-TOO-OLD');
    await recordWebhookEvents(new Date(now.getTime() - 90 * DAY + MINUTE), 'WH-C-JUST-KEPT');
    await recordWebhookEvents(new Date(now.getTime() - DAY), 'WH-D-RECENT');

    await runJob();

    expect(await remainingEventIds()).toEqual(['WH-C-JUST-KEPT', 'WH-D-RECENT']);
    expect(logLines.at(-1)).toMatchObject({
      msg: 'deleted expired records',
      deleted: { paypalWebhookEvents: 2, adminSessions: 0 },
    });
  });

  it('still recognises a repeated webhook delivery whose event id is within the retention period', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token, orderId } = await approvedBooking(server, event, ticketType, 1);
    await capturePayment(server, token, orderId);
    const simulator = server.payments.simulator!;
    const message = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', simulator.captureIdsOf(orderId)[0]);
    expect((await postWebhook(server, message)).body.outcome).toBe('APPLIED');

    now = new Date(now.getTime() + 89 * DAY);
    await runJob();
    expect((await postWebhook(server, message)).body.outcome).toBe('DUPLICATE');

    now = new Date(now.getTime() + 2 * DAY);
    await runJob();
    expect(await webhookEvents().countBy({ eventId: JSON.parse(message.body).id })).toBe(0);
  });

  it('deletes admin sessions that have ended and keeps those still open', async () => {
    const left = await loginAs(server);
    now = new Date(now.getTime() + HOUR);
    const working = await loginAs(server);
    // The first session has now been idle for longer than SESSION_IDLE_MINUTES (120); the second has not.
    now = new Date(now.getTime() + HOUR + MINUTE);

    await runJob();

    const sessions = server.dataSource.getRepository(AdminSessionEntity);
    expect(await sessions.countBy({ accountId: left.account.id })).toBe(0);
    expect(await sessions.countBy({ accountId: working.account.id })).toBe(1);
    const me = await server.graphql<{ me: { email: string } | null }>(ME, {}, working.headers);
    expect(me.data?.me?.email).toBe(working.email);
    expect(logLines.at(-1)).toMatchObject({ deleted: { paypalWebhookEvents: 0, adminSessions: 1 } });
  });

  it('deletes each old row once when two runs go at the same time, in batches', async () => {
    const old = new Date(now.getTime() - 100 * DAY);
    await server.dataSource.query(
      `INSERT INTO paypal_webhook_event (event_id, event_type, resource_id, processed_at)
       SELECT 'WH-OLD-' || n, 'PAYMENT.CAPTURE.COMPLETED', 'X', $1 FROM generate_series(1, 2500) AS n`,
      [old],
    );
    await recordWebhookEvents(new Date(now.getTime() - DAY), 'WH-RECENT');

    const webhooks = server.app.services.paypalWebhooks;
    const ctx = createRequestContext({ now });
    const counts = await Promise.all([
      webhooks.deleteOldWebhookEvents(ctx, { batchSize: 100 }),
      webhooks.deleteOldWebhookEvents(ctx, { batchSize: 100 }),
    ]);

    expect(counts[0] + counts[1]).toBe(2500);
    expect(await remainingEventIds()).toEqual(['WH-RECENT']);
  });
});

describe('the delete-expired-records job on the job runner', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ jobs: true, env: { JOBS_EXPIRY_SWEEP_SECONDS: '0' } });
  });

  afterAll(() => server.close());

  it('is scheduled once a day and, when it runs, deletes old webhook event ids', async () => {
    const boss = server.jobs!.boss;
    expect(
      (await boss.getSchedules()).filter((schedule) => schedule.name === 'delete-expired-records'),
    ).toEqual([expect.objectContaining({ cron: '17 3 * * *', timezone: 'UTC' })]);
    const events = server.dataSource.getRepository(PayPalWebhookEventEntity);
    await events.insert({
      eventId: 'WH-OLD',
      eventType: 'PAYMENT.CAPTURE.COMPLETED',
      resourceId: 'X',
      processedAt: new Date(Date.now() - 100 * DAY),
    });

    // What the cron does each day: put one job on the queue for one worker to take.
    const jobId = await boss.send('delete-expired-records', {});

    expect(
      await eventually(
        () => events.count(),
        (count) => count === 0,
      ),
    ).toBe(0);
    const job = await eventually(
      () => boss.getJobById('delete-expired-records', jobId!),
      (found) => found?.state === 'completed',
    );
    expect(job?.state).toBe('completed');
  });
});
