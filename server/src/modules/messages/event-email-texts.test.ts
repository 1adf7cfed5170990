/**
 * An event's own wording of its e-mails: checked when saved, previewed, used when the e-mail goes out
 * (received by a real SMTP server on loopback), and a stored text that fails to render falls back to
 * the default, which is still sent.
 */
import { bookViaApi } from '../../../test/bookings';
import { loginAs, type SignedIn } from '../../../test/auth';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { startTestServer, type TestServer } from '../../../test/test-server';
import type { EventEntity } from '../events/event.entity';
import { EventEmailTextEntity } from '../email/event-email-text.entity';

const FIELDS = `kind subject body customised defaultSubject lastFailure placeholders { name } updatedByEmail`;
const TEXTS = `query ($eventId: ID!) { eventEmailTexts(eventId: $eventId) { ${FIELDS} } }`;
const SAVE = `mutation ($input: SaveEventEmailTextInput!) {
  saveEventEmailText(input: $input) { emailText { ${FIELDS} } errors { code field message } } }`;
const RESET = `mutation ($eventId: ID!, $kind: EmailKind!) {
  resetEventEmailText(eventId: $eventId, kind: $kind) { emailText { ${FIELDS} } errors { code field } } }`;
const PREVIEW = `query ($input: PreviewEventEmailTextInput!) {
  previewEventEmailText(input: $input) { subject html text bookingReference errors { code field } } }`;
const AUDIT = `query { auditLog(first: 20, filter: { objectType: "Event" }) { nodes { action objectId } } }`;

interface EmailTextData {
  kind: string;
  subject: string;
  body: string;
  customised: boolean;
  defaultSubject: string;
  lastFailure: string | null;
  placeholders: { name: string }[];
  updatedByEmail: string | null;
}

let server: TestServer;
let sink: SmtpSink;
let admin: SignedIn;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({
    jobs: true,
    env: { SMTP_URL: sink.url, JOBS_EXPIRY_SWEEP_SECONDS: '0' },
  });
  admin = await loginAs(server);
});

afterAll(async () => {
  await server.close();
  await sink.close();
});

beforeEach(() => sink.clear());

async function texts(eventId: string): Promise<EmailTextData[]> {
  const response = await server.graphql<{ eventEmailTexts: EmailTextData[] }>(
    TEXTS,
    { eventId },
    admin.headers,
  );
  return response.data!.eventEmailTexts;
}

async function save(input: Record<string, unknown>) {
  const response = await server.graphql<{
    saveEventEmailText: {
      emailText: EmailTextData | null;
      errors: { code: string; field: string; message: string }[];
    };
  }>(SAVE, { input }, admin.headers);
  expect(response.errors).toBeUndefined();
  return response.data!.saveEventEmailText;
}

/** A free booking of one ticket by `buyerName`, confirmed at once; resolves with its confirmation as received. */
async function bookAndReceive(event: EventEntity, buyerName: string) {
  const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
  const input = bookingInput(event, [[ticketType, 1]]);
  input.buyer.name = buyerName;
  const booking = (await bookViaApi(server, input)).data!.createBooking.booking!;
  expect(booking.status).toBe('CONFIRMED');
  const [mail] = await sink.waitForMessages(1, 15_000);
  return { booking, mail };
}

