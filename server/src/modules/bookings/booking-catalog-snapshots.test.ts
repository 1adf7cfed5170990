/**
 * createBooking working from a cached copy of the catalog (CatalogSnapshots): a copy only ever says
 * yes, and PostgreSQL refuses a booking made from a copy whose catalog has changed since. The changes
 * here are made with plain SQL, as another replica (whose changes this one hears nothing of) would.
 */
import { bookViaApi } from '../../../test/bookings';
import {
  bookingInput,
  createCapacityPool,
  createEvent,
  createTicketType,
  DAY,
} from '../../../test/factories';
import { StatementCounter } from '../../../test/statement-counter';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { EventVisibility } from '../events/event.entity';
import { newAccessKey } from '../events/access-key';
import { BookingEntity } from './booking.entity';

const NOW = new Date('2030-03-01T12:00:00.000Z');
const counter = new StatementCounter();
let server: TestServer;

beforeAll(async () => {
  // Copies kept for a minute, so every booking below after the first is made from one.
  server = await startTestServer({
    clock: () => NOW,
    queryLogger: counter,
    env: { BOOKING_CATALOG_SNAPSHOT_MS: '60000' },
  });
});

afterAll(() => server.close());

function upcomingEvent(overrides: Parameters<typeof createEvent>[1] = {}) {
  return createEvent(server.dataSource, { startsAt: new Date(NOW.getTime() + 7 * DAY), ...overrides });
}

async function catalogVersionOf(eventId: string): Promise<number> {
  const [row] = await server.dataSource.query('SELECT catalog_version FROM event WHERE id = $1', [eventId]);
  return row.catalog_version;
}

/** A table's columns and those an UPDATE OF trigger on it lists, each sorted. */
async function triggerColumnsOf(
  table: string,
  trigger: string,
): Promise<{ columns: string[]; triggerColumns: string[] }> {
  const columns = await server.dataSource.query<{ column_name: string }[]>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  const [row] = await server.dataSource.query<{ columns: string[] }[]>(
    `SELECT array(SELECT a.attname::text FROM unnest(t.tgattr::int2[]) AS k(attnum)
                  JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum) AS columns
     FROM pg_trigger t WHERE t.tgname = $1`,
    [trigger],
  );
  return {
    columns: columns.map((column) => column.column_name).sort(),
    triggerColumns: [...(row?.columns ?? [])].sort(),
  };
}

function bookingsOf(eventId: string): Promise<number> {
  return server.dataSource.getRepository(BookingEntity).countBy({ eventId });
}

async function book(...args: Parameters<typeof bookingInput>) {
  const response = await bookViaApi(server, bookingInput(...args));
  expect(response.errors).toBeUndefined();
  return response.data!.createBooking;
}

