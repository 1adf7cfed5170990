import pino from 'pino';
import { loginAs, type SignedIn } from '../../../test/auth';
import { testContext, testJobContext } from '../../../test/context';
import { HOUR } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import {
  bookFree,
  createWaiverEvent,
  signingTokenOf,
  signWaiver,
  type WaiverEvent,
} from '../../../test/waivers';
import { eventMessagesJob } from '../../jobs/event-messages.job';
import { EmailKind, EmailMessageEntity } from '../email/email-message.entity';

const SEND = /* GraphQL */ `
  mutation ($input: SendEventMessageInput!) {
    sendEventMessage(input: $input) {
      message {
        id
        status
        sendAt
        recipientCount
        deliveries {
          total
          queued
          sent
          failed
          held
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`;
const PREVIEW = /* GraphQL */ `
  query ($input: EventMessageInput!) {
    previewEventMessage(input: $input) {
      recipientCount
      sampleRecipient
      subject
      html
      text
      errors {
        code
        field
      }
    }
  }
`;
const MESSAGE = /* GraphQL */ `
  query ($id: ID!) {
    eventMessage(id: $id) {
      status
      recipientCount
      deliveries {
        total
        queued
        sent
        failed
        held
      }
    }
    eventMessageDeliveries(messageId: $id) {
      recipient
      bookingReference
      status
      sentAt
      error
    }
  }
`;
const CANCEL = `mutation ($id: ID!) { cancelEventMessage(id: $id) { message { status } errors { code } } }`;
const UNSUBSCRIBE = `mutation ($token: String!) { unsubscribe(token: $token) { unsubscribed eventTitle } }`;
const AUDIT = `query { auditLog(first: 20, filter: { objectType: "EventMessage" }) { nodes { action objectId } } }`;

interface SentMessage {
  id: string;
  status: string;
  recipientCount: number | null;
  deliveries: { total: number; queued: number; sent: number; failed: number; held: number };
}

