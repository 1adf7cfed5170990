import type { DataSource, EntityManager } from 'typeorm';
import { testContext } from '../../../test/context';
import { bookingConfirmation, waiverRequest } from '../../../test/email-views';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { createMigratedTestDatabase, type TestDatabase } from '../../../test/test-database';
import { createDataSource } from '../../db/data-source';
import { UnitOfWork, type TransactionalJobQueue } from '../../db/unit-of-work';
import { EmailMessageEntity, EmailStatus } from './email-message.entity';
import { DELIVER_EMAIL_QUEUE, EmailService } from './email.service';
import { renderBookingConfirmation, renderWaiverRequest, type RenderedEmail } from './email.templates';
import { createPreviewTransport, createSmtpTransport } from './email.transport';

let database: TestDatabase;
let dataSource: DataSource;
let sink: SmtpSink;
let confirmation: RenderedEmail;
let waiver: RenderedEmail;

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  dataSource = createDataSource({ url: database.url, poolSize: 6 });
  await dataSource.initialize();
  sink = await startSmtpSink();
  confirmation = await renderBookingConfirmation(bookingConfirmation());
  waiver = await renderWaiverRequest(waiverRequest());
});

afterAll(async () => {
  await sink.close();
  await dataSource.destroy();
  await database.drop();
});

beforeEach(async () => {
  await dataSource.query('DELETE FROM email_message');
  sink.clear();
  sink.rejectWith(null);
  await sink.start();
});

/** The unit of work of the service last built by `emailService`. */
let uow: UnitOfWork;

/**
 * A service as a process would build it: SMTP to the sink (or preview), its own settings, and its own
 * unit of work, with `jobQueue` attached as a job runner would attach its queue.
 */
function emailService(
  options: {
    maxAttempts?: number;
    maxPerRecipientPerHour?: number;
    jobQueue?: TransactionalJobQueue;
    preview?: boolean;
  } = {},
) {
  uow = new UnitOfWork(dataSource);
  uow.attachJobQueue(options.jobQueue);
  return new EmailService(dataSource, uow, {
    transport: options.preview
      ? createPreviewTransport()
      : createSmtpTransport(sink.url, 'Tickets <tickets@example.org>'),
    maxAttempts: options.maxAttempts ?? 5,
    maxPerRecipientPerHour: options.maxPerRecipientPerHour ?? 100,
  });
}

/** A job queue that remembers the e-mail ids of the deliver-email jobs sent to it. */
function deliveryJobsInto(scheduled: string[]): TransactionalJobQueue {
  return {
    async send(_manager, queue, data) {
      expect(queue).toBe(DELIVER_EMAIL_QUEUE);
      scheduled.push((data as { emailId: string }).emailId);
      return `job-${scheduled.length}`;
    },
  };
}

function stored(id: string): Promise<EmailMessageEntity> {
  return dataSource.getRepository(EmailMessageEntity).findOneByOrFail({ id });
}

async function enqueueCommitted(service: EmailService, message = waiver, causeKey = 'waiver-request:1') {
  return uow.withTransaction(testContext(), (tx) => service.enqueue(tx, message, causeKey));
}

