/**
 * The whole path through the app's own services, as the bookings integration will use it: render,
 * enqueue in a transaction, deliver, and what arrives at a real SMTP server on loopback.
 */
import type { DataSource } from 'typeorm';
import { testContext } from '../../../test/context';
import { bookingConfirmation, waiverRequest } from '../../../test/email-views';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { createMigratedTestDatabase, type TestDatabase } from '../../../test/test-database';
import { testConfig } from '../../../test/test-server';
import { createDataSource } from '../../db/data-source';
import { UnitOfWork, type Transaction } from '../../db/unit-of-work';
import { createEmailService, type EmailService } from './email.service';
import { renderBookingConfirmation, renderWaiverRequest } from './email.templates';

let database: TestDatabase;
let sink: SmtpSink;
let services: { email: EmailService };
let dataSource: DataSource;
let uow: UnitOfWork;

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  sink = await startSmtpSink();
  const config = testConfig(database.url, {
    SMTP_URL: sink.url,
    MAIL_FROM: 'Spring Tickets <tickets@example.org>',
  });
  dataSource = createDataSource({ url: database.url, poolSize: 4 });
  await dataSource.initialize();
  uow = new UnitOfWork(dataSource);
  services = { email: createEmailService(dataSource, uow, config.email) };
  expect(services.email.mode).toBe('SMTP');
});

afterAll(async () => {
  await sink.close();
  await dataSource.destroy();
  await database.drop();
});

/** Enqueues in one transaction (as a booking would), then delivers each message after commit. */
async function enqueueAndDeliver(work: (tx: Transaction) => Promise<string[]>): Promise<void> {
  const ids = await uow.withTransaction(testContext(), work);
  for (const id of ids) expect(await services.email.deliver(testContext(), id)).toBe('SENT');
}

it('delivers a booking confirmation with both parts, one inline QR image per ticket and a calendar entry', async () => {
  sink.clear();
  const message = await renderBookingConfirmation(bookingConfirmation());
  await enqueueAndDeliver(async (tx) => [
    await services.email.enqueue(tx, message, 'booking-confirmation:1'),
  ]);

  const [mail] = await sink.waitForMessages(1);
  expect(mail.recipients).toEqual(['ada@example.org']);
  expect(mail.to).toEqual(['ada@example.org']);
  expect(mail.from).toBe('tickets@example.org');
  expect(mail.replyTo).toEqual(['hello@organiser.example.org']);
  expect(mail.subject).toBe('Your tickets for Spring Concert');
  expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
  expect(mail.text).toContain('Total: €65.00');
  expect(mail.html).toContain('Ada Lovelace');

  const images = mail.attachments.filter((attachment) => attachment.contentType === 'image/png');
  expect(images).toHaveLength(3);
  for (const image of images) {
    expect(image.cid).toBeTruthy();
    expect(mail.html).toContain(`cid:${image.cid}`);
    expect(image.content.subarray(1, 4).toString('ascii')).toBe('PNG');
  }

  const ics = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
  expect(ics?.filename).toBe('event.ics');
  const calendar = ics!.content.toString('utf8');
  expect(calendar).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(calendar).toMatch(/\r?\nDTSTART:20260314T183000Z\r?\n/);
  expect(calendar).toMatch(/\r?\nSUMMARY:Spring Concert\r?\n/);
  expect(calendar).toMatch(/END:VCALENDAR\s*$/);
});

it('delivers one waiver request per attendee, each with their own signing link', async () => {
  sink.clear();
  const attendees = [
    { to: 'ada@example.org', attendeeName: 'Ada Lovelace', signingUrl: 'https://tickets.example.org/w/aaaa' },
    {
      to: 'charles@example.org',
      attendeeName: 'Charles Babbage',
      signingUrl: 'https://tickets.example.org/w/bbbb',
    },
  ];
  const messages = await Promise.all(
    attendees.map((attendee) => renderWaiverRequest(waiverRequest(attendee))),
  );
  await enqueueAndDeliver(async (tx) => {
    const ids: string[] = [];
    for (const [index, message] of messages.entries()) {
      ids.push(await services.email.enqueue(tx, message, `waiver-request:${index}`));
    }
    return ids;
  });

  const mails = await sink.waitForMessages(2);
  const byRecipient = Object.fromEntries(mails.map((mail) => [mail.recipients[0], mail]));
  for (const attendee of attendees) {
    const mail = byRecipient[attendee.to];
    expect(mail.subject).toBe('Please sign the waiver for Spring Concert');
    expect(mail.html).toContain(`href="${attendee.signingUrl}"`);
    expect(mail.text).toContain(attendee.signingUrl);
    expect(mail.text).toContain(`Hello ${attendee.attendeeName}`);
  }
  expect(byRecipient['ada@example.org'].text).not.toContain('https://tickets.example.org/w/bbbb');
});
