/**
 * Waivers over HTTP against a real PostgreSQL, with mail delivered to a real SMTP server on loopback:
 * versions, requests after confirmation, signing with right, wrong and reused links, reminders,
 * resending, paper waivers and the CSV export.
 */
import { spreadsheetSafe } from '../../csv';
import { getNamedType, isObjectType, type GraphQLNamedType } from 'graphql';
import { loginAs, type SignedIn } from '../../../test/auth';
import { inTransaction, testContext } from '../../../test/context';
import { HOUR } from '../../../test/factories';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { StatementCounter } from '../../../test/statement-counter';
import { startTestServer, type TestServer } from '../../../test/test-server';
import {
  SET_EVENT_WAIVER,
  WAIVER_TO_SIGN,
  bookFree,
  createWaiverEvent,
  deliverAll,
  waiverMails,
  setWaiver,
  signWaiver,
  signingTokenOf,
  type SignatureData,
} from '../../../test/waivers';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { BookingEntity, BookingStatus } from '../bookings/booking.entity';
import { EmailMessageEntity } from '../email/email-message.entity';
import { buildAppSchema } from '../../graphql/schema';
import { WaiverLinkEntity, WaiverSignatureEntity } from './waiver-signature.entity';

let server: TestServer;
let sink: SmtpSink;
let admin: SignedIn;
let staff: SignedIn;
const statements = new StatementCounter();

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({
    env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://tickets.example.org' },
    queryLogger: statements,
  });
  admin = await loginAs(server, AdminRole.ADMIN);
  staff = await loginAs(server, AdminRole.STAFF);
});

afterAll(async () => {
  await server.close();
  await sink.close();
});

beforeEach(() => sink.clear());

const ATTENDEES = /* GraphQL */ `
  query Attendees($eventId: ID!) {
    eventAttendees(eventId: $eventId, first: 100) {
      nodes {
        ticketId
        attendeeName
        waiverStatus
        waiverVersion
      }
    }
  }
`;

interface AttendeesData {
  eventAttendees: {
    nodes: { ticketId: string; attendeeName: string; waiverStatus: string; waiverVersion: number | null }[];
  };
}

async function attendeesOf(eventId: string) {
  const response = await server.graphql<AttendeesData>(ATTENDEES, { eventId }, staff.headers);
  return response.data!.eventAttendees.nodes;
}

