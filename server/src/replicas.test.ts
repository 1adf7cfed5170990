/**
 * Three API processes (the compiled server, as deployed) on one database, as replicas behind a load
 * balancer: concurrent reservations across them never oversell, and a session made on one works on
 * another. Needs `npm run build` first (npm test does it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createAccount, LOGIN, sessionCookieOf } from '../test/auth';
import { CREATE_BOOKING, postGraphQL, type CreateBookingData } from '../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../test/factories';
import { createMigratedTestDatabase, type TestDatabase } from '../test/test-database';
import type { GraphQLResponse } from '../test/test-server';
import { createDataSource } from './db/data-source';
import { TicketTypeEntity } from './modules/tickets/ticket-type.entity';

const MAIN = path.resolve(__dirname, '../dist/src/main.js');
const REPLICAS = 3;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Replica {
  url: string;
  child: ChildProcess;
}

async function startReplica(databaseUrl: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      JOBS_ENABLED: 'true',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`replica exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error('replica not ready within 60 s');
}

async function graphqlAt<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

describe('three replicas on one database', () => {
  // `npm test` compiles the server first; a missing build is a failure, never a silent skip.
  it('runs the compiled server', () => expect(fs.existsSync(MAIN)).toBe(true));

  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;
  let replicas: Replica[] = [];

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    replicas = await Promise.all(Array.from({ length: REPLICAS }, () => startReplica(database.url)));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      replicas.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('holds exactly the seats there are when 300 reservations for 30 seats arrive across replicas', async () => {
    const event = await createEvent(dataSource);
    const ticketType = await createTicketType(dataSource, event, { capacity: 30, maxPerOrder: 1 });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        postGraphQL<CreateBookingData>(agent, replicas[index % REPLICAS].url, CREATE_BOOKING, {
          input: bookingInput(event, [[ticketType, 1]]),
        }),
      ),
    );
    agent.destroy();

    expect(results.filter((result) => result.status !== 200 || result.errors)).toEqual([]);
    const held = results.filter((result) => result.data?.createBooking.booking);
    expect(held).toHaveLength(30);
    const row = await dataSource.getRepository(TicketTypeEntity).findOneByOrFail({ id: ticketType.id });
    expect(row.heldCount + row.soldCount).toBe(30);
    const [{ count }] = await dataSource.query<{ count: string }[]>(
      'SELECT coalesce(sum(quantity), 0) AS count FROM booking_line WHERE ticket_type_id = $1',
      [ticketType.id],
    );
    expect(Number(count)).toBe(30);
  }, 120_000);

  it('accepts a session made on one replica on the others', async () => {
    const { email, password } = await createAccount(dataSource);
    const signedIn = await graphqlAt<{ login: { account: { email: string } | null } }>(
      replicas[0].url,
      LOGIN,
      {
        email,
        password,
      },
    );
    expect(signedIn.data?.login.account?.email).toBe(email);
    const cookie = sessionCookieOf(signedIn);
    for (const replica of replicas.slice(1)) {
      const me = await graphqlAt<{ me: { email: string } | null }>(
        replica.url,
        '{ me { email } }',
        {},
        { cookie },
      );
      expect(me.data?.me?.email).toBe(email);
    }
  }, 60_000);
});
