import type { AddressInfo } from 'node:net';
import express from 'express';
import { bookViaApi } from '../../test/bookings';
import { loginAs } from '../../test/auth';
import { bookingInput, createEvent, createTicketType } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';
import { createPublicCache } from './public-cache';

const CATALOG = /* GraphQL */ `
  query Catalog {
    events(first: 10) {
      nodes {
        slug
        ticketTypes {
          id
          remaining
        }
      }
    }
  }
`;

interface CatalogData {
  events: { nodes: { slug: string; ticketTypes: { id: string; remaining: number }[] }[] };
}

async function post(server: TestServer, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: CatalogData; errors?: unknown[] };
  return { hit: response.headers.get('x-public-cache') === 'hit', status: response.status, ...body };
}

const remainingOf = (data: CatalogData | undefined) => data!.events.nodes[0].ticketTypes[0].remaining;

describe('public catalog cache', () => {
  let server: TestServer;
  const TTL_MS = 1500;

  beforeAll(async () => {
    server = await startTestServer({ env: { PUBLIC_CACHE_TTL_MS: String(TTL_MS) } });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    server.app.publicCache.clear();
    await server.dataSource.query('TRUNCATE event CASCADE');
  });

  it('answers a repeated anonymous catalog query from memory, identically', async () => {
    const event = await createEvent(server.dataSource);
    await createTicketType(server.dataSource, event, { capacity: 10 });
    const first = await post(server, CATALOG);
    const second = await post(server, CATALOG);
    expect(first.hit).toBe(false);
    expect(second.hit).toBe(true);
    expect(second.data).toEqual(first.data);
    expect(remainingOf(second.data)).toBe(10);
  });

  it('answers a hit before logging or parsing (no request id), keyed on the exact body and Accept', async () => {
    const event = await createEvent(server.dataSource);
    await createTicketType(server.dataSource, event, { capacity: 10 });
    const send = (body: string, accept = 'application/json') =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body,
      });
    const body = JSON.stringify({ query: CATALOG });
    const miss = await send(body);
    expect(miss.headers.get('x-request-id')).not.toBeNull();
    const hit = await send(body);
    expect(hit.headers.get('x-public-cache')).toBe('hit');
    expect(hit.headers.get('x-request-id')).toBeNull();
    expect(await hit.text()).toBe(await miss.text());
    expect((await send(body, 'application/graphql-response+json')).headers.get('x-public-cache')).toBeNull();
    // Bodies this path reads but cannot parse are refused as express.json refuses them.
    expect((await send('{"query": ')).status).toBe(400);
    expect((await send('"a string"')).status).toBe(400);
  });

  it('shows a booking made through this process at once', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 10 });
    await post(server, CATALOG);
    expect((await post(server, CATALOG)).hit).toBe(true);

    const booked = await bookViaApi(server, bookingInput(event, [[ticketType, 2]]));
    expect(booked.data?.createBooking.booking).not.toBeNull();

    const after = await post(server, CATALOG);
    expect(after.hit).toBe(false);
    expect(remainingOf(after.data)).toBe(8);
  });

  it('shows changes made elsewhere (another replica, a job) after at most the TTL', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { capacity: 10 });
    await post(server, CATALOG);
    await server.dataSource.getRepository(TicketTypeEntity).update(ticketType.id, { heldCount: 3 });
    // Within the TTL the old figure may still show; after it, never.
    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 100));
    expect(remainingOf((await post(server, CATALOG)).data)).toBe(7);
  });

  it('shows an admin change through this process at once', async () => {
    const admin = await loginAs(server);
    const event = await createEvent(server.dataSource);
    await createTicketType(server.dataSource, event);
    expect((await post(server, CATALOG)).data!.events.nodes).toHaveLength(1);
    await post(server, CATALOG);

    const unpublished = await server.graphql(
      `mutation ($id: ID!) { unpublishEvent(id: $id) { __typename } }`,
      { id: event.id },
      admin.headers,
    );
    expect(unpublished.errors).toBeUndefined();
    expect((await post(server, CATALOG)).data!.events.nodes).toHaveLength(0);
  });

  it('never serves or stores answers for requests with a cookie, other queries, or errors', async () => {
    const event = await createEvent(server.dataSource);
    await createTicketType(server.dataSource, event);
    await post(server, CATALOG, { cookie: 'evt_session=whatever' });
    expect((await post(server, CATALOG, { cookie: 'evt_session=whatever' })).hit).toBe(false);
    expect(server.app.publicCache.size).toBe(0);

    const broken = '{ events(first: 10) { nodes { nope } } }';
    await post(server, broken);
    const again = await post(server, broken);
    expect(again.hit).toBe(false);
    expect(again.errors).toBeDefined();
    expect(server.app.publicCache.size).toBe(0);

    const mixed = '{ events(first: 1) { nodes { slug } } me { __typename } }';
    await post(server, mixed);
    expect(server.app.publicCache.size).toBe(0);
  });

  it('checks an API token on every request, even when the anonymous answer is cached', async () => {
    await post(server, CATALOG);
    expect((await post(server, CATALOG)).hit).toBe(true);
    const withToken = await post(server, CATALOG, { authorization: `Bearer evt_${'A'.repeat(43)}` });
    expect(withToken.hit).toBe(false);
    expect(withToken.status).toBe(401);
  });
});

