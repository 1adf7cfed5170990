/**
 * Admission control of createBooking (BOOKING_CONCURRENCY, BOOKING_QUEUE_LIMIT): with one booking at a
 * time and one waiting, a booking held up in PostgreSQL (its ticket type row locked by the test) keeps
 * the next one waiting in the API, not in the database; a third is refused at once as busy, with
 * Retry-After; once the lock goes, both the running and the waiting booking succeed.
 */
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still not: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('createBooking admission control', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { BOOKING_CONCURRENCY: '1', BOOKING_QUEUE_LIMIT: '1' } });
  });

  afterAll(() => server.close());

  it('lets one booking run, keeps the next waiting until it ends, and refuses one more as busy', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 10 });
    const book = () => bookViaApi(server, bookingInput(event, [[ticketType, 1]]));
    const gate = server.app.services.reservations.admission;
    const reservingStatements = async () => {
      const rows: { count: string }[] = await server.dataSource.query(
        `SELECT count(*) FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE '%reserve_paid_booking%' AND wait_event_type = 'Lock'`,
      );
      return Number(rows[0].count);
    };

    const lock = server.dataSource.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    let running: ReturnType<typeof book>;
    let waiting: ReturnType<typeof book>;
    try {
      await lock.query('SELECT 1 FROM ticket_type WHERE id = $1 FOR UPDATE', [ticketType.id]);
      running = book();
      await until(async () => (await reservingStatements()) === 1, 'the first booking waits for the lock');
      waiting = book();
      await until(async () => gate.queued === 1, 'the second booking waits its turn');

      const refused = await book();
      expect(refused.status).toBe(200);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.data?.createBooking).toEqual({
        token: null,
        booking: null,
        errors: [
          {
            code: 'TOO_MANY_ATTEMPTS',
            field: null,
            message: 'Many people are booking right now. Please try again in a moment.',
            ticketTypeId: null,
          },
        ],
      });
      // The waiting booking is in the API's queue, not in PostgreSQL.
      expect(await reservingStatements()).toBe(1);
      expect([gate.active, gate.queued]).toEqual([1, 1]);
    } finally {
      await lock.commitTransaction();
      await lock.release();
    }

    for (const answer of await Promise.all([running, waiting])) {
      expect(answer.data?.createBooking.errors).toEqual([]);
      expect(answer.data?.createBooking.booking?.status).toBe('AWAITING_PAYMENT');
    }
    const row = await server.dataSource
      .getRepository(TicketTypeEntity)
      .findOneByOrFail({ id: ticketType.id });
    expect(row.heldCount).toBe(2);
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });
});
