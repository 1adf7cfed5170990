/**
 * Hostile input: thousands of generated malformed or hostile requests against one server. Every answer
 * must be a 4xx or a GraphQL error with an extensions.code: never a 500, never a hang, nothing written.
 * The generator is seeded: a failure prints its seed; FUZZ_SEED=<seed> replays it, FUZZ_REQUESTS sets
 * how many requests are sent (default 10,000). The API runs compiled in a process of its own (as
 * deployed), so generating and judging requests here and answering them there use two cores.
 */
import http from 'node:http';
import type { DataSource } from 'typeorm';
import { startApiProcess, type ApiProcess } from '../../test/api-process';
import { createEvent, createTicketType } from '../../test/factories';
import { createMigratedTestDatabase, type TestDatabase } from '../../test/test-database';
import { createDataSource } from '../db/data-source';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CONCURRENCY = 8;
const REQUEST_TIMEOUT_MS = 15_000;

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
type Random = ReturnType<typeof prng>;

interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (
  kind: string,
  payload: unknown,
  headers: Record<string, string> = JSON_HEADERS,
): FuzzRequest => ({
  kind,
  method: 'POST',
  path: '/graphql',
  headers,
  body: typeof payload === 'string' ? payload : JSON.stringify(payload),
});

function randomText(random: Random, length: number): string {
  const alphabet = 'abcXYZ019 _-{}[]()"\'\\$@!:,.\u0000\u00e9\u{1f600}\n\t';
  let text = '';
  const characters = Array.from(alphabet);
  for (let index = 0; index < length; index++) text += characters[random.int(0, characters.length - 1)];
  return text;
}

function randomJsonValue(random: Random, depth = 0): unknown {
  switch (random.int(0, depth > 3 ? 4 : 6)) {
    case 0:
      return null;
    case 1:
      return random.int(-(2 ** 40), 2 ** 40) / random.pick([1, 3, 1e-9]);
    case 2:
      return randomText(random, random.int(0, 40));
    case 3:
      return random.next() < 0.5;
    case 4:
      return random.pick(['', 'NaN', '-1', '1e999', '00000000-0000-0000-0000-000000000000']);
    case 5:
      return Array.from({ length: random.int(0, 5) }, () => randomJsonValue(random, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(0, 5) }, () => [
          randomText(random, 5),
          randomJsonValue(random, depth + 1),
        ]),
      );
  }
}

