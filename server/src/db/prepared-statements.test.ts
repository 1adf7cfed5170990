import { type DataSource, QueryFailedError } from 'typeorm';
import { StatementCounter } from '../../test/statement-counter';
import { createMigratedTestDatabase, type TestDatabase } from '../../test/test-database';
import { createDataSource } from './data-source';
import { queryPrepared } from './prepared-statements';

describe('queryPrepared', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const statements = new StatementCounter();

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    // One connection, so the statements below all meet the same server session.
    dataSource = createDataSource({ url: database.url, poolSize: 1, queryLogger: statements });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const preparedOnTheConnection = async (): Promise<string[]> =>
    (
      await dataSource.query<{ statement: string }[]>(
        `SELECT statement FROM pg_prepared_statements WHERE NOT from_sql ORDER BY prepare_time`,
      )
    ).map((row) => row.statement);

  it('prepares a statement once per connection and reuses it with new values', async () => {
    const sql = `SELECT $1::int + 1 AS next, 'prepared once' AS why`;
    statements.reset();
    expect(await queryPrepared(dataSource, sql, [1])).toEqual([{ next: 2, why: 'prepared once' }]);
    expect(await queryPrepared(dataSource, sql, [41])).toEqual([{ next: 42, why: 'prepared once' }]);

    expect((await preparedOnTheConnection()).filter((text) => text === sql)).toHaveLength(1);
    // TypeORM's query logger sees every call, as with DataSource.query.
    expect(statements.statements.filter((text) => text === sql)).toHaveLength(2);
  });

  it("fails as DataSource.query does, with the database's error, and the connection stays usable", async () => {
    const sql = `SELECT $1::uuid AS id`;
    const failure = await queryPrepared(dataSource, sql, ['not-a-uuid']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(failure).toMatchObject({ query: sql, driverError: { code: '22P02' } });

    const id = '00000000-0000-4000-8000-000000000001';
    expect(await queryPrepared(dataSource, sql, [id])).toEqual([{ id }]);
  });

  it('runs any number of distinct texts, preparing only the first ones', async () => {
    const before = (await preparedOnTheConnection()).length;
    for (let n = 0; n < 260; n++) {
      expect(await queryPrepared(dataSource, `SELECT ${n} + $1::int AS n`, [1])).toEqual([{ n: n + 1 }]);
    }
    const prepared = (await preparedOnTheConnection()).length - before;
    expect(prepared).toBeGreaterThan(0);
    expect(prepared).toBeLessThan(200);
  });
});
