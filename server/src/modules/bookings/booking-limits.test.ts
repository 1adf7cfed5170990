/**
 * What one anonymous client can hold without paying (issue #16): the open-booking caps per buyer
 * e-mail and per client address (free bookings included), the rate limit of createBooking and
 * startPayment with its Retry-After, and a hold's absolute lifetime however often startPayment is
 * called. Client addresses are set with X-Forwarded-For, which the test server believes from
 * loopback (TRUST_PROXY's default), as the site's server sends it.
 */
import { CREATE_BOOKING, type CreateBookingData } from '../../../test/bookings';
import { START_PAYMENT, type StartPaymentData } from '../../../test/checkout';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { loginAs } from '../../../test/auth';
import { testContext } from '../../../test/context';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { createWaiverEvent } from '../../../test/waivers';
import { AdminRole } from '../accounts/admin-account.entity';
import { EmailMessageEntity, EmailStatus } from '../email/email-message.entity';
import type { CreateBookingRequest } from './booking-rules';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { BookingEntity } from './booking.entity';
import { clientAddressKey } from '../../common/client-address-key';

const MINUTE = 60_000;
/** The shipped defaults: the limits under test are not lifted (see LIFTED_ADDRESS_LIMITS). */
const DEFAULT_LIMITS = {
  CHECKOUT_RATE_LIMIT: '',
  BOOKING_OPEN_PER_ADDRESS: '',
  BOOKING_OPEN_SEATS_FACTOR: '',
};

let addressCounter = 0;
/** A client address of its own for each test, so their counts never meet. */
function newAddress(): string {
  addressCounter += 1;
  return `198.51.100.${addressCounter}`;
}

type BookingErrors = CreateBookingData['createBooking']['errors'];

function createBookingFrom(server: TestServer, address: string, input: CreateBookingRequest) {
  return server.graphql<CreateBookingData>(CREATE_BOOKING, { input }, { 'x-forwarded-for': address });
}

async function errorsOf(response: Promise<{ data?: CreateBookingData | null }>): Promise<BookingErrors> {
  const payload = (await response).data!.createBooking;
  return payload.errors;
}

async function seatsOf(server: TestServer, ticketTypeId: string) {
  const row = await server.dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketTypeId });
  return { held: row.heldCount, sold: row.soldCount };
}