describe('waiver versions', () => {
  it('numbers each edit of the text as a new version and keeps the old ones', async () => {
    const { event } = await createWaiverEvent(server, admin, 'Version one.');
    const second = await setWaiver(server, admin, event.id, 'Version two.');
    const waiver = (second.data as unknown as { setEventWaiver: { waiver: Record<string, unknown> } })
      .setEventWaiver.waiver;
    expect(waiver).toEqual({
      required: true,
      current: { version: 2, text: 'Version two.' },
      versions: [
        { version: 2, isCurrent: true, createdByEmail: admin.email },
        { version: 1, isCurrent: false, createdByEmail: admin.email },
      ],
    });
    const entries = await server.dataSource.getRepository(AuditLogEntryEntity).findBy({ objectId: event.id });
    expect(entries.map((entry) => [entry.action, entry.accountEmail])).toEqual([
      ['waiver.set', admin.email],
      ['waiver.set', admin.email],
    ]);
  });

  it('refuses to set a waiver for an unknown event with EVENT_NOT_FOUND', async () => {
    const response = await server.graphql<{ setEventWaiver: { errors: { code: string }[] } }>(
      SET_EVENT_WAIVER,
      { input: { eventId: '00000000-0000-4000-8000-000000000000', text: 'x' } },
      admin.headers,
    );
    expect(response.data?.setEventWaiver.errors.map((error) => error.code)).toEqual(['EVENT_NOT_FOUND']);
  });

  it('lets STAFF read the versions but not write them', async () => {
    const { event } = await createWaiverEvent(server, admin);
    const read = await server.graphql<{ eventWaiver: { versions: { version: number }[] } }>(
      'query($id: ID!) { eventWaiver(eventId: $id) { versions { version } } }',
      { id: event.id },
      staff.headers,
    );
    expect(read.data?.eventWaiver.versions).toEqual([{ version: 1 }]);
    const write = await server.graphql(
      SET_EVENT_WAIVER,
      { input: { eventId: event.id, text: 'No.' } },
      staff.headers,
    );
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('asks for no signatures once the waiver is disabled', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const disabled = await server.graphql<{ disableEventWaiver: { waiver: { required: boolean } } }>(
      'mutation($id: ID!) { disableEventWaiver(eventId: $id) { waiver { required } errors { code } } }',
      { id: waiverEvent.event.id },
      admin.headers,
    );
    expect(disabled.data?.disableEventWaiver.waiver.required).toBe(false);
    await bookFree(server, waiverEvent, ['Nobody Signs']);
    expect(
      await server.dataSource.getRepository(WaiverSignatureEntity).countBy({ eventId: waiverEvent.event.id }),
    ).toBe(0);
    expect((await attendeesOf(waiverEvent.event.id)).map((a) => a.waiverStatus)).toEqual(['NOT_REQUIRED']);
  });

  it('tells shoppers, on the public event, whether a waiver is asked for', async () => {
    const { event } = await createWaiverEvent(server, admin, null);
    const waiverRequired = async () => {
      const response = await server.graphql<{ event: { waiverRequired: boolean } }>(
        'query($slug: String!) { event(slug: $slug) { waiverRequired } }',
        { slug: event.slug },
      );
      return response.data?.event.waiverRequired;
    };
    await expect(waiverRequired()).resolves.toBe(false);
    await setWaiver(server, admin, event.id, 'At my own risk.');
    await expect(waiverRequired()).resolves.toBe(true);
    await server.graphql(
      'mutation($id: ID!) { disableEventWaiver(eventId: $id) { errors { code } } }',
      { id: event.id },
      admin.headers,
    );
    await expect(waiverRequired()).resolves.toBe(false);
  });
});

describe('waiver requests', () => {
  it('e-mails each attendee of a confirmed booking their own signing link, once', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, 'Risky.', { title: 'Cliff Climb' });
    const { booking, input } = await bookFree(server, waiverEvent, ['Ada Lovelace', 'Alan Turing']);
    const mails = await deliverAll(server, sink, 2);
    expect(mails).toHaveLength(2);
    const emails = input.attendees.map((attendee) => attendee.email);
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual([...emails].sort());
    for (const mail of mails) {
      expect(mail.subject).toBe('Please sign the waiver for Cliff Climb');
      expect(mail.text).toContain('https://tickets.example.org/waivers/');
    }
    const tokens = mails.map(signingTokenOf);
    expect(new Set(tokens).size).toBe(2);
    // Only hashes are stored.
    const links = await server.dataSource.getRepository(WaiverLinkEntity).find();
    for (const token of tokens) expect(links.map((link) => link.tokenHash)).not.toContain(token);

    // Asking again (as a second confirmation path would) sends nothing new.
    await inTransaction(server.app.services, (tx) =>
      server.app.services.waiverSigning.requestSignatures(tx, booking.id),
    );
    await deliverAll(server, sink, 0);
    expect(waiverMails(sink.messages)).toHaveLength(2);
    const causes = await server.dataSource
      .getRepository(EmailMessageEntity)
      .findBy(booking.tickets.map((ticket) => ({ causeKey: `waiver-request:${ticket.id}` })));
    expect(causes).toHaveLength(2);
  });

  it('sends nothing for an event without a waiver', async () => {
    const plain = await createWaiverEvent(server, admin, null);
    await bookFree(server, plain, ['No Waiver']);
    await deliverAll(server, sink, 0);
    expect(waiverMails(sink.messages)).toHaveLength(0);
  });
});

