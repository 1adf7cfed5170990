import type { DataSource, EntityManager } from 'typeorm';

/** Rows one DELETE statement removes at most: short statements, short row locks. */
export const DEFAULT_DELETE_BATCH_SIZE = 1000;

export interface BatchedDelete {
  /** The table and its key column, as SQL identifiers (names from our code, never from input). */
  table: string;
  key: string;
  /** Which rows go: an SQL condition on the table's columns, with $1, $2 ... bound to `parameters`. */
  where: string;
  parameters: unknown[];
  batchSize?: number;
}

/**
 * Deletes every row matching `where`, at most `batchSize` per statement, until a statement finds
 * fewer: each statement is its own short transaction (unless `executor` is in one), so a large
 * backlog never holds long locks. Rows are claimed with FOR UPDATE SKIP LOCKED and the condition is
 * re-checked on the claimed version, so two runs at once (replicas) split the work instead of waiting
 * on each other, and a row being updated right now (e.g. a session being used) is left alone.
 * Returns how many rows it deleted.
 */
export async function deleteInBatches(
  executor: DataSource | EntityManager,
  { table, key, where, parameters, batchSize = DEFAULT_DELETE_BATCH_SIZE }: BatchedDelete,
): Promise<number> {
  // = ANY(ARRAY(...)) rather than IN (...): PostgreSQL then finds the claimed rows by their key's index,
  // where an IN subquery was planned as a hash join over the whole table for every batch.
  const sql = `
    DELETE FROM ${table} WHERE ${key} = ANY(ARRAY(
      SELECT ${key} FROM ${table} WHERE (${where})
      LIMIT $${parameters.length + 1}
      FOR UPDATE SKIP LOCKED
    ))`;
  let deleted = 0;
  for (;;) {
    // TypeORM answers a DELETE with [rows, affected row count].
    const [, count] = (await executor.query(sql, [...parameters, batchSize])) as [unknown, number];
    deleted += count;
    if (count < batchSize) return deleted;
  }
}
