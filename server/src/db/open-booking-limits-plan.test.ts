import { Client } from 'pg';
import { createDataSource } from './data-source';
import { createEvent } from '../../test/factories';
import { createMigratedTestDatabase, type TestDatabase } from '../../test/test-database';
import type { EventEntity } from '../modules/events/event.entity';

const OPEN_BOOKINGS = 300;

/**
 * check_open_booking_limits (db/functions/check_open_booking_limits.sql) counts a buyer's and an
 * address's open bookings in every booking's statement. Its plan is cached per connection, and in an
 * on-sale on a young table it is made while the table is (nearly) empty: then every index is as cheap
 * as any other, and an index that only served "open bookings" read all of them on every call, so each
 * booking cost more than the one before (4.4 ms per call at 2 700 bookings in the bench).
 */
describe('the open-booking caps count, planned on a table without statistics', () => {
  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;
  let client: Client;
  let event: EventEntity;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    event = await createEvent(dataSource, { title: 'Young table' });
    // One connection, as a pooled one in an on-sale: the function's plans stay cached in it.
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  function check(buyer: number) {
    return client.query('SELECT check_open_booking_limits($1)', [
      JSON.stringify({
        event_id: event.id,
        buyer_email_key: `buyer-${buyer}@example.org`,
        client_address_key: `address-${buyer}`,
        seats: 1,
        limits: { per_email: 3, per_address: 8, seats: 10 },
      }),
    ]);
  }

  it('looks each key up in its own index however the table has grown since the plan was made', async () => {
    // The plan made now, on an empty table, is the one every later call of this connection runs.
    await client.query('SET plan_cache_mode = force_generic_plan');
    await check(0);

    await client.query(
      `INSERT INTO booking (reference, token_hash, event_id, buyer_name, buyer_email, buyer_email_key,
                            client_address_key, status, total_minor, currency, hold_expires_at)
       SELECT 'Y' || n, md5(n::text), $1, 'Buyer', 'b@example.org', 'buyer-' || n || '@example.org',
              'address-' || n, 'AWAITING_PAYMENT', 5000, 'EUR', now() + interval '15 minutes'
       FROM generate_series(1, $2::int) AS n`,
      [event.id, OPEN_BOOKINGS],
    );

    await client.query('BEGIN');
    try {
      await check(OPEN_BOOKINGS + 1);
      // Heap rows this transaction fetched through indexes: the other buyers' bookings are not among them.
      const { rows } = await client.query<{ fetched: string }>(
        `SELECT idx_tup_fetch AS fetched FROM pg_stat_xact_user_tables WHERE relname = 'booking'`,
      );
      expect(Number(rows[0].fetched)).toBeLessThan(10);
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('still counts the buyer’s own open bookings with that plan', async () => {
    // Buyer 1 holds one booking (from the rows above), buyer 2 none: three more are allowed per e-mail.
    await expect(check(1)).resolves.toBeDefined();
    await client.query(
      `INSERT INTO booking (reference, token_hash, event_id, buyer_name, buyer_email, buyer_email_key,
                            client_address_key, status, total_minor, currency, hold_expires_at)
       SELECT 'Z' || n, md5('z' || n), $1, 'Buyer', 'b@example.org', 'buyer-1@example.org',
              'elsewhere-' || n, 'AWAITING_PAYMENT', 5000, 'EUR', now() + interval '15 minutes'
       FROM generate_series(1, 2) AS n`,
      [event.id],
    );
    await expect(check(1)).rejects.toMatchObject({ code: 'ES004', detail: 'email_bookings' });
  });
});