describe('open bookings per buyer and per address (shipped defaults: 3 per e-mail, 8 per address)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { ...DEFAULT_LIMITS, CHECKOUT_RATE_LIMIT: '1000' } });
  });

  afterAll(() => server.close());

  it('refuses the ninth free booking from one address, so a squatter cannot take every free seat for good', async () => {
    const event = await createEvent(server.dataSource);
    const free = await createTicketType(server.dataSource, event, { priceMinor: 0, capacity: 12 });
    const squatter = newAddress();

    const outcomes: BookingErrors[] = [];
    for (let call = 0; call < 12; call++) {
      // A fresh e-mail each time: the per-address cap is what stops this.
      outcomes.push(await errorsOf(createBookingFrom(server, squatter, bookingInput(event, [[free, 1]]))));
    }

    expect(outcomes.slice(0, 8)).toEqual(Array(8).fill([]));
    for (const errors of outcomes.slice(8)) {
      expect(errors).toEqual([
        expect.objectContaining({
          code: 'TOO_MANY_OPEN_BOOKINGS',
          field: null,
          message: expect.stringMatching(/network/),
        }),
      ]);
    }
    expect(await seatsOf(server, free.id)).toEqual({ held: 0, sold: 8 });
    // Someone else still gets the seats that are left.
    expect(await errorsOf(createBookingFrom(server, newAddress(), bookingInput(event, [[free, 4]])))).toEqual(
      [],
    );
  });

  it('counts unpaid holds per buyer e-mail, whatever its case or +tag, and makes room when one is cancelled', async () => {
    const event = await createEvent(server.dataSource);
    const paid = await createTicketType(server.dataSource, event, { priceMinor: 1500 });
    const spellings = ['Mallory@Example.org', 'mallory+2@example.org', 'MALLORY@example.org'];
    const tokens: string[] = [];
    for (const email of spellings) {
      const response = await createBookingFrom(
        server,
        newAddress(),
        bookingInput(event, [[paid, 1]], { buyer: { name: 'Mallory', email } }),
      );
      expect(response.data!.createBooking.errors).toEqual([]);
      tokens.push(response.data!.createBooking.token!);
    }

    const fourth = bookingInput(event, [[paid, 1]], {
      buyer: { name: 'Mallory', email: 'mallory@example.org' },
    });
    expect(await errorsOf(createBookingFrom(server, newAddress(), fourth))).toEqual([
      expect.objectContaining({ code: 'TOO_MANY_OPEN_BOOKINGS', field: 'buyer.email' }),
    ]);
    expect(await seatsOf(server, paid.id)).toEqual({ held: 3, sold: 0 });

    // Another event is counted apart.
    const other = await createEvent(server.dataSource);
    const otherType = await createTicketType(server.dataSource, other, { priceMinor: 1500 });
    expect(
      await errorsOf(
        createBookingFrom(server, newAddress(), {
          ...fourth,
          eventId: other.id,
          lines: [{ ticketTypeId: otherType.id, quantity: 1 }],
          attendees: [{ ...fourth.attendees[0], ticketTypeId: otherType.id }],
        }),
      ),
    ).toEqual([]);

    // A hold given back makes room.
    const cancelled = await server.graphql<{ cancelPayment: { errors: unknown[] } }>(
      'mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { errors { code } } }',
      { input: { bookingToken: tokens[0] } },
    );
    expect(cancelled.data!.cancelPayment.errors).toEqual([]);
    expect(await errorsOf(createBookingFrom(server, newAddress(), fourth))).toEqual([]);
  });

  it("caps the seats of one buyer's open bookings at twice the event's largest order, with every cap named at once", async () => {
    const event = await createEvent(server.dataSource);
    const paid = await createTicketType(server.dataSource, event, { priceMinor: 900, maxPerOrder: 4 });
    const address = newAddress();
    const buyer = { name: 'Big Group', email: 'group@example.org' };
    for (let order = 0; order < 2; order++) {
      expect(
        await errorsOf(createBookingFrom(server, address, bookingInput(event, [[paid, 4]], { buyer }))),
      ).toEqual([]);
    }
    const errors = await errorsOf(
      createBookingFrom(server, address, bookingInput(event, [[paid, 1]], { buyer })),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'TOO_MANY_OPEN_BOOKINGS',
        field: 'buyer.email',
        message: expect.stringMatching(/at most 8 tickets/),
      }),
      expect.objectContaining({
        code: 'TOO_MANY_OPEN_BOOKINGS',
        field: null,
        message: expect.stringMatching(/at most 8 tickets/),
      }),
    ]);
    expect(await seatsOf(server, paid.id)).toEqual({ held: 8, sold: 0 });
  });

  it('lets no two simultaneous bookings of one buyer slip under the cap together', async () => {
    const event = await createEvent(server.dataSource);
    const paid = await createTicketType(server.dataSource, event, { priceMinor: 700 });
    const free = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    const buyer = { name: 'Eager', email: 'eager@example.org' };
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        createBookingFrom(
          server,
          newAddress(),
          bookingInput(event, [[index % 2 ? paid : free, 1]], { buyer }),
        ),
      ),
    );
    const codes = responses.map((response) => response.data!.createBooking.errors[0]?.code ?? 'MADE');
    expect(codes.filter((code) => code === 'MADE')).toHaveLength(3);
    expect(codes.filter((code) => code === 'TOO_MANY_OPEN_BOOKINGS')).toHaveLength(7);
    const open = await server.dataSource.getRepository(BookingEntity).countBy({ eventId: event.id });
    expect(open).toBe(3);
  });
});

