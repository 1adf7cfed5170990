/**
 * Multi-process entry of the API (what the Docker image runs; the Node counterpart of gunicorn's
 * workers). The primary validates the configuration once, then forks API_WORKERS processes (default:
 * one per CPU) that each run main.ts and share API_PORT through node:cluster.
 *
 * - Background jobs: exactly one worker (slot 0) keeps the configured JOBS_ENABLED (default true); every
 *   other worker gets JOBS_ENABLED=false. A replacement for a crashed worker takes over its slot, so
 *   there is always one job worker (none when JOBS_ENABLED=false).
 * - Migrations: each worker opens the database, which runs pending migrations under a PostgreSQL
 *   advisory lock (db/migrate.ts): the first worker applies them, the others wait and find none left.
 * - Crashes: a worker that exits unexpectedly is replaced after a backoff that doubles with each quick
 *   crash in a row (1 s up to 30 s) and resets once a worker has run for a minute.
 * - SIGTERM/SIGINT: forwarded to every worker, which drains its requests (main.ts); the primary waits
 *   up to SHUTDOWN_TIMEOUT_MS plus a margin, kills what is left, and exits (0 when all drained).
 *
 * The primary stays small: it loads the configuration and the logger, never the app or the database.
 */
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';

const MIN_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** A worker that ran this long counts as healthy: the next crash restarts it at the minimum backoff. */
const STABLE_AFTER_MS = 60_000;
/** Time the primary allows on top of SHUTDOWN_TIMEOUT_MS for workers to close their pools and exit. */
const EXIT_MARGIN_MS = 5000;

interface Slot {
  index: number;
  worker: Worker | undefined;
  startedAt: number;
  crashesInARow: number;
  restartTimer: NodeJS.Timeout | undefined;
}

/** The environment a worker in `slot` gets on top of the primary's: only slot 0 may run jobs. */
export function workerEnvironment(slot: number): Record<string, string> {
  return slot === 0 ? { API_WORKER_SLOT: '0' } : { API_WORKER_SLOT: String(slot), JOBS_ENABLED: 'false' };
}

/** Delay before replacing a worker that crashed `crashesInARow` times without running stably. */
export function restartDelay(crashesInARow: number): number {
  return Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** Math.max(0, crashesInARow - 1));
}

function runPrimary(config: Config, logger: Logger): void {
  cluster.setupPrimary({ exec: path.join(__dirname, 'main.js') });
  const slots: Slot[] = Array.from({ length: config.api.workers }, (_, index) => ({
    index,
    worker: undefined,
    startedAt: 0,
    crashesInARow: 0,
    restartTimer: undefined,
  }));
  let stopping = false;

  const fork = (slot: Slot): void => {
    slot.restartTimer = undefined;
    slot.startedAt = Date.now();
    const worker = cluster.fork(workerEnvironment(slot.index));
    slot.worker = worker;
    logger.info(
      { worker: worker.id, pid: worker.process.pid, slot: slot.index, jobWorker: slot.index === 0 },
      'API worker started',
    );
    worker.on('exit', (code, signal) => {
      slot.worker = undefined;
      if (stopping) {
        logger.info({ worker: worker.id, code, signal }, 'API worker stopped');
        if (slots.every((each) => !each.worker)) finish(0);
        return;
      }
      slot.crashesInARow = Date.now() - slot.startedAt >= STABLE_AFTER_MS ? 1 : slot.crashesInARow + 1;
      const delayMs = restartDelay(slot.crashesInARow);
      logger.error(
        { worker: worker.id, slot: slot.index, code, signal, restartInMs: delayMs },
        'API worker exited unexpectedly; replacing it',
      );
      slot.restartTimer = setTimeout(() => fork(slot), delayMs);
    });
  };

  let forceTimer: NodeJS.Timeout | undefined;
  const finish = (exitCode: number): void => {
    clearTimeout(forceTimer);
    logger.info({ exitCode }, 'stopped');
    process.exit(exitCode);
  };

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason: signal, workers: slots.filter((slot) => slot.worker).length }, 'shutting down');
    for (const slot of slots) {
      clearTimeout(slot.restartTimer);
      // Workers run main.ts's graceful shutdown on SIGTERM.
      slot.worker?.process.kill('SIGTERM');
    }
    if (slots.every((slot) => !slot.worker)) return finish(0);
    forceTimer = setTimeout(() => {
      for (const slot of slots) slot.worker?.process.kill('SIGKILL');
      logger.error('API workers did not stop in time; killed them');
      finish(1);
    }, config.shutdownTimeoutMs + EXIT_MARGIN_MS);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  logger.info({ workers: config.api.workers, port: config.api.port }, 'API primary forking workers');
  for (const slot of slots) fork(slot);
}

// Run as a program (node dist/src/cluster.js); importing it (tests) starts nothing.
if (require.main === module) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  runPrimary(
    config,
    createLogger(config.log.level, { format: config.log.format }).child({ role: 'primary' }),
  );
}
