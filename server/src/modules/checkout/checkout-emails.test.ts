/**
 * What confirmations send, end to end: the app with its job runner (deliver-email on pg-boss) and a
 * real SMTP server on loopback.
 */
import { BOOKING_BY_TOKEN, bookViaApi } from '../../../test/bookings';
import {
  approveAtPayPal,
  book,
  capturePayment,
  emailsFor,
  eventually,
  paidEvent,
  started,
} from '../../../test/checkout';
import { testJobContext } from '../../../test/context';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { deliverEmailJob } from '../../jobs/deliver-email.job';
import { createLogger } from '../../logger';
import { EmailKind, EmailMessageEntity, EmailStatus } from '../email/email-message.entity';

const ORGANISER = 'organiser@example.org';

let server: TestServer;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({
    jobs: true,
    env: {
      SMTP_URL: sink.url,
      ORGANISER_EMAIL: ORGANISER,
      MAIL_FROM: 'Tickets <tickets@example.org>',
      JOBS_EXPIRY_SWEEP_SECONDS: '0',
    },
  });
});

afterAll(async () => {
  await server.close();
  await sink.close();
});

beforeEach(() => sink.clear());

async function freeBooking(buyerEmail: string) {
  const event = await createEvent(server.dataSource);
  const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
  const input = bookingInput(event, [[ticketType, 1]], {});
  input.buyer.email = buyerEmail;
  const response = await bookViaApi(server, input);
  const booking = response.data!.createBooking.booking!;
  expect(booking.status).toBe('CONFIRMED');
  return booking;
}

describe('e-mails of a confirmed booking', () => {
  it('sends a paid booking its confirmation (QR per ticket, .ics) and the organiser a notice', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token } = await book(server, event, ticketType, 2);
    const { approvalUrl, orderId } = await started(server, token);
    await approveAtPayPal(approvalUrl);

    await capturePayment(server, token, orderId);

    const mails = await sink.waitForMessages(2, 15_000);
    const confirmation = mails.find((mail) => mail.recipients.includes(booking.buyer.email))!;
    expect(confirmation.text).toContain(booking.reference);
    const qrImages = confirmation.attachments.filter((attachment) => attachment.contentType === 'image/png');
    expect(qrImages).toHaveLength(2);
    expect(confirmation.attachments.some((attachment) => attachment.filename === 'event.ics')).toBe(true);
    // The e-mail carries a link of its own (only hashes are kept): it opens the same booking.
    const emailed = decodeURIComponent(/\/bookings\/([^\s"<>]+)/.exec(confirmation.html ?? '')![1]);
    const opened = await server.graphql<{ booking: { reference: string } }>(BOOKING_BY_TOKEN, {
      token: emailed,
    });
    expect(opened.data!.booking.reference).toBe(booking.reference);
    const notice = mails.find((mail) => mail.recipients.includes(ORGANISER))!;
    expect(notice.text).toContain(booking.reference);
    expect((await emailsFor(server, booking.id)).map((email) => email.kind).sort()).toEqual([
      EmailKind.BOOKING_CONFIRMATION,
      EmailKind.NEW_BOOKING_NOTICE,
    ]);
  });

  it('sends a free booking its confirmation at once', async () => {
    const booking = await freeBooking('free-buyer@example.org');

    const mails = await sink.waitForMessages(2, 15_000);

    expect(mails.map((mail) => mail.recipients[0]).sort()).toEqual(['free-buyer@example.org', ORGANISER]);
    const stored = await emailsFor(server, booking.id);
    expect(stored.map((email) => email.kind).sort()).toEqual([
      EmailKind.BOOKING_CONFIRMATION,
      EmailKind.NEW_BOOKING_NOTICE,
    ]);
  });

  it('delivers every message exactly once when the mail server is down for a while and comes back', async () => {
    await sink.stop();
    const bookings = [];
    for (let index = 0; index < 3; index++) bookings.push(await freeBooking(`outage-${index}@example.org`));
    const ids = (await Promise.all(bookings.map((booking) => emailsFor(server, booking.id)))).flat();
    expect(ids).toHaveLength(6);
    const messages = server.dataSource.getRepository(EmailMessageEntity);
    // The first attempts fail while the server is down; the messages wait for their retries.
    const tried = await eventually(
      () => messages.findBy(ids.map((email) => ({ id: email.id }))),
      (rows) => rows.every((row) => row.attempts >= 1),
      15_000,
    );
    expect(tried.every((row) => row.status === EmailStatus.QUEUED)).toBe(true);
    expect(sink.messages).toHaveLength(0);

    await sink.start();

    await sink.waitForMessages(6, 30_000);
    const sent = await eventually(
      () => messages.findBy(ids.map((email) => ({ id: email.id }))),
      (rows) => rows.every((row) => row.status === EmailStatus.SENT),
    );
    expect(sent.every((row) => row.status === EmailStatus.SENT)).toBe(true);
    // No late retry sends anything a second time.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const recipients = sink.messages.map((mail) => `${mail.recipients.join(',')}|${mail.subject}`);
    expect(recipients).toHaveLength(6);
    expect(new Set(recipients).size).toBe(6);
  });

  it('keeps a message as FAILED once the deliver-email job has used its last retry', async () => {
    await server.jobs!.boss.offWork('deliver-email'); // this test plays the queue itself
    try {
      sink.rejectWith(451);
      const booking = await freeBooking('unlucky@example.org');
      const [message] = (await emailsFor(server, booking.id)).filter(
        (email) => email.kind === EmailKind.BOOKING_CONFIRMATION,
      );
      const context = testJobContext(server.app.services, createLogger('silent'));
      const limit = deliverEmailJob.queueOptions!.retryLimit!;

      await expect(
        deliverEmailJob.handle({ emailId: message.id }, context, {
          id: 'j',
          retryCount: 0,
          retryLimit: limit,
        }),
      ).rejects.toThrow();
      await deliverEmailJob.handle({ emailId: message.id }, context, {
        id: 'j',
        retryCount: limit,
        retryLimit: limit,
      });

      const stored = await server.dataSource
        .getRepository(EmailMessageEntity)
        .findOneByOrFail({ id: message.id });
      expect(stored.status).toBe(EmailStatus.FAILED);
      expect(stored.lastError).toMatch(/gave up/);
    } finally {
      sink.rejectWith(null);
    }
  });

  it('schedules the reconciliation and the outbox sweep every minute', async () => {
    const schedules = await server.jobs!.boss.getSchedules();
    expect(schedules.map((schedule) => schedule.name).sort()).toEqual([
      'delete-expired-records',
      'deliver-due-emails',
      'deliver-due-webhooks',
      'expire-holds',
      'reconcile-payments',
      'send-event-messages',
      'waiting-list-offers',
      'waiver-reminders',
    ]);
  });
});
