/**
 * The outbox half of the job queue: a job sent with `enqueueInTransaction` is written by the caller's
 * own transaction, so it exists if and only if that transaction commits. Services do not call it: they
 * call `tx.enqueue(queue, data)` in a unit of work (db/unit-of-work.ts), which the job runner routes
 * here once it has started.
 *
 *   await uow.withTransaction(ctx, async (tx) => {
 *     await tx.manager.update(EmailMessageEntity, id, { status: EmailStatus.QUEUED });
 *     await tx.enqueue(DELIVER_EMAIL_QUEUE, { emailId: id });
 *   });
 */
import type { Db, PgBoss, SendOptions } from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** pg-boss's database adapter, running its SQL on the transaction's connection. */
export function transactionDb(manager: EntityManager): Db {
  const queryRunner = manager.queryRunner;
  if (!queryRunner?.isTransactionActive) {
    throw new Error('enqueueInTransaction needs the EntityManager of an open transaction');
  }
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await queryRunner.query(text, values, true);
      return { rows: result.records ?? [] };
    },
  };
}

/**
 * Sends a job to `queue` as part of the transaction of `manager`. The queue must exist (the job
 * runner creates the queues of its job definitions at start). Returns the job id.
 */
export async function enqueueInTransaction(
  boss: PgBoss,
  manager: EntityManager,
  queue: string,
  data: object,
  options: Omit<SendOptions, 'db'> = {},
): Promise<string> {
  const id = await boss.send(queue, data, { ...options, db: transactionDb(manager) });
  // pg-boss answers null when the queue does not exist (or a singleton job is already queued).
  if (!id) throw new Error(`job not enqueued on "${queue}": does the queue exist?`);
  return id;
}
