import { loginAs, type SignedIn } from '../../../test/auth';
import { approvedBooking, book, capturePayment, paidEvent } from '../../../test/checkout';
import { createEvent, createTicketType } from '../../../test/factories';
import { startTestServer, type GraphQLResponse, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import type { EventEntity } from '../events/event.entity';
import type { PayPalSimulator } from '../payments/paypal-simulator/paypal-simulator';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { BookingEntity } from './booking.entity';

const ADMIN_BOOKING_FIELDS = /* GraphQL */ `
  fragment AdminBookingFields on AdminBooking {
    id
    reference
    status
    buyer {
      name
      email
    }
    event {
      id
      title
      slug
      startsAt
      timeZone
    }
    createdAt
    confirmedAt
    cancelledAt
    cancellationReason
    holdExpiresAt
    ticketCount
    lines {
      ticketTypeName
      quantity
      total {
        amountMinor
        currency
      }
    }
    total {
      amountMinor
      currency
    }
    refunded {
      amountMinor
      currency
    }
    refundable {
      amountMinor
      currency
    }
    tickets {
      ticketId
      ticketTypeId
      attendeeName
      attendeeEmail
      code
      status
      valid
      checkedInAt
      waiverStatus
    }
    payments {
      provider
      orderId
      captureId
      status
      amount {
        amountMinor
        currency
      }
      paidBooking
      createdAt
    }
    refunds {
      amount {
        amountMinor
        currency
      }
      reason
      requestedBy
      providerRefundId
      ofBookingPayment
      createdAt
    }
  }
`;

const ADMIN_BOOKINGS = /* GraphQL */ `
  query AdminBookings($first: Int, $after: String, $filter: AdminBookingFilterInput) {
    adminBookings(first: $first, after: $after, filter: $filter) {
      nodes {
        ...AdminBookingFields
      }
      edges {
        cursor
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ADMIN_BOOKING_FIELDS}
`;

const ADMIN_BOOKING = /* GraphQL */ `
  query AdminBooking($id: ID!) {
    adminBooking(id: $id) {
      ...AdminBookingFields
    }
  }
  ${ADMIN_BOOKING_FIELDS}
`;

const ADMIN_BOOKING_EMAILS = /* GraphQL */ `
  query AdminBookingEmails($id: ID!) {
    adminBooking(id: $id) {
      id
      emails {
        kind
        recipients
        status
        sentAt
      }
    }
  }
`;

interface AdminBookingData {
  id: string;
  reference: string;
  status: string;
  buyer: { name: string; email: string };
  event: { id: string; title: string; slug: string; startsAt: string; timeZone: string };
  createdAt: string;
  confirmedAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  holdExpiresAt: string | null;
  ticketCount: number;
  lines: { ticketTypeName: string; quantity: number; total: Money }[];
  total: Money;
  refunded: Money;
  refundable: Money;
  tickets: {
    ticketId: string;
    ticketTypeId: string;
    attendeeName: string;
    attendeeEmail: string | null;
    code: string | null;
    status: string;
    valid: boolean;
    checkedInAt: string | null;
    waiverStatus: string;
  }[];
  payments: {
    provider: string;
    orderId: string;
    captureId: string;
    status: string;
    amount: Money;
    paidBooking: boolean;
    createdAt: string;
  }[];
  refunds: {
    amount: Money;
    reason: string;
    requestedBy: string | null;
    providerRefundId: string;
    ofBookingPayment: boolean;
    createdAt: string;
  }[];
}

interface Money {
  amountMinor: number;
  currency: string;
}

interface AdminBookingsData {
  adminBookings: {
    nodes: AdminBookingData[];
    edges: { cursor: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

let server: TestServer;
let simulator: PayPalSimulator;
let admin: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  server = await startTestServer({ paymentTimeoutMs: 3000 });
  simulator = server.payments.simulator!;
  admin = await loginAs(server, AdminRole.ADMIN);
  staff = await loginAs(server, AdminRole.STAFF);
});

afterEach(() => simulator.clearFaults());

afterAll(() => server.close());

/** A booking paid through the simulator: confirmed, tickets issued. */
async function paidBooking(event: EventEntity, ticketType: TicketTypeEntity, quantity = 2) {
  const { booking, token, orderId } = await approvedBooking(server, event, ticketType, quantity);
  const captured = await capturePayment(server, token, orderId);
  if (captured.data?.capturePayment.booking?.status !== 'CONFIRMED') {
    throw new Error(`capture failed: ${JSON.stringify(captured)}`);
  }
  return { booking, token, orderId };
}

function listBookings(variables: Record<string, unknown>, as: SignedIn = admin) {
  return server.graphql<AdminBookingsData>(ADMIN_BOOKINGS, variables, as.headers);
}

async function detail(id: string, as: SignedIn = admin): Promise<AdminBookingData> {
  const response = await server.graphql<{ adminBooking: AdminBookingData }>(
    ADMIN_BOOKING,
    { id },
    as.headers,
  );
  if (!response.data?.adminBooking) throw new Error(`no booking: ${JSON.stringify(response)}`);
  return response.data.adminBooking;
}

function references(response: GraphQLResponse<AdminBookingsData>): string[] {
  return response.data!.adminBookings.nodes.map((node) => node.reference);
}

describe('adminBookings', () => {
  it('lists the bookings of an event newest first, page by page', async () => {
    const { event, ticketType } = await paidEvent(server);
    const made: string[] = [];
    for (let index = 0; index < 5; index++)
      made.push((await book(server, event, ticketType, 1)).booking.reference);
    const newestFirst = [...made].reverse();

    const first = await listBookings({ first: 2, filter: { eventId: event.id } });
    expect(references(first)).toEqual(newestFirst.slice(0, 2));
    expect(first.data!.adminBookings.pageInfo.hasNextPage).toBe(true);
    const second = await listBookings({
      first: 2,
      after: first.data!.adminBookings.pageInfo.endCursor,
      filter: { eventId: event.id },
    });
    expect(references(second)).toEqual(newestFirst.slice(2, 4));
    const third = await listBookings({
      first: 2,
      after: second.data!.adminBookings.pageInfo.endCursor,
      filter: { eventId: event.id },
    });
    expect(references(third)).toEqual(newestFirst.slice(4));
    expect(third.data!.adminBookings.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by status and by creation time', async () => {
    const { event, ticketType } = await paidEvent(server);
    const held = await book(server, event, ticketType, 1);
    const paid = await paidBooking(event, ticketType, 1);

    const confirmed = await listBookings({ filter: { eventId: event.id, statuses: ['CONFIRMED'] } });
    expect(references(confirmed)).toEqual([paid.booking.reference]);
    const both = await listBookings({
      filter: { eventId: event.id, statuses: ['CONFIRMED', 'AWAITING_PAYMENT'] },
    });
    expect(references(both)).toEqual([paid.booking.reference, held.booking.reference]);

    const paidCreated = new Date(paid.booking.createdAt);
    const fromPaid = await listBookings({
      filter: { eventId: event.id, createdFrom: paidCreated.toISOString() },
    });
    expect(references(fromPaid)).toEqual([paid.booking.reference]);
    const beforePaid = await listBookings({
      filter: { eventId: event.id, createdTo: paidCreated.toISOString() },
    });
    expect(references(beforePaid)).toEqual([held.booking.reference]);
  });

  it('finds bookings by reference, buyer name or e-mail and attendee name, ignoring case', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await book(server, event, ticketType, 2);
    await book(server, event, ticketType, 1);
    const attendee = booking.tickets[1].attendeeName;

    for (const search of [
      booking.reference.toLowerCase(),
      booking.buyer.name.toUpperCase(),
      booking.buyer.email.split('@')[0],
      attendee.slice(-8).toUpperCase(),
    ]) {
      const found = await listBookings({ filter: { eventId: event.id, search } });
      expect([search, references(found)]).toEqual([search, [booking.reference]]);
    }
    const none = await listBookings({ filter: { eventId: event.id, search: '100%_match' } });
    expect(references(none)).toEqual([]);
  });

  it('refuses malformed filters and cursors, naming the field', async () => {
    const badEvent = await listBookings({ filter: { eventId: 'not-an-id' } });
    expect(badEvent.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.eventId',
    });
    const backwards = await listBookings({
      filter: { createdFrom: '2030-01-02T00:00:00Z', createdTo: '2030-01-01T00:00:00Z' },
    });
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.createdTo',
    });
    const cursor = await listBookings({ after: 'bm9wZQ' });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await server.graphql(
      'query { adminBookings(first: 101) { nodes { id } } }',
      {},
      admin.headers,
    );
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('lets STAFF read bookings, and refuses anonymous callers', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await book(server, event, ticketType, 1);

    expect(references(await listBookings({ filter: { eventId: event.id } }, staff))).toEqual([
      booking.reference,
    ]);
    expect((await detail(booking.id, staff)).reference).toBe(booking.reference);
    const anonymous = await server.graphql(ADMIN_BOOKINGS, { filter: { eventId: event.id } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('adminBooking', () => {
  it('shows a paid booking with its event, lines, money, tickets and payment', async () => {
    const event = await createEvent(server.dataSource, { title: 'Jazz Night', timeZone: 'Europe/Vienna' });
    const ticketType = await createTicketType(server.dataSource, event, {
      name: 'Standing',
      priceMinor: 1500,
    });
    const { booking, orderId } = await paidBooking(event, ticketType, 2);

    const shown = await detail(booking.id);

    expect(shown).toMatchObject({
      reference: booking.reference,
      status: 'CONFIRMED',
      buyer: booking.buyer,
      event: { id: event.id, title: 'Jazz Night', slug: event.slug, timeZone: 'Europe/Vienna' },
      cancelledAt: null,
      holdExpiresAt: null,
      ticketCount: 2,
      lines: [{ ticketTypeName: 'Standing', quantity: 2, total: { amountMinor: 3000, currency: 'EUR' } }],
      total: { amountMinor: 3000, currency: 'EUR' },
      refunded: { amountMinor: 0, currency: 'EUR' },
      refundable: { amountMinor: 3000, currency: 'EUR' },
      refunds: [],
    });
    expect(shown.confirmedAt).not.toBeNull();
    expect(shown.tickets).toHaveLength(2);
    expect(shown.tickets.map((ticket) => ticket.attendeeName)).toEqual(
      booking.tickets.map((ticket) => ticket.attendeeName),
    );
    for (const ticket of shown.tickets) {
      expect(ticket).toMatchObject({
        status: 'ISSUED',
        valid: true,
        checkedInAt: null,
        waiverStatus: 'NOT_REQUIRED',
      });
      expect(ticket.code).toEqual(expect.any(String));
    }
    const stored = await server.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id });
    expect(shown.payments).toEqual([
      {
        provider: 'PAYPAL',
        orderId,
        captureId: stored.providerCaptureId,
        status: 'COMPLETED',
        amount: { amountMinor: 3000, currency: 'EUR' },
        paidBooking: true,
        createdAt: expect.any(String),
      },
    ]);
  });

  it('finds a booking by its reference too, and answers null for unknown ones', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await book(server, event, ticketType, 1);

    expect((await detail(booking.reference.toLowerCase())).id).toBe(booking.id);
    const unknown = await server.graphql<{ adminBooking: null }>(
      ADMIN_BOOKING,
      { id: '00000000-0000-4000-8000-000000000000' },
      admin.headers,
    );
    expect(unknown.data).toEqual({ adminBooking: null });
  });

  it('shows an unpaid hold with its expiry and nothing refundable', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await book(server, event, ticketType, 1);

    const shown = await detail(booking.id);

    expect(shown).toMatchObject({ status: 'AWAITING_PAYMENT', confirmedAt: null, payments: [] });
    expect(shown.holdExpiresAt).toBe(booking.holdExpiresAt);
    expect(shown.refundable).toEqual({ amountMinor: 0, currency: 'EUR' });
    expect(shown.tickets[0]).toMatchObject({ status: 'PENDING', valid: false, code: null });
  });

  it('lists the e-mails about the booking for ADMINs only', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await paidBooking(event, ticketType, 1);

    const asAdmin = await server.graphql<{
      adminBooking: { emails: { kind: string; recipients: string[] }[] };
    }>(ADMIN_BOOKING_EMAILS, { id: booking.id }, admin.headers);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data!.adminBooking.emails).toEqual([
      expect.objectContaining({
        kind: 'BOOKING_CONFIRMATION',
        recipients: [booking.buyer.email],
        status: 'QUEUED',
      }),
    ]);

    const asStaff = await server.graphql<{ adminBooking: { id: string; emails: null } }>(
      ADMIN_BOOKING_EMAILS,
      { id: booking.id },
      staff.headers,
    );
    expect(asStaff.data!.adminBooking).toEqual({ id: booking.id, emails: null });
    expect(asStaff.errors?.[0]).toMatchObject({
      path: ['adminBooking', 'emails'],
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
