/**
 * SIGTERM while the compiled API is busy, as when an orchestrator replaces it during a sale: every
 * request it had accepted is answered in full, later ones find the door closed (connection refused)
 * or are still answered, the process exits 0 in time, and the database holds exactly the bookings
 * whose answers said so. Needs `npm run build` first (npm test does it).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startApiProcess, type ApiProcess } from '../test/api-process';
import { eventually } from '../test/checkout';
import { createEvent, createTicketType } from '../test/factories';
import {
  answered,
  catalogAndReservations,
  loggedRequestIds,
  reservedBookingId,
  startLoad,
  type RequestOutcome,
} from '../test/load';
import { createMigratedTestDatabase, type TestDatabase } from '../test/test-database';
import { createDataSource } from './db/data-source';
import { TicketTypeEntity } from './modules/tickets/ticket-type.entity';

const SHUTDOWN_TIMEOUT_MS = 10_000;

describe('SIGTERM under load', () => {
  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await api?.stop();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('answers every accepted request, refuses new ones, exits 0, and keeps exactly the answered bookings', async () => {
    const event = await createEvent(dataSource);
    // Fewer seats than reservations: some are refused as SOLD_OUT, which must not oversell either.
    const ticketType = await createTicketType(dataSource, event, { capacity: 150, maxPerOrder: 1 });
    api = await startApiProcess({
      DATABASE_URL: database.url,
      JOBS_ENABLED: 'true',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      PUBLIC_CACHE_TTL_MS: '0',
      LOG_LEVEL: 'info',
    });
    const load = startLoad({
      url: api.url,
      concurrency: 16,
      nextRequest: catalogAndReservations(event, ticketType),
    });

    let signalledAt = 0;
    let exitCode: number | null | string;
    let outcomes: RequestOutcome[];
    try {
      // Under way: answers of both kinds are coming back.
      await eventually(
        async () => load.outcomes.filter(answered).map((outcome) => outcome.kind),
        (kinds) => kinds.filter((kind) => kind === 'read').length >= 50 && kinds.includes('reserve'),
        30_000,
      );
      signalledAt = Date.now();
      api.child.kill('SIGTERM');
      exitCode = await api.exited(SHUTDOWN_TIMEOUT_MS + 10_000).catch((error: Error) => error.message);
      // A little longer, so clients meet the closed port.
      await sleep(200);
    } finally {
      outcomes = await load.stop();
    }

    expect({ exitCode, output: exitCode === 0 ? '' : api.output.slice(-4000) }).toEqual({
      exitCode: 0,
      output: '',
    });
    expect(api.output).toContain('"msg":"stopped"');

    const inFlight = outcomes.filter(
      (outcome) => outcome.sentAt < signalledAt && outcome.settledAt >= signalledAt,
    );
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight.filter((outcome) => !answered(outcome))).toEqual([]);
    // Anything else was answered in full, or refused before the API read it: never cut, never an error.
    // A connection can be reset as the listener closes (the kernel had just accepted it); the API's
    // log, which names every request it read, shows whether it got that far.
    const read = loggedRequestIds(api.output);
    const refused = (outcome: RequestOutcome) =>
      outcome.sentAt >= signalledAt &&
      !outcome.cutMidResponse &&
      (outcome.error === 'ECONNREFUSED' || (outcome.error === 'ECONNRESET' && !read.has(outcome.requestId)));
    expect(
      outcomes
        .filter((outcome) => !answered(outcome) && !refused(outcome))
        .map(({ variables: _variables, ...outcome }) => ({
          ...outcome,
          sinceSignalMs: outcome.sentAt - signalledAt,
        })),
    ).toEqual([]);
    expect(outcomes.filter(refused).length).toBeGreaterThan(0);

    const answeredBookings = outcomes.map(reservedBookingId).filter((id): id is string => Boolean(id));
    const stored = await dataSource.query<{ id: string }[]>(
      'SELECT b.id FROM booking b JOIN booking_line l ON l.booking_id = b.id WHERE l.ticket_type_id = $1',
      [ticketType.id],
    );
    expect(stored.map((row) => row.id).sort()).toEqual(answeredBookings.sort());
    const counters = await dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketType.id });
    expect(counters.heldCount + counters.soldCount).toBe(answeredBookings.length);
    expect(answeredBookings.length).toBeLessThanOrEqual(150);
  }, 90_000);
});
