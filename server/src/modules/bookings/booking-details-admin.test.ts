/**
 * An ADMIN corrects a booking's buyer and attendee details over HTTP (real PostgreSQL), audited, and
 * can send the tickets again to the new address through the outbox to a real SMTP server on loopback.
 * STAFF and anonymous callers are refused.
 */
import { loginAs, type SignedIn } from '../../../test/auth';
import { testContext } from '../../../test/context';
import { createBooking, createEvent, createTicketType } from '../../../test/factories';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { BookingEntity } from './booking.entity';
import { TicketEntity } from './ticket.entity';

const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateBookingDetailsInput!) {
    updateBookingDetails(input: $input) {
      booking {
        buyer {
          name
          email
        }
        tickets {
          ticketId
          attendeeName
          attendeeEmail
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

interface UpdateResult {
  updateBookingDetails: {
    booking: {
      buyer: { name: string; email: string };
      tickets: { ticketId: string; attendeeName: string; attendeeEmail: string | null }[];
    } | null;
    errors: { code: string; field: string | null; message: string }[];
  };
}

let sink: SmtpSink;
let server: TestServer;
let admin: SignedIn;
let staff: SignedIn;
let bookingId: string;
let ticketIds: string[];

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://tickets.example.org' } });
  admin = await loginAs(server, AdminRole.ADMIN);
  staff = await loginAs(server, AdminRole.STAFF);
});

afterAll(async () => {
  await server.close();
  await sink.close();
});

beforeEach(async () => {
  const event = await createEvent(server.dataSource, { title: 'Harbour Lights' });
  const free = await createTicketType(server.dataSource, event, { name: 'Entry', priceMinor: 0 });
  const { booking } = await createBooking(server.app.services, event, [[free, 2]]);
  bookingId = booking.id;
  const tickets = await server.dataSource
    .getRepository(TicketEntity)
    .find({ where: { bookingId }, order: { position: 'ASC' } });
  ticketIds = tickets.map((ticket) => ticket.id);
  // The confirmation of the booking itself is not what these tests look at.
  await server.app.services.email.deliverDue(testContext(), 100);
  sink.clear();
});

function update(input: Record<string, unknown>, headers: Record<string, string> = admin.headers) {
  return server.graphql<UpdateResult>(UPDATE, { input: { bookingId, ...input } }, headers);
}

it('lets an ADMIN change the buyer and an attendee, audited, and send the tickets to the new address', async () => {
  const response = await update({
    buyer: { name: 'Grace Hopper', email: 'grace@example.org' },
    attendees: [{ ticketId: ticketIds[1], name: 'Ada Lovelace', email: 'ada@example.org' }],
    resendConfirmation: true,
  });
  expect(response.data!.updateBookingDetails.errors).toEqual([]);
  expect(response.data!.updateBookingDetails.booking).toMatchObject({
    buyer: { name: 'Grace Hopper', email: 'grace@example.org' },
    tickets: [
      { ticketId: ticketIds[0] },
      { ticketId: ticketIds[1], attendeeName: 'Ada Lovelace', attendeeEmail: 'ada@example.org' },
    ],
  });

  const [entry] = await server.dataSource
    .getRepository(AuditLogEntryEntity)
    .findBy({ objectId: bookingId, action: 'booking.updateDetails' });
  expect(entry.accountId).toBe(admin.account.id);
  expect(entry.changes).toMatchObject({
    buyerName: { after: 'Grace Hopper' },
    buyerEmail: { after: 'grace@example.org' },
    'ticket 2 attendeeName': { after: 'Ada Lovelace' },
    'ticket 2 attendeeEmail': { before: null, after: 'ada@example.org' },
  });

  const { delivered } = await server.app.services.email.deliverDue(testContext(), 100);
  expect(delivered).toBe(1);
  const [mail] = await sink.waitForMessages(1);
  expect(mail.to).toEqual(['grace@example.org']);
  expect(mail.text).toContain('Hello Grace Hopper');
  expect(mail.text).toContain('Ada Lovelace');
});

it('sends nothing unless asked to', async () => {
  await update({ buyer: { name: 'Grace Hopper', email: 'grace@example.org' } });
  expect((await server.app.services.email.deliverDue(testContext(), 100)).delivered).toBe(0);
});

it('checks every field as the checkout does, names each, and changes nothing when one is wrong', async () => {
  const response = await update({
    buyer: { name: '  ', email: 'not-an-address' },
    attendees: [
      { ticketId: ticketIds[0], name: 'Fine Name', email: 'also not an address' },
      { ticketId: '00000000-0000-4000-8000-000000000000', name: 'Someone' },
    ],
  });
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const fields = (response.errors?.[0]?.extensions?.fields ?? []).map((problem) => problem.field);
  expect(fields).toEqual(expect.arrayContaining(['buyer.name', 'buyer.email', 'attendees.0.email']));

  const foreign = await update({
    buyer: { name: 'Grace Hopper', email: 'grace@example.org' },
    attendees: [{ ticketId: '00000000-0000-4000-8000-000000000000', name: 'Someone' }],
  });
  expect(foreign.errors?.[0]?.extensions?.fields).toEqual([
    { field: 'attendees.0.ticketId', message: 'is not a ticket of this booking' },
  ]);
  const booking = await server.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: bookingId });
  expect(booking.buyerName).not.toBe('Grace Hopper');
});

it('refuses STAFF and anonymous callers, and changes nothing', async () => {
  const asStaff = await update({ buyer: { name: 'Mallory', email: 'm@example.org' } }, staff.headers);
  const anonymous = await update({ buyer: { name: 'Mallory', email: 'm@example.org' } }, {});
  expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const booking = await server.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: bookingId });
  expect(booking.buyerName).not.toBe('Mallory');
});
