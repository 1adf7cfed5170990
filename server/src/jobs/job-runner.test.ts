import { createBooking, createEvent, createTicketType, DAY } from '../../test/factories';
import { eventually } from '../../test/checkout';
import { startTestServer, type TestServer } from '../../test/test-server';
import { BookingEntity, BookingStatus } from '../modules/bookings/booking.entity';
import { enqueueInTransaction } from './enqueue-in-transaction';

const MINUTE = 60 * 1000;
const START = new Date('2030-07-01T08:00:00.000Z');
const OUTBOX_QUEUE = 'test-outbox';

describe('enqueueing inside a transaction (outbox)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ jobs: true, env: { JOBS_EXPIRY_SWEEP_SECONDS: '0' } });
    await server.jobs!.boss.createQueue(OUTBOX_QUEUE);
  });

  afterAll(() => server.close());

  it('creates the job when the transaction commits, and not before', async () => {
    const boss = server.jobs!.boss;
    const jobId = await server.dataSource.transaction(async (manager) => {
      const id = await enqueueInTransaction(boss, manager, OUTBOX_QUEUE, { bookingId: 'b-1' });
      // Other connections cannot see it until the commit.
      expect(await boss.getJobById(OUTBOX_QUEUE, id)).toBeNull();
      return id;
    });

    const job = await boss.getJobById<{ bookingId: string }>(OUTBOX_QUEUE, jobId);
    expect(job).toMatchObject({ name: OUTBOX_QUEUE, data: { bookingId: 'b-1' }, state: 'created' });
  });

  it('leaves no job behind when the transaction rolls back', async () => {
    const boss = server.jobs!.boss;
    let jobId: string | undefined;

    await expect(
      server.dataSource.transaction(async (manager) => {
        jobId = await enqueueInTransaction(boss, manager, OUTBOX_QUEUE, { bookingId: 'b-2' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    expect(jobId).toEqual(expect.any(String));
    expect(await boss.getJobById(OUTBOX_QUEUE, jobId!)).toBeNull();
  });

  it('refuses a manager that is not in a transaction, rather than sending at once', async () => {
    await expect(
      enqueueInTransaction(server.jobs!.boss, server.dataSource.manager, OUTBOX_QUEUE, {}),
    ).rejects.toThrow(/open transaction/);
  });

  it('refuses a queue that does not exist', async () => {
    await expect(
      server.dataSource.transaction((manager) =>
        enqueueInTransaction(server.jobs!.boss, manager, 'no-such-queue', {}),
      ),
    ).rejects.toThrow(/no-such-queue/);
  });
});

describe('the expire-holds job', () => {
  let server: TestServer | undefined;
  let now: Date;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function expiredHold(env: Record<string, string>) {
    now = START;
    server = await startTestServer({ jobs: true, clock: () => now, env });
    const event = await createEvent(server.dataSource, { startsAt: new Date(START.getTime() + 7 * DAY) });
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 5 });
    const { booking } = await createBooking(server.app.services, event, [[ticketType, 2]], START);
    now = new Date(START.getTime() + 16 * MINUTE);
    return booking;
  }

  const statusOf = (id: string) =>
    server!.dataSource
      .getRepository(BookingEntity)
      .findOneByOrFail({ id })
      .then((booking) => booking.status);

  it('is scheduled every minute and, when it runs, expires holds that ran out', async () => {
    const booking = await expiredHold({ JOBS_EXPIRY_SWEEP_SECONDS: '0' });
    const boss = server!.jobs!.boss;
    const schedules = await boss.getSchedules();
    expect(schedules.filter((schedule) => schedule.name === 'expire-holds')).toEqual([
      expect.objectContaining({ name: 'expire-holds', cron: '* * * * *' }),
    ]);
    // The waiver reminders (WaiverRemindersService.sendReminders; behaviour tested in waivers.test.ts).
    expect(schedules.filter((schedule) => schedule.name === 'waiver-reminders')).toEqual([
      expect.objectContaining({ cron: '*/10 * * * *' }),
    ]);

    // What the cron does each minute: put one job on the queue for one worker to take.
    const jobId = await boss.send('expire-holds', {});

    expect(
      await eventually(
        () => statusOf(booking.id),
        (status) => status !== BookingStatus.AWAITING_PAYMENT,
      ),
    ).toBe(BookingStatus.EXPIRED);
    const job = await eventually(
      () => boss.getJobById('expire-holds', jobId!),
      (found) => found?.state === 'completed',
    );
    expect(job?.state).toBe('completed');
  });

  it('also sweeps every JOBS_EXPIRY_SWEEP_SECONDS between the minutes', async () => {
    const booking = await expiredHold({ JOBS_EXPIRY_SWEEP_SECONDS: '1' });

    expect(
      await eventually(
        () => statusOf(booking.id),
        (status) => status !== BookingStatus.AWAITING_PAYMENT,
      ),
    ).toBe(BookingStatus.EXPIRED);
  });
});