describe('messages to attendees', () => {
  let server: TestServer;
  let admin: SignedIn;
  let now: Date;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    now = new Date();
    server = await startTestServer({ clock: () => now });
    admin = await loginAs(server);
  });
  afterAll(() => server.close());

  const runJob = () =>
    eventMessagesJob.handle(
      {},
      testJobContext(server.app.services, logger, () => now),
    );
  const outbox = () => server.dataSource.getRepository(EmailMessageEntity);
  const messagesTo = (subject: string) =>
    outbox().find({ where: { kind: EmailKind.EVENT_MESSAGE, subject }, order: { createdAt: 'ASC' } });

  async function send(input: Record<string, unknown>) {
    const response = await server.graphql<{
      sendEventMessage: { message: SentMessage | null; errors: unknown[] };
    }>(SEND, { input }, admin.headers);
    return response.data!.sendEventMessage;
  }

  /** An event with a waiver and two bookings of three attendees each (own addresses); two have signed. */
  async function eventWithSomeSigned(): Promise<{
    waiverEvent: WaiverEvent;
    unsigned: string[];
    signed: string[];
  }> {
    const waiverEvent = await createWaiverEvent(server, admin);
    const first = await bookFree(server, waiverEvent, ['Ada', 'Brian', 'Cleo']);
    const second = await bookFree(server, waiverEvent, ['Dan', 'Eve', 'Finn']);
    const attendees = [...first.input.attendees, ...second.input.attendees].map(
      (attendee) => attendee.email!,
    );
    const signed = [attendees[1], attendees[4]];
    for (const address of signed) {
      const [request] = await outbox()
        .find({ where: { kind: EmailKind.WAIVER_REQUEST } })
        .then((rows) => rows.filter((row) => row.recipients.includes(address)));
      const result = await signWaiver(server, signingTokenOf(request), 'Signer');
      expect(result.errors).toBeUndefined();
    }
    return { waiverEvent, unsigned: attendees.filter((address) => !signed.includes(address)), signed };
  }

  it('reaches exactly the attendees who have not signed the waiver, and shows each one’s delivery', async () => {
    const { waiverEvent, unsigned } = await eventWithSomeSigned();
    const subject = `Please sign before Friday ${Date.now()}`;
    const input = {
      eventId: waiverEvent.event.id,
      subject,
      body: 'Hello {name}, please **sign the waiver** before {event.title}.',
      audience: 'ATTENDEES',
      filter: { waiver: 'UNSIGNED' },
    };

    const preview = await server.graphql<{
      previewEventMessage: { recipientCount: number; html: string; sampleRecipient: string };
    }>(PREVIEW, { input }, admin.headers);
    expect(preview.data?.previewEventMessage.recipientCount).toBe(4);
    expect(preview.data?.previewEventMessage.html).toContain('<strong>sign the waiver</strong>');
    expect(unsigned).toContain(preview.data?.previewEventMessage.sampleRecipient);

    const sent = await send(input);
    expect(sent.errors).toEqual([]);
    expect(sent.message?.status).toBe('SCHEDULED');
    await runJob();
    const mails = await messagesTo(subject);
    expect(mails.map((mail) => mail.recipients[0]).sort()).toEqual([...unsigned].sort());
    expect(mails[0].listUnsubscribeUrl).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]{40,}$/);

    await runJob(); // a second run reaches nobody twice
    expect(await messagesTo(subject)).toHaveLength(4);
    const queued = await server.graphql<{
      eventMessage: SentMessage;
      eventMessageDeliveries: { recipient: string; status: string }[];
    }>(MESSAGE, { id: sent.message!.id }, admin.headers);
    expect(queued.data?.eventMessage).toMatchObject({
      status: 'SENT',
      recipientCount: 4,
      deliveries: { total: 4, queued: 4, sent: 0 },
    });

    await server.app.services.email.deliverDue(testContext(), 100);
    const delivered = await server.graphql<{
      eventMessage: SentMessage;
      eventMessageDeliveries: { recipient: string; status: string; sentAt: string | null }[];
    }>(MESSAGE, { id: sent.message!.id }, admin.headers);
    expect(delivered.data?.eventMessage.deliveries).toMatchObject({ total: 4, queued: 0, sent: 4 });
    expect(delivered.data?.eventMessageDeliveries.map((row) => row.recipient).sort()).toEqual(
      [...unsigned].sort(),
    );
    expect(delivered.data?.eventMessageDeliveries.every((row) => row.sentAt !== null)).toBe(true);

    const audit = await server.graphql<{ auditLog: { nodes: { action: string; objectId: string }[] } }>(
      AUDIT,
      {},
      admin.headers,
    );
    expect(audit.data?.auditLog.nodes).toContainEqual({
      action: 'eventMessage.send',
      objectId: sent.message!.id,
    });
  });

  it('shows typed HTML as text, escapes names in placeholders and drops script links', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, null);
    await bookFree(server, waiverEvent, ['<img src=x onerror=alert(1)>']);
    const preview = await server.graphql<{ previewEventMessage: { html: string; text: string } }>(
      PREVIEW,
      {
        input: {
          eventId: waiverEvent.event.id,
          subject: 'Doors at 7',
          body: 'Dear {name}: <script>alert(2)</script> [map](javascript:alert(3))',
        },
      },
      admin.headers,
    );
    const { html, text } = preview.data!.previewEventMessage;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img src=x|href="javascript:/i);
    expect(text).toContain('Dear <img src=x onerror=alert(1)>:');
  });

  it('puts each buyer’s own booking link where {booking.url} stands, alone or as a link; attendees get the words only', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, null);
    const { input } = await bookFree(server, waiverEvent, ['Hal']);
    const body = '[Your booking]({booking.url})\n\n{booking.url}';
    const toBuyers = `Your booking ${Date.now()}`;
    const toAttendees = `Your ticket ${Date.now()}`;
    expect(
      (await send({ eventId: waiverEvent.event.id, subject: toBuyers, body, audience: 'BUYERS' })).errors,
    ).toEqual([]);
    expect(
      (await send({ eventId: waiverEvent.event.id, subject: toAttendees, body, audience: 'ATTENDEES' }))
        .errors,
    ).toEqual([]);
    await runJob();

    const [buyers] = await messagesTo(toBuyers);
    expect(buyers.recipients).toEqual([input.buyer.email]);
    const link = /<a href="(http[^"]+\/bookings\/[^"]+)">Your booking<\/a>/.exec(buyers.html);
    expect(link).not.toBeNull();
    expect(buyers.html).toContain(`<a href="${link![1]}">${link![1]}</a>`);
    expect(buyers.html).not.toContain('%7Bbooking.url%7D');
    expect(buyers.text).toContain(`[Your booking](${link![1].replaceAll('&amp;', '&')})`);

    const [attendees] = await messagesTo(toAttendees);
    expect(attendees.recipients).toEqual([input.attendees[0].email]);
    expect(attendees.html).toContain('Your booking');
    expect(attendees.html).not.toMatch(/<a [^>]*>Your booking/);
    expect(attendees.html).not.toContain('%7Bbooking.url%7D');
  });

  it('refuses unknown placeholders and ticket types, naming each field, in one pass', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, null);
    const result = await send({
      eventId: waiverEvent.event.id,
      subject: 'Hi {firstName}',
      body: 'See you at {venue}',
      filter: { ticketTypeIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_PLACEHOLDER', field: 'subject' }),
      expect.objectContaining({ code: 'UNKNOWN_PLACEHOLDER', field: 'body' }),
      expect.objectContaining({ code: 'UNKNOWN_TICKET_TYPE', field: 'filter.ticketTypeIds.0' }),
    ]);
  });

  it('sends a scheduled message at its time, and a cancelled one never', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, null, { startsInDays: 3 });
    await bookFree(server, waiverEvent, ['Gil']);
    const later = `Later ${Date.now()}`;
    const never = `Never ${Date.now()}`;
    const sendAt = new Date(now.getTime() + 2 * HOUR).toISOString();
    const scheduled = await send({ eventId: waiverEvent.event.id, subject: later, body: 'Soon.', sendAt });
    const cancelled = await send({ eventId: waiverEvent.event.id, subject: never, body: 'No.', sendAt });
    const cancel = await server.graphql<{ cancelEventMessage: { message: { status: string } } }>(
      CANCEL,
      { id: cancelled.message!.id },
      admin.headers,
    );
    expect(cancel.data?.cancelEventMessage.message.status).toBe('CANCELLED');

    await runJob();
    expect(await messagesTo(later)).toHaveLength(0);
    const start = now;
    try {
      now = new Date(start.getTime() + 2 * HOUR);
      await runJob();
    } finally {
      now = start;
    }
    expect(await messagesTo(later)).toHaveLength(1);
    expect(await messagesTo(never)).toHaveLength(0);
    expect(scheduled.message?.status).toBe('SCHEDULED');
  });

  it('leaves out an address that followed the unsubscribe link, from messages and reminders alike', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, null);
    const booking = await bookFree(server, waiverEvent, ['Hal', 'Ivy']);
    const [hal, ivy] = booking.input.attendees.map((attendee) => attendee.email!);
    const first = `First ${Date.now()}`;
    await send({ eventId: waiverEvent.event.id, subject: first, body: 'One.' });
    await runJob();
    const toHal = (await messagesTo(first)).find((mail) => mail.recipients[0] === hal)!;
    const token = /\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(toHal.text)![1];
    const unsubscribed = await server.graphql<{ unsubscribe: { unsubscribed: boolean; eventTitle: string } }>(
      UNSUBSCRIBE,
      { token },
    );
    expect(unsubscribed.data?.unsubscribe).toEqual({
      unsubscribed: true,
      eventTitle: waiverEvent.event.title,
    });
    const unknown = await server.graphql<{ unsubscribe: { unsubscribed: boolean } }>(UNSUBSCRIBE, {
      token: `${token}x`,
    });
    expect(unknown.data?.unsubscribe.unsubscribed).toBe(false);

    const second = `Second ${Date.now()}`;
    await send({ eventId: waiverEvent.event.id, subject: second, body: 'Two.' });
    await runJob();
    expect((await messagesTo(second)).map((mail) => mail.recipients[0])).toEqual([ivy]);
  });
});
