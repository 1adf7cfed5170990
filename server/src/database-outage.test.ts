/**
 * PostgreSQL stops under traffic and starts again, with the compiled API left running: meanwhile
 * /readyz says 503 (so a load balancer stops sending), /healthz stays 200 (so nothing restarts the
 * process), and every request gets a prompt, clean answer; afterwards the API recovers by itself, and
 * the seat counters agree with the bookings. The test runs a PostgreSQL server of its own (the
 * embedded one the app uses on a bare machine), never the shared one. Needs `npm run build` first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApiProcess, type ApiProcess } from '../test/api-process';
import { eventually } from '../test/checkout';
import { createEvent, createTicketType } from '../test/factories';
import {
  answered,
  catalogAndReservations,
  reservedBookingId,
  startLoad,
  type RequestOutcome,
} from '../test/load';
import { startPostgresProcess, type PostgresProcess } from '../test/postgres-process';
import { createDataSource } from './db/data-source';
import { findFreePort } from './net';
import { TicketTypeEntity } from './modules/tickets/ticket-type.entity';

const OUTAGE_MS = 6000;
/** Longest a request may take while the database is away: it fails, it does not hang. */
const ANSWER_BOUND_MS = 5000;

interface Probe {
  at: number;
  path: string;
  status: number;
  tookMs: number;
}

async function probe(url: string, pathName: string): Promise<Probe> {
  const at = Date.now();
  const response = await fetch(`${url}${pathName}`, { signal: AbortSignal.timeout(10_000) });
  await response.body?.cancel();
  return { at, path: pathName, status: response.status, tookMs: Date.now() - at };
}

/** An answer that is not a success, given promptly as an HTTP response: never a hang or a cut. */
function cleanFailure(outcome: RequestOutcome): boolean {
  return (
    outcome.status !== undefined &&
    (outcome.status !== 200 || Boolean(outcome.body?.errors)) &&
    outcome.settledAt - outcome.sentAt <= ANSWER_BOUND_MS
  );
}

describe('the database goes away under traffic and comes back', () => {
  let dir: string;
  let port: number;
  let postgres: PostgresProcess | undefined;
  let api: ApiProcess | undefined;
  let dataSource: ReturnType<typeof createDataSource> | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-outage-'));
    fs.chmodSync(dir, 0o755); // PostgreSQL may run as its own OS user (when tests run as root)
    port = await findFreePort();
    postgres = await startPostgresProcess(path.join(dir, 'data'), port);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await dataSource?.destroy().catch(() => undefined);
    await postgres?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('reports not ready and fails requests cleanly meanwhile, then recovers without a restart', async () => {
    api = await startApiProcess({
      DATABASE_URL: postgres!.url,
      JOBS_ENABLED: 'true',
      PUBLIC_CACHE_TTL_MS: '0',
      LOG_LEVEL: 'info',
    });
    dataSource = createDataSource({ url: postgres!.url, poolSize: 2 });
    await dataSource.initialize();
    const event = await createEvent(dataSource);
    const ticketType = await createTicketType(dataSource, event, { capacity: 10_000, maxPerOrder: 1 });
    const load = startLoad({
      url: api.url,
      concurrency: 8,
      nextRequest: catalogAndReservations(event, ticketType),
      pauseAfterErrorMs: 100,
    });
    let downAt = 0;
    let readyAt = 0;
    const probes: Probe[] = [];
    let recovered: RequestOutcome[];
    let outcomes: RequestOutcome[];
    try {
      await eventually(
        async () => load.outcomes.filter(answered).length,
        (count) => count >= 40,
        30_000,
      );

      downAt = Date.now();
      await postgres!.stop();
      postgres = undefined;
      while (Date.now() - downAt < OUTAGE_MS) {
        probes.push(await probe(api.url, '/readyz'), await probe(api.url, '/healthz'));
        await sleep(200);
      }
      postgres = await startPostgresProcess(path.join(dir, 'data'), port);

      const ready = await eventually(
        () => probe(api!.url, '/readyz'),
        (result) => result.status === 200,
        30_000,
      );
      expect(ready.status).toBe(200);
      readyAt = Date.now();
      // Both kinds of request succeed again, on the same process.
      recovered = await eventually(
        async () => load.outcomes.filter((outcome) => outcome.sentAt > readyAt && answered(outcome)),
        (outcomes) =>
          outcomes.filter((outcome) => outcome.kind === 'reserve').length >= 5 && outcomes.length >= 20,
        30_000,
      );
    } finally {
      outcomes = await load.stop();
    }
    expect(new Set(recovered.map((outcome) => outcome.kind))).toEqual(new Set(['read', 'reserve']));
    expect(api.child.exitCode).toBeNull();

    // While it was down: not ready, but alive, and every probe answered at once.
    const duringOutage = probes.filter((result) => result.at > downAt + 1000);
    const readiness = duringOutage.filter((result) => result.path === '/readyz');
    expect(readiness.length).toBeGreaterThanOrEqual(3);
    expect(readiness.filter((result) => result.status !== 503)).toEqual([]);
    expect(probes.filter((result) => result.path === '/healthz' && result.status !== 200)).toEqual([]);
    expect(probes.filter((result) => result.tookMs > 2000)).toEqual([]);

    // Every request got an HTTP answer: a success, or a prompt error (never a hang, a reset or a cut).
    const failed = outcomes.filter((outcome) => !answered(outcome));
    expect(failed.filter((outcome) => !cleanFailure(outcome))).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
    // Failures belong to the outage, not to the time after it.
    expect(failed.filter((outcome) => outcome.sentAt > readyAt)).toEqual([]);

    // No seat lost or double-counted: the counters match the bookings, and every reported booking exists.
    const reported = outcomes.map(reservedBookingId).filter((id): id is string => Boolean(id));
    const stored = await dataSource.query<{ id: string; quantity: number }[]>(
      'SELECT b.id, l.quantity FROM booking b JOIN booking_line l ON l.booking_id = b.id WHERE l.ticket_type_id = $1',
      [ticketType.id],
    );
    const storedIds = new Set(stored.map((row) => row.id));
    expect(reported.filter((id) => !storedIds.has(id))).toEqual([]);
    const counters = await dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketType.id });
    expect(counters.heldCount + counters.soldCount).toBe(stored.reduce((sum, row) => sum + row.quantity, 0));

    // And it still stops cleanly.
    api.child.kill('SIGTERM');
    const exitCode = await api.exited(20_000).catch((error: Error) => error.message);
    expect({ exitCode, output: exitCode === 0 ? '' : api.output.slice(-6000) }).toEqual({
      exitCode: 0,
      output: '',
    });
    api = undefined;
  }, 180_000);
});