describe('signing', () => {
  it('shows the current text for the link and records name, version, time, address and user agent', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, 'I accept the risks.', { title: 'Sky Dive' });
    await bookFree(server, waiverEvent, ['Grace Hopper']);
    const [mail] = await deliverAll(server, sink, 1);
    const token = signingTokenOf(mail);

    const page = await server.graphql(WAIVER_TO_SIGN, { token });
    expect(page.data?.waiverToSign).toEqual({
      eventTitle: 'Sky Dive',
      eventTimeZone: waiverEvent.event.timeZone,
      attendeeName: 'Grace Hopper',
      version: 1,
      text: 'I accept the risks.',
      signature: null,
    });

    // As the site's server signs for the browser: its own agent is node, the browser's is forwarded.
    const signed = await signWaiver(server, token, '  Grace Brewster Hopper ', {
      'user-agent': 'node',
      'x-forwarded-user-agent': 'TestBrowser/1.0',
      'x-forwarded-for': '203.0.113.9',
    });
    expect(signed.data?.signWaiver.errors).toEqual([]);
    expect(signed.data?.signWaiver.signature).toMatchObject({
      version: 1,
      signerName: 'Grace Brewster Hopper',
      method: 'ONLINE',
    });
    const stored = await server.dataSource.getRepository(WaiverSignatureEntity).findOneByOrFail({
      eventId: waiverEvent.event.id,
    });
    expect(stored.signerName).toBe('Grace Brewster Hopper');
    expect(stored.userAgent).toBe('TestBrowser/1.0');
    expect(stored.clientAddress).toBe('203.0.113.9');
    expect(stored.signedAt).toBeInstanceOf(Date);
    expect((await attendeesOf(waiverEvent.event.id))[0]).toMatchObject({
      waiverStatus: 'SIGNED',
      waiverVersion: 1,
    });

    const after = await server.graphql<{ waiverToSign: { signature: { signerName: string } } }>(
      WAIVER_TO_SIGN,
      {
        token,
      },
    );
    expect(after.data?.waiverToSign.signature.signerName).toBe('Grace Brewster Hopper');
  });

  it('treats a wrong token exactly like an unknown one', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    await bookFree(server, waiverEvent, ['Wrong Token']);
    const [mail] = await deliverAll(server, sink, 1);
    const token = signingTokenOf(mail);
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;

    expect((await server.graphql(WAIVER_TO_SIGN, { token: wrong })).data).toEqual({ waiverToSign: null });
    expect((await server.graphql(WAIVER_TO_SIGN, { token: 'nonsense' })).data).toEqual({
      waiverToSign: null,
    });
    for (const candidate of [wrong, 'nonsense']) {
      const response = await signWaiver(server, candidate, 'Someone Else');
      expect(response.data?.signWaiver).toEqual({
        signature: null,
        errors: [{ code: 'NOT_FOUND', field: 'token', message: 'This signing link is not valid.' }],
      });
    }
    expect((await attendeesOf(waiverEvent.event.id))[0].waiverStatus).toBe('UNSIGNED');
  });

  it('refuses a reused link with ALREADY_SIGNED and keeps the first signature', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    await bookFree(server, waiverEvent, ['Reuse Me']);
    const [mail] = await deliverAll(server, sink, 1);
    const token = signingTokenOf(mail);
    await signWaiver(server, token, 'First Signer');

    const again = await signWaiver(server, token, 'Second Signer');
    expect(again.data?.signWaiver.errors.map((error) => error.code)).toEqual(['ALREADY_SIGNED']);
    expect(again.data?.signWaiver.signature?.signerName).toBe('First Signer');
    const stored = await server.dataSource
      .getRepository(WaiverSignatureEntity)
      .findOneByOrFail({ eventId: waiverEvent.event.id });
    expect(stored.signerName).toBe('First Signer');
  });

  it('rejects signing without agreeing', async () => {
    const response = await server.graphql(
      'mutation { signWaiver(input: { token: "abc", fullName: "Some One", agree: false }) { errors { code } } }',
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps version 1 on earlier signatures when version 2 is written; new signers sign version 2', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, 'Version one.');
    await bookFree(server, waiverEvent, ['Early Bird']);
    await bookFree(server, waiverEvent, ['Late Comer']);
    const mails = await deliverAll(server, sink, 2);
    const tokenFor = (name: string) => signingTokenOf(mails.find((mail) => mail.text?.includes(name))!);

    await signWaiver(server, tokenFor('Early Bird'), 'Early Bird');
    await setWaiver(server, admin, waiverEvent.event.id, 'Version two.');

    const page = await server.graphql<{ waiverToSign: { version: number; text: string } }>(WAIVER_TO_SIGN, {
      token: tokenFor('Late Comer'),
    });
    expect(page.data?.waiverToSign).toMatchObject({ version: 2, text: 'Version two.' });
    const late = await signWaiver(server, tokenFor('Late Comer'), 'Late Comer');
    expect(late.data?.signWaiver.signature?.version).toBe(2);

    const statuses = await attendeesOf(waiverEvent.event.id);
    expect(statuses.map((a) => [a.attendeeName, a.waiverStatus, a.waiverVersion])).toEqual([
      ['Early Bird', 'SIGNED', 1],
      ['Late Comer', 'SIGNED', 2],
    ]);
  });
});