/** Each generator returns a request that must fail (never a valid operation that succeeds). */
const GENERATORS: ((random: Random) => FuzzRequest)[] = [
  // Wrong argument and variable types.
  (random) =>
    post('wrong-arg-type', {
      query: `{ events(first: ${random.pick(['"ten"', 'true', '1.5', '[1]', '{a: 1}', '99999999999', '$undefined'])}) { nodes { slug } } }`,
    }),
  (random) =>
    post('wrong-variable-type', {
      query: 'query ($slug: String!) { event(slug: $slug) { title } }',
      variables: { slug: random.pick([12, 1.5, [], ['a'], {}, { a: 1 }, null, true]) },
    }),
  (random) =>
    post('wrong-input-type', {
      query: 'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { token } }',
      variables: { input: random.pick([randomJsonValue(random), { eventId: 5 }, { lines: 'all' }, []]) },
    }),
  // Huge strings: in the document, in variables, and past the body limit.
  (random) =>
    post('huge-string-variable', {
      query: 'query ($slug: String!) { event(slug: $slug) { title } }',
      variables: { slug: 'x'.repeat(random.int(101, 20_000)) },
    }),
  (random) =>
    post('huge-body', {
      query: `{ events { nodes { slug } } } #${'x'.repeat(random.int(103_000, 150_000))}`,
    }),
  (random) =>
    post('huge-string-literal', {
      query: `{ event(slug: "${'y'.repeat(random.int(200, 10_000))}") { title } }`,
    }),
  // Deep nesting of selections and of JSON.
  (random) => {
    const depth = random.int(13, 100);
    return post('deep-selection', {
      query: `{ ${'events { nodes { ticketTypes { '.repeat(1)}${'a { '.repeat(depth)}b${' }'.repeat(depth + 3)} }`,
    });
  },
  (random) => {
    const depth = random.int(50, 500);
    return post(
      'deep-json',
      `{"query":"{ __typename }","variables":{"v":${'['.repeat(depth)}${']'.repeat(depth)}}, "x": 1`,
    );
  },
  // Alias bombs and repeated fields.
  (random) => {
    const count = random.int(16, 100);
    const fields = Array.from(
      { length: count },
      (_, index) => `a${index}: events(first: 50) { nodes { ticketTypes { name } } }`,
    );
    return post('alias-bomb', { query: `{ ${fields.join(' ')} }` });
  },
  (random) =>
    post('field-repeat', {
      query: `{ events(first: 100) { nodes { ${'ticketTypes { name price { amountMinor } } '.repeat(random.int(50, 200))} } } }`,
    }),
  (random) =>
    post('directive-spam', {
      query: `{ events { nodes { slug ${'@skip(if: false) '.repeat(random.int(20, 100))} } } }`,
    }),
  // Unknown fields, types and operations.
  (random) =>
    post('unknown-field', {
      query: `{ ${randomText(random, 6).replace(/[^a-zA-Z]/g, '') || 'nope'}_x { id } }`,
    }),
  (random) => post('unknown-mutation', { query: `mutation { dropAllTables${random.int(0, 99)} }` }),
  (random) =>
    post('unknown-operation-name', {
      query: '{ events { nodes { slug } } }',
      operationName: randomText(random, 8),
    }),
  (random) =>
    post('fragment-cycle', {
      query: `query { events { nodes { ...A } } } fragment A on Event { ...B } fragment B on Event { ...A }`,
      x: random.next(),
    }),
  // Broken JSON and broken GraphQL.
  (random) => {
    const valid = JSON.stringify({ query: '{ events { nodes { slug } } }' });
    return post(
      'broken-json',
      valid.slice(0, random.int(0, valid.length - 1)) + random.pick(['', ',', ':', '[', 'x', '\\']),
    );
  },
  (random) =>
    post('garbage-body', Buffer.from(Array.from({ length: random.int(1, 2000) }, () => random.int(0, 255)))),
  (random) => post('broken-graphql', { query: randomText(random, random.int(0, 300)) }),
  (random) => post('not-an-object', random.pick(['null', '1', '"query"', 'true', '[]', '[null]'])),
  (random) => post('query-not-a-string', { query: randomJsonValue(random) ?? 1 }),
  // Giant lists and huge variables objects.
  (random) =>
    post('giant-list', {
      query: 'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { token } }',
      variables: {
        input: {
          eventId: 'x',
          lines: Array.from({ length: random.int(1000, 3000) }, () => ({ ticketTypeId: 'x', quantity: 1 })),
        },
      },
    }),
  (random) =>
    post('huge-variables', {
      query: '{ events { nodes { slug } } } query X { __typename }',
      variables: Object.fromEntries(
        Array.from({ length: random.int(100, 1000) }, (_, index) => [`v${index}`, index]),
      ),
    }),
  // Wrong content types, batching, GET without preflight, other methods.
  (random) =>
    post('wrong-content-type', JSON.stringify({ query: '{ events { nodes { slug } } }' }), {
      'content-type': random.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
      ]),
    }),
  () => post('no-content-type', JSON.stringify({ query: '{ events { nodes { slug } } }' }), {}),
  (random) =>
    post(
      'batched',
      Array.from({ length: random.int(2, 50) }, () => ({ query: '{ events { nodes { slug } } }' })),
    ),
  (random) => ({
    kind: 'get-without-preflight',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(random.pick(['{ events { nodes { slug } } }', 'mutation { logout }', '{ event(slug: "a") { title } }']))}`,
    headers: {},
  }),
  (random) => ({
    kind: 'get-mutation',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { logout }')}&x=${random.int(0, 9)}`,
    headers: { 'apollo-require-preflight': 'true' },
  }),
  (random) => ({
    kind: 'get-broken-variables',
    method: 'GET',
    path: `/graphql?query=%7B__typename%7D&variables=${encodeURIComponent(randomText(random, 20))}`,
    headers: { 'apollo-require-preflight': 'true' },
  }),
];