describe('rate limit of createBooking and startPayment per client address', () => {
  let server: TestServer;
  let replica: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { ...DEFAULT_LIMITS, CHECKOUT_RATE_LIMIT: '3' } });
    // A second API process on the same database, as another replica behind the load balancer.
    replica = await startTestServer({
      database: server.database,
      env: { ...DEFAULT_LIMITS, CHECKOUT_RATE_LIMIT: '3' },
    });
  });

  afterAll(async () => {
    await replica.close();
    await server.close();
  });

  it('answers TOO_MANY_ATTEMPTS with a Retry-After header past the limit, counted across replicas', async () => {
    const event = await createEvent(server.dataSource);
    const paid = await createTicketType(server.dataSource, event, { priceMinor: 1000 });
    const address = newAddress();

    const first = await createBookingFrom(server, address, bookingInput(event, [[paid, 1]]));
    expect(first.data!.createBooking.errors).toEqual([]);
    expect(first.headers.get('retry-after')).toBeNull();
    await createBookingFrom(replica, address, bookingInput(event, [[paid, 1]]));
    await createBookingFrom(server, address, bookingInput(event, [[paid, 1]]));

    const refused = await replica.graphql<
      CreateBookingData & { createBooking: { errors: { retryAfterSeconds: number }[] } }
    >(
      CREATE_BOOKING.replace('ticketTypeId\n', 'ticketTypeId\n        retryAfterSeconds\n'),
      { input: bookingInput(event, [[paid, 1]]) },
      { 'x-forwarded-for': address },
    );
    expect(refused.status).toBe(200);
    const [error] = refused.data!.createBooking.errors;
    expect(error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', field: null });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(error.retryAfterSeconds).toBe(retryAfter);
    expect(await seatsOf(server, paid.id)).toEqual({ held: 3, sold: 0 });

    // Another address is not held up.
    expect(
      (await createBookingFrom(server, newAddress(), bookingInput(event, [[paid, 1]]))).data!.createBooking
        .errors,
    ).toEqual([]);
  });

  it('counts every call once, whether its booking statement counts it or the limiter does', async () => {
    const event = await createEvent(server.dataSource);
    const paid = await createTicketType(server.dataSource, event, { priceMinor: 1000, capacity: 1 });
    const free = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    const address = newAddress();
    const key = `createBooking:${clientAddressKey(address)}`;
    const counted = async () =>
      Number(
        (await server.dataSource.query('SELECT points FROM rate_limit_counter WHERE key = $1', [key]))[0]
          ?.points ?? 0,
      );

    // A paid booking: counted by reserve_paid_booking in its own statement.
    expect(await errorsOf(createBookingFrom(server, address, bookingInput(event, [[paid, 1]])))).toEqual([]);
    expect(await counted()).toBe(1);
    // Sold out: the statement's count rolled back with it, so the limiter counts the call.
    const soldOut = await errorsOf(createBookingFrom(replica, address, bookingInput(event, [[paid, 1]])));
    expect(soldOut.map((error) => error.code)).toEqual(['SOLD_OUT']);
    expect(await counted()).toBe(2);
    // A free booking: counted before its transaction.
    expect(await errorsOf(createBookingFrom(server, address, bookingInput(event, [[free, 1]])))).toEqual([]);
    expect(await counted()).toBe(3);
    // Past the limit: refused by the limiter (a refused request) and by the statement (a valid one).
    const again = await errorsOf(createBookingFrom(server, address, bookingInput(event, [[paid, 1]])));
    expect(again.map((error) => error.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    const other = await createTicketType(server.dataSource, event, { priceMinor: 500 });
    const refused = await errorsOf(createBookingFrom(replica, address, bookingInput(event, [[other, 1]])));
    expect(refused.map((error) => error.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(await seatsOf(server, other.id)).toEqual({ held: 0, sold: 0 });
  });

  it('limits startPayment the same way, apart from createBooking', async () => {
    const event = await createEvent(server.dataSource);
    const paid = await createTicketType(server.dataSource, event, { priceMinor: 1000 });
    const booked = await createBookingFrom(server, newAddress(), bookingInput(event, [[paid, 1]]));
    const bookingToken = booked.data!.createBooking.token!;
    const payer = newAddress();

    for (let call = 0; call < 3; call++) {
      const response = await server.graphql<StartPaymentData>(
        START_PAYMENT,
        { input: { bookingToken } },
        { 'x-forwarded-for': payer },
      );
      expect(response.data!.startPayment.errors).toEqual([]);
    }
    const refused = await server.graphql<StartPaymentData>(
      START_PAYMENT,
      { input: { bookingToken } },
      { 'x-forwarded-for': payer },
    );
    expect(refused.data!.startPayment).toMatchObject({
      approvalUrl: null,
      booking: null,
      errors: [expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS' })],
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe("a hold's absolute lifetime (shipped defaults: 15 minutes, 30 at PayPal, 45 in all)", () => {
  let server: TestServer;
  let now = Date.now();

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date(now) });
  });

  afterAll(() => server.close());

  it('is never pushed past 45 minutes from the booking by calling startPayment every few minutes', async () => {
    const event = await createEvent(server.dataSource);
    const paid = await createTicketType(server.dataSource, event, { priceMinor: 1000 });
    const booked = await server.graphql<CreateBookingData>(CREATE_BOOKING, {
      input: bookingInput(event, [[paid, 2]]),
    });
    const { token, booking } = booked.data!.createBooking;
    const createdAt = new Date(booking!.createdAt).getTime();

    let latestHold = 0;
    let refusedAt: number | null = null;
    for (let minutes = 0; minutes <= 120; minutes += 5) {
      now = createdAt + minutes * MINUTE;
      const response = await server.graphql<StartPaymentData>(START_PAYMENT, {
        input: { bookingToken: token },
      });
      const payload = response.data!.startPayment;
      if (payload.errors.length > 0) {
        expect(payload.errors[0].code).toBe('HOLD_EXPIRED');
        refusedAt ??= minutes;
        continue;
      }
      latestHold = Math.max(latestHold, new Date(payload.booking!.holdExpiresAt!).getTime());
    }
    // The first payment start extended the hold to 30 minutes from then; nothing after it did.
    expect(latestHold).toBe(createdAt + 30 * MINUTE);
    expect(latestHold).toBeLessThanOrEqual(createdAt + 45 * MINUTE);
    expect(refusedAt).toBe(30);
  });
});

describe('one booking as a mail bomb', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { EMAIL_MAX_PER_RECIPIENT_PER_HOUR: '5' } });
  });

  afterAll(() => server.close());

  it('refuses ten attendees at one address, and sends an address at most 5 messages an hour, keeping the rest', async () => {
    const admin = await loginAs(server, AdminRole.ADMIN);
    const waiverEvent = await createWaiverEvent(server, admin);
    const { event, ticketType } = waiverEvent;
    const victim = 'victim@example.org';
    const named = bookingInput(event, [[ticketType, 10]], {
      attendees: Array.from({ length: 10 }, (_, index) => ({
        ticketTypeId: ticketType.id,
        name: `Attendee ${index}`,
        email: index % 2 ? victim : victim.toUpperCase(),
        sameAsBuyer: false,
      })),
    });
    const refused = await errorsOf(createBookingFrom(server, newAddress(), named));
    expect(refused.map((error) => [error.code, error.field])).toEqual(
      Array.from({ length: 9 }, (_, index) => ['DUPLICATE_ATTENDEE_EMAIL', `attendees.${index + 1}.email`]),
    );

    // Ten attendees "same as buyer" are allowed (a buyer may hold every ticket), and each gets a
    // waiver request: 11 messages for one address, of which the outbox sends 5 within the hour.
    const sameAsBuyer = bookingInput(event, [[ticketType, 10]], {
      buyer: { name: 'Victim', email: victim },
      attendees: Array.from({ length: 10 }, () => ({ ticketTypeId: ticketType.id, sameAsBuyer: true })),
    });
    expect(await errorsOf(createBookingFrom(server, newAddress(), sameAsBuyer))).toEqual([]);
    await server.app.services.email.deliverDue(testContext(), 100);

    const messages = await server.dataSource
      .getRepository(EmailMessageEntity)
      .createQueryBuilder('message')
      .where(':victim = ANY(message.recipients)', { victim })
      .getMany();
    const byStatus = (status: EmailStatus) => messages.filter((message) => message.status === status).length;
    expect(messages).toHaveLength(11);
    expect(byStatus(EmailStatus.PREVIEW)).toBe(5);
    expect(byStatus(EmailStatus.HELD)).toBe(6);
  });
});
