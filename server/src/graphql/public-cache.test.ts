import { bookViaApi } from '../../test/bookings';
import { loginAs } from '../../test/auth';
import { bookingInput, createEvent, createTicketType } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';

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
});
