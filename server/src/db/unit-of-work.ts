/**
 * One unit of work per change (DESIGN.md): `withTransaction(ctx, (tx) => ...)` runs a change in one
 * database transaction and hands `tx` to every step of it. Steps take `tx` and never open a
 * transaction of their own, so a composite change (cancel = refund record + seats back + tickets void
 * + audit + e-mail) reads top to bottom in one block, and commits or rolls back whole.
 *
 * Side effects (e-mails, provider calls, webhooks) are never performed inside: they are outbox rows
 * and jobs written by the same transaction (`tx.enqueue`), so nothing is sent for a rolled-back
 * change and nothing is lost for a committed one.
 */
import type { SendOptions } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context';

type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';
export type EnqueueOptions = Omit<SendOptions, 'db'>;

/** Writes a job with the transaction's own connection (the job runner's pg-boss, see jobs/). */
export interface TransactionalJobQueue {
  send(manager: EntityManager, queue: string, data: object, options?: EnqueueOptions): Promise<string>;
}

/** One open unit of work: its request context, its entity manager, and its outbox. */
export interface Transaction {
  readonly ctx: RequestContext;
  /** The transaction's EntityManager: every read and write of the change goes through it. */
  readonly manager: EntityManager;
  /**
   * Sends a job that exists if and only if this transaction commits. Returns its id, or null when no
   * job runner is attached to this process (JOBS_ENABLED=false, most tests): jobs here only nudge
   * outbox rows (e.g. an e-mail) that the runner's sweeps deliver in any case.
   */
  enqueue(queue: string, data: object, options?: EnqueueOptions): Promise<string | null>;
}

export class UnitOfWork {
  private jobQueue: TransactionalJobQueue | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** Installs the job runner's queue (it starts after the services); undefined detaches it. */
  attachJobQueue(jobQueue: TransactionalJobQueue | undefined): void {
    this.jobQueue = jobQueue;
  }

  /** The manager for reads outside any transaction (views, lists). */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Runs `work` as one transaction; what it throws rolls everything back and is rethrown. */
  withTransaction<T>(
    ctx: RequestContext,
    work: (tx: Transaction) => Promise<T>,
    options: { isolation?: IsolationLevel } = {},
  ): Promise<T> {
    const run = (manager: EntityManager) => work(this.transaction(ctx, manager));
    return options.isolation
      ? this.dataSource.transaction(options.isolation, run)
      : this.dataSource.transaction(run);
  }

  /**
   * The Transaction of a manager whose transaction was opened elsewhere (by hand): only for tests
   * that hold two transactions open at once; services use withTransaction.
   */
  join(ctx: RequestContext, manager: EntityManager): Transaction {
    return this.transaction(ctx, manager);
  }

  private transaction(ctx: RequestContext, manager: EntityManager): Transaction {
    return {
      ctx,
      manager,
      enqueue: async (queue, data, options) =>
        this.jobQueue ? this.jobQueue.send(manager, queue, data, options) : null,
    };
  }
}