describe('enqueueing a message', () => {
  it("stores it, rendered and QUEUED, when the caller's transaction commits", async () => {
    const service = emailService();
    const id = await enqueueCommitted(service, confirmation, 'booking-confirmation:42');
    const message = await stored(id);
    expect(message).toMatchObject({
      kind: 'BOOKING_CONFIRMATION',
      causeKey: 'booking-confirmation:42',
      recipients: ['ada@example.org'],
      replyTo: 'hello@organiser.example.org',
      subject: confirmation.subject,
      html: confirmation.html,
      text: confirmation.text,
      status: EmailStatus.QUEUED,
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    expect(message.attachments).toEqual(confirmation.attachments);
  });

  it("leaves nothing behind when the caller's transaction rolls back", async () => {
    const service = emailService();
    await expect(
      uow.withTransaction(testContext(), async (tx) => {
        await service.enqueue(tx, waiver, 'waiver-request:rolled-back');
        throw new Error('the booking failed');
      }),
    ).rejects.toThrow('the booking failed');
    expect(await dataSource.getRepository(EmailMessageEntity).count()).toBe(0);
  });

  it('keeps one message per cause: a second enqueue returns the first id and adds nothing', async () => {
    const scheduled: string[] = [];
    const service = emailService({ jobQueue: deliveryJobsInto(scheduled) });
    const first = await enqueueCommitted(service, waiver, 'waiver-request:7');
    const second = await enqueueCommitted(service, waiver, 'waiver-request:7');
    expect(second).toBe(first);
    expect(await dataSource.getRepository(EmailMessageEntity).count()).toBe(1);
    expect(scheduled).toEqual([first]);
  });

  it('keeps one message per cause when two transactions enqueue it at the same time', async () => {
    const service = emailService();
    const runnerA = dataSource.createQueryRunner();
    const runnerB = dataSource.createQueryRunner();
    await runnerA.startTransaction();
    await runnerB.startTransaction();
    try {
      const idA = await service.enqueue(
        uow.join(testContext(), runnerA.manager),
        waiver,
        'waiver-request:race',
      );
      // B's insert waits for A's transaction to decide, then finds A's row.
      const pendingB = service.enqueue(
        uow.join(testContext(), runnerB.manager),
        waiver,
        'waiver-request:race',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      await runnerA.commitTransaction();
      expect(await pendingB).toBe(idA);
      await runnerB.commitTransaction();
    } finally {
      await runnerA.release();
      await runnerB.release();
    }
    expect(await dataSource.getRepository(EmailMessageEntity).count()).toBe(1);
  });

  it("schedules delivery inside the caller's transaction, where the new row is already visible", async () => {
    const seen: { id: string; status: string }[] = [];
    const jobQueue: TransactionalJobQueue = {
      async send(manager: EntityManager, _queue, data) {
        const { emailId: id } = data as { emailId: string };
        const [row] = await manager.query('SELECT status FROM email_message WHERE id = $1', [id]);
        seen.push({ id, status: row.status });
        return 'job-1';
      },
    };
    const id = await enqueueCommitted(emailService({ jobQueue }));
    expect(seen).toEqual([{ id, status: 'QUEUED' }]);
  });
});

describe('delivering a message', () => {
  it('sends it once and records SENT; delivering it again sends nothing', async () => {
    const service = emailService();
    const id = await enqueueCommitted(service);
    expect(await service.deliver(testContext(), id)).toBe('SENT');
    expect(await service.deliver(testContext(), id)).toBe('SKIPPED');
    const [mail] = await sink.waitForMessages(1);
    expect(mail.recipients).toEqual(['charles@example.org']);
    expect(mail.messageId).toBe(`<${id}@example.org>`);
    const message = await stored(id);
    expect(message).toMatchObject({ status: EmailStatus.SENT, attempts: 1, claimedUntil: null });
    expect(message.sentAt).toBeInstanceOf(Date);
    expect(message.serverResponse).toMatch(/^250/);
    expect(sink.messages).toHaveLength(1);
  });

  it('sends it exactly once when two workers deliver it at the same moment', async () => {
    const id = await enqueueCommitted(emailService());
    const outcomes = await Promise.all([
      emailService().deliver(testContext(), id),
      emailService().deliver(testContext(), id),
    ]);
    expect(outcomes.sort()).toEqual(['SENT', 'SKIPPED']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.messages).toHaveLength(1);
  });

  it('records the error and keeps it queued while the SMTP server is down, then sends it once when it is back', async () => {
    const id = await enqueueCommitted(emailService());
    await sink.stop();
    await expect(emailService().deliver(testContext(), id)).rejects.toThrow(/ECONNREFUSED|connect/i);
    const failed = await stored(id);
    expect(failed).toMatchObject({ status: EmailStatus.QUEUED, attempts: 1, claimedUntil: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    await sink.start();
    // A new service, as after a restart of the process: the outbox row is all it needs.
    expect(await emailService().deliver(testContext(), id)).toBe('SENT');
    await sink.waitForMessages(1);
    expect(sink.messages).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ status: EmailStatus.SENT, attempts: 2 });
  });

  it('retries a temporary refusal (4xx) and gives up at once on a permanent one (5xx)', async () => {
    const service = emailService();
    const temporary = await enqueueCommitted(service, waiver, 'waiver-request:4xx');
    const permanent = await enqueueCommitted(service, confirmation, 'booking-confirmation:5xx');

    sink.rejectWith(451);
    await expect(service.deliver(testContext(), temporary)).rejects.toThrow(/451/);
    expect(await stored(temporary)).toMatchObject({ status: EmailStatus.QUEUED, attempts: 1 });

    sink.rejectWith(550, 'No such user');
    await expect(service.deliver(testContext(), permanent)).rejects.toThrow(/550/);
    const failed = await stored(permanent);
    expect(failed.status).toBe(EmailStatus.FAILED);
    expect(failed.lastError).toMatch(/550.*No such user/);
    expect(await service.deliver(testContext(), permanent)).toBe('SKIPPED');
    expect(sink.messages).toHaveLength(0);
  });

  it('keeps a message as FAILED after its last attempt', async () => {
    const service = emailService({ maxAttempts: 2 });
    const id = await enqueueCommitted(service);
    await sink.stop();
    await expect(service.deliver(testContext(), id)).rejects.toThrow();
    expect((await stored(id)).status).toBe(EmailStatus.QUEUED);
    await expect(service.deliver(testContext(), id)).rejects.toThrow();
    expect(await stored(id)).toMatchObject({ status: EmailStatus.FAILED, attempts: 2 });
    await sink.start();
    expect(await service.deliver(testContext(), id)).toBe('SKIPPED');
    expect(sink.messages).toHaveLength(0);
  });

  it('takes over a message whose worker died mid-send once the claim has expired, but not before', async () => {
    const service = emailService();
    const id = await enqueueCommitted(service);
    await dataSource.query(
      `UPDATE email_message SET attempts = 1, claimed_until = now() + interval '1 minute' WHERE id = $1`,
      [id],
    );
    expect(await service.deliver(testContext(), id)).toBe('SKIPPED');
    await dataSource.query(
      `UPDATE email_message SET claimed_until = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    expect(await service.deliver(testContext(), id)).toBe('SENT');
    expect(await stored(id)).toMatchObject({ status: EmailStatus.SENT, attempts: 2 });
  });

  it('in mail preview mode keeps the message as PREVIEW and sends nothing', async () => {
    const service = emailService({ preview: true });
    expect(service.mode).toBe('PREVIEW');
    const id = await enqueueCommitted(service, confirmation, 'booking-confirmation:preview');
    expect(await service.deliver(testContext(), id)).toBe('PREVIEW');
    const message = await stored(id);
    expect(message.status).toBe(EmailStatus.PREVIEW);
    expect(message.html).toBe(confirmation.html);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.messages).toHaveLength(0);
  });
});

describe('the per-recipient hourly cap', () => {
  it('keeps messages past the cap to one address HELD, with the reason, never sent and never dropped', async () => {
    const service = emailService({ maxPerRecipientPerHour: 3 });
    // One address in different spellings is one recipient.
    const spellings = ['charles@example.org', 'Charles@Example.org', ' CHARLES@example.org'];
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) {
      ids.push(
        await enqueueCommitted(
          service,
          { ...waiver, to: [spellings[index % spellings.length]] },
          `waiver-request:${index}`,
        ),
      );
    }
    const outcomes = [];
    for (const id of ids) outcomes.push(await service.deliver(testContext(), id));
    expect(outcomes).toEqual(['SENT', 'SENT', 'SENT', 'HELD', 'HELD']);
    await sink.waitForMessages(3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.messages).toHaveLength(3);
    const held = await stored(ids[3]);
    expect(held).toMatchObject({ status: EmailStatus.HELD, sentAt: null });
    expect(held.lastError).toMatch(/3 messages within the last hour/);
    // Another address is not held back.
    const other = await enqueueCommitted(
      service,
      { ...waiver, to: ['dora@example.org'] },
      'waiver-request:x',
    );
    expect(await service.deliver(testContext(), other)).toBe('SENT');

    // An admin can send a held message anyway.
    expect(await service.resend(testContext(), ids[3])).not.toBeNull();
    expect(await service.deliver(testContext(), ids[3])).toBe('SENT');
  });

  it('lets no more than the cap through when workers deliver to one address at the same moment', async () => {
    const service = emailService({ maxPerRecipientPerHour: 2 });
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) {
      ids.push(await enqueueCommitted(service, waiver, `waiver-request:${index}`));
    }
    const outcomes = await Promise.all(
      ids.map((id) => emailService({ maxPerRecipientPerHour: 2 }).deliver(testContext(), id)),
    );
    expect(outcomes.filter((outcome) => outcome === 'SENT')).toHaveLength(2);
    expect(outcomes.filter((outcome) => outcome === 'HELD')).toHaveLength(4);
  });
});

describe('failed messages and the sweep', () => {
  it('markFailed keeps a waiting message as FAILED, and leaves a sent one alone', async () => {
    const service = emailService();
    const waiting = await enqueueCommitted(service, waiver, 'waiver-request:a');
    const sent = await enqueueCommitted(service, waiver, 'waiver-request:b');
    await service.deliver(testContext(), sent);
    expect(await service.markFailed(testContext(), waiting, 'job retries exhausted')).toBe(true);
    expect(await service.markFailed(testContext(), sent)).toBe(false);
    expect(await stored(waiting)).toMatchObject({
      status: EmailStatus.FAILED,
      lastError: 'job retries exhausted',
    });
    expect((await stored(sent)).status).toBe(EmailStatus.SENT);
  });

  it('resend queues a failed or sent message again with fresh attempts and schedules it, once per click', async () => {
    const scheduled: string[] = [];
    const service = emailService({ maxAttempts: 1, jobQueue: deliveryJobsInto(scheduled) });
    const id = await enqueueCommitted(service);
    await sink.stop();
    await expect(service.deliver(testContext(), id)).rejects.toThrow();
    expect((await stored(id)).status).toBe(EmailStatus.FAILED);
    await sink.start();

    const [requeued, doubleClick] = await Promise.all([
      service.resend(testContext(), id),
      service.resend(testContext(), id),
    ]);
    expect([requeued, doubleClick].filter(Boolean)).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ status: EmailStatus.QUEUED, attempts: 0 });
    expect(scheduled).toEqual([id, id]);
    expect(await service.deliver(testContext(), id)).toBe('SENT');

    // An admin may also send a delivered message once more.
    expect(await service.resend(testContext(), id)).not.toBeNull();
    expect(await service.deliver(testContext(), id)).toBe('SENT');
    await sink.waitForMessages(2);
    expect(await service.resend(testContext(), '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('deliverDue sends every due message and skips those waiting out a backoff', async () => {
    const service = emailService();
    for (let index = 0; index < 3; index++)
      await enqueueCommitted(service, waiver, `waiver-request:due-${index}`);
    const backingOff = await enqueueCommitted(service, waiver, 'waiver-request:backoff');
    await dataSource.query(
      `UPDATE email_message SET next_attempt_at = now() + interval '1 hour' WHERE id = $1`,
      [backingOff],
    );
    expect(await service.deliverDue(testContext(), 10)).toEqual({ delivered: 3, failed: 0 });
    expect(await service.deliverDue(testContext(), 10)).toEqual({ delivered: 0, failed: 0 });
    expect((await stored(backingOff)).status).toBe(EmailStatus.QUEUED);
    await sink.waitForMessages(3);
  });
});
