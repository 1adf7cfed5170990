/**
 * Capacity pools (point 1 of issue #22): seats shared by several ticket types, and an event's total
 * capacity. Seats come from every pool in the same step as the ticket types', go back on expiry and
 * cancellation, and shoppers see the fewest seats left; admins manage pools through the API.
 */
import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import {
  bookingInput,
  createBooking,
  createCapacityPool,
  createEvent,
  createTicketType,
  poolUsedCount,
} from '../../../test/factories';
import { lifecycleSteps } from '../../../test/lifecycle';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import type { EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from './ticket-type.entity';

const MINUTE = 60 * 1000;
const POOL_FIELDS = 'id name capacity used remaining allTicketTypes ticketTypeIds';
const ERRORS = 'errors { code field message }';
const CREATE = `mutation ($input: CreateCapacityPoolInput!) { createCapacityPool(input: $input) { pool { ${POOL_FIELDS} } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateCapacityPoolInput!) { updateCapacityPool(input: $input) { pool { ${POOL_FIELDS} } ${ERRORS} } }`;
const DELETE = `mutation ($id: ID!) { deleteCapacityPool(id: $id) { deletedId ${ERRORS} } }`;
const CATALOG = `query ($slug: String!) { event(slug: $slug) { ticketTypes { id remaining availability maxPurchasable } } }`;
const ADMIN_EVENT = `query ($id: ID!) { adminEvent(id: $id) { capacityPools { ${POOL_FIELDS} }
  ticketTypes { id remaining } sales { capacity remaining } } }`;

type Errors = { code: string; field: string | null; message: string }[];
interface PoolView {
  id: string;
  name: string;
  capacity: number;
  used: number;
  remaining: number;
  allTicketTypes: boolean;
  ticketTypeIds: string[];
}

let server: TestServer;
let admin: SignedIn;
let event: EventEntity;
let adult: TicketTypeEntity;
let child: TicketTypeEntity;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterAll(() => server.close());

beforeEach(async () => {
  event = await createEvent(server.dataSource);
  [adult, child] = await Promise.all([
    createTicketType(server.dataSource, event, { name: 'Adult', capacity: 10 }),
    createTicketType(server.dataSource, event, { name: 'Child', capacity: 10, priceMinor: 0 }),
  ]);
});

async function mutate<Payload>(query: string, variables: Record<string, unknown>): Promise<Payload> {
  const response = await server.graphql<Record<string, Payload>>(query, variables, admin.headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

const createPool = (input: Record<string, unknown>) =>
  mutate<{ pool: PoolView | null; errors: Errors }>(CREATE, { input: { eventId: event.id, ...input } });

async function catalog(): Promise<
  Record<string, { remaining: number; availability: string; maxPurchasable: number }>
> {
  const response = await server.graphql<{
    event: { ticketTypes: { id: string; remaining: number; availability: string; maxPurchasable: number }[] };
  }>(CATALOG, { slug: event.slug });
  return Object.fromEntries(response.data!.event.ticketTypes.map(({ id, ...view }) => [id, view]));
}

const codesOf = (payload: { errors: Errors }) => payload.errors.map((error) => [error.code, error.field]);

describe('seats shared by ticket types', () => {
  it('shows shoppers the fewest seats left over a ticket type and every pool it is in', async () => {
    const { pool } = await createPool({ name: 'Hall', capacity: 6, ticketTypeIds: [adult.id, child.id] });
    expect(pool).toMatchObject({ capacity: 6, used: 0, remaining: 6, allTicketTypes: false });
    await createPool({ name: 'Whole event', capacity: 5, allTicketTypes: true });

    expect(await catalog()).toMatchObject({
      [adult.id]: { remaining: 5, availability: 'ON_SALE', maxPurchasable: 5 },
      [child.id]: { remaining: 5, availability: 'ON_SALE' },
    });
    await createBooking(server.app.services, event, [[adult, 3]]);
    expect(await catalog()).toMatchObject({ [adult.id]: { remaining: 2 }, [child.id]: { remaining: 2 } });
    await createBooking(server.app.services, event, [[child, 2]]);
    expect(await catalog()).toMatchObject({
      [adult.id]: { remaining: 0, availability: 'SOLD_OUT', maxPurchasable: 0 },
      [child.id]: { remaining: 0, availability: 'SOLD_OUT' },
    });
  });

  it('refuses a booking a pool cannot seat with SOLD_OUT for the ticket type, and takes no seat anywhere', async () => {
    const pool = await createCapacityPool(server.dataSource, event, {
      capacity: 4,
      ticketTypes: [adult, child],
    });
    await createBooking(server.app.services, event, [[child, 3]]);

    const refused = await bookViaApi(server, bookingInput(event, [[adult, 2]]));
    expect(refused.data!.createBooking.errors).toEqual([
      expect.objectContaining({
        code: 'NOT_ENOUGH_SEATS',
        ticketTypeId: adult.id,
        field: 'lines.0.quantity',
      }),
    ]);
    // One seat of each passes the checks of each ticket type, but the pool has one seat for both: the
    // database refuses after the first type's seats were taken, and the whole booking rolls back.
    const mixed = await bookViaApi(
      server,
      bookingInput(event, [
        [adult, 1],
        [child, 1],
      ]),
    );
    expect(mixed.data!.createBooking.errors).toEqual([expect.objectContaining({ code: 'SOLD_OUT' })]);
    const counters = await server.dataSource.query(
      'SELECT name, held_count, sold_count FROM ticket_type WHERE event_id = $1 ORDER BY name',
      [event.id],
    );
    expect(counters).toEqual([
      { name: 'Adult', held_count: 0, sold_count: 0 },
      { name: 'Child', held_count: 0, sold_count: 3 },
    ]);
    expect(await poolUsedCount(server.dataSource, pool)).toBe(3);
    expect(await createBooking(server.app.services, event, [[adult, 1]])).toBeTruthy();
    expect(await poolUsedCount(server.dataSource, pool)).toBe(4);
  });

  it('gives a pool its seats back when a hold expires and when an admin cancels a booking', async () => {
    const pool = await createCapacityPool(server.dataSource, event, {
      capacity: 5,
      ticketTypes: [adult, child],
    });
    const total = await createCapacityPool(server.dataSource, event, { capacity: 8, allTicketTypes: true });
    await createBooking(server.app.services, event, [[adult, 2]]);
    const { booking: free } = await createBooking(server.app.services, event, [[child, 3]]);
    expect(await poolUsedCount(server.dataSource, pool)).toBe(5);
    expect(await poolUsedCount(server.dataSource, total)).toBe(5);

    await lifecycleSteps(server.app.services).expireHolds(new Date(Date.now() + 60 * MINUTE));
    expect(await poolUsedCount(server.dataSource, pool)).toBe(3);
    expect(await poolUsedCount(server.dataSource, total)).toBe(3);

    const [{ id: freeId }] = await server.dataSource.query('SELECT id FROM booking WHERE reference = $1', [
      free.reference,
    ]);
    const cancelled = await mutate<{ errors: Errors }>(
      `mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }`,
      { input: { bookingId: freeId, reason: 'Testing pools', refund: false } },
    );
    expect(cancelled.errors).toEqual([]);
    expect(await poolUsedCount(server.dataSource, pool)).toBe(0);
    expect(await poolUsedCount(server.dataSource, total)).toBe(0);
    expect((await catalog())[adult.id].remaining).toBe(5);
  });

  it('takes pool seats again for a payment that arrives after the hold expired, only while the pool has them', async () => {
    const pool = await createCapacityPool(server.dataSource, event, {
      capacity: 2,
      ticketTypes: [adult, child],
    });
    const steps = lifecycleSteps(server.app.services);
    const payment = (captureId: string) => ({ captureId, amountMinor: 2500, currency: 'EUR' });
    const bookAdult = async () =>
      (await bookViaApi(server, bookingInput(event, [[adult, 1]]))).data!.createBooking.booking!.id;

    const late = await bookAdult();
    await steps.expireHolds(new Date(Date.now() + 60 * MINUTE));
    expect(await poolUsedCount(server.dataSource, pool)).toBe(0);
    expect((await steps.confirmPaidBooking(late, payment('CAPTURE-POOL-1'))).outcome).toBe('CONFIRMED');
    expect(await poolUsedCount(server.dataSource, pool)).toBe(1);

    const tooLate = await bookAdult();
    await steps.expireHolds(new Date(Date.now() + 60 * MINUTE));
    // Meanwhile the pool's last seat goes to a child: the late payment cannot take it back.
    await createBooking(server.app.services, event, [[child, 1]]);
    expect((await steps.confirmPaidBooking(tooLate, payment('CAPTURE-POOL-2'))).outcome).not.toBe(
      'CONFIRMED',
    );
    expect(await poolUsedCount(server.dataSource, pool)).toBe(2);
    const [counters] = await server.dataSource.query(
      'SELECT held_count, sold_count FROM ticket_type WHERE id = $1',
      [adult.id],
    );
    expect(counters).toEqual({ held_count: 0, sold_count: 1 });
  });

  it('counts a ticket type added later into the event total', async () => {
    const total = await createCapacityPool(server.dataSource, event, { capacity: 3, allTicketTypes: true });
    const late = await createTicketType(server.dataSource, event, { name: 'Late', capacity: 10 });
    await createBooking(server.app.services, event, [[late, 2]]);
    expect(await poolUsedCount(server.dataSource, total)).toBe(2);
    expect((await catalog())[adult.id].remaining).toBe(1);
  });
});

describe('managing pools', () => {
  it('names every problem of a new pool at once, with the field of each', async () => {
    const empty = await createPool({ name: 'Empty', capacity: 5, ticketTypeIds: [] });
    expect(codesOf(empty)).toEqual([['NO_TICKET_TYPES', 'ticketTypeIds']]);

    const other = await createTicketType(server.dataSource, await createEvent(server.dataSource));
    const foreign = await createPool({
      name: 'Foreign',
      capacity: 5,
      ticketTypeIds: [adult.id, other.id, 'nope'],
    });
    expect(codesOf(foreign)).toEqual([
      ['TICKET_TYPE_NOT_FOUND', 'ticketTypeIds.1'],
      ['TICKET_TYPE_NOT_FOUND', 'ticketTypeIds.2'],
    ]);

    expect((await createPool({ name: 'Total', capacity: 50, allTicketTypes: true })).errors).toEqual([]);
    const second = await createPool({ name: 'Total again', capacity: 40, allTicketTypes: true });
    expect(codesOf(second)).toEqual([['EVENT_TOTAL_EXISTS', 'allTicketTypes']]);
  });

  it('counts the seats its ticket types already hold, and never lets the capacity fall below them', async () => {
    await createBooking(server.app.services, event, [[adult, 3]]);
    await createBooking(server.app.services, event, [[child, 2]]);
    const tooSmall = await createPool({ name: 'Hall', capacity: 4, ticketTypeIds: [adult.id, child.id] });
    expect(codesOf(tooSmall)).toEqual([['CAPACITY_BELOW_COMMITTED', 'capacity']]);

    const { pool } = await createPool({ name: 'Hall', capacity: 6, ticketTypeIds: [adult.id] });
    expect(pool).toMatchObject({ used: 3, remaining: 3, ticketTypeIds: [adult.id] });

    const widened = await mutate<{ pool: PoolView | null; errors: Errors }>(UPDATE, {
      input: { id: pool!.id, ticketTypeIds: [adult.id, child.id] },
    });
    expect(widened.pool).toMatchObject({ used: 5, remaining: 1 });
    const shrunk = await mutate<{ errors: Errors }>(UPDATE, { input: { id: pool!.id, capacity: 4 } });
    expect(codesOf(shrunk)).toEqual([['CAPACITY_BELOW_COMMITTED', 'capacity']]);
    const narrowed = await mutate<{ pool: PoolView | null; errors: Errors }>(UPDATE, {
      input: { id: pool!.id, name: 'Adults only', ticketTypeIds: [adult.id], capacity: 4 },
    });
    expect(narrowed.pool).toMatchObject({ name: 'Adults only', capacity: 4, used: 3, remaining: 1 });

    const view = await server.graphql<{
      adminEvent: {
        capacityPools: PoolView[];
        ticketTypes: { id: string; remaining: number }[];
        sales: { capacity: number; remaining: number };
      };
    }>(ADMIN_EVENT, { id: event.id }, admin.headers);
    expect(view.data!.adminEvent.capacityPools).toEqual([narrowed.pool]);
    expect(view.data!.adminEvent.ticketTypes).toEqual(
      expect.arrayContaining([
        { id: adult.id, remaining: 1 },
        { id: child.id, remaining: 8 },
      ]),
    );

    const deleted = await mutate<{ deletedId: string | null; errors: Errors }>(DELETE, { id: pool!.id });
    expect(deleted).toEqual({ deletedId: pool!.id, errors: [] });
    expect((await catalog())[adult.id].remaining).toBe(7);
    const audited = await server.dataSource.getRepository(AuditLogEntryEntity).findBy({ objectId: pool!.id });
    expect(audited.map((entry) => entry.action).sort()).toEqual([
      'capacityPool.create',
      'capacityPool.delete',
      'capacityPool.update',
      'capacityPool.update',
    ]);
  });

  it('answers POOL_NOT_FOUND and EVENT_NOT_FOUND for ids that name nothing', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      codesOf(await mutate<{ errors: Errors }>(UPDATE, { input: { id: missing, capacity: 3 } })),
    ).toEqual([['POOL_NOT_FOUND', 'id']]);
    expect(codesOf(await mutate<{ errors: Errors }>(DELETE, { id: 'x' }))).toEqual([
      ['POOL_NOT_FOUND', 'id'],
    ]);
    expect(
      codesOf(
        await mutate<{ errors: Errors }>(CREATE, {
          input: { eventId: missing, name: 'P', capacity: 1, allTicketTypes: true },
        }),
      ),
    ).toEqual([['EVENT_NOT_FOUND', 'eventId']]);
  });
});