describe('reminders', () => {
  it('reminds only unsigned attendees, once per configured offset', async () => {
    // Far off, so no other test's event is within the reminder windows of the times used here.
    const waiverEvent = await createWaiverEvent(server, admin, 'Remind me.', { startsInDays: 400 });
    await bookFree(server, waiverEvent, ['Signs Early', 'Never Signs']);
    const requests = await deliverAll(server, sink, 2);
    const early = requests.find((mail) => mail.text?.includes('Signs Early'))!;
    await signWaiver(server, signingTokenOf(early), 'Signs Early');
    sink.clear();

    const startsAt = waiverEvent.event.startsAt.getTime();
    const { waiverReminders } = server.app.services;
    expect(await waiverReminders.sendReminders(testContext({ now: new Date(startsAt - 100 * HOUR) }))).toBe(
      0,
    );
    expect(await waiverReminders.sendReminders(testContext({ now: new Date(startsAt - 71 * HOUR) }))).toBe(1);
    expect(await waiverReminders.sendReminders(testContext({ now: new Date(startsAt - 70 * HOUR) }))).toBe(0);
    expect(await waiverReminders.sendReminders(testContext({ now: new Date(startsAt - 23 * HOUR) }))).toBe(1);
    expect(await waiverReminders.sendReminders(testContext({ now: new Date(startsAt - 1 * HOUR) }))).toBe(0);
    expect(await waiverReminders.sendReminders(testContext({ now: new Date(startsAt + 1 * HOUR) }))).toBe(0);

    const reminders = await deliverAll(server, sink, 2);
    expect(reminders).toHaveLength(2);
    for (const mail of reminders) {
      expect(mail.subject).toMatch(/^Reminder: sign the waiver/);
      expect(mail.text).toContain('Never Signs');
    }
    // A reminder's link signs too.
    const signed = await signWaiver(server, signingTokenOf(reminders[1]), 'Never Signs');
    expect(signed.data?.signWaiver.errors).toEqual([]);
  });

  it('skips offsets that had passed before the attendee was asked', async () => {
    const waiverEvent = await createWaiverEvent(server, admin, 'Soon.', {
      startsAt: new Date(Date.now() + 30 * HOUR),
    });
    await bookFree(server, waiverEvent, ['Books Late']);
    await deliverAll(server, sink, 1);
    const startsAt = waiverEvent.event.startsAt.getTime();
    expect(
      await server.app.services.waiverReminders.sendReminders(
        testContext({ now: new Date(startsAt - 29 * HOUR) }),
      ),
    ).toBe(0);
    expect(
      await server.app.services.waiverReminders.sendReminders(
        testContext({ now: new Date(startsAt - 23 * HOUR) }),
      ),
    ).toBe(1);
    sink.clear();
    const [reminder] = await deliverAll(server, sink, 1);
    expect(reminder.text).toContain('Books Late');
  });
});

