/**
 * The waiting list on three API processes (the compiled server) on one database: seats freed on all
 * of them at once (admins cancelling bookings spread over the replicas) are each offered
 * exactly once, to the people first in line, held in the counters (never above capacity), with one
 * offer e-mail per offer. Needs `npm run build` first (npm test does it).
 */
import { startApiProcess, type ApiProcess } from '../test/api-process';
import { createAccount, LOGIN, sessionCookieOf } from '../test/auth';
import { bookViaApi } from '../test/bookings';
import {
  bookingInput,
  createCapacityPool,
  createEvent,
  createTicketType,
  poolUsedCount,
} from '../test/factories';
import { createMigratedTestDatabase, type TestDatabase } from '../test/test-database';
import { createDataSource } from './db/data-source';
import { TicketTypeEntity } from './modules/tickets/ticket-type.entity';

const REPLICAS = 3;
const SEATS = 12;
const WAITING = 20;
const CANCEL = `mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }`;
const JOIN = `mutation ($input: JoinWaitingListInput!) { joinWaitingList(input: $input) { errors { code } } }`;

describe('the waiting list on three replicas', () => {
  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;
  let replicas: ApiProcess[] = [];

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    replicas = await Promise.all(
      Array.from({ length: REPLICAS }, () =>
        startApiProcess({
          DATABASE_URL: database.url,
          CHECKOUT_RATE_LIMIT: '100000',
          BOOKING_OPEN_PER_ADDRESS: '100000',
          BOOKING_OPEN_SEATS_FACTOR: '100000',
          // Offers are made by the requests that free seats; no sweep runs here.
          JOBS_ENABLED: 'false',
          DATABASE_POOL_SIZE: '6',
        }),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('offers every seat freed on three replicas at once exactly once, to the first in line', async () => {
    const event = await createEvent(dataSource);
    const ticketType = await createTicketType(dataSource, event, {
      capacity: SEATS,
      maxPerOrder: 1,
      priceMinor: 0,
    });
    const total = await createCapacityPool(dataSource, event, { capacity: SEATS, allTicketTypes: true });
    // Sold out with free (confirmed) bookings, one seat each.
    for (let index = 0; index < SEATS; index++) {
      const booked = await bookViaApi(replicas[index % REPLICAS], bookingInput(event, [[ticketType, 1]]));
      expect(booked.data?.createBooking.errors).toEqual([]);
    }
    for (let index = 0; index < WAITING; index++) {
      const joined = await replicas[index % REPLICAS].graphql<{ joinWaitingList: { errors: unknown[] } }>(
        JOIN,
        {
          input: {
            eventId: event.id,
            ticketTypeId: ticketType.id,
            name: `Waiter ${index}`,
            email: `waiter-${index}@example.org`,
            quantity: 1,
          },
        },
      );
      expect(joined.data?.joinWaitingList.errors).toEqual([]);
    }

    const account = await createAccount(dataSource);
    const signedIn = await replicas[0].graphql(LOGIN, { email: account.email, password: account.password });
    const admin = { cookie: sessionCookieOf(signedIn) };
    const bookings = await dataSource.query<{ id: string }[]>('SELECT id FROM booking WHERE event_id = $1', [
      event.id,
    ]);
    // Every booking cancelled at once, spread over the replicas.
    const cancelled = await Promise.all(
      bookings.map(({ id }, index) =>
        replicas[index % REPLICAS].graphql<{ cancelBooking: { errors: unknown[] } }>(
          CANCEL,
          { input: { bookingId: id, reason: 'Freeing seats', refund: false } },
          admin,
        ),
      ),
    );
    expect(cancelled.map((result) => result.errors ?? result.data?.cancelBooking.errors)).toEqual(
      bookings.map(() => []),
    );

    const entries = await dataSource.query<{ email: string; status: string }[]>(
      `SELECT email, status FROM waiting_list_entry WHERE event_id = $1 ORDER BY position, created_at, id`,
      [event.id],
    );
    // The first SEATS in line hold offers, the rest wait: nobody was skipped, no seat offered twice.
    expect(entries.map((entry) => entry.status)).toEqual([
      ...Array.from({ length: SEATS }, () => 'OFFERED'),
      ...Array.from({ length: WAITING - SEATS }, () => 'WAITING'),
    ]);
    expect(
      entries
        .slice(0, SEATS)
        .map((entry) => entry.email)
        .sort(),
    ).toEqual(Array.from({ length: SEATS }, (_, index) => `waiter-${index}@example.org`).sort());
    const row = await dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketType.id });
    expect({ held: row.heldCount, sold: row.soldCount }).toEqual({ held: SEATS, sold: 0 });
    expect(await poolUsedCount(dataSource, total)).toBe(SEATS);
    const emails = await dataSource.query<{ recipients: string[] }[]>(
      `SELECT recipients FROM email_message WHERE kind = 'WAITING_LIST_OFFER' AND cause_key LIKE 'waiting-list-offer:%'`,
    );
    expect(emails.map((email) => email.recipients[0]).sort()).toEqual(
      entries
        .slice(0, SEATS)
        .map((entry) => entry.email)
        .sort(),
    );

    // Nobody else can buy an offered seat meanwhile.
    const refused = await bookViaApi(replicas[1], bookingInput(event, [[ticketType, 1]]));
    expect(refused.data?.createBooking.errors.map((error) => error.code)).toEqual(['SOLD_OUT']);
  }, 120_000);
});
