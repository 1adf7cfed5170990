/**
 * Check-in over HTTP against a real PostgreSQL: once only, second scan names the first, waivers block
 * until signed or recorded on paper, invalid tickets, concurrent scans, lookups, lists and CSV.
 */
import { loginAs, type SignedIn } from '../../../test/auth';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { bookFree, createWaiverEvent, deliverAll, signWaiver, signingTokenOf } from '../../../test/waivers';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { BookingEntity, BookingStatus } from '../bookings/booking.entity';

let server: TestServer;
let sink: SmtpSink;
let admin: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ env: { SMTP_URL: sink.url } });
  admin = await loginAs(server, AdminRole.ADMIN);
  staff = await loginAs(server, AdminRole.STAFF);
});

afterAll(async () => {
  await server.close();
  await sink.close();
});

beforeEach(() => sink.clear());

const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($input: CheckInTicketInput!) {
    checkInTicket(input: $input) {
      ticket {
        ticketId
        attendeeName
        checkedInAt
        checkedInBy
        waiverStatus
      }
      errors {
        code
        message
        checkedInAt
        checkedInBy
      }
    }
  }
`;

interface CheckInData {
  checkInTicket: {
    ticket: {
      ticketId: string;
      attendeeName: string;
      checkedInAt: string | null;
      checkedInBy: string | null;
      waiverStatus: string;
    } | null;
    errors: { code: string; message: string; checkedInAt: string | null; checkedInBy: string | null }[];
  };
}

function checkIn(code: string, who: SignedIn = staff, eventId?: string) {
  return server.graphql<CheckInData>(CHECK_IN, { input: { code, eventId } }, who.headers);
}

const codesOf = (response: Awaited<ReturnType<typeof checkIn>>) =>
  response.data?.checkInTicket.errors.map((error) => error.code);

describe('checking in', () => {
  it('checks a ticket in once and refuses the second scan, saying when and by whom', async () => {
    const noWaiver = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, noWaiver, ['Door Person']);
    const code = booking.tickets[0].code!;

    const first = await checkIn(code, staff);
    expect(first.data?.checkInTicket.errors).toEqual([]);
    expect(first.data?.checkInTicket.ticket).toMatchObject({
      attendeeName: 'Door Person',
      checkedInBy: staff.email,
      waiverStatus: 'NOT_REQUIRED',
    });
    const firstAt = first.data!.checkInTicket.ticket!.checkedInAt!;

    const second = await checkIn(code, admin);
    expect(second.data?.checkInTicket.errors).toEqual([
      {
        code: 'ALREADY_CHECKED_IN',
        message: `Already checked in at ${firstAt} by ${staff.email}.`,
        checkedInAt: firstAt,
        checkedInBy: staff.email,
      },
    ]);
    const entries = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ objectId: booking.tickets[0].id, action: 'ticket.checkIn' });
    expect(entries.map((entry) => entry.accountEmail)).toEqual([staff.email]);
  });

  it('refuses a ticket whose waiver is unsigned, then accepts it once signed', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking } = await bookFree(server, waiverEvent, ['Must Sign']);
    const code = booking.tickets[0].code!;

    const refused = await checkIn(code);
    expect(codesOf(refused)).toEqual(['WAIVER_UNSIGNED']);
    expect(refused.data?.checkInTicket.ticket?.checkedInAt).toBeNull();

    const [mail] = await deliverAll(server, sink, 1);
    await signWaiver(server, signingTokenOf(mail), 'Must Sign');
    const accepted = await checkIn(code);
    expect(accepted.data?.checkInTicket.errors).toEqual([]);
    expect(accepted.data?.checkInTicket.ticket?.waiverStatus).toBe('SIGNED');
  });

  it('accepts a ticket once a paper waiver is recorded', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking } = await bookFree(server, waiverEvent, ['Paper Signer']);
    const ticket = booking.tickets[0];
    expect(codesOf(await checkIn(ticket.code!))).toEqual(['WAIVER_UNSIGNED']);
    await server.graphql(
      'mutation($input: RecordPaperWaiverInput!) { recordPaperWaiver(input: $input) { errors { code } } }',
      { input: { ticketId: ticket.id, signerName: 'Paper Signer' } },
      staff.headers,
    );
    expect((await checkIn(ticket.code!)).data?.checkInTicket.errors).toEqual([]);
  });

  it.each([BookingStatus.CANCELLED, BookingStatus.REFUNDED])(
    'refuses a ticket of a %s booking as TICKET_NOT_VALID',
    async (status) => {
      const noWaiver = await createWaiverEvent(server, admin, null);
      const { booking } = await bookFree(server, noWaiver, ['Not Valid']);
      await server.dataSource.getRepository(BookingEntity).update(booking.id, { status });
      const response = await checkIn(booking.tickets[0].code!);
      expect(codesOf(response)).toEqual(['TICKET_NOT_VALID']);
      expect(response.data?.checkInTicket.ticket?.checkedInAt).toBeNull();
    },
  );

  it('refuses an unknown code as TICKET_NOT_FOUND and another event’s ticket as NOT_FOR_THIS_EVENT, saying nothing of it', async () => {
    expect(codesOf(await checkIn('NO-SUCH-CODE'))).toEqual(['TICKET_NOT_FOUND']);
    const one = await createWaiverEvent(server, admin, null);
    const other = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, one, ['Wrong Door']);
    const elsewhere = await checkIn(booking.tickets[0].code!, staff, other.event.id);
    expect(elsewhere.data?.checkInTicket).toEqual({
      ticket: null,
      errors: [
        { code: 'NOT_FOR_THIS_EVENT', message: 'Not for this event.', checkedInAt: null, checkedInBy: null },
      ],
    });
    expect(codesOf(await checkIn(booking.tickets[0].code!, staff, one.event.id))).toEqual([]);
  });

  it('checks a ticket in by its short code typed in any case, with dashes, spaces and I/L/O for 1/1/0', async () => {
    const event = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, event, ['Typed In']);
    const [ticket] = (await server.dataSource.query('SELECT short_code FROM ticket WHERE id = $1', [
      booking.tickets[0].id,
    ])) as { short_code: string }[];
    expect(ticket.short_code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    // What a person might type: lower case, a dash and a space, and the look-alike letters.
    const typed = ticket.short_code
      .toLowerCase()
      .replace(/1/g, 'l')
      .replace(/0/g, 'o')
      .replace(/^(.{5})/, '$1- ');
    const response = await checkIn(typed, staff, event.event.id);
    expect(response.data?.checkInTicket.errors).toEqual([]);
    expect(response.data?.checkInTicket.ticket?.attendeeName).toBe('Typed In');
    expect(codesOf(await checkIn(ticket.short_code, staff, event.event.id))).toEqual(['ALREADY_CHECKED_IN']);
  });

  it('gives every issued ticket a different short code, shown as two halves', async () => {
    const event = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, event, ['One', 'Three', 'Five']);
    const found = await server.graphql<{ findTickets: { shortCode: string }[] }>(
      'query($id: ID!) { findTickets(eventId: $id, search: "e") { shortCode } }',
      { id: event.event.id },
      staff.headers,
    );
    const codes = found.data!.findTickets.map((ticket) => ticket.shortCode);
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(codes).size).toBe(3);
    expect(booking.tickets).toHaveLength(3);
  });

  it('tells a retried attempt whose answer was lost that it succeeded, and any other scan that it came too late', async () => {
    const event = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, event, ['Flaky Wifi']);
    const attemptId = '6f1d1f3e-8d7a-4c59-9a52-0f6f2b1a7c11';
    const scan = (id: string) =>
      server.graphql<CheckInData>(
        CHECK_IN,
        { input: { code: booking.tickets[0].code, eventId: event.event.id, attemptId: id } },
        staff.headers,
      );
    expect(codesOf(await scan(attemptId))).toEqual([]);
    expect(codesOf(await scan(attemptId))).toEqual([]);
    expect(codesOf(await scan('0c7b4f7e-3a55-4f35-8d0a-5d0e3b2a9f10'))).toEqual(['ALREADY_CHECKED_IN']);
    const entries = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ objectId: booking.tickets[0].id, action: 'ticket.checkIn' });
    expect(entries).toHaveLength(1);
  });

  it('lets exactly one of several simultaneous scans of one code succeed', async () => {
    const noWaiver = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, noWaiver, ['Popular Person']);
    const scanners = [
      staff,
      admin,
      await loginAs(server, AdminRole.STAFF),
      await loginAs(server, AdminRole.STAFF),
    ];
    const responses = await Promise.all(
      scanners.flatMap((scanner) => [
        checkIn(booking.tickets[0].code!, scanner),
        checkIn(booking.tickets[0].code!, scanner),
      ]),
    );
    const outcomes = responses.map((response) => codesOf(response)?.[0] ?? 'OK');
    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'ALREADY_CHECKED_IN')).toHaveLength(responses.length - 1);
    const entries = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ objectId: booking.tickets[0].id, action: 'ticket.checkIn' });
    expect(entries).toHaveLength(1);
  });

  it('refuses anonymous callers', async () => {
    const response = await server.graphql(CHECK_IN, { input: { code: 'X' } });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('finding and listing attendees', () => {
  const FIND = /* GraphQL */ `
    query ($eventId: ID!, $search: String!) {
      findTickets(eventId: $eventId, search: $search) {
        attendeeName
        code
      }
    }
  `;

  it('finds a ticket by its code or by part of the attendee name, within the event', async () => {
    const event = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, event, ['Marie Curie', 'Pierre Curie', 'Niels Bohr']);
    const byCode = await server.graphql<{ findTickets: { attendeeName: string }[] }>(
      FIND,
      { eventId: event.event.id, search: booking.tickets[2].code },
      staff.headers,
    );
    expect(byCode.data?.findTickets.map((ticket) => ticket.attendeeName)).toEqual(['Niels Bohr']);
    const byName = await server.graphql<{ findTickets: { attendeeName: string }[] }>(
      FIND,
      { eventId: event.event.id, search: 'curie' },
      staff.headers,
    );
    expect(byName.data?.findTickets.map((ticket) => ticket.attendeeName)).toEqual([
      'Marie Curie',
      'Pierre Curie',
    ]);
    const elsewhere = await createWaiverEvent(server, admin, null);
    const none = await server.graphql<{ findTickets: unknown[] }>(
      FIND,
      { eventId: elsewhere.event.id, search: booking.tickets[0].code },
      staff.headers,
    );
    expect(none.data?.findTickets).toEqual([]);
  });

  it('pages through the attendees by name with check-in and waiver status', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking } = await bookFree(server, waiverEvent, ['Carol', 'Alice', 'Bob']);
    await server.graphql(
      'mutation($input: RecordPaperWaiverInput!) { recordPaperWaiver(input: $input) { errors { code } } }',
      {
        input: { ticketId: booking.tickets.find((t) => t.attendeeName === 'Alice')!.id, signerName: 'Alice' },
      },
      staff.headers,
    );
    await checkIn(booking.tickets.find((t) => t.attendeeName === 'Alice')!.code!);
    const LIST = /* GraphQL */ `
      query ($eventId: ID!, $after: String) {
        eventAttendees(eventId: $eventId, first: 2, after: $after) {
          nodes {
            attendeeName
            waiverStatus
            waiverMethod
            checkedInBy
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `;
    type ListData = {
      eventAttendees: {
        nodes: {
          attendeeName: string;
          waiverStatus: string;
          waiverMethod: string | null;
          checkedInBy: string | null;
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const first = await server.graphql<ListData>(LIST, { eventId: waiverEvent.event.id }, staff.headers);
    expect(first.data?.eventAttendees.nodes).toEqual([
      { attendeeName: 'Alice', waiverStatus: 'SIGNED', waiverMethod: 'PAPER', checkedInBy: staff.email },
      { attendeeName: 'Bob', waiverStatus: 'UNSIGNED', waiverMethod: null, checkedInBy: null },
    ]);
    expect(first.data?.eventAttendees.pageInfo.hasNextPage).toBe(true);
    const second = await server.graphql<ListData>(
      LIST,
      { eventId: waiverEvent.event.id, after: first.data?.eventAttendees.pageInfo.endCursor },
      staff.headers,
    );
    expect(second.data?.eventAttendees.nodes.map((node) => node.attendeeName)).toEqual(['Carol']);
    expect(second.data?.eventAttendees.pageInfo.hasNextPage).toBe(false);
  });

  it('exports the attendees as CSV, quoting commas and quotes', async () => {
    const waiverEvent = await createWaiverEvent(server, admin);
    const { booking } = await bookFree(server, waiverEvent, ['Doe, "Jane"', 'Zed']);
    const jane = booking.tickets.find((ticket) => ticket.attendeeName.startsWith('Doe'))!;
    await server.graphql(
      'mutation($input: RecordPaperWaiverInput!) { recordPaperWaiver(input: $input) { errors { code } } }',
      { input: { ticketId: jane.id, signerName: 'Jane Doe' } },
      admin.headers,
    );
    await checkIn(jane.code!);
    const response = await server.graphql<{ eventAttendeesCsv: string }>(
      'query($id: ID!) { eventAttendeesCsv(eventId: $id) }',
      { id: waiverEvent.event.id },
      staff.headers,
    );
    const lines = response.data!.eventAttendeesCsv.split('\r\n');
    expect(lines[0]).toBe(
      'attendee_name,attendee_email,ticket_type,ticket_code,booking_reference,booking_status,checked_in_at,checked_in_by,waiver_status,waiver_version,waiver_signed_at',
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^"Doe, ""Jane""",${jane.attendeeEmail},[^,]+,${jane.code},${booking.reference},CONFIRMED,[\\dT:.Z-]+,${staff.email},SIGNED,1,[\\dT:.Z-]+$`,
      ),
    );
    expect(lines[2]).toMatch(/^Zed,.*,CONFIRMED,,,UNSIGNED,,$/);
    expect(lines.slice(3)).toEqual(['']);
  });
});