describe('admin actions', () => {
  const RESEND = /* GraphQL */ `
    mutation ($ticketId: ID!) {
      resendWaiverRequest(ticketId: $ticketId) {
        ticketId
        errors {
          code
        }
      }
    }
  `;

  it('resends the request with a new link while the old one keeps working', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking } = await bookFree(server, waiverEvent, ['Lost Mail']);
    const [first] = await deliverAll(server, sink, 1);
    const ticketId = booking.tickets[0].id;

    const resent = await server.graphql<{ resendWaiverRequest: { errors: unknown[] } }>(
      RESEND,
      { ticketId },
      admin.headers,
    );
    expect(resent.data?.resendWaiverRequest.errors).toEqual([]);
    const [resentMail, ...more] = await deliverAll(server, sink, 1);
    expect(more).toEqual([]);
    expect(signingTokenOf(resentMail)).not.toBe(signingTokenOf(first));
    expect((await signWaiver(server, signingTokenOf(first), 'Lost Mail')).data?.signWaiver.errors).toEqual(
      [],
    );

    const entries = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ objectId: ticketId, action: 'waiver.resend' });
    expect(entries).toHaveLength(1);
    const again = await server.graphql<{ resendWaiverRequest: { errors: { code: string }[] } }>(
      RESEND,
      { ticketId },
      admin.headers,
    );
    expect(again.data?.resendWaiverRequest.errors.map((error) => error.code)).toEqual(['ALREADY_SIGNED']);
  });

  it('records a paper waiver by STAFF on the current version, with an audit entry', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking } = await bookFree(server, waiverEvent, ['Paper Person']);
    const ticketId = booking.tickets[0].id;
    const recorded = await server.graphql<{
      recordPaperWaiver: {
        signature: { method: string; version: number; signerName: string };
        errors: unknown[];
      };
    }>(
      'mutation($input: RecordPaperWaiverInput!) { recordPaperWaiver(input: $input) { signature { method version signerName } errors { code } } }',
      { input: { ticketId, signerName: 'Paper Person' } },
      staff.headers,
    );
    expect(recorded.data?.recordPaperWaiver).toEqual({
      signature: { method: 'PAPER', version: 1, signerName: 'Paper Person' },
      errors: [],
    });
    const entries = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ objectId: ticketId, action: 'waiver.paper' });
    expect(entries.map((entry) => entry.accountEmail)).toEqual([staff.email]);
  });

  it('refuses a paper waiver for a ticket of a cancelled booking', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking } = await bookFree(server, waiverEvent, ['Cancelled One']);
    await server.dataSource
      .getRepository(BookingEntity)
      .update(booking.id, { status: BookingStatus.CANCELLED });
    const response = await server.graphql<{ recordPaperWaiver: { errors: { code: string }[] } }>(
      'mutation($input: RecordPaperWaiverInput!) { recordPaperWaiver(input: $input) { errors { code } } }',
      { input: { ticketId: booking.tickets[0].id, signerName: 'Cancelled One' } },
      admin.headers,
    );
    expect(response.data?.recordPaperWaiver.errors.map((error) => error.code)).toEqual(['TICKET_NOT_VALID']);
  });
});

