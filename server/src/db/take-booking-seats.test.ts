import { randomUUID } from 'node:crypto';
import { createDataSource } from './data-source';
import { createEvent, createTicketType } from '../../test/factories';
import { createMigratedTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';

/**
 * take_booking_seats (db/functions/take_booking_seats.sql) as the free-booking path calls it; the
 * paid path reaches it through reserve_paid_booking, tested in bookings.test.ts.
 */
describe('take_booking_seats (the one seat-taking rule)', () => {
  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** Writes a booking with these lines and takes its seats, in one transaction like the service. */
  async function book(
    status: 'CONFIRMED' | 'AWAITING_PAYMENT',
    eventId: string,
    lines: [ticketType: TicketTypeEntity, quantity: number, unitPriceMinor: number][],
  ): Promise<{ code?: string; detail?: string }> {
    try {
      await dataSource.transaction(async (manager) => {
        const [{ id }] = await manager.query(
          `INSERT INTO booking (reference, token_hash, event_id, buyer_name, buyer_email, status, total_minor, currency,
                                  confirmed_at, hold_expires_at)
           VALUES ($1, $2, $3, 'Buyer', 'buyer@example.org', $4, 0, 'EUR', $5, $6) RETURNING id`,
          [
            `T${randomUUID().slice(0, 7)}`,
            randomUUID(),
            eventId,
            status,
            status === 'CONFIRMED' ? new Date() : null,
            status === 'CONFIRMED' ? null : new Date(Date.now() + 15 * 60 * 1000),
          ],
        );
        for (const [ticketType, quantity, price] of lines) {
          await manager.query(
            `INSERT INTO booking_line (booking_id, ticket_type_id, quantity, unit_price_minor) VALUES ($1, $2, $3, $4)`,
            [id, ticketType.id, quantity, price],
          );
        }
        await manager.query('SELECT take_booking_seats($1)', [id]);
      });
      return {};
    } catch (error) {
      const { code, detail } = (error as { driverError: { code?: string; detail?: string } }).driverError;
      return { code, detail };
    }
  }

  async function counters(ticketType: TicketTypeEntity) {
    const [row] = await dataSource.query('SELECT held_count, sold_count FROM ticket_type WHERE id = $1', [
      ticketType.id,
    ]);
    return { held: row.held_count, sold: row.sold_count };
  }

  it('sells the seats of a confirmed booking and holds those of one awaiting payment', async () => {
    const event = await createEvent(dataSource);
    const first = await createTicketType(dataSource, event, { priceMinor: 0 });
    const second = await createTicketType(dataSource, event, { priceMinor: 0 });

    expect(
      await book('CONFIRMED', event.id, [
        [first, 2, 0],
        [second, 1, 0],
      ]),
    ).toEqual({});
    expect(await book('AWAITING_PAYMENT', event.id, [[first, 3, 0]])).toEqual({});
    expect(await counters(first)).toEqual({ held: 3, sold: 2 });
    expect(await counters(second)).toEqual({ held: 0, sold: 1 });
  });

  it('refuses a changed price (ES002) or a withdrawn, foreign or full type (ES001), naming it', async () => {
    const event = await createEvent(dataSource);
    const other = await createEvent(dataSource);
    const open = await createTicketType(dataSource, event, { priceMinor: 0 });
    const repriced = await createTicketType(dataSource, event, { priceMinor: 500 });
    const withdrawn = await createTicketType(dataSource, event, { priceMinor: 0, isActive: false });
    const foreign = await createTicketType(dataSource, other, { priceMinor: 0 });
    const full = await createTicketType(dataSource, event, { priceMinor: 0, capacity: 3, soldCount: 2 });

    for (const [refused, code] of [
      [repriced, 'ES002'],
      [withdrawn, 'ES001'],
      [foreign, 'ES001'],
      [full, 'ES001'],
    ] as const) {
      expect(
        await book('CONFIRMED', event.id, [
          [open, 1, 0],
          [refused, 2, 0],
        ]),
      ).toEqual({
        code,
        detail: refused.id,
      });
    }
    // Each refusal rolled its transaction back, the other line's seats with it.
    expect(await counters(open)).toEqual({ held: 0, sold: 0 });
    expect(await counters(full)).toEqual({ held: 0, sold: 2 });
  });
});
