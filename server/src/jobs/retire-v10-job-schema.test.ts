/**
 * Upgrading a database that ran the app on pg-boss 10 (schema `pgboss`, version 24): the real
 * pg-boss 10.4.2 (devDependency `pg-boss-v10`) installs its schema and queues jobs, then the app's
 * job runner (pg-boss 12) starts on the same database, as after `deploy.sh`.
 */
import { randomUUID } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import PgBossV10 from 'pg-boss-v10';
import { Client } from 'pg';
import { createMigratedTestDatabase, type TestDatabase } from '../../test/test-database';
import { eventually } from '../../test/checkout';
import { startTestServer, type TestServer } from '../../test/test-server';
import { DELIVER_EMAIL_QUEUE } from '../modules/email/email.service';
import { JOBS_SCHEMA } from './job-runner';
import { V10_IDLE_MINUTES, V10_JOBS_SCHEMA } from './retire-v10-job-schema';

describe('a database that ran the job queue on pg-boss 10', () => {
  let database: TestDatabase;
  let v10: PgBossV10 | undefined;
  let server: TestServer | undefined;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
    v10 = new PgBossV10({ connectionString: database.url, schema: V10_JOBS_SCHEMA, max: 2 });
    v10.on('error', () => undefined);
    await v10.start();
    await v10.createQueue(DELIVER_EMAIL_QUEUE);
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
    await v10?.stop({ graceful: false, wait: true });
    v10 = undefined;
    await database.drop();
  });

  /** A statement on the test database, on a connection of its own (before or beside the app). */
  const sql = async <T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const stopV10 = async () => {
    await v10!.stop({ graceful: false, wait: true });
    v10 = undefined;
  };
  const schemaExists = async (schema: string) =>
    (await sql<{ exists: boolean }>('SELECT to_regnamespace($1) IS NOT NULL AS "exists"', [schema]))[0]
      .exists;

  it('cannot be taken over in place by pg-boss 12, which refuses schema version 24', async () => {
    await stopV10();
    const boss = new PgBoss({ connectionString: database.url, schema: V10_JOBS_SCHEMA, max: 2 });
    boss.on('error', () => undefined);
    try {
      await expect(boss.start()).rejects.toThrow(/version 24/);
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  it('keeps the pg-boss 10 schema while a pg-boss 10 process still uses it, and runs beside it', async () => {
    const oldJob = await v10!.send(DELIVER_EMAIL_QUEUE, { emailId: randomUUID() });
    // A running pg-boss 10 stamps its version row (cron monitor, maintenance) as it starts.
    await eventually(
      () =>
        sql<{ stamped: boolean }>(`SELECT cron_on IS NOT NULL AS stamped FROM ${V10_JOBS_SCHEMA}.version`),
      ([row]) => row.stamped,
    );
    server = await startTestServer({ database, jobs: true, env: { JOBS_EXPIRY_SWEEP_SECONDS: '0' } });

    expect(await schemaExists(V10_JOBS_SCHEMA)).toBe(true);
    expect(await v10!.getJobById(DELIVER_EMAIL_QUEUE, oldJob!)).not.toBeNull();
    // The new version's queue works in its own schema meanwhile.
    const newJob = await server.jobs!.boss.send(DELIVER_EMAIL_QUEUE, { emailId: randomUUID() });
    expect(await server.jobs!.boss.findJobs(DELIVER_EMAIL_QUEUE, { id: newJob! })).toHaveLength(1);
    expect(await schemaExists(JOBS_SCHEMA)).toBe(true);
  });

  it('retires it soon after the last pg-boss 10 process stops, when that was after the new version started', async () => {
    const emailId = randomUUID();
    const waiting = await v10!.send(DELIVER_EMAIL_QUEUE, { emailId });
    await eventually(
      () =>
        sql<{ stamped: boolean }>(`SELECT cron_on IS NOT NULL AS stamped FROM ${V10_JOBS_SCHEMA}.version`),
      ([row]) => row.stamped,
    );
    server = await startTestServer({
      database,
      jobs: true,
      env: { JOBS_EXPIRY_SWEEP_SECONDS: '0' },
      jobRunner: { retireV10EveryMs: 200 },
    });
    expect(await schemaExists(V10_JOBS_SCHEMA)).toBe(true);

    // The old container stops; its last stamps age past V10_IDLE_MINUTES.
    await stopV10();
    const idle = `now() - interval '${V10_IDLE_MINUTES + 1} minutes'`;
    await sql(
      `UPDATE ${V10_JOBS_SCHEMA}.version SET cron_on = ${idle}, maintained_on = ${idle}, monitored_on = ${idle}`,
    );

    expect(
      await eventually(
        () => schemaExists(V10_JOBS_SCHEMA),
        (exists) => !exists,
      ),
    ).toBe(false);
    // Moved, then taken by the new version's worker (the e-mail itself does not exist: nothing to send).
    const moved = await server.jobs!.boss.findJobs<{ emailId: string }>(DELIVER_EMAIL_QUEUE, {
      id: waiting!,
    });
    expect(moved).toEqual([expect.objectContaining({ id: waiting, data: { emailId } })]);
  });

  it('moves the jobs still waiting there to the new schema and drops it once pg-boss 10 has stopped', async () => {
    const emailId = randomUUID();
    const waiting = await v10!.send(DELIVER_EMAIL_QUEUE, { emailId }, { startAfter: 3600 });
    await stopV10();
    // The last pg-boss 10 process stamped its version row longer ago than a running one would.
    const idle = `now() - interval '${V10_IDLE_MINUTES + 1} minutes'`;
    await sql(
      `UPDATE ${V10_JOBS_SCHEMA}.version SET cron_on = ${idle}, maintained_on = ${idle}, monitored_on = ${idle}`,
    );

    server = await startTestServer({ database, jobs: true, env: { JOBS_EXPIRY_SWEEP_SECONDS: '0' } });

    expect(await schemaExists(V10_JOBS_SCHEMA)).toBe(false);
    const moved = await server.jobs!.boss.findJobs<{ emailId: string }>(DELIVER_EMAIL_QUEUE, {
      id: waiting!,
    });
    expect(moved).toEqual([
      expect.objectContaining({
        id: waiting,
        name: DELIVER_EMAIL_QUEUE,
        data: { emailId },
        state: 'created',
      }),
    ]);
    expect(moved[0].startAfter.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  });
});
