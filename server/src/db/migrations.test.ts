import { createDataSource } from './data-source';
import { runMigrations } from './migrate';
import { migrations } from './migrations';
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
});
