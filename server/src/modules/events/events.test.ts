import { createEvent, createTicketType, DAY } from '../../../test/factories';
import { onlyError, startTestServer, type TestServer } from '../../../test/test-server';
import { EventStatus, EventVisibility } from './event.entity';

interface EventsPage {
  events: {
    nodes: { slug: string }[];
    edges: { cursor: string; node: { slug: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const EVENTS = /* GraphQL */ `
  query Events($first: Int, $after: String, $filter: EventFilterInput) {
    events(first: $first, after: $after, filter: $filter) {
      nodes {
        slug
      }
      edges {
        cursor
        node {
          slug
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

async function listedSlugs(variables: Record<string, unknown> = {}): Promise<string[]> {
  const response = await server.graphql<EventsPage>(EVENTS, { first: 100, ...variables });
  expect(response.errors).toBeUndefined();
  return response.data!.events.nodes.map((event) => event.slug);
}

describe('the public events list', () => {
  it('lists published public events that have not ended, soonest first', async () => {
    await createEvent(server.dataSource, { slug: 'later', startsInDays: 20 });
    await createEvent(server.dataSource, { slug: 'sooner', startsInDays: 2 });
    await createEvent(server.dataSource, {
      slug: 'in-progress',
      startsAt: new Date(Date.now() - 60 * 60 * 1000),
      durationHours: 3,
    });

    expect(await listedSlugs()).toEqual(['in-progress', 'sooner', 'later']);
  });

  it('never lists drafts, private, cancelled or past events', async () => {
    await createEvent(server.dataSource, { slug: 'listed' });
    await createEvent(server.dataSource, { slug: 'draft', status: EventStatus.DRAFT });
    await createEvent(server.dataSource, { slug: 'private', visibility: EventVisibility.PRIVATE });
    await createEvent(server.dataSource, { slug: 'cancelled', status: EventStatus.CANCELLED });
    await createEvent(server.dataSource, { slug: 'past', startsInDays: -3 });

    expect(await listedSlugs()).toEqual(['listed']);
  });

  it('pages through every event exactly once with first and after', async () => {
    for (let day = 1; day <= 7; day++)
      await createEvent(server.dataSource, { slug: `day-${day}`, startsInDays: day });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: Awaited<ReturnType<typeof server.graphql<EventsPage>>> =
        await server.graphql<EventsPage>(EVENTS, { first: 3, after });
      const page = response.data!.events;
      seen.push(...page.nodes.map((event) => event.slug));
      expect(page.edges.map((edge) => edge.node.slug)).toEqual(page.nodes.map((event) => event.slug));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);

    expect(pages).toBe(3);
    expect(seen).toEqual(['day-1', 'day-2', 'day-3', 'day-4', 'day-5', 'day-6', 'day-7']);
  });

  it('keeps events that share a start time in a stable order across pages', async () => {
    const startsAt = new Date(Date.now() + 5 * DAY);
    for (let index = 0; index < 5; index++)
      await createEvent(server.dataSource, { slug: `same-${index}`, startsAt });

    const first = await server.graphql<EventsPage>(EVENTS, { first: 2 });
    const rest = await server.graphql<EventsPage>(EVENTS, {
      first: 10,
      after: first.data!.events.pageInfo.endCursor,
    });

    const slugs = [...first.data!.events.nodes, ...rest.data!.events.nodes].map((event) => event.slug);
    expect(new Set(slugs).size).toBe(5);
    expect(rest.data!.events.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });

  it('does not repeat an event on the next page when its start time has microseconds', async () => {
    for (let index = 0; index < 3; index++) await createEvent(server.dataSource, { slug: `micro-${index}` });
    // SQL's clock has microseconds; JavaScript dates, and so cursors, have milliseconds.
    await server.dataSource.query(`UPDATE event SET starts_at = now() + interval '1 day 0.000123 seconds'`);

    const first = await server.graphql<EventsPage>(EVENTS, { first: 1 });
    const rest = await server.graphql<EventsPage>(EVENTS, {
      first: 10,
      after: first.data!.events.pageInfo.endCursor,
    });

    const slugs = [...first.data!.events.nodes, ...rest.data!.events.nodes].map((event) => event.slug);
    expect(slugs).toHaveLength(3);
    expect(new Set(slugs).size).toBe(3);
  });

  it('filters by a date range of start times', async () => {
    await createEvent(server.dataSource, { slug: 'day-2', startsInDays: 2 });
    await createEvent(server.dataSource, { slug: 'day-10', startsInDays: 10 });
    await createEvent(server.dataSource, { slug: 'day-30', startsInDays: 30 });

    const filter = {
      startsFrom: new Date(Date.now() + 5 * DAY).toISOString(),
      startsBefore: new Date(Date.now() + 20 * DAY).toISOString(),
    };
    expect(await listedSlugs({ filter })).toEqual(['day-10']);
  });

  it('filters by text in title, description or venue, case-insensitively and literally', async () => {
    await createEvent(server.dataSource, { slug: 'by-title', title: 'Jazz Evening' });
    await createEvent(server.dataSource, { slug: 'by-description', description: 'Smooth JAZZ all night' });
    await createEvent(server.dataSource, { slug: 'by-venue', venue: { name: 'The Jazz Cellar' } });
    await createEvent(server.dataSource, { slug: 'unrelated', title: 'Rock Show' });
    await createEvent(server.dataSource, { slug: 'percent', title: '50% off night' });

    expect((await listedSlugs({ filter: { search: 'jazz' } })).sort()).toEqual([
      'by-description',
      'by-title',
      'by-venue',
    ]);
    // LIKE wildcards in the search are taken literally.
    expect(await listedSlugs({ filter: { search: '50%' } })).toEqual(['percent']);
    expect(await listedSlugs({ filter: { search: '%' } })).toEqual(['percent']);
  });
});

describe('bad list arguments', () => {
  it('rejects a page size over 100, naming the field', async () => {
    const error = onlyError(await server.graphql(EVENTS, { first: 101 }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([{ field: 'first', message: expect.stringContaining('100') }]);
  });

  it('rejects a page size of zero, naming the field', async () => {
    const error = onlyError(await server.graphql(EVENTS, { first: 0 }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('first');
  });

  it('rejects a cursor it did not hand out, naming the field', async () => {
    for (const after of ['not-a-cursor', Buffer.from('[1,2]').toString('base64url')]) {
      const error = onlyError(await server.graphql(EVENTS, { after }));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('after');
    }
  });

  it('rejects an over-long search text, naming the field', async () => {
    const error = onlyError(await server.graphql(EVENTS, { filter: { search: 'x'.repeat(201) } }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('filter.search');
    expect(error.message).toContain('filter.search');
  });

  it('rejects a date range that ends before it starts, naming the field', async () => {
    const filter = { startsFrom: '2030-01-02T00:00:00Z', startsBefore: '2030-01-01T00:00:00Z' };
    const error = onlyError(await server.graphql(EVENTS, { filter }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('filter.startsBefore');
  });

  it('rejects a malformed date, naming the variable', async () => {
    const error = onlyError(await server.graphql(EVENTS, { filter: { startsFrom: 'next tuesday' } }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('filter');
    expect(error.message).toContain('startsFrom');
  });
});

describe('one event by slug', () => {
  const EVENT = /* GraphQL */ `
    query Event($slug: String!, $accessKey: String) {
      event(slug: $slug, accessKey: $accessKey) {
        slug
        title
        status
        visibility
        venue {
          name
          address
        }
      }
    }
  `;

  it('returns a published public event', async () => {
    await createEvent(server.dataSource, { slug: 'open-air', title: 'Open Air' });
    const response = await server.graphql(EVENT, { slug: 'open-air' });
    expect(response.data?.event).toEqual({
      slug: 'open-air',
      title: 'Open Air',
      status: 'PUBLISHED',
      visibility: 'PUBLIC',
      venue: { name: 'Test Hall', address: '1 Test Street' },
    });
  });

  it('opens a private event with its key', async () => {
    const event = await createEvent(server.dataSource, {
      slug: 'secret',
      visibility: EventVisibility.PRIVATE,
    });
    const response = await server.graphql(EVENT, { slug: 'secret', accessKey: event.accessKey });
    expect(response.data?.event).toMatchObject({ slug: 'secret', visibility: 'PRIVATE' });
  });

  it('answers a private event without its key exactly like a slug that does not exist', async () => {
    await createEvent(server.dataSource, { slug: 'secret', visibility: EventVisibility.PRIVATE });
    const missing = await server.graphql(EVENT, { slug: 'no-such-event' });
    const noKey = await server.graphql(EVENT, { slug: 'secret' });
    const wrongKey = await server.graphql(EVENT, { slug: 'secret', accessKey: 'guessed-key' });

    expect(missing.data).toEqual({ event: null });
    for (const response of [noKey, wrongKey]) {
      expect(response.status).toBe(missing.status);
      expect(response.data).toEqual(missing.data);
      expect(response.errors).toEqual(missing.errors);
    }
  });

  it('does not reveal drafts', async () => {
    await createEvent(server.dataSource, { slug: 'draft', status: EventStatus.DRAFT });
    expect((await server.graphql(EVENT, { slug: 'draft' })).data).toEqual({ event: null });
  });

  it('still shows a cancelled event, so old links explain themselves', async () => {
    await createEvent(server.dataSource, { slug: 'called-off', status: EventStatus.CANCELLED });
    expect((await server.graphql(EVENT, { slug: 'called-off' })).data?.event).toMatchObject({
      status: 'CANCELLED',
    });
  });
});

describe('ticket types in the catalog', () => {
  const TICKET_TYPES = /* GraphQL */ `
    query TicketTypes($slug: String!) {
      event(slug: $slug) {
        ticketTypes {
          name
          price {
            amountMinor
            currency
          }
          remaining
          availability
          maxPurchasable
          salesEndAt
        }
      }
    }
  `;

  it('shows price, remaining seats and why a ticket type is or is not on sale', async () => {
    const event = await createEvent(server.dataSource, { slug: 'show', currency: 'USD', startsInDays: 10 });
    const later = new Date(Date.now() + 3 * DAY);
    const earlier = new Date(Date.now() - DAY);
    await createTicketType(server.dataSource, event, {
      name: 'On sale',
      priceMinor: 1250,
      capacity: 100,
      soldCount: 30,
      heldCount: 5,
      maxPerOrder: 8,
      sortOrder: 1,
    });
    await createTicketType(server.dataSource, event, {
      name: 'Few left',
      capacity: 10,
      soldCount: 8,
      sortOrder: 2,
    });
    await createTicketType(server.dataSource, event, {
      name: 'Sold out',
      capacity: 10,
      soldCount: 10,
      sortOrder: 3,
    });
    await createTicketType(server.dataSource, event, {
      name: 'Pairs only',
      capacity: 10,
      soldCount: 9,
      minPerOrder: 2,
      sortOrder: 4,
    });
    await createTicketType(server.dataSource, event, { name: 'Not yet', salesStartAt: later, sortOrder: 5 });
    await createTicketType(server.dataSource, event, {
      name: 'Ended',
      salesStartAt: new Date(Date.now() - 5 * DAY),
      salesEndAt: earlier,
      sortOrder: 6,
    });
    await createTicketType(server.dataSource, event, { name: 'Hidden', isActive: false, sortOrder: 7 });

    const response = await server.graphql<{ event: { ticketTypes: Record<string, unknown>[] } }>(
      TICKET_TYPES,
      {
        slug: 'show',
      },
    );
    expect(response.errors).toBeUndefined();
    const byName = Object.fromEntries(response.data!.event.ticketTypes.map((type) => [type.name, type]));

    expect(response.data!.event.ticketTypes.map((type) => type.name)).toEqual([
      'On sale',
      'Few left',
      'Sold out',
      'Pairs only',
      'Not yet',
      'Ended',
    ]);
    expect(byName['On sale']).toMatchObject({
      price: { amountMinor: 1250, currency: 'USD' },
      remaining: 65,
      availability: 'ON_SALE',
      maxPurchasable: 8,
      salesEndAt: event.endsAt.toISOString(),
    });
    expect(byName['Few left']).toMatchObject({ remaining: 2, availability: 'ON_SALE', maxPurchasable: 2 });
    expect(byName['Sold out']).toMatchObject({ remaining: 0, availability: 'SOLD_OUT', maxPurchasable: 0 });
    expect(byName['Pairs only']).toMatchObject({ remaining: 1, availability: 'SOLD_OUT', maxPurchasable: 0 });
    expect(byName['Not yet']).toMatchObject({ availability: 'NOT_YET_ON_SALE', maxPurchasable: 0 });
    expect(byName['Ended']).toMatchObject({ availability: 'SALES_ENDED', maxPurchasable: 0 });
  });

  it('ends sales for every ticket type of an event that is over or cancelled', async () => {
    const past = await createEvent(server.dataSource, { slug: 'past', startsInDays: -2 });
    await createTicketType(server.dataSource, past);
    const cancelled = await createEvent(server.dataSource, {
      slug: 'cancelled',
      status: EventStatus.CANCELLED,
    });
    await createTicketType(server.dataSource, cancelled);

    for (const slug of ['past', 'cancelled']) {
      const response = await server.graphql<{ event: { ticketTypes: { availability: string }[] } }>(
        TICKET_TYPES,
        {
          slug,
        },
      );
      expect(response.data!.event.ticketTypes.map((type) => type.availability)).toEqual(['SALES_ENDED']);
    }
  });
});
