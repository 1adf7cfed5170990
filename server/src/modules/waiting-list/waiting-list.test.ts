/**
 * The waiting list (point 3 of issue #22): joining a sold-out ticket type, offers made in the
 * transaction that frees seats (hold expiry, cancellation, capacity raised), in line, held in the
 * seat counters so nobody else can buy them, accepted through createBooking, expiring and passing on;
 * and the organiser's list, moves, removals, offers by hand and settings.
 */
import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createBooking, createEvent, createTicketType } from '../../../test/factories';
import { lifecycleSteps } from '../../../test/lifecycle';
import { createReservingVoucher } from '../../../test/vouchers';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { createRequestContext } from '../../common/request-context';
import { sweepWaitingListOffers } from '../../jobs/waiting-list-offers.job';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { EventVisibility, type EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const ERRORS = 'errors { code field message }';
const JOIN = `mutation ($input: JoinWaitingListInput!) { joinWaitingList(input: $input) {
  place { ticketTypeId quantity ahead offerHours } ${ERRORS} } }`;
const ENTRY_FIELDS = 'id name email quantity place status offerExpiresAt bookingId ticketTypeName';
const LIST = `query ($eventId: ID!) { waitingList(eventId: $eventId) {
  settings { enabled autoOffer offerHours } entries { ${ENTRY_FIELDS} } } }`;
const MOVE = `mutation ($input: MoveWaitingListEntryInput!) { moveWaitingListEntry(input: $input) { entry { ${ENTRY_FIELDS} } ${ERRORS} } }`;
const REMOVE = `mutation ($id: ID!) { removeWaitingListEntry(id: $id) { entry { ${ENTRY_FIELDS} } ${ERRORS} } }`;
const OFFER = `mutation ($id: ID!) { offerWaitingListEntry(id: $id) { entry { ${ENTRY_FIELDS} } ${ERRORS} } }`;
const SETTINGS = `mutation ($input: UpdateWaitingListSettingsInput!) { updateWaitingListSettings(input: $input) {
  settings { enabled autoOffer offerHours } ${ERRORS} } }`;
const OFFER_BY_TOKEN = `query ($token: String!) { waitingListOffer(token: $token) {
  status open eventSlug ticketTypeId ticketTypeName quantity expiresAt } }`;

type Errors = { code: string; field: string | null; message: string }[];
interface EntryView {
  id: string;
  name: string;
  email: string;
  quantity: number;
  place: number | null;
  status: string;
  offerExpiresAt: string | null;
  bookingId: string | null;
}

let server: TestServer;
let admin: SignedIn;
let staff: SignedIn;
let event: EventEntity;
let hall: TicketTypeEntity;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
  staff = await loginAs(server, AdminRole.STAFF);
});

afterAll(() => server.close());

beforeEach(async () => {
  event = await createEvent(server.dataSource);
  hall = await createTicketType(server.dataSource, event, { name: 'Hall', capacity: 3, maxPerOrder: 4 });
});