interface Outcome {
  kind: string;
  status: number;
  problem?: string;
}

function send(agent: http.Agent, base: string, request: FuzzRequest): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    const outgoing = http.request(
      `${base}${request.path}`,
      { method: request.method, agent, headers, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 400 && status < 500) return resolve({ kind: request.kind, status });
          if (status !== 200) {
            const text = Buffer.concat(chunks).toString('utf8').slice(0, 300);
            return resolve({ kind: request.kind, status, problem: `status ${status}: ${text}` });
          }
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              errors?: { extensions?: { code?: unknown } }[];
            };
            const coded =
              body.errors?.length && body.errors.every((error) => typeof error.extensions?.code === 'string');
            resolve({
              kind: request.kind,
              status,
              problem: coded ? undefined : `200 without coded errors: ${JSON.stringify(body).slice(0, 200)}`,
            });
          } catch {
            resolve({ kind: request.kind, status, problem: '200 with a body that is not JSON' });
          }
        });
        response.on('error', (error) => resolve({ kind: request.kind, status: 0, problem: String(error) }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', (error) =>
      resolve({ kind: request.kind, status: 0, problem: `no answer: ${error.message}` }),
    );
    outgoing.end(request.body);
  });
}

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = await dataSource.query<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [{ count }] = await dataSource.query<{ count: string }[]>(`SELECT count(*) FROM "${tablename}"`);
    counts[tablename] = Number(count);
  }
  return counts;
}

describe('hostile input', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let server: ApiProcess;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    for (let index = 0; index < 3; index++) {
      const event = await createEvent(dataSource);
      await createTicketType(dataSource, event);
    }
    server = await startApiProcess({ NODE_ENV: 'test', DATABASE_URL: database.url, JOBS_ENABLED: 'false' });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await dataSource?.destroy();
    await database?.drop();
  });

  it(`answers ${REQUESTS} malformed or hostile requests with a 4xx or a coded GraphQL error, writing nothing`, async () => {
    // Printed first so a failing run can be replayed with FUZZ_SEED.
    console.log(`hostile input: FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS}`);
    const before = await rowCounts(dataSource);
    const random = prng(SEED);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const problems: (Outcome & { index: number })[] = [];
    const kinds = new Map<string, number>();
    const timeByKind = new Map<string, number>();
    let nextIndex = 0;
    // Requests are generated in order from one PRNG, so a seed always produces the same sequence.
    const requests = Array.from({ length: REQUESTS }, () => random.pick(GENERATORS)(random));
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (nextIndex < requests.length) {
          const index = nextIndex++;
          const begin = performance.now();
          const outcome = await send(agent, server.url, requests[index]);
          kinds.set(outcome.kind, (kinds.get(outcome.kind) ?? 0) + 1);
          timeByKind.set(outcome.kind, (timeByKind.get(outcome.kind) ?? 0) + performance.now() - begin);
          if (outcome.problem) problems.push({ ...outcome, index });
        }
      }),
    );
    agent.destroy();
    const slowest = [...timeByKind].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(
      `hostile input: most time in ${slowest.map(([kind, ms]) => `${kind} ${Math.round(ms)} ms`).join(', ')}`,
    );

    expect({ seed: SEED, problems: problems.slice(0, 10), count: problems.length }).toEqual({
      seed: SEED,
      problems: [],
      count: 0,
    });
    if (REQUESTS >= 2000) expect(kinds.size).toBe(GENERATORS.length);
    // Still alive and answering, and nothing written.
    const alive = await server.graphql<{ events: { nodes: unknown[] } }>('{ events { nodes { slug } } }');
    expect(alive.data?.events.nodes).toHaveLength(3);
    expect(await rowCounts(dataSource)).toEqual(before);
  }, 300_000);
});