describe('the catalog version', () => {
  it('changes with every change to an event or its ticket types, but not with seats held or sold', async () => {
    const event = await upcomingEvent();
    const afterCreate = await catalogVersionOf(event.id);
    const ticketType = await createTicketType(server.dataSource, event);
    const afterTicketType = await catalogVersionOf(event.id);
    expect(afterTicketType).toBeGreaterThan(afterCreate);

    await server.dataSource.query(
      'UPDATE ticket_type SET held_count = held_count + 2, sold_count = sold_count + 1, updated_at = now() WHERE id = $1',
      [ticketType.id],
    );
    expect(await catalogVersionOf(event.id)).toBe(afterTicketType);

    const changes = [
      ['UPDATE ticket_type SET price_minor = price_minor + 1 WHERE id = $1', ticketType.id],
      ['UPDATE ticket_type SET sales_end_at = now() WHERE id = $1', ticketType.id],
      ['UPDATE ticket_type SET is_active = false WHERE id = $1', ticketType.id],
      ['UPDATE event SET title = title WHERE id = $1', event.id],
      ["UPDATE event SET status = 'CANCELLED' WHERE id = $1", event.id],
      ['DELETE FROM ticket_type WHERE id = $1', ticketType.id],
    ] as const;
    let version = afterTicketType;
    for (const [sql, id] of changes) {
      await server.dataSource.query(sql, [id]);
      const next = await catalogVersionOf(event.id);
      expect({ sql, changed: next > version }).toEqual({ sql, changed: true });
      version = next;
    }
  });

  it('is kept on an update of any ticket type column but the seat counts (a new column must be added)', async () => {
    const { columns, triggerColumns } = await triggerColumnsOf(
      'ticket_type',
      'ticket_type_catalog_version_update',
    );
    expect(triggerColumns).toEqual(
      columns.filter((name) => !['held_count', 'sold_count', 'updated_at'].includes(name)),
    );
  });

  it('changes with every change to its capacity pools, but not with their seats held or sold', async () => {
    const event = await upcomingEvent();
    const [adult, child] = [
      await createTicketType(server.dataSource, event),
      await createTicketType(server.dataSource, event),
    ];
    let version = await catalogVersionOf(event.id);
    const changed = async (what: string) => {
      const next = await catalogVersionOf(event.id);
      expect({ what, changed: next > version }).toEqual({ what, changed: true });
      version = next;
    };
    const pool = await createCapacityPool(server.dataSource, event, { capacity: 10, ticketTypes: [adult] });
    await changed('pool added');
    await server.dataSource.query(
      'UPDATE capacity_pool SET used_count = used_count + 3, updated_at = now() WHERE id = $1',
      [pool.id],
    );
    expect(await catalogVersionOf(event.id)).toBe(version);

    const changes = [
      ['UPDATE capacity_pool SET capacity = 8 WHERE id = $1', [pool.id]],
      ["UPDATE capacity_pool SET name = 'Hall' WHERE id = $1", [pool.id]],
      [
        'INSERT INTO capacity_pool_ticket_type (pool_id, ticket_type_id) VALUES ($1, $2)',
        [pool.id, child.id],
      ],
      [
        'DELETE FROM capacity_pool_ticket_type WHERE pool_id = $1 AND ticket_type_id = $2',
        [pool.id, adult.id],
      ],
      ['DELETE FROM capacity_pool WHERE id = $1', [pool.id]],
    ] as const;
    for (const [sql, parameters] of changes) {
      await server.dataSource.query(sql, [...parameters]);
      await changed(sql);
    }
  });

  it('is kept on an update of any capacity pool column but its seat count (a new column must be added)', async () => {
    const { columns, triggerColumns } = await triggerColumnsOf(
      'capacity_pool',
      'capacity_pool_catalog_version_update',
    );
    expect(triggerColumns).toEqual(columns.filter((name) => !['used_count', 'updated_at'].includes(name)));
  });

  it('does not get in the way of deleting an event with its ticket types and pools', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event);
    await createCapacityPool(server.dataSource, event, { capacity: 5, ticketTypes: [ticketType] });
    await server.dataSource.query('DELETE FROM event WHERE id = $1', [event.id]);
    expect(
      await server.dataSource.query('SELECT 1 FROM ticket_type WHERE event_id = $1', [event.id]),
    ).toEqual([]);
  });
});

