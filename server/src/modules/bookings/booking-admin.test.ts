import { loginAs, type SignedIn } from '../../../test/auth';
import { approvedBooking, book, capturePayment, emailsFor, paidEvent } from '../../../test/checkout';
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { startTestServer, type GraphQLResponse, type TestServer } from '../../../test/test-server';
import { createRequestContext } from '../../common/request-context';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { EmailKind } from '../email/email-message.entity';
import type { EventEntity } from '../events/event.entity';
import type { PayPalSimulator } from '../payments/paypal-simulator/paypal-simulator';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { BookingRefundEntity } from './booking-refund.entity';
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

const PAYLOAD_FIELDS = /* GraphQL */ `
  booking {
    ...AdminBookingFields
  }
  errors {
    code
    field
    message
  }
`;

const CANCEL_BOOKING = /* GraphQL */ `
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) { ${PAYLOAD_FIELDS} }
  }
  ${ADMIN_BOOKING_FIELDS}
`;

const REFUND_BOOKING = /* GraphQL */ `
  mutation RefundBooking($input: RefundBookingInput!) {
    refundBooking(input: $input) { ${PAYLOAD_FIELDS} }
  }
  ${ADMIN_BOOKING_FIELDS}
`;

const RESEND_CONFIRMATION = /* GraphQL */ `
  mutation ResendBookingConfirmation($input: ResendBookingConfirmationInput!) {
    resendBookingConfirmation(input: $input) { ${PAYLOAD_FIELDS} }
  }
  ${ADMIN_BOOKING_FIELDS}
`;

const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($input: CheckInTicketInput!) {
    checkInTicket(input: $input) {
      errors {
        code
      }
    }
  }
