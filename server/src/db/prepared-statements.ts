/**
 * Statements run as named prepared statements. PostgreSQL parses, analyses and plans an unnamed
 * statement (what TypeORM's `query` sends) on every call; a named one once per connection, then
 * reuses it. For the catalog's two reads that is most of their cost in the database: pgbench, one
 * client, event list 0.19 -> 0.07 ms, its ticket types 0.38 -> 0.19 ms per call.
 *
 * Statements still reach TypeORM's query logger (the tests that count statements see them) and fail
 * with TypeORM's QueryFailedError, as through `DataSource.query`. Only fixed SQL texts belong here
 * (values as $n parameters): each distinct text is prepared on every pooled connection that runs it.
 */
import type { Pool, QueryResultRow } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Statement names by SQL text, shared by every pool of the process so that one text has one name
 * everywhere (pg refuses a name reused for another text on the same connection).
 */
const statementNames = new Map<string, string>();

/**
 * Past this many distinct texts, new ones run unnamed: a caller building SQL with values in it would
 * otherwise fill every connection with statements used once.
 */
const MAX_NAMED_STATEMENTS = 200;

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `prepared_${statementNames.size + 1}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** Runs `sql` with `parameters` on a pooled connection of `dataSource`, prepared once per connection. */
export async function queryPrepared<Row extends QueryResultRow = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  dataSource.logger.logQuery(sql, parameters);
  try {
    const result = await pool.query<Row>({ name: statementName(sql), text: sql, values: parameters });
    return result.rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, parameters);
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}