describe('signed waivers CSV', () => {
  it('lists version, name, time, attendee and ticket code, quoting commas and quotes', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking } = await bookFree(server, waiverEvent, ['Smith, "Jo"', 'Unsigned Person']);
    const mails = await deliverAll(server, sink, 2);
    const mail = mails.find((candidate) => candidate.text?.includes('Smith'))!;
    await signWaiver(server, signingTokenOf(mail), 'Jo "JJ" Smith, Jr.', { 'user-agent': 'CsvAgent' });

    const response = await server.graphql<{ waiverSignaturesCsv: string }>(
      'query($id: ID!) { waiverSignaturesCsv(eventId: $id) }',
      { id: waiverEvent.event.id },
      staff.headers,
    );
    const lines = response.data!.waiverSignaturesCsv.split('\r\n');
    expect(lines[0]).toBe(
      'waiver_version,signer_name,signed_at,method,attendee_name,attendee_email,ticket_code,booking_reference,client_address,user_agent,recorded_by',
    );
    const ticket = booking.tickets.find((candidate) => candidate.attendeeName.startsWith('Smith'))!;
    // A random code may start with "-": the export defuses it like any formula-looking text.
    const asCsvCell = (text: string) => spreadsheetSafe(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(lines[1]).toMatch(
      new RegExp(
        `^1,"Jo ""JJ"" Smith, Jr\\.",\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z,ONLINE,"Smith, ""Jo""",${ticket.attendeeEmail},${asCsvCell(ticket.code!)},${booking.reference},[^,]+,CsvAgent,$`,
      ),
    );
    expect(lines.slice(2)).toEqual(['']);
  });

  it('refuses anonymous callers', async () => {
    const response = await server.graphql(
      'query { waiverSignaturesCsv(eventId: "00000000-0000-4000-8000-000000000000") }',
    );
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('waiver status on the booking page', () => {
  const BOOKING_WAIVERS = /* GraphQL */ `
    query BookingWaivers($token: String!) {
      booking(token: $token) {
        tickets {
          attendeeName
          waiver {
            status
            signature {
              signedAt
              version
              signerName
              method
            }
          }
        }
      }
    }
  `;

  interface BookingWaiversData {
    booking: {
      tickets: {
        attendeeName: string;
        waiver: { status: string; signature: SignatureData | null };
      }[];
    } | null;
  }

  async function waiversOf(token: string) {
    const response = await server.graphql<BookingWaiversData>(BOOKING_WAIVERS, { token });
    expect(response.errors).toBeUndefined();
    return response;
  }

  it('shows each ticket as not signed, then signed online or on paper, through the booking’s token', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking, token } = await bookFree(server, waiverEvent, [
      'Online Signer',
      'Paper Signer',
      'Late One',
    ]);
    const mails = await deliverAll(server, sink, 3);

    const before = await waiversOf(token);
    expect(before.data?.booking?.tickets.map((ticket) => [ticket.attendeeName, ticket.waiver])).toEqual([
      ['Online Signer', { status: 'UNSIGNED', signature: null }],
      ['Paper Signer', { status: 'UNSIGNED', signature: null }],
      ['Late One', { status: 'UNSIGNED', signature: null }],
    ]);

    const onlineMail = mails.find((mail) => mail.to[0] === booking.tickets[0].attendeeEmail)!;
    expect(
      (await signWaiver(server, signingTokenOf(onlineMail), 'Online Signer')).data?.signWaiver.errors,
    ).toEqual([]);
    await server.graphql(
      'mutation($input: RecordPaperWaiverInput!) { recordPaperWaiver(input: $input) { errors { code } } }',
      { input: { ticketId: booking.tickets[1].id, signerName: 'Paper Signer' } },
      staff.headers,
    );

    const after = await waiversOf(token);
    const [online, paper, late] = after.data!.booking!.tickets.map((ticket) => ticket.waiver);
    expect(online).toEqual({
      status: 'SIGNED',
      signature: { signedAt: expect.any(String), version: 1, signerName: 'Online Signer', method: 'ONLINE' },
    });
    expect(paper).toEqual({
      status: 'SIGNED',
      signature: { signedAt: expect.any(String), version: 1, signerName: 'Paper Signer', method: 'PAPER' },
    });
    expect(late).toEqual({ status: 'UNSIGNED', signature: null });
    // The signing links stay in the attendees' mailboxes: no token appears in the booking.
    const answer = JSON.stringify(after.data);
    for (const mail of mails) expect(answer).not.toContain(signingTokenOf(mail));
  });

  it('says NOT_REQUIRED for an event without a waiver', async () => {
    const { token } = await bookFree(server, await createWaiverEvent(server, admin, null), ['Free Spirit']);
    expect((await waiversOf(token)).data?.booking?.tickets[0].waiver).toEqual({
      status: 'NOT_REQUIRED',
      signature: null,
    });
  });

  it('reads the waivers of all tickets in one statement, however many tickets there are (no N+1)', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const one = await bookFree(server, waiverEvent, ['Solo']);
    const six = await bookFree(server, waiverEvent, [
      'A One',
      'B Two',
      'C Three',
      'D Four',
      'E Five',
      'F Six',
    ]);
    statements.reset();
    await waiversOf(one.token);
    const forOne = statements.count;
    statements.reset();
    await waiversOf(six.token);
    expect(statements.count).toBe(forOne);
    expect(statements.statements.filter((sql) => sql.includes('waiver_signature'))).toHaveLength(1);
  });

  it('reveals nothing without the booking’s token: a wrong token opens nothing, and no other query reaches tickets’ waivers', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { token } = await bookFree(server, waiverEvent, ['Hidden Person']);
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await waiversOf(wrong)).data).toEqual({ booking: null });

    // Every public query field from which TicketWaiver can be reached: only booking(token:).
    const schema = await buildAppSchema();
    const reaches = new Map<string, boolean>();
    const canReach = (type: GraphQLNamedType): boolean => {
      if (type.name === 'TicketWaiver') return true;
      if (!isObjectType(type)) return false;
      if (reaches.has(type.name)) return reaches.get(type.name)!;
      reaches.set(type.name, false);
      const found = Object.values(type.getFields()).some((field) => canReach(getNamedType(field.type)));
      reaches.set(type.name, found);
      return found;
    };
    const queryFields = Object.values(schema.getQueryType()!.getFields());
    const reaching = queryFields.filter((field) => canReach(getNamedType(field.type)));
    expect(reaching.map((field) => [field.name, field.args.map((arg) => arg.name)])).toEqual([
      ['booking', ['token']],
    ]);
  });
});