async function join(
  email: string,
  quantity = 1,
  overrides: Record<string, unknown> = {},
): Promise<{ place: { ahead: number; offerHours: number } | null; errors: Errors }> {
  const response = await server.graphql<{ joinWaitingList: { place: never; errors: Errors } }>(JOIN, {
    input: { eventId: event.id, ticketTypeId: hall.id, name: 'Wanda Waiter', email, quantity, ...overrides },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.joinWaitingList;
}

async function asAdmin<Payload>(
  query: string,
  variables: Record<string, unknown>,
  who = admin,
): Promise<Payload> {
  const response = await server.graphql<Record<string, Payload>>(query, variables, who.headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

/** An address of this test's own (tests share one database, and the sweep sees every event). */
const at = (name: string) => `${name}-${event.slug}@example.org`;

const entries = async () => (await asAdmin<{ entries: EntryView[] }>(LIST, { eventId: event.id })).entries;
const statusOf = async (email: string) => (await entries()).find((entry) => entry.email === email)?.status;

async function counters(): Promise<{ held: number; sold: number }> {
  const [row] = await server.dataSource.query(
    'SELECT held_count AS held, sold_count AS sold FROM ticket_type WHERE id = $1',
    [hall.id],
  );
  return row;
}

/** The offer links e-mailed to `email` (newest last): their tokens. */
async function offerTokens(email: string): Promise<string[]> {
  const rows: { text: string }[] = await server.dataSource.query(
    `SELECT text FROM email_message WHERE kind = 'WAITING_LIST_OFFER' AND $1 = ANY(recipients) ORDER BY created_at`,
    [email],
  );
  return rows.map((row) => /\/checkout\/offer\/([A-Za-z0-9_-]+)/.exec(row.text)![1]);
}

/** Fills the hall with holds (3 seats, 1 each); returns the bookings. */
async function soldOut(): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < 3; index++) {
    const { booking } = await server.app.services.reservations.createBooking(
      createRequestContext(),
      bookingInput(event, [[hall, 1]], { accessKey: event.accessKey }),
    );
    const [{ id }] = await server.dataSource.query('SELECT id FROM booking WHERE reference = $1', [
      booking!.reference,
    ]);
    ids.push(id);
  }
  return ids;
}

const cancel = (bookingId: string) =>
  asAdmin<{ errors: Errors }>(
    `mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { ${ERRORS} } }`,
    { input: { bookingId, reason: 'Waiting list test', refund: false } },
  );

describe('joining the waiting list', () => {
  it('refuses a ticket type that is not sold out, and more than one order may have, in one answer', async () => {
    const refused = await join(at('early'), 5);
    expect(refused.place).toBeNull();
    expect(refused.errors.map((error) => [error.code, error.field])).toEqual([
      ['NOT_SOLD_OUT', 'ticketTypeId'],
      ['ABOVE_MAX_PER_ORDER', 'quantity'],
    ]);
  });

  it('refuses malformed input naming every field at once', async () => {
    const response = await server.graphql(JOIN, {
      input: {
        eventId: event.id,
        ticketTypeId: hall.id,
        name: 'Wanda https://evil.example.com',
        email: 'nope',
        quantity: 0,
      },
    });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = JSON.stringify(response.errors?.[0].extensions);
    for (const field of ['name', 'email', 'quantity']) expect(fields).toContain(field);
  });

  it('puts people in line once each when the ticket type is sold out', async () => {
    await soldOut();
    const first = await join(at('first'), 2);
    expect(first).toEqual({
      place: { ticketTypeId: hall.id, quantity: 2, ahead: 0, offerHours: 24 },
      errors: [],
    });
    expect((await join(at('second'))).place?.ahead).toBe(1);
    const again = await join(at('first').toUpperCase());
    expect(again.errors.map((error) => [error.code, error.field])).toEqual([['ALREADY_ON_LIST', 'email']]);
    expect((await entries()).map((entry) => [entry.email, entry.place, entry.status])).toEqual([
      [at('first'), 1, 'WAITING'],
      [at('second'), 2, 'WAITING'],
    ]);
  });

  it('refuses when the organiser turned the list off', async () => {
    await soldOut();
    await asAdmin(SETTINGS, {
      input: { eventId: event.id, enabled: false, autoOffer: true, offerHours: 24 },
    });
    expect((await join(at('late'))).errors.map((error) => error.code)).toEqual(['WAITING_LIST_CLOSED']);
  });

  it('limits how often one address may ask', async () => {
    const limited = await startTestServer({ database: server.database, env: { CHECKOUT_RATE_LIMIT: '2' } });
    try {
      const ask = () =>
        limited.graphql<{ joinWaitingList: { errors: Errors } }>(JOIN, {
          input: { eventId: event.id, ticketTypeId: hall.id, name: 'Rita', email: at('rita'), quantity: 1 },
        });
      await ask();
      await ask();
      const third = await ask();
      expect(third.data!.joinWaitingList.errors.map((error) => error.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    } finally {
      await limited.close();
    }
  });
});

describe('offers when seats come back', () => {
  it('offers a seat whose hold expired to the first in line, holds it, and nobody else can buy it', async () => {
    await soldOut();
    await join(at('first'));
    await join(at('second'));
    await lifecycleSteps(server.app.services).expireHolds(new Date(Date.now() + 60 * MINUTE));
    // Every hold expired: 3 seats free, 2 people waiting for 1 each: both offered, 1 seat left.
    expect(await statusOf(at('first'))).toBe('OFFERED');
    expect(await statusOf(at('second'))).toBe('OFFERED');
    expect(await counters()).toEqual({ held: 2, sold: 0 });
    expect(await offerTokens(at('first'))).toHaveLength(1);

    await createBooking(server.app.services, event, [[hall, 1]]);
    const refused = await bookViaApi(server, bookingInput(event, [[hall, 1]]));
    expect(refused.data!.createBooking.errors.map((error) => error.code)).toEqual(['SOLD_OUT']);
  });

  it('offers the seats of a booking an admin cancels, and keeps the line: a smaller request never jumps it', async () => {
    const bookings = await soldOut();
    await join(at('pair'), 2);
    await join(at('single'), 1);
    expect((await cancel(bookings[0])).errors).toEqual([]);
    // One seat free: the pair (first) does not fit, so the single (second) waits too.
    expect(await statusOf(at('pair'))).toBe('WAITING');
    expect(await statusOf(at('single'))).toBe('WAITING');
    expect(await counters()).toEqual({ held: 2, sold: 0 });

    await cancel(bookings[1]);
    expect(await statusOf(at('pair'))).toBe('OFFERED');
    expect(await statusOf(at('single'))).toBe('WAITING');
    expect(await counters()).toEqual({ held: 3, sold: 0 });
  });

  it('tells subscribed webhook endpoints about an offer, without personal data', async () => {
    await server.dataSource.query(
      `INSERT INTO webhook_endpoint (url, event_types, secret) VALUES ('https://hooks.example.org/wl', $1, 'whsec_test')`,
      [['WAITING_LIST_OFFERED']],
    );
    try {
      const bookings = await soldOut();
      await join(at('hooked'), 1);
      await cancel(bookings[0]);
      const [entry] = await entries();
      const [message] = await server.dataSource.query(
        `SELECT body FROM webhook_message WHERE type = 'waiting_list.offered' AND ordering_key = $1`,
        [entry.id],
      );
      const body = typeof message.body === 'string' ? JSON.parse(message.body) : message.body;
      expect(body.data.offer).toMatchObject({ id: entry.id, ticketTypeId: hall.id, quantity: 1 });
      expect(body.data.event).toMatchObject({ id: event.id });
      expect(JSON.stringify(body)).not.toContain(at('hooked'));
    } finally {
      await server.dataSource.query(
        `DELETE FROM webhook_endpoint WHERE url = 'https://hooks.example.org/wl'`,
      );
    }
  });

  it('offers the seats of a hold the buyer gave up at PayPal', async () => {
    const bookings = await soldOut();
    await join(at('first'));
    expect((await lifecycleSteps(server.app.services).releaseHold(bookings[2])).outcome).toBe('RELEASED');
    expect(await statusOf(at('first'))).toBe('OFFERED');
    expect(await counters()).toEqual({ held: 3, sold: 0 });
  });

  it('offers seats when an admin raises the capacity', async () => {
    await soldOut();
    await join(at('first'), 2);
    const raised = await asAdmin<{ errors: Errors }>(
      `mutation ($input: UpdateTicketTypeInput!) { updateTicketType(input: $input) { ${ERRORS} } }`,
      { input: { id: hall.id, capacity: 5 } },
    );
    expect(raised.errors).toEqual([]);
    expect(await statusOf(at('first'))).toBe('OFFERED');
    expect(await counters()).toEqual({ held: 5, sold: 0 });
  });

  it('offers the seats a code reserved when the organiser switches the code off', async () => {
    await createBooking(server.app.services, event, [[hall, 1]]);
    const code = await createReservingVoucher(server.dataSource, event, hall, 2);
    await join(at('first'), 2);
    const disabled = await asAdmin<{ errors: Errors }>(
      `mutation ($input: SetVoucherDisabledInput!) { setVoucherDisabled(input: $input) { ${ERRORS} } }`,
      { input: { id: code.id, disabled: true } },
    );
    expect(disabled.errors).toEqual([]);
    expect(await statusOf(at('first'))).toBe('OFFERED');
    expect(await counters()).toEqual({ held: 3, sold: 0 });
  });

  it('passes an offer that ran out on to the next in line, once, however many sweeps run', async () => {
    const bookings = await soldOut();
    await join(at('first'));
    await join(at('second'));
    await cancel(bookings[0]);
    expect(await statusOf(at('first'))).toBe('OFFERED');

    const later = createRequestContext({ now: new Date(Date.now() + 25 * HOUR) });
    await Promise.all([1, 2, 3].map(() => sweepWaitingListOffers(server.app.services, later)));
    expect(await statusOf(at('first'))).toBe('EXPIRED');
    expect(await statusOf(at('second'))).toBe('OFFERED');
    expect(await counters()).toEqual({ held: 3, sold: 0 });
    expect(await offerTokens(at('second'))).toHaveLength(1);
  });
});

describe('booking with an offer', () => {
  it('takes the held seats with the token, once, and only as offered', async () => {
    const bookings = await soldOut();
    await join(at('first'), 2);
    await cancel(bookings[0]);
    await cancel(bookings[1]);
    const [token] = await offerTokens(at('first'));

    const offer = await server.graphql<{ waitingListOffer: Record<string, unknown> }>(OFFER_BY_TOKEN, {
      token,
    });
    expect(offer.data!.waitingListOffer).toMatchObject({
      status: 'OFFERED',
      open: true,
      quantity: 2,
      ticketTypeName: 'Hall',
    });

    const tooMany = await bookViaApi(
      server,
      bookingInput(event, [[hall, 3]], { waitingListOfferToken: token }),
    );
    expect(tooMany.data!.createBooking.errors.map((error) => [error.code, error.field])).toContainEqual([
      'WAITING_LIST_OFFER_INVALID',
      'lines',
    ]);

    const booked = await bookViaApi(
      server,
      bookingInput(event, [[hall, 2]], { waitingListOfferToken: token }),
    );
    expect(booked.data!.createBooking.errors).toEqual([]);
    expect(booked.data!.createBooking.booking?.status).toBe('AWAITING_PAYMENT');
    // The offer's 2 held seats became the booking's: 1 old hold + 2.
    expect(await counters()).toEqual({ held: 3, sold: 0 });
    const [entry] = await entries();
    expect(entry).toMatchObject({ status: 'ACCEPTED' });
    expect(entry.bookingId).not.toBeNull();

    const again = await bookViaApi(
      server,
      bookingInput(event, [[hall, 2]], { waitingListOfferToken: token }),
    );
    expect(again.data!.createBooking.errors.map((error) => error.code)).toEqual([
      'WAITING_LIST_OFFER_INVALID',
    ]);
    const used = await server.graphql<{ waitingListOffer: Record<string, unknown> }>(OFFER_BY_TOKEN, {
      token,
    });
    expect(used.data!.waitingListOffer).toMatchObject({ status: 'ACCEPTED', open: false });
  });

  it('opens a private event to the offer’s holder, who books without its key', async () => {
    event = await createEvent(server.dataSource, { visibility: EventVisibility.PRIVATE });
    hall = await createTicketType(server.dataSource, event, { name: 'Hall', capacity: 3, maxPerOrder: 4 });
    const bookings = await soldOut();
    expect((await join(at('first'), 1)).errors.map((error) => error.code)).toEqual(['EVENT_NOT_FOUND']);
    expect((await join(at('first'), 1, { accessKey: event.accessKey })).errors).toEqual([]);
    await cancel(bookings[0]);
    const [token] = await offerTokens(at('first'));
    const booked = await bookViaApi(
      server,
      bookingInput(event, [[hall, 1]], { waitingListOfferToken: token }),
    );
    expect(booked.data!.createBooking.errors).toEqual([]);
  });

  it('passes the seats of an offer booked in part on to the next in line', async () => {
    const bookings = await soldOut();
    await join(at('first'), 2);
    await join(at('second'), 1);
    await cancel(bookings[0]);
    await cancel(bookings[1]);
    const [token] = await offerTokens(at('first'));
    const booked = await bookViaApi(
      server,
      bookingInput(event, [[hall, 1]], { waitingListOfferToken: token }),
    );
    expect(booked.data!.createBooking.errors).toEqual([]);
    expect(await statusOf(at('second'))).toBe('OFFERED');
    expect(await counters()).toEqual({ held: 3, sold: 0 });
  });
});

describe('the organiser', () => {
  it('makes no offer with automatic offers off, until offering by hand', async () => {
    const bookings = await soldOut();
    await asAdmin(SETTINGS, { input: { eventId: event.id, enabled: true, autoOffer: false, offerHours: 2 } });
    await join(at('first'));
    const [entry] = await entries();
    const none = await asAdmin<{ errors: Errors }>(OFFER, { id: entry.id });
    expect(none.errors.map((error) => error.code)).toEqual(['NO_SEATS_FREE']);

    await cancel(bookings[0]);
    expect(await statusOf(at('first'))).toBe('WAITING');
    const offered = await asAdmin<{ entry: EntryView; errors: Errors }>(OFFER, { id: entry.id });
    expect(offered.errors).toEqual([]);
    expect(offered.entry.status).toBe('OFFERED');
    const hours = (Date.parse(offered.entry.offerExpiresAt!) - Date.now()) / HOUR;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThan(2.1);
    const audit = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findOneBy({ action: 'waitingList.offer', objectId: entry.id });
    expect(audit).not.toBeNull();
  });

  it('moves and removes entries; removing an offer passes its seats on', async () => {
    const bookings = await soldOut();
    await join(at('a'));
    await join(at('b'));
    await join(at('c'));
    const c = (await entries()).find((entry) => entry.email === at('c'))!;
    const moved = await asAdmin<{ entry: EntryView; errors: Errors }>(MOVE, {
      input: { id: c.id, place: 1 },
    });
    expect(moved.entry.place).toBe(1);
    expect((await entries()).map((entry) => entry.email)).toEqual([at('c'), at('a'), at('b')]);

    await cancel(bookings[0]);
    expect(await statusOf(at('c'))).toBe('OFFERED');
    const removed = await asAdmin<{ entry: EntryView; errors: Errors }>(REMOVE, { id: c.id });
    expect(removed.entry.status).toBe('REMOVED');
    expect(await statusOf(at('a'))).toBe('OFFERED');
    expect(await counters()).toEqual({ held: 3, sold: 0 });
  });

  it('lets STAFF read the list but not change it, and nobody anonymous', async () => {
    await soldOut();
    await join(at('a'));
    const [entry] = await entries();
    const read = await server.graphql(LIST, { eventId: event.id }, staff.headers);
    expect(read.errors).toBeUndefined();
    for (const [query, variables] of [
      [REMOVE, { id: entry.id }],
      [OFFER, { id: entry.id }],
      [MOVE, { input: { id: entry.id, place: 1 } }],
      [SETTINGS, { input: { eventId: event.id, enabled: false, autoOffer: false, offerHours: 3 } }],
    ] as const) {
      const asStaff = await server.graphql(query, variables, staff.headers);
      expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const anonymous = await server.graphql(query, variables);
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const anonymousRead = await server.graphql(LIST, { eventId: event.id });
    expect(anonymousRead.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await statusOf(at('a'))).toBe('WAITING');
  });
});
