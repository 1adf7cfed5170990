import { loginAs, type SignedIn } from '../../../test/auth';
import { approveAtPayPal, capturePayment, started } from '../../../test/checkout';
import { bookViaApi } from '../../../test/bookings';
import {
  bookingInput,
  createCapacityPool,
  createEvent,
  createTicketType,
  DAY,
  type BookingLineSpec,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import type { EventEntity } from '../events/event.entity';

const POOL_SALES = /* GraphQL */ `
  query PoolSales($eventId: ID, $poolId: ID, $days: Int) {
    salesOverview(eventId: $eventId, poolId: $poolId, days: $days) {
      eventId
      today {
        ticketsSold
      }
      pools {
        poolId
        name
        allTicketTypes
        capacity
        used
        sold
        ticketsSold
        ticketsReturned
        daily {
          date
          ticketsSold
          ticketsReturned
        }
      }
    }
  }
`;

interface PoolSalesData {
  salesOverview: {
    eventId: string | null;
    today: { ticketsSold: number };
    pools: {
      poolId: string;
      name: string;
      allTicketTypes: boolean;
      capacity: number;
      used: number;
      sold: number;
      ticketsSold: number;
      ticketsReturned: number;
      daily: { date: string; ticketsSold: number; ticketsReturned: number }[];
    }[];
  };
}

/** Noon UTC two days ago: the first sales day; the test moves the clock a day at a time. */
const FIRST_DAY = new Date(Math.floor(Date.now() / DAY) * DAY - 2 * DAY + 12 * 3_600_000);
let now = FIRST_DAY;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now, paymentTimeoutMs: 3000 });
});

afterAll(() => server.close());

/** A booking of `lines` paid at the simulator, confirmed at the clock's time. */
async function paid(event: EventEntity, lines: BookingLineSpec[]): Promise<string> {
  const response = await bookViaApi(server, bookingInput(event, lines));
  const { booking, token } = response.data!.createBooking;
  const { approvalUrl, orderId } = await started(server, token!);
  await approveAtPayPal(approvalUrl);
  const captured = await capturePayment(server, token!, orderId);
  expect(captured.data?.capturePayment.booking?.status).toBe('CONFIRMED');
  return booking!.id;
}

async function salesOf(as: SignedIn | null, variables: Record<string, unknown>) {
  return server.graphql<PoolSalesData>(POOL_SALES, variables, as?.headers);
}

describe('salesOverview per capacity pool', () => {
  let event: EventEntity;
  let pools: { hall: { id: string }; kids: { id: string }; total: { id: string } };
  let admin: SignedIn;

  beforeAll(async () => {
    event = await createEvent(server.dataSource, { title: 'Family Day' });
    const adult = await createTicketType(server.dataSource, event, { name: 'Adult', priceMinor: 2000 });
    const child = await createTicketType(server.dataSource, event, { name: 'Child', priceMinor: 1000 });
    const vip = await createTicketType(server.dataSource, event, { name: 'VIP', priceMinor: 5000 });
    // Child is in two pools: the hall it shares with Adult, and a cap of its own.
    pools = {
      hall: await createCapacityPool(server.dataSource, event, {
        capacity: 100,
        ticketTypes: [adult, child],
      }),
      kids: await createCapacityPool(server.dataSource, event, { capacity: 30, ticketTypes: [child] }),
      total: await createCapacityPool(server.dataSource, event, { capacity: 200, allTicketTypes: true }),
    };
    await server.dataSource.query(
      `UPDATE capacity_pool SET name = CASE id WHEN $1 THEN 'Hall' WHEN $2 THEN 'Kids cap' ELSE 'Whole event' END
        WHERE event_id = $3`,
      [pools.hall.id, pools.kids.id, event.id],
    );

    now = FIRST_DAY;
    await paid(event, [
      [adult, 2],
      [child, 1],
    ]);
    now = new Date(FIRST_DAY.getTime() + DAY);
    const refunded = await paid(event, [[child, 3]]);
    await paid(event, [[vip, 1]]);
    now = new Date(FIRST_DAY.getTime() + 2 * DAY);
    admin = await loginAs(server, AdminRole.ADMIN);
    const cancelled = await server.graphql<{ cancelBooking: { errors: unknown[] } }>(
      `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code field } } }`,
      { input: { bookingId: refunded, reason: 'Asked by the buyer', refund: true } },
      admin.headers,
    );
    expect(cancelled.data?.cancelBooking.errors).toEqual([]);
  });

  it('counts the tickets of each pool’s ticket types per day, a type in two pools in both, returns on the day of the refund', async () => {
    const response = await salesOf(admin, { eventId: event.id, days: 3 });

    expect(response.errors).toBeUndefined();
    const overview = response.data!.salesOverview;
    const days = [0, 1, 2].map((offset) =>
      new Date(FIRST_DAY.getTime() + offset * DAY).toISOString().slice(0, 10),
    );
    const series = (sold: number[], returned: number[]) =>
      days.map((date, index) => ({ date, ticketsSold: sold[index], ticketsReturned: returned[index] }));
    expect(overview.pools).toEqual([
      {
        poolId: pools.total.id,
        name: 'Whole event',
        allTicketTypes: true,
        capacity: 200,
        used: 4,
        sold: 4,
        ticketsSold: 7,
        ticketsReturned: 3,
        daily: series([3, 4, 0], [0, 0, 3]),
      },
      {
        poolId: pools.hall.id,
        name: 'Hall',
        allTicketTypes: false,
        capacity: 100,
        used: 3,
        sold: 3,
        ticketsSold: 6,
        ticketsReturned: 3,
        daily: series([3, 3, 0], [0, 0, 3]),
      },
      {
        poolId: pools.kids.id,
        name: 'Kids cap',
        allTicketTypes: false,
        capacity: 30,
        used: 1,
        sold: 1,
        ticketsSold: 4,
        ticketsReturned: 3,
        daily: series([1, 3, 0], [0, 0, 3]),
      },
    ]);
  });

  it('narrows to one pool, whose event the figures are then for', async () => {
    const response = await salesOf(admin, { poolId: pools.kids.id, days: 3 });

    expect(response.errors).toBeUndefined();
    const overview = response.data!.salesOverview;
    expect(overview.eventId).toBe(event.id);
    expect(overview.pools.map((pool) => [pool.name, pool.ticketsSold])).toEqual([['Kids cap', 4]]);
  });

  it('refuses a pool of another event, or none, on poolId', async () => {
    const other = await createEvent(server.dataSource);
    const otherType = await createTicketType(server.dataSource, other);
    const foreign = await createCapacityPool(server.dataSource, other, {
      capacity: 5,
      ticketTypes: [otherType],
    });

    const mixed = await salesOf(admin, { eventId: event.id, poolId: foreign.id });
    expect(mixed.errors?.[0].message).toContain('another event');
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'poolId' });
    const unknown = await salesOf(admin, { poolId: 'not-a-pool' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'poolId' });
  });

  it('has no pools without an event', async () => {
    const response = await salesOf(admin, { days: 3 });

    expect(response.data!.salesOverview.pools).toEqual([]);
  });

  it('is for ADMINs only: anonymous callers and STAFF are refused', async () => {
    const staff = await loginAs(server, AdminRole.STAFF);

    const anonymous = await salesOf(null, { eventId: event.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const asStaff = await salesOf(staff, { eventId: event.id, poolId: pools.hall.id });
    expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(asStaff.data).toBeNull();
  });
});