describe('undoing a check-in and counting', () => {
  const UNDO = /* GraphQL */ `
    mutation Undo($input: UndoCheckInInput!) {
      undoCheckIn(input: $input) {
        ticket {
          checkedInAt
        }
        errors {
          code
          message
        }
      }
    }
  `;
  type UndoData = {
    undoCheckIn: {
      ticket: { checkedInAt: string | null } | null;
      errors: { code: string; message: string }[];
    };
  };
  const COUNTS = 'query($id: ID!) { checkInCounts(eventId: $id) { checkedIn expected } }';

  it('undoes a check-in once, audited with who had checked it in, and the ticket admits again', async () => {
    const event = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, event, ['Changed Mind', 'Other']);
    const ticket = booking.tickets.find((t) => t.attendeeName === 'Changed Mind')!;
    await checkIn(ticket.code!, staff, event.event.id);
    const counts = () =>
      server.graphql<{ checkInCounts: unknown }>(COUNTS, { id: event.event.id }, staff.headers);
    expect((await counts()).data?.checkInCounts).toEqual({ checkedIn: 1, expected: 2 });

    const input = { ticketId: ticket.id, eventId: event.event.id };
    const undone = await server.graphql<UndoData>(UNDO, { input }, staff.headers);
    expect(undone.data?.undoCheckIn).toEqual({ ticket: { checkedInAt: null }, errors: [] });
    const again = await server.graphql<UndoData>(UNDO, { input }, staff.headers);
    expect(again.data?.undoCheckIn.errors.map((error) => error.code)).toEqual(['NOT_CHECKED_IN']);
    expect((await counts()).data?.checkInCounts).toEqual({ checkedIn: 0, expected: 2 });

    const [entry] = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ objectId: ticket.id, action: 'ticket.undoCheckIn' });
    expect(entry.accountEmail).toBe(staff.email);
    expect(entry.changes).toMatchObject({ checkedInBy: { before: staff.email, after: null } });
    expect(codesOf(await checkIn(ticket.code!, admin, event.event.id))).toEqual([]);
  });

  it('refuses to undo another event’s ticket without a word about it', async () => {
    const event = await createWaiverEvent(server, admin, null);
    const other = await createWaiverEvent(server, admin, null);
    const { booking } = await bookFree(server, event, ['Elsewhere']);
    await checkIn(booking.tickets[0].code!, staff, event.event.id);
    const response = await server.graphql<UndoData>(
      UNDO,
      { input: { ticketId: booking.tickets[0].id, eventId: other.event.id } },
      staff.headers,
    );
    expect(response.data?.undoCheckIn).toEqual({
      ticket: null,
      errors: [{ code: 'NOT_FOR_THIS_EVENT', message: 'Not for this event.' }],
    });
  });

  it('refuses anonymous callers to undo or count', async () => {
    const event = await createWaiverEvent(server, admin, null);
    const undo = await server.graphql(UNDO, {
      input: { ticketId: '6f1d1f3e-8d7a-4c59-9a52-0f6f2b1a7c11' },
    });
    expect(undo.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const counts = await server.graphql(COUNTS, { id: event.event.id });
    expect(counts.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
