import { createDataSource } from './data-source';
import { runMigrations } from './migrate';
import { migrations } from './migrations';
import { findBookingByToken } from '../modules/bookings/booking-links';
import { createLogger } from '../logger';
import { createEmptyTestDatabase, type TestDatabase } from '../../test/test-database';

const logger = createLogger('silent');

describe('migrations', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createEmptyTestDatabase();
  });

  afterEach(() => database.drop());

  async function withDataSource<T>(work: (dataSource: ReturnType<typeof createDataSource>) => Promise<T>) {
    const dataSource = createDataSource({ url: database.url, poolSize: 3 });
    await dataSource.initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }

  it('build the whole schema on an empty database, and a re-run applies nothing', async () => {
    await withDataSource(async (dataSource) => {
      expect(await runMigrations(dataSource, logger)).toEqual(migrations.map((migration) => migration.name));
      expect(await runMigrations(dataSource, logger)).toEqual([]);
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((row: { table_name: string }) => row.table_name)).toEqual(
        expect.arrayContaining(['event', 'schema_migration', 'ticket_type']),
      );
    });
  });

  it('leave the database exactly as the entities describe it (no drift between the two)', async () => {
    await withDataSource(async (dataSource) => {
      await runMigrations(dataSource, logger);
      const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
      expect(upQueries.map((query) => query.query)).toEqual([]);
    });
  });

  it('are applied once when several replicas start together (advisory lock)', async () => {
    const replicas = await Promise.all(
      [1, 2, 3].map(() => withDataSource((dataSource) => runMigrations(dataSource, logger))),
    );
    expect(replicas.flat()).toEqual(migrations.map((migration) => migration.name));
    await withDataSource(async (dataSource) => {
      const applied = await dataSource.query('SELECT name FROM schema_migration');
      expect(applied).toHaveLength(migrations.length);
    });
  });

  it('can all be reverted, back to an empty database', async () => {
    await withDataSource(async (dataSource) => {
      await runMigrations(dataSource, logger);
      for (let index = 0; index < migrations.length; index++) await dataSource.undoLastMigration();
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
      );
      expect(tables).toEqual([]);
    });
  });

  it('keep booking links sent before tokens were hashed working', async () => {
    await withDataSource(async (dataSource) => {
      await runMigrations(dataSource, logger);
      // Back to the layout with the raw token: HashBookingTokens and every migration after it undone.
      const hashing = migrations.findIndex(
        (migration) => migration.name === 'HashBookingTokens1796451021822',
      );
      const sinceHashing = migrations.slice(hashing).map((migration) => migration.name);
      for (let undo = 0; undo < sinceHashing.length; undo++) await dataSource.undoLastMigration();
      const token = 'pre-hash-token_0123456789abcdefgh';
      await dataSource.query(
        `WITH new_event AS (
           INSERT INTO event (slug, title, starts_at, ends_at, time_zone, currency, venue_name)
           VALUES ('old-links', 'Old links', now() + interval '1 day', now() + interval '2 days', 'UTC', 'EUR', 'Hall')
           RETURNING id)
         INSERT INTO booking (reference, token, event_id, buyer_name, buyer_email, total_minor, currency,
                              hold_expires_at)
         SELECT 'OLD-LNK1', $1, id, 'Kim', 'kim@example.org', 1000, 'EUR', now() + interval '10 minutes'
         FROM new_event`,
        [token],
      );
      expect(await runMigrations(dataSource, logger)).toEqual(sinceHashing);

      const [stored] = await dataSource.query('SELECT * FROM booking');
      expect(stored).not.toHaveProperty('token');
      expect(JSON.stringify(stored)).not.toContain(token);
      expect((await findBookingByToken(dataSource.manager, token))?.reference).toBe('OLD-LNK1');
      expect(await findBookingByToken(dataSource.manager, `${token}x`)).toBeNull();
    });
  });
});