describe('signing from the booking page', () => {
  const OPEN = /* GraphQL */ `
    mutation Open($input: OpenWaiverSigningInput!) {
      openWaiverSigning(input: $input) {
        signingToken
        errors {
          code
          field
        }
      }
    }
  `;
  type OpenData = {
    openWaiverSigning: { signingToken: string | null; errors: { code: string; field: string | null }[] };
  };
  const open = (bookingToken: string, ticketId: string) =>
    server.graphql<OpenData>(OPEN, { input: { bookingToken, ticketId } });

  it('gives the booking’s holder a signing link for its attendee, and refuses another booking’s ticket or a wrong token', async () => {
    const event = await createWaiverEvent(server, admin);
    const mine = await bookFree(server, event, ['Own Runner']);
    const theirs = await bookFree(server, event, ['Other Runner']);

    const opened = await open(mine.token, mine.booking.tickets[0].id);
    const token = opened.data!.openWaiverSigning.signingToken!;
    expect(opened.data?.openWaiverSigning.errors).toEqual([]);
    const page = await server.graphql<{ waiverToSign: { attendeeName: string } | null }>(
      'query($token: String!) { waiverToSign(token: $token) { attendeeName } }',
      { token },
    );
    expect(page.data?.waiverToSign?.attendeeName).toBe('Own Runner');

    const other = await open(mine.token, theirs.booking.tickets[0].id);
    expect(other.data?.openWaiverSigning).toEqual({
      signingToken: null,
      errors: [{ code: 'TICKET_NOT_FOUND', field: 'ticketId' }],
    });
    const wrong = await open('not-a-booking-token', mine.booking.tickets[0].id);
    expect(wrong.data?.openWaiverSigning.errors).toEqual([{ code: 'NOT_FOUND', field: 'bookingToken' }]);
  });
});
