import { Client } from 'pg';
import { LOGIN } from '../../test/auth';
import { createEvent } from '../../test/factories';
import { onlyError, startTestServer, type TestServer } from '../../test/test-server';

const CATALOG = '{ events(first: 5) { nodes { slug } } }';

describe('query admission (GRAPHQL_QUERY_CONCURRENCY)', () => {
  let server: TestServer;
  let locker: Client;

  beforeAll(async () => {
    server = await startTestServer({
      env: { GRAPHQL_QUERY_CONCURRENCY: '2', GRAPHQL_QUERY_QUEUE_LIMIT: '1' },
    });
    await createEvent(server.dataSource, { slug: 'admission' });
    locker = new Client({ connectionString: server.database.url });
    await locker.connect();
  });

  afterAll(async () => {
    await locker.end();
    await server.close();
  });

  /** The API's statements waiting for the event table's lock. */
  const waitingForTheLock = async (): Promise<number> => {
    const { rows } = await locker.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    return rows[0].waiting;
  };

  const until = async (condition: () => Promise<boolean>): Promise<void> => {
    for (let tries = 0; tries < 200; tries++) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('gave up waiting');
  };

  it('executes at most that many queries at once, queues the next ones, refuses past the queue, and lets mutations by', async () => {
    // Queries that read events block while the table is locked, so the ones executing stay in flight.
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE event IN ACCESS EXCLUSIVE MODE');
    let released = false;
    try {
      const answers = [1, 2, 3, 4].map(() => server.graphql(CATALOG));
      const settled: number[] = [];
      answers.forEach((answer, index) => void answer.then(() => settled.push(index)));
      // Two execute (both wait on the lock), one waits its turn without reaching the database, and the
      // queue (one) being full, the last to arrive is refused at once.
      await until(async () => settled.length === 1 && (await waitingForTheLock()) === 2);
      const refused = await answers[settled[0]];
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(onlyError(refused)).toMatchObject({
        message: 'The server is busy. Please try again in a moment.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await waitingForTheLock()).toBe(2);
      expect(settled).toHaveLength(1);

      // Mutations are not gated by queries (createBooking has a gate of its own).
      const login = await server.graphql<{ login: { errors: { code: string }[] } }>(LOGIN, {
        email: 'nobody@example.com',
        password: 'not the password',
      });
      expect(login.status).toBe(200);
      expect(login.data?.login.errors.length).toBeGreaterThan(0);

      await locker.query('COMMIT');
      released = true;
      // Every admitted query is answered in full once the lock goes.
      for (const answer of await Promise.all(answers.filter((_, index) => index !== settled[0]))) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual({ events: { nodes: [{ slug: 'admission' }] } });
      }
    } finally {
      if (!released) await locker.query('ROLLBACK');
    }

    // Turns were all given back: as many queries at once as the limit allows are answered again.
    const again = await Promise.all([
      server.graphql(CATALOG),
      server.graphql(CATALOG),
      server.graphql(CATALOG),
    ]);
    for (const answer of again) expect(answer.status).toBe(200);
  });

  it('gives back the turn of a client that went away while it waited', async () => {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE event IN ACCESS EXCLUSIVE MODE');
    try {
      const running = [server.graphql(CATALOG), server.graphql(CATALOG)];
      await until(async () => (await waitingForTheLock()) === 2);
      const leaving = new AbortController();
      const abandoned = fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CATALOG }),
        signal: leaving.signal,
      }).catch(() => 'gone');
      await new Promise((resolve) => setTimeout(resolve, 200));
      leaving.abort();
      expect(await abandoned).toBe('gone');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await locker.query('COMMIT');
      for (const answer of await Promise.all(running)) expect(answer.status).toBe(200);
    } catch (error) {
      await locker.query('ROLLBACK');
      throw error;
    }

    // Both turns are free again: two queries reach the database at once.
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE event IN ACCESS EXCLUSIVE MODE');
    const again = [server.graphql(CATALOG), server.graphql(CATALOG)];
    try {
      await until(async () => (await waitingForTheLock()) === 2);
    } finally {
      await locker.query('COMMIT');
    }
    for (const answer of await Promise.all(again)) expect(answer.status).toBe(200);
  });
});