`;

interface PayloadData {
  booking: AdminBookingData | null;
  errors: { code: string; field: string | null; message: string }[];
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

async function cancelBooking(input: Record<string, unknown>, as: SignedIn = admin) {
  const response = await server.graphql<{ cancelBooking: PayloadData }>(
    CANCEL_BOOKING,
    { input },
    as.headers,
  );
  return response.data?.cancelBooking ?? Promise.reject(new Error(JSON.stringify(response.errors)));
}

async function refundBooking(input: Record<string, unknown>, as: SignedIn = admin) {
  const response = await server.graphql<{ refundBooking: PayloadData }>(
    REFUND_BOOKING,
    { input },
    as.headers,
  );
  return response.data?.refundBooking ?? Promise.reject(new Error(JSON.stringify(response.errors)));
}

async function counters(ticketTypeId: string) {
  const ticketType = await server.dataSource
    .getRepository(TicketTypeEntity)
    .findOneByOrFail({ id: ticketTypeId });
  return { held: ticketType.heldCount, sold: ticketType.soldCount };
}

/** The refunds PayPal (the simulator) made for the booking's order. */
async function refundsAtPayPal(orderId: string) {
  return (await server.payments.gateway.getOrder(orderId))!.refunds;
}

async function storedRefunds(bookingId: string) {
  return server.dataSource.getRepository(BookingRefundEntity).findBy({ bookingId });
}

/** The kinds of the e-mails about a booking (its own, its tickets' and its captures'), oldest first. */
async function kindsOfEmails(bookingId: string): Promise<string[]> {
  return (await server.app.services.adminBookingViews.emailsOf(createRequestContext(), bookingId)).map(
    (message) => message.kind,
  );
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

describe('cancelBooking', () => {
  it('cancels a hold: its seats go back, its tickets are void, the buyer is told once', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await book(server, event, ticketType, 2);
    expect(await counters(ticketType.id)).toEqual({ held: 2, sold: 0 });

    const payload = await cancelBooking({ bookingId: booking.id, reason: 'Duplicate booking' });

    expect(payload.errors).toEqual([]);
    expect(payload.booking).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Duplicate booking',
      holdExpiresAt: null,
      refundable: { amountMinor: 0, currency: 'EUR' },
    });
    expect(payload.booking!.cancelledAt).not.toBeNull();
    expect(payload.booking!.tickets.map((ticket) => ticket.status)).toEqual(['VOID', 'VOID']);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
    expect(await kindsOfEmails(booking.id)).toEqual([EmailKind.BOOKING_CANCELLED]);
    const audit = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ objectId: booking.id, action: 'booking.cancel' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      accountEmail: admin.email,
      changes: { status: { before: 'AWAITING_PAYMENT', after: 'CANCELLED' } },
    });
  });

  it('cancels and refunds a paid booking: seats back, tickets void, money back at PayPal, two e-mails', async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 2000 });
    const { booking, orderId } = await paidBooking(event, ticketType, 2);
    const codes = (await detail(booking.id)).tickets.map((ticket) => ticket.code!);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });

    const payload = await cancelBooking({ bookingId: booking.id, reason: 'The band cancelled' });

    expect(payload.errors).toEqual([]);
    expect(payload.booking).toMatchObject({
      status: 'CANCELLED',
      refunded: { amountMinor: 4000, currency: 'EUR' },
      refundable: { amountMinor: 0, currency: 'EUR' },
      refunds: [
        {
          amount: { amountMinor: 4000, currency: 'EUR' },
          reason: 'The band cancelled',
          requestedBy: admin.email,
          ofBookingPayment: true,
        },
      ],
    });
    expect(payload.booking!.tickets.every((ticket) => ticket.status === 'VOID' && !ticket.valid)).toBe(true);
    expect(payload.booking!.payments.map((payment) => payment.status)).toEqual(['REFUNDED']);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
    expect(await refundsAtPayPal(orderId)).toEqual([
      expect.objectContaining({ amountMinor: 4000, currency: 'EUR', status: 'COMPLETED' }),
    ]);
    expect((await kindsOfEmails(booking.id)).sort()).toEqual(
      [EmailKind.BOOKING_CONFIRMATION, EmailKind.BOOKING_CANCELLED, EmailKind.REFUND_ISSUED].sort(),
    );
    const cancelled = (await emailsFor(server, booking.id)).find(
      (message) => message.kind === EmailKind.BOOKING_CANCELLED,
    )!;
    expect(cancelled.text).toContain('The band cancelled');
    expect(cancelled.text).toContain('40.00');
    // The door refuses the tickets now.
    const checkIn = await server.graphql<{ checkInTicket: { errors: { code: string }[] } }>(
      CHECK_IN,
      { input: { code: codes[0] } },
      staff.headers,
    );
    expect(checkIn.data!.checkInTicket.errors).toEqual([{ code: 'TICKET_NOT_VALID' }]);
  });

  it('does nothing the second time: no second refund, no second e-mail', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, orderId } = await paidBooking(event, ticketType, 1);

    const [first, second] = await Promise.all([
      cancelBooking({ bookingId: booking.id, reason: 'Asked by the buyer' }),
      cancelBooking({ bookingId: booking.id, reason: 'Asked by the buyer' }),
    ]);
    const third = await cancelBooking({ bookingId: booking.id, reason: 'Once more' });

    const errors = [first, second, third].flatMap((payload) => payload.errors);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'NOT_CANCELLABLE', field: 'bookingId' }),
      expect.objectContaining({ code: 'NOT_CANCELLABLE', field: 'bookingId' }),
    ]);
    expect(await refundsAtPayPal(orderId)).toHaveLength(1);
    expect(await storedRefunds(booking.id)).toHaveLength(1);
    const kinds = await kindsOfEmails(booking.id);
    expect(kinds.filter((kind) => kind === EmailKind.BOOKING_CANCELLED)).toHaveLength(1);
    expect(kinds.filter((kind) => kind === EmailKind.REFUND_ISSUED)).toHaveLength(1);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
  });

  it('keeps the money when told not to refund; it stays refundable', async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 1000 });
    const { booking, orderId } = await paidBooking(event, ticketType, 1);

    const payload = await cancelBooking({ bookingId: booking.id, reason: 'No-show policy', refund: false });

    expect(payload.errors).toEqual([]);
    expect(payload.booking).toMatchObject({
      status: 'CANCELLED',
      refunded: { amountMinor: 0 },
      refundable: { amountMinor: 1000 },
    });
    expect(await refundsAtPayPal(orderId)).toEqual([]);
    expect(await kindsOfEmails(booking.id)).not.toContain(EmailKind.REFUND_ISSUED);
    const later = await refundBooking({ bookingId: booking.id, reason: 'Goodwill' });
    expect(later.errors).toEqual([]);
    expect(later.booking).toMatchObject({ status: 'CANCELLED', refunded: { amountMinor: 1000 } });
  });

  it('leaves a payment kept on cancelling alone when PayPal is asked again later', async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 1500 });
    const { booking, orderId } = await paidBooking(event, ticketType, 1);
    await refundBooking({ bookingId: booking.id, amountMinor: 500, reason: 'Part' });
    await cancelBooking({ bookingId: booking.id, reason: 'No refund of the rest', refund: false });

    // PayPal tells of the capture again (a webhook; the reconciliation job asks the same way).
    const captureId = (await server.payments.gateway.getOrder(orderId))!.captures[0].captureId;
    const webhook = simulator.buildWebhook('PAYMENT.CAPTURE.REFUNDED', captureId);
    const delivered = await fetch(`${server.url}/webhooks/paypal`, {
      method: 'POST',
      headers: webhook.headers,
      body: webhook.body,
    });
    expect(delivered.status).toBe(200);

    expect(await refundsAtPayPal(orderId)).toEqual([expect.objectContaining({ amountMinor: 500 })]);
    expect(await storedRefunds(booking.id)).toHaveLength(1);
    expect(await kindsOfEmails(booking.id)).not.toContain(EmailKind.LATE_PAYMENT_REFUNDED);
    expect(await detail(booking.id)).toMatchObject({
      status: 'CANCELLED',
      refundable: { amountMinor: 1000 },
    });
  });

  it('does not take the refund PayPal reports after a cancellation for a late payment', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, orderId } = await paidBooking(event, ticketType, 1);
    await cancelBooking({ bookingId: booking.id, reason: 'Sold twice' });
    const captureId = (await server.payments.gateway.getOrder(orderId))!.captures[0].captureId;
    const webhook = simulator.buildWebhook('PAYMENT.CAPTURE.REFUNDED', captureId);

    const delivered = await fetch(`${server.url}/webhooks/paypal`, {
      method: 'POST',
      headers: webhook.headers,
      body: webhook.body,
    });

    expect(delivered.status).toBe(200);
    expect(await storedRefunds(booking.id)).toEqual([expect.objectContaining({ reason: 'Sold twice' })]);
    expect((await kindsOfEmails(booking.id)).sort()).toEqual(
      [EmailKind.BOOKING_CONFIRMATION, EmailKind.BOOKING_CANCELLED, EmailKind.REFUND_ISSUED].sort(),
    );
  });

  it('confirms instead of cancelling a hold the buyer has just paid at PayPal', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, orderId } = await approvedBooking(server, event, ticketType, 1);
    // Captured in another tab: PayPal has the money, the shop has not heard yet.
    await server.payments.gateway.captureOrder(orderId, `elsewhere-${orderId}`);

    const payload = await cancelBooking({ bookingId: booking.id, reason: 'Too slow' });

    expect(payload.errors).toEqual([
      expect.objectContaining({ code: 'PAYMENT_RECEIVED', field: 'bookingId' }),
    ]);
    expect(payload.booking).toMatchObject({ status: 'CONFIRMED', refundable: { amountMinor: 2000 } });
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 1 });
  });

  it('cancels a booking whose payment is pending; the payment is refunded when it completes', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, token, orderId } = await approvedBooking(server, event, ticketType, 1);
    simulator.setNextCaptureOutcome('PENDING');
    const captured = await capturePayment(server, token, orderId);
    expect(captured.data!.capturePayment.booking!.status).toBe('PAYMENT_PENDING');
    const captureId = (await server.payments.gateway.getOrder(orderId))!.captures[0].captureId;

    const payload = await cancelBooking({ bookingId: booking.id, reason: 'Changed plans' });

    expect(payload.errors).toEqual([]);
    expect(payload.booking).toMatchObject({ status: 'CANCELLED', refundable: { amountMinor: 0 } });
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
    await simulator.completePendingCapture(captureId);
    const webhook = simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId);
    const delivered = await fetch(`${server.url}/webhooks/paypal`, {
      method: 'POST',
      headers: webhook.headers,
      body: webhook.body,
    });
    expect(delivered.status).toBe(200);
    expect(await refundsAtPayPal(orderId)).toEqual([expect.objectContaining({ amountMinor: 2000 })]);
    expect((await detail(booking.id)).status).toBe('CANCELLED');
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 0 });
  });

  it('changes nothing when PayPal is down, and says so', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, orderId } = await paidBooking(event, ticketType, 1);
    simulator.failNext('refund', { kind: 'error', status: 503 }, 10);

    const payload = await cancelBooking({ bookingId: booking.id, reason: 'Event moved' });

    expect(payload.errors).toEqual([
      expect.objectContaining({ code: 'PAYMENT_PROVIDER_UNAVAILABLE', field: null }),
    ]);
    expect(payload.booking).toMatchObject({
      status: 'CONFIRMED',
      cancelledAt: null,
      refunded: { amountMinor: 0 },
    });
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 1 });
    expect(await storedRefunds(booking.id)).toEqual([]);
    expect(await kindsOfEmails(booking.id)).toEqual([EmailKind.BOOKING_CONFIRMATION]);
    simulator.clearFaults();
    expect(await refundsAtPayPal(orderId)).toEqual([]);
  });

  it('is refused to STAFF', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await book(server, event, ticketType, 1);

    const response = await server.graphql(
      CANCEL_BOOKING,
      { input: { bookingId: booking.id, reason: 'x' } },
      staff.headers,
    );

    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await detail(booking.id)).status).toBe('AWAITING_PAYMENT');
  });

  it('answers BOOKING_NOT_FOUND for an unknown booking and refuses a blank reason', async () => {
    const unknown = await cancelBooking({ bookingId: '00000000-0000-4000-8000-000000000000', reason: 'x' });
    expect(unknown).toEqual({
      booking: null,
      errors: [expect.objectContaining({ code: 'BOOKING_NOT_FOUND', field: 'bookingId' })],
    });
    const blank = await server.graphql(
      CANCEL_BOOKING,
      { input: { bookingId: '00000000-0000-4000-8000-000000000000', reason: '  ' } },
      admin.headers,
    );
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });
});

describe('refundBooking', () => {
  it('refunds in part, then the rest: PARTIALLY_REFUNDED then REFUNDED, an e-mail each time', async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 2500 });
    const { booking, orderId } = await paidBooking(event, ticketType, 2);

    const partial = await refundBooking({ bookingId: booking.id, amountMinor: 1000, reason: 'Seat moved' });
    expect(partial.errors).toEqual([]);
    expect(partial.booking).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refunded: { amountMinor: 1000, currency: 'EUR' },
      refundable: { amountMinor: 4000, currency: 'EUR' },
    });
    expect(partial.booking!.tickets.every((ticket) => ticket.valid)).toBe(true);
    expect(partial.booking!.payments.map((payment) => payment.status)).toEqual(['PARTIALLY_REFUNDED']);

    const rest = await refundBooking({ bookingId: booking.id, reason: 'Event cancelled' });
    expect(rest.errors).toEqual([]);
    expect(rest.booking).toMatchObject({
      status: 'REFUNDED',
      refunded: { amountMinor: 5000 },
      refundable: { amountMinor: 0 },
      refunds: [
        { amount: { amountMinor: 1000 }, reason: 'Seat moved', requestedBy: admin.email },
        { amount: { amountMinor: 4000 }, reason: 'Event cancelled', requestedBy: admin.email },
      ],
    });
    // A full refund voids the tickets but does not free the seats: cancelBooking does that.
    expect(rest.booking!.tickets.every((ticket) => ticket.status === 'VOID')).toBe(true);
    expect(await counters(ticketType.id)).toEqual({ held: 0, sold: 2 });
    expect((await refundsAtPayPal(orderId)).map((refund) => refund.amountMinor).sort()).toEqual([1000, 4000]);
    const refundMails = (await emailsFor(server, booking.id)).filter(
      (message) => message.kind === EmailKind.REFUND_ISSUED,
    );
    expect(refundMails).toHaveLength(2);
    expect(refundMails.map((message) => message.text).join('\n')).toContain('40.00');
    expect(
      await server.dataSource
        .getRepository(AuditLogEntryEntity)
        .countBy({ objectId: booking.id, action: 'booking.refund' }),
    ).toBe(2);

    const again = await refundBooking({ bookingId: booking.id, reason: 'More?' });
    expect(again.errors).toEqual([
      expect.objectContaining({ code: 'NOTHING_TO_REFUND', field: 'bookingId' }),
    ]);
  });

  it('refuses more than is refundable, naming amountMinor, and asks PayPal nothing', async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 2000 });
    const { booking, orderId } = await paidBooking(event, ticketType, 1);

    const payload = await refundBooking({ bookingId: booking.id, amountMinor: 2001, reason: 'Oops' });

    expect(payload.errors).toEqual([
      {
        code: 'AMOUNT_EXCEEDS_REFUNDABLE',
        field: 'amountMinor',
        message: 'At most 20.00 EUR can be refunded.',
      },
    ]);
    expect(payload.booking).toMatchObject({ status: 'CONFIRMED', refundable: { amountMinor: 2000 } });
    expect(await refundsAtPayPal(orderId)).toEqual([]);
    const zero = await server.graphql(
      REFUND_BOOKING,
      { input: { bookingId: booking.id, amountMinor: 0, reason: 'Zero' } },
      admin.headers,
    );
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
  });

  it('refunds once for a double click with one idempotency key', async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 3000 });
    const { booking, orderId } = await paidBooking(event, ticketType, 1);
    const input = { bookingId: booking.id, amountMinor: 500, reason: 'Parking', idempotencyKey: 'dialog-1' };

    const results = await Promise.all([refundBooking(input), refundBooking(input), refundBooking(input)]);
    const retried = await refundBooking(input);

    for (const payload of [...results, retried]) expect(payload.errors).toEqual([]);
    expect(await refundsAtPayPal(orderId)).toHaveLength(1);
    expect(await storedRefunds(booking.id)).toEqual([expect.objectContaining({ amountMinor: 500 })]);
    expect(retried.booking).toMatchObject({
      refunded: { amountMinor: 500 },
      refundable: { amountMinor: 2500 },
    });
    expect((await kindsOfEmails(booking.id)).filter((kind) => kind === EmailKind.REFUND_ISSUED)).toHaveLength(
      1,
    );

    const another = await refundBooking({ ...input, idempotencyKey: 'dialog-2' });
    expect(another.booking).toMatchObject({ refunded: { amountMinor: 1000 } });
    expect(await refundsAtPayPal(orderId)).toHaveLength(2);
  });

  it('records nothing when PayPal is down, and a retry after a lost answer refunds once', async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 2000 });
    const { booking, orderId } = await paidBooking(event, ticketType, 1);
    const input = { bookingId: booking.id, reason: 'Refund', idempotencyKey: 'retry-me' };

    simulator.failNext('refund', { kind: 'error', status: 500 }, 10);
    const down = await refundBooking(input);
    expect(down.errors).toEqual([expect.objectContaining({ code: 'PAYMENT_PROVIDER_UNAVAILABLE' })]);
    expect(down.booking).toMatchObject({ status: 'CONFIRMED', refunded: { amountMinor: 0 } });
    expect(await storedRefunds(booking.id)).toEqual([]);
    expect(await kindsOfEmails(booking.id)).not.toContain(EmailKind.REFUND_ISSUED);
    simulator.clearFaults();
    expect(await refundsAtPayPal(orderId)).toEqual([]);

    // PayPal refunds, but its answer never arrives: the shop records nothing yet.
    simulator.failNext('refund', { kind: 'timeout', holdMs: 5000, processed: true });
    const lost = await refundBooking(input);
    expect(lost.errors).toEqual([expect.objectContaining({ code: 'PAYMENT_PROVIDER_UNAVAILABLE' })]);
    expect(await storedRefunds(booking.id)).toEqual([]);
    simulator.clearFaults();

    const retried = await refundBooking(input);
    expect(retried.errors).toEqual([]);
    expect(retried.booking).toMatchObject({ status: 'REFUNDED', refunded: { amountMinor: 2000 } });
    expect(await refundsAtPayPal(orderId)).toHaveLength(1);
  });

  it('keeps who refunded and why when PayPal’s webhook recorded the refund first', async () => {
    const { event, ticketType } = await paidEvent(server, { priceMinor: 2000 });
    const { booking, orderId } = await paidBooking(event, ticketType, 1);
    const input = { bookingId: booking.id, amountMinor: 800, reason: 'Broken seat', idempotencyKey: 'race' };
    simulator.failNext('refund', { kind: 'timeout', holdMs: 5000, processed: true });
    expect((await refundBooking(input)).errors).toEqual([
      expect.objectContaining({ code: 'PAYMENT_PROVIDER_UNAVAILABLE' }),
    ]);
    simulator.clearFaults();
    const captureId = (await server.payments.gateway.getOrder(orderId))!.captures[0].captureId;
    const webhook = simulator.buildWebhook('PAYMENT.CAPTURE.REFUNDED', captureId);
    const delivered = await fetch(`${server.url}/webhooks/paypal`, {
      method: 'POST',
      headers: webhook.headers,
      body: webhook.body,
    });
    expect(delivered.status).toBe(200);
    expect(await storedRefunds(booking.id)).toEqual([
      expect.objectContaining({ amountMinor: 800, reason: 'PROVIDER', requestedById: null }),
    ]);

    const retried = await refundBooking(input);

    expect(retried.errors).toEqual([]);
    expect(retried.booking!.refunds).toEqual([
      expect.objectContaining({
        amount: { amountMinor: 800, currency: 'EUR' },
        reason: 'Broken seat',
        requestedBy: admin.email,
      }),
    ]);
    expect(await refundsAtPayPal(orderId)).toHaveLength(1);
    expect(
      await server.dataSource
        .getRepository(AuditLogEntryEntity)
        .countBy({ objectId: booking.id, action: 'booking.refund' }),
    ).toBe(1);
    expect((await kindsOfEmails(booking.id)).filter((kind) => kind === EmailKind.REFUND_ISSUED)).toHaveLength(
      1,
    );
  });

  it('refuses a booking that was never paid', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await book(server, event, ticketType, 1);

    const payload = await refundBooking({ bookingId: booking.id, reason: 'Why not' });

    expect(payload.errors).toEqual([
      expect.objectContaining({ code: 'NOTHING_TO_REFUND', field: 'bookingId' }),
    ]);
  });

  it('is refused to STAFF', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking, orderId } = await paidBooking(event, ticketType, 1);

    const response = await server.graphql(
      REFUND_BOOKING,
      { input: { bookingId: booking.id, reason: 'x' } },
      staff.headers,
    );

    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await refundsAtPayPal(orderId)).toEqual([]);
  });
});

describe('resendBookingConfirmation', () => {
  it('sends the confirmation again as a new message each time', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await paidBooking(event, ticketType, 1);
    const resend = () =>
      server.graphql<{ resendBookingConfirmation: PayloadData }>(
        RESEND_CONFIRMATION,
        { input: { bookingId: booking.id } },
        admin.headers,
      );

    expect((await resend()).data!.resendBookingConfirmation.errors).toEqual([]);
    expect((await resend()).data!.resendBookingConfirmation.errors).toEqual([]);

    const confirmations = (await emailsFor(server, booking.id)).filter(
      (message) => message.kind === EmailKind.BOOKING_CONFIRMATION,
    );
    expect(confirmations.map((message) => message.causeKey)).toEqual([
      `booking-confirmation:${booking.id}`,
      `booking-confirmation:${booking.id}:resend-1`,
      `booking-confirmation:${booking.id}:resend-2`,
    ]);
    expect(confirmations[2].recipients).toEqual([booking.buyer.email]);
  });

  it('refuses a booking whose tickets are not valid', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { booking } = await book(server, event, ticketType, 1);

    const response = await server.graphql<{ resendBookingConfirmation: PayloadData }>(
      RESEND_CONFIRMATION,
      { input: { bookingId: booking.id } },
      admin.headers,
    );

    expect(response.data!.resendBookingConfirmation.errors).toEqual([
      expect.objectContaining({ code: 'NOT_CONFIRMED', field: 'bookingId' }),
    ]);
    expect(await kindsOfEmails(booking.id)).toEqual([]);
  });
});

describe('adminBookingsCsv', () => {
  const CSV = /* GraphQL */ `
    query AdminBookingsCsv($filter: AdminBookingFilterInput) {
      adminBookingsCsv(filter: $filter)
    }
  `;

  it('exports the filtered bookings with totals and refunds, newest first, for ADMIN and STAFF', async () => {
    const event = await createEvent(server.dataSource, { title: 'Quiz, "Finals"' });
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 1250 });
    const paid = await paidBooking(event, ticketType, 2);
    await refundBooking({ bookingId: paid.booking.id, amountMinor: 500, reason: 'Late start' });
    const held = await book(server, event, ticketType, 1);

    const response = await server.graphql<{ adminBookingsCsv: string }>(
      CSV,
      { filter: { eventId: event.id } },
      staff.headers,
    );

    const lines = response.data!.adminBookingsCsv.split('\r\n');
    expect(lines[0]).toBe(
      'reference,status,created_at,buyer_name,buyer_email,event,tickets,total,refunded,currency,voucher_code,discount,line_discounts',
    );
    expect(lines.slice(1, 3)).toEqual([
      `${held.booking.reference},AWAITING_PAYMENT,${held.booking.createdAt},${held.booking.buyer.name},${held.booking.buyer.email},"Quiz, ""Finals""",1,12.50,0.00,EUR,,0.00,`,
      `${paid.booking.reference},PARTIALLY_REFUNDED,${paid.booking.createdAt},${paid.booking.buyer.name},${paid.booking.buyer.email},"Quiz, ""Finals""",2,25.00,5.00,EUR,,0.00,`,
    ]);
    expect(lines.slice(3).filter(Boolean)).toEqual([]);
    const confirmedOnly = await server.graphql<{ adminBookingsCsv: string }>(
      CSV,
      { filter: { eventId: event.id, statuses: ['AWAITING_PAYMENT'] } },
      admin.headers,
    );
    expect(confirmedOnly.data!.adminBookingsCsv).toContain(held.booking.reference);
    expect(confirmedOnly.data!.adminBookingsCsv).not.toContain(paid.booking.reference);
  });

  it('gives STAFF the money the admin pages show them: per booking, read-only, the same figures as adminBookings', async () => {
    const event = await createEvent(server.dataSource, { title: 'Door money' });
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 1999 });
    const paid = await paidBooking(event, ticketType, 3);
    await refundBooking({ bookingId: paid.booking.id, amountMinor: 1000, reason: 'One guest sick' });

    // What the bookings table and a booking's page show STAFF (docs/api.md, "Roles").
    const listed = (await listBookings({ filter: { eventId: event.id } }, staff)).data!.adminBookings.nodes;
    expect(listed.map((node) => [node.total.amountMinor, node.refunded.amountMinor])).toEqual([[5997, 1000]]);
    const shown = await detail(paid.booking.id, staff);
    expect(shown.refundable.amountMinor).toBe(4997);
    expect(shown.payments.map((payment) => payment.amount.amountMinor)).toEqual([5997]);
    expect(shown.refunds.map((refund) => refund.amount.amountMinor)).toEqual([1000]);

    // The CSV gives STAFF those figures, in major units, and nothing the pages do not.
    const csv = await server.graphql<{ adminBookingsCsv: string }>(
      CSV,
      { filter: { eventId: event.id } },
      staff.headers,
    );
    const [header, row] = csv.data!.adminBookingsCsv.split('\r\n');
    const columns = Object.fromEntries(header.split(',').map((name, index) => [name, row.split(',')[index]]));
    expect(columns).toMatchObject({ total: '59.97', refunded: '10.00', currency: 'EUR' });

    // Money moves only for ADMINs, and the sales figures are theirs.
    const refused = await server.graphql(
      'mutation($input: RefundBookingInput!) { refundBooking(input: $input) { errors { code } } }',
      { input: { bookingId: paid.booking.id, amountMinor: 1, reason: 'x', idempotencyKey: 'staff-try' } },
      staff.headers,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sales = await server.graphql(
      'query($id: ID!) { salesOverview(eventId: $id) { __typename } }',
      { id: event.id },
      staff.headers,
    );
    expect(sales.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps what shoppers typed from running as a spreadsheet formula', async () => {
    const { event, ticketType } = await paidEvent(server);
    const response = await bookViaApi(
      server,
      bookingInput(event, [[ticketType, 1]], {
        // (A name with a link is refused at the door now: common/plain-text.ts.)
        buyer: { name: '=CONCAT("Cl","ick")', email: 'formula@example.org' },
      }),
    );
    expect(response.data!.createBooking.errors).toEqual([]);

    const csv = await server.graphql<{ adminBookingsCsv: string }>(
      CSV,
      { filter: { eventId: event.id } },
      admin.headers,
    );

    expect(csv.data!.adminBookingsCsv.split('\r\n')[1]).toContain(`"'=CONCAT(""Cl"",""ick"")"`);
  });
});

describe('salesOverview', () => {
  const SALES = /* GraphQL */ `
    fragment Figures on SalesFigures {
      ticketsSold
      bookings
      revenue {
        currency
        gross {
          amountMinor
        }
        refunded {
          amountMinor
        }
        net {
          amountMinor
        }
      }
    }
    query SalesOverview($eventId: ID, $days: Int, $timeZone: String) {
      salesOverview(eventId: $eventId, days: $days, timeZone: $timeZone) {
        eventId
        timeZone
        today {
          ...Figures
        }
        last7Days {
          ...Figures
        }
        last30Days {
          ...Figures
        }
        daily {
          date
          ticketsSold
          bookings
          revenue {
            currency
            gross {
              amountMinor
            }
            refunded {
              amountMinor
            }
            net {
              amountMinor
            }
          }
        }
      }
    }
  `;

  interface Figures {
    ticketsSold: number;
    bookings: number;
    revenue: {
      currency: string;
      gross: { amountMinor: number };
      refunded: { amountMinor: number };
      net: { amountMinor: number };
    }[];
  }
  interface OverviewData {
    salesOverview: {
      eventId: string | null;
      timeZone: string;
      today: Figures;
      last7Days: Figures;
      last30Days: Figures;
      daily: (Figures & { date: string })[];
    };
  }

  it('counts paid tickets and revenue net of refunds, per currency, today and per day', async () => {
    const event = await createEvent(server.dataSource, { currency: 'USD' });
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 1000 });
    const first = await paidBooking(event, ticketType, 3);
    await paidBooking(event, ticketType, 1);
    await book(server, event, ticketType, 2); // held, not sold
    await refundBooking({ bookingId: first.booking.id, amountMinor: 700, reason: 'Discount' });

    const response = await server.graphql<OverviewData>(
      SALES,
      { eventId: event.id, days: 3, timeZone: 'Pacific/Kiritimati' },
      admin.headers,
    );

    expect(response.errors).toBeUndefined();
    const overview = response.data!.salesOverview;
    const expected: Figures = {
      ticketsSold: 4,
      bookings: 2,
      revenue: [
        {
          currency: 'USD',
          gross: { amountMinor: 4000 },
          refunded: { amountMinor: 700 },
          net: { amountMinor: 3300 },
        },
      ],
    };
    expect(overview).toMatchObject({
      eventId: event.id,
      timeZone: 'Pacific/Kiritimati',
      today: expected,
      last7Days: expected,
      last30Days: expected,
    });
    // Days are counted in the time zone asked for (UTC+14 here).
    const todayThere = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    expect(overview.daily.map((day) => day.date)).toHaveLength(3);
    expect(overview.daily[2]).toEqual({ date: todayThere, ...expected });
    expect(overview.daily[0]).toMatchObject({
      ticketsSold: 0,
      revenue: [{ currency: 'USD', gross: { amountMinor: 0 }, net: { amountMinor: 0 } }],
    });
  });

  it('is for ADMINs only and checks its arguments', async () => {
    const asStaff = await server.graphql(SALES, {}, staff.headers);
    expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooLong = await server.graphql(SALES, { days: 367 }, admin.headers);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    const badZone = await server.graphql(SALES, { timeZone: 'Mars/Olympus' }, admin.headers);
    expect(badZone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
  });
});