describe('createBooking from a cached copy of the catalog', () => {
  it('costs a paid booking one SQL statement once the event has been read', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 2500 });
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([]);

    counter.reset();
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([]);
    expect(counter.statements).toEqual([expect.stringContaining('reserve_paid_booking')]);
  });

  it('refuses what another replica changed since the copy was read, with the same errors as without it', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 2500, maxPerOrder: 4 });
    expect((await book(event, [[ticketType, 2]])).errors).toEqual([]);

    await server.dataSource.query('UPDATE ticket_type SET max_per_order = 1 WHERE id = $1', [ticketType.id]);
    expect((await book(event, [[ticketType, 2]])).errors).toEqual([
      expect.objectContaining({ code: 'ABOVE_MAX_PER_ORDER', field: 'lines.0.quantity' }),
    ]);

    await server.dataSource.query(`UPDATE ticket_type SET sales_end_at = $2 WHERE id = $1`, [
      ticketType.id,
      new Date(NOW.getTime() - DAY),
    ]);
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([
      expect.objectContaining({ code: 'NOT_ON_SALE', field: 'lines.0.ticketTypeId' }),
    ]);

    await server.dataSource.query(`UPDATE event SET status = 'DRAFT' WHERE id = $1`, [event.id]);
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([
      expect.objectContaining({ code: 'EVENT_NOT_FOUND' }),
    ]);
    expect(await bookingsOf(event.id)).toBe(1);
  });

  it('asks a question another replica added since the copy was read', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event);
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([]);
    const versionBefore = await catalogVersionOf(event.id);

    const [question] = await server.dataSource.query(
      `INSERT INTO question (event_id, label, type, scope, required, sort_order)
       VALUES ($1, 'Company', 'TEXT', 'BOOKING', true, 0) RETURNING id`,
      [event.id],
    );
    expect(await catalogVersionOf(event.id)).toBeGreaterThan(versionBefore);
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([
      expect.objectContaining({ code: 'ANSWER_MISSING', field: `answers.${question.id}` }),
    ]);

    // Hiding it (or changing its choices or ticket types) is a change too: no longer asked.
    await server.dataSource.query('UPDATE question SET hidden = true WHERE id = $1', [question.id]);
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([]);
    expect(await bookingsOf(event.id)).toBe(2);
  });

  it('charges a price another replica changed since the copy was read', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 2500 });
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([]);

    await server.dataSource.query('UPDATE ticket_type SET price_minor = 4000 WHERE id = $1', [ticketType.id]);
    const { booking, errors } = await book(event, [[ticketType, 1]]);
    expect(errors).toEqual([]);
    expect(booking!.total).toEqual({ amountMinor: 4000, currency: event.currency });
  });

  it('does not open a private event with a key that was replaced since the copy was read', async () => {
    const event = await upcomingEvent({ visibility: EventVisibility.PRIVATE });
    const ticketType = await createTicketType(server.dataSource, event);
    const oldKey = event.accessKey!;
    expect((await book(event, [[ticketType, 1]], { accessKey: oldKey })).errors).toEqual([]);

    const newKey = newAccessKey();
    await server.dataSource.query('UPDATE event SET access_key = $2 WHERE id = $1', [event.id, newKey]);
    expect((await book(event, [[ticketType, 1]], { accessKey: oldKey })).errors).toEqual([
      expect.objectContaining({ code: 'EVENT_NOT_FOUND' }),
    ]);
    expect((await book(event, [[ticketType, 1]], { accessKey: newKey })).errors).toEqual([]);
  });

  it('tells seats sold meanwhile exactly as a fresh read would, and sells seats given back meanwhile', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 5 });
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([]);

    // Seat counts change without a new catalog version: the copy still shows 4 seats left.
    await server.dataSource.query('UPDATE ticket_type SET sold_count = 4 WHERE id = $1', [ticketType.id]);
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([
      expect.objectContaining({ code: 'SOLD_OUT', message: expect.stringContaining('is sold out') }),
    ]);

    // Now the copy (read by that refusal) shows none left, and seats come back.
    await server.dataSource.query('UPDATE ticket_type SET sold_count = 2 WHERE id = $1', [ticketType.id]);
    expect((await book(event, [[ticketType, 2]])).errors).toEqual([]);
    expect(await bookingsOf(event.id)).toBe(2);
  });

  it('makes a free booking from a fresh read only', async () => {
    const event = await upcomingEvent();
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0, maxPerOrder: 4 });
    expect((await book(event, [[ticketType, 1]])).errors).toEqual([]);

    await server.dataSource.query('UPDATE ticket_type SET max_per_order = 1 WHERE id = $1', [ticketType.id]);
    expect((await book(event, [[ticketType, 2]])).errors).toEqual([
      expect.objectContaining({ code: 'ABOVE_MAX_PER_ORDER' }),
    ]);
    expect(await bookingsOf(event.id)).toBe(1);
  });
});