describe('public catalog cache memory', () => {
  /** The cache in front of a stand-in for Apollo that answers each request with `bytes` of data. */
  async function serve(limits: { maxEntries: number; maxBytes: number }, bytes: number) {
    const cache = createPublicCache({ ttlMs: 60_000, maxTokens: 1000, limits });
    const app = express();
    app.use(express.json(), cache.middleware, (req, res) => {
      res.json({ data: { events: { padding: 'x'.repeat(bytes), variables: req.body.variables } } });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const ask = async (variables: unknown) => {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CATALOG, variables }),
      });
      await response.text();
      return response.headers.get('x-public-cache') === 'hit';
    };
    const askNamed = async (query: string, operationName: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, operationName }),
      });
      await response.text();
      return response.headers.get('x-public-cache') === 'hit';
    };
    return { cache, ask, askNamed, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('remembers the kind of each operation a document names, each by its own', async () => {
    const { askNamed, close } = await serve({ maxEntries: 50, maxBytes: 30_000 }, 10);
    const document = `${CATALOG} query Private { viewer { email } }`;
    try {
      expect(await askNamed(document, 'Catalog')).toBe(false);
      expect(await askNamed(document, 'Catalog')).toBe(true);
      // The same document, another operation: not the catalog's kind, so never answered from memory.
      expect(await askNamed(document, 'Private')).toBe(false);
      expect(await askNamed(document, 'Private')).toBe(false);
      expect(await askNamed(document, 'Catalog')).toBe(true);
    } finally {
      await close();
    }
  });

  it('stays within its entry and byte budgets however many distinct variables callers send', async () => {
    const limits = { maxEntries: 50, maxBytes: 30_000 };
    const { cache, ask, close } = await serve(limits, 1000);
    try {
      for (let index = 0; index < 300; index++) {
        await ask({ page: index });
        expect(cache.size).toBeLessThanOrEqual(limits.maxEntries);
        expect(cache.bytes).toBeLessThanOrEqual(limits.maxBytes);
      }
      expect(cache.size).toBeGreaterThan(10);
      // The newest answers are the ones kept.
      expect(await ask({ page: 299 })).toBe(true);
      expect(await ask({ page: 0 })).toBe(false);
    } finally {
      await close();
    }
  });

  it('does not keep an answer larger than its whole byte budget', async () => {
    const { cache, ask, close } = await serve({ maxEntries: 50, maxBytes: 5_000 }, 10_000);
    try {
      await ask({});
      expect(await ask({})).toBe(false);
      expect(cache.size).toBe(0);
      expect(cache.bytes).toBe(0);
    } finally {
      await close();
    }
  });
});

describe("public catalog cache and shoppers' mutations", () => {
  const INTERVAL_MS = 2000;

  /** The cache in front of a stand-in for Apollo whose catalog answer changes with every request. */
  async function serve() {
    const cache = createPublicCache({ ttlMs: 60_000, maxTokens: 1000, shopperChangeIntervalMs: INTERVAL_MS });
    let answers = 0;
    const app = express();
    app.use(express.json(), cache.middleware, (_req, res) => {
      res.json({ data: { events: { answer: ++answers } } });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const post = async (query: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      await response.text();
      return response.headers.get('x-public-cache') === 'hit';
    };
    return { post, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  const BOOK = 'mutation { createBooking(input: {}) { __typename } }';

  it('are folded into one clear per interval: the first at once, the rest at its end', async () => {
    const { post, close } = await serve();
    try {
      await post(CATALOG);
      expect(await post(CATALOG)).toBe(true);

      // A lone booking shows at once.
      await post(BOOK);
      expect(await post(CATALOG)).toBe(false);
      expect(await post(CATALOG)).toBe(true);

      // A burst within the interval leaves the cache alone until the interval ends...
      for (let index = 0; index < 5; index++) await post(BOOK);
      expect(await post(CATALOG)).toBe(true);
      // ... and then empties it once.
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS + 200));
      expect(await post(CATALOG)).toBe(false);
      expect(await post(CATALOG)).toBe(true);
    } finally {
      await close();
    }
  });

  it('do not hold back any other mutation, which empties the cache at once', async () => {
    const { post, close } = await serve();
    try {
      await post(BOOK);
      await post(CATALOG);
      await post(BOOK);
      expect(await post(CATALOG)).toBe(true);
      // An admin change, or a document mixing one with a shopper's mutation.
      for (const mutation of [
        'mutation { updateEvent(id: "1", input: {}) { __typename } }',
        'mutation { createBooking(input: {}) { __typename } publishEvent(id: "1") { __typename } }',
      ]) {
        await post(mutation);
        expect(await post(CATALOG)).toBe(false);
        expect(await post(CATALOG)).toBe(true);
      }
    } finally {
      await close();
    }
  });
});