describe("an event's own e-mail texts", () => {
  it('lists every editable e-mail with its default text and the placeholders it may use', async () => {
    const event = await createEvent(server.dataSource);
    const list = await texts(event.id);
    expect(list.map((text) => text.kind)).toEqual(
      expect.arrayContaining([
        'BOOKING_CONFIRMATION',
        'WAIVER_REQUEST',
        'WAIVER_REMINDER',
        'BOOKING_CANCELLED',
        'REFUND_ISSUED',
        'LATE_PAYMENT_REFUNDED',
        'NEW_BOOKING_NOTICE',
        'EVENT_REMINDER',
      ]),
    );
    const confirmation = list.find((text) => text.kind === 'BOOKING_CONFIRMATION')!;
    expect(confirmation.customised).toBe(false);
    expect(confirmation.subject).toBe(confirmation.defaultSubject);
    expect(confirmation.placeholders.map((placeholder) => placeholder.name)).toEqual(
      expect.arrayContaining(['event.title', 'booking.url', 'buyer.name', 'booking.reference']),
    );
  });

  it('refuses unknown placeholders in the subject and the body at once, and saves nothing', async () => {
    const event = await createEvent(server.dataSource);
    const result = await save({
      eventId: event.id,
      kind: 'BOOKING_CONFIRMATION',
      subject: 'Tickets for {event.name}',
      body: 'Hi {buyer.name}, see {signing.url}',
    });
    expect(result.emailText).toBeNull();
    expect(result.errors.map((error) => [error.code, error.field])).toEqual([
      ['UNKNOWN_PLACEHOLDER', 'subject'],
      ['UNKNOWN_PLACEHOLDER', 'body'],
    ]);
    expect(result.errors[0].message).toContain('{event.name}');
    expect(await server.dataSource.getRepository(EventEmailTextEntity).countBy({ eventId: event.id })).toBe(
      0,
    );

    const wrongKind = await save({ eventId: event.id, kind: 'PASSWORD_RESET', subject: 'x', body: 'y' });
    expect(wrongKind.errors.map((error) => error.code)).toEqual(['NOT_EDITABLE']);
  });

  it('sends the confirmation with the saved text, placeholders filled in and escaped, tickets still there', async () => {
    const event = await createEvent(server.dataSource, { title: 'Garden Party' });
    const saved = await save({
      eventId: event.id,
      kind: 'BOOKING_CONFIRMATION',
      subject: 'See you at {event.title}, {buyer.name}!',
      body: 'Dear {buyer.name},\n\n**Doors open at 7.** Your booking is {booking.reference}: {booking.url}',
    });
    expect(saved.errors).toEqual([]);
    expect(saved.emailText).toMatchObject({ customised: true, updatedByEmail: admin.email });

    const { booking, mail } = await bookAndReceive(event, 'Ann <b>Lee</b>');
    expect(mail.subject).toBe('See you at Garden Party, Ann <b>Lee</b>!');
    expect(mail.html).toContain('Dear Ann &lt;b&gt;Lee&lt;/b&gt;,');
    expect(mail.html).not.toContain('<b>Lee</b>');
    expect(mail.html).toContain('<strong>Doors open at 7.</strong>');
    expect(mail.html).toMatch(/<a href="http[^"]+\/bookings\/[^"]+">http/);
    expect(mail.text).toContain(`Dear Ann <b>Lee</b>,`);
    expect(mail.text).toContain(`Your booking is ${booking.reference}: http`);
    // What the text does not say is still there: the QR code, the PDF, the button.
    expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual(
      expect.arrayContaining(['image/png', 'application/pdf']),
    );
    expect(mail.html).toContain('View your booking');
  });

  it('sends the default when a stored text fails to render, and tells the admin why', async () => {
    const event = await createEvent(server.dataSource, { title: 'Broken Night' });
    // Stored before its placeholder was checked (or changed since): it cannot be filled in.
    await server.dataSource.getRepository(EventEmailTextEntity).insert({
      eventId: event.id,
      kind: 'BOOKING_CONFIRMATION' as EventEmailTextEntity['kind'],
      subject: 'Hello {booking.colour}',
      body: 'Hi',
    });

    const { booking, mail } = await bookAndReceive(event, 'Bo Fallback');
    expect(mail.subject).toBe('Your tickets for Broken Night');
    expect(mail.text).toContain(`thank you for your booking ${booking.reference}`);

    const confirmation = (await texts(event.id)).find((text) => text.kind === 'BOOKING_CONFIRMATION')!;
    expect(confirmation.lastFailure).toContain('{booking.colour}');
    // Saving a text again clears the failure.
    const saved = await save({ eventId: event.id, kind: 'BOOKING_CONFIRMATION', subject: 'Hi', body: 'Hi' });
    expect(saved.emailText!.lastFailure).toBeNull();
  });

  it('previews a draft with sample data or a booking of the event, without saving it', async () => {
    const event = await createEvent(server.dataSource, { title: 'Preview Gala' });
    const { booking } = await bookAndReceive(event, 'Cy Preview');
    const draft = {
      eventId: event.id,
      kind: 'WAIVER_REQUEST',
      subject: 'Sign for {event.title}',
      body: 'Hello {attendee.name}: {waiver.url}',
    };
    const preview = async (input: Record<string, unknown>) =>
      (
        await server.graphql<{
          previewEventEmailText: {
            subject: string | null;
            html: string | null;
            text: string | null;
            bookingReference: string | null;
            errors: { code: string; field: string }[];
          };
        }>(PREVIEW, { input }, admin.headers)
      ).data!.previewEventEmailText;

    const sample = await preview(draft);
    expect(sample).toMatchObject({ subject: 'Sign for Preview Gala', bookingReference: null, errors: [] });
    expect(sample.text).toContain('Hello Alex Sample');
    expect(sample.html).toContain('Read and sign the waiver');

    const real = await preview({ ...draft, bookingReference: booking.reference });
    expect(real.bookingReference).toBe(booking.reference);
    expect(real.text).toMatch(/Hello Attendee 1 of/);

    const confirmation = await preview({
      ...draft,
      kind: 'BOOKING_CONFIRMATION',
      body: 'Hi {buyer.name}',
      subject: 'x',
      bookingReference: booking.reference,
    });
    expect(confirmation.text).toContain('Hi Cy Preview');
    // The QR images show inline, as data: URLs.
    expect(confirmation.html).toContain('src="data:image/png;base64,');

    const unknown = await preview({ ...draft, body: '{nope}', bookingReference: 'ZZZ-9999' });
    expect(unknown.errors.map((error) => error.code)).toEqual(['UNKNOWN_PLACEHOLDER']);
    const noBooking = await preview({ ...draft, bookingReference: 'ZZZ-9999' });
    expect(noBooking.errors).toEqual([{ code: 'BOOKING_NOT_FOUND', field: 'bookingReference' }]);
    expect(await server.dataSource.getRepository(EventEmailTextEntity).countBy({ eventId: event.id })).toBe(
      0,
    );
  });

  it('goes back to the default on reset, and audits saving and resetting', async () => {
    const event = await createEvent(server.dataSource);
    await save({
      eventId: event.id,
      kind: 'EVENT_REMINDER',
      subject: 'Soon: {event.title}',
      body: 'Hi {name}',
    });
    const reset = await server.graphql<{
      resetEventEmailText: { emailText: EmailTextData; errors: unknown[] };
    }>(RESET, { eventId: event.id, kind: 'EVENT_REMINDER' }, admin.headers);
    expect(reset.data!.resetEventEmailText.emailText).toMatchObject({
      customised: false,
      subject: 'Reminder: {event.title}, {event.startsAt}',
    });
    const audit = await server.graphql<{ auditLog: { nodes: { action: string; objectId: string }[] } }>(
      AUDIT,
      {},
      admin.headers,
    );
    const actions = audit
      .data!.auditLog.nodes.filter((entry) => entry.objectId === event.id)
      .map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['eventEmailText.save', 'eventEmailText.reset']));
  });
});
