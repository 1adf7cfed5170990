import { loginAs, type SignedIn } from '../../../test/auth';
import { createEvent, createTicketType, DAY } from '../../../test/factories';
import { onlyError, startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import type { EventEntity } from '../events/event.entity';

const TICKET_FIELDS = `id name price { amountMinor currency } capacity sold held remaining minPerOrder maxPerOrder
  salesStartAt salesEndAt sortOrder active`;
const ERRORS = `errors { code field message }`;
const CREATE = `mutation ($input: CreateTicketTypeInput!) { createTicketType(input: $input) { ticketType { ${TICKET_FIELDS} } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateTicketTypeInput!) { updateTicketType(input: $input) { ticketType { ${TICKET_FIELDS} } ${ERRORS} } }`;
const REORDER = `mutation ($input: ReorderTicketTypesInput!) { reorderTicketTypes(input: $input) { ticketTypes { name sortOrder } ${ERRORS} } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateTicketType(id: $id) { ticketType { active } ${ERRORS} } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateTicketType(id: $id) { ticketType { active } ${ERRORS} } }`;
const DELETE = `mutation ($id: ID!) { deleteTicketType(id: $id) { deletedId ${ERRORS} } }`;
const CATALOG_TICKETS = `query ($slug: String!) { event(slug: $slug) { ticketTypes { name } } }`;

type Errors = { code: string; field: string | null; message: string }[];
type Payload = Record<
  string,
  {
    ticketType?: Record<string, unknown> | null;
    deletedId?: string | null;
    ticketTypes?: unknown[];
    errors: Errors;
  }
>;

let server: TestServer;
let admin: SignedIn;
let event: EventEntity;

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
  event = await createEvent(server.dataSource, { slug: 'concert', currency: 'USD' });
});

afterEach(async () => {
  await server.close();
});

async function mutate(query: string, variables: Record<string, unknown>) {
  const response = await server.graphql<Payload>(query, variables, admin.headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

const codesOf = (payload: { errors: Errors }) => payload.errors.map((error) => [error.code, error.field]);

async function catalogNames(): Promise<string[]> {
  const response = await server.graphql<{ event: { ticketTypes: { name: string }[] } }>(CATALOG_TICKETS, {
    slug: 'concert',
  });
  return response.data!.event.ticketTypes.map((ticketType) => ticketType.name);
}

describe('creating ticket types', () => {
  it('adds ticket types at the end of the event’s list, priced in the event currency', async () => {
    const first = await mutate(CREATE, {
      input: { eventId: event.id, name: 'Standard', priceMinor: 2500, capacity: 100 },
    });
    const second = await mutate(CREATE, {
      input: { eventId: event.id, name: 'VIP', priceMinor: 9900, capacity: 10, maxPerOrder: 2 },
    });

    expect(first.ticketType).toMatchObject({
      name: 'Standard',
      price: { amountMinor: 2500, currency: 'USD' },
      sortOrder: 0,
      minPerOrder: 1,
      maxPerOrder: 10,
      active: true,
    });
    expect(second.ticketType).toMatchObject({ sortOrder: 1, maxPerOrder: 2 });
    expect(await catalogNames()).toEqual(['Standard', 'VIP']);
  });

  it('refuses order limits and sales windows that contradict themselves, naming the fields', async () => {
    const payload = await mutate(CREATE, {
      input: {
        eventId: event.id,
        name: 'Odd',
        priceMinor: 100,
        capacity: 10,
        minPerOrder: 5,
        maxPerOrder: 2,
        salesStartAt: new Date(Date.now() + 2 * DAY).toISOString(),
        salesEndAt: new Date(Date.now() + DAY).toISOString(),
      },
    });
    expect(codesOf(payload)).toEqual([
      ['MAX_BELOW_MIN', 'maxPerOrder'],
      ['SALES_END_BEFORE_START', 'salesEndAt'],
    ]);
  });

  it('rejects a negative price or capacity as BAD_USER_INPUT naming the fields', async () => {
    const response = await server.graphql(
      CREATE,
      { input: { eventId: event.id, name: 'Bad', priceMinor: -1, capacity: -5 } },
      admin.headers,
    );
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field).sort()).toEqual([
      'capacity',
      'priceMinor',
    ]);
  });

  it('answers EVENT_NOT_FOUND for an unknown event', async () => {
    const payload = await mutate(CREATE, {
      input: { eventId: '00000000-0000-4000-8000-000000000000', name: 'X', priceMinor: 1, capacity: 1 },
    });
    expect(codesOf(payload)).toEqual([['EVENT_NOT_FOUND', 'eventId']]);
  });
});

describe('updating ticket types', () => {
  it('changes price and capacity', async () => {
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 1000, capacity: 50 });
    const payload = await mutate(UPDATE, { input: { id: ticketType.id, priceMinor: 1200, capacity: 80 } });
    expect(payload.ticketType).toMatchObject({ price: { amountMinor: 1200, currency: 'USD' }, capacity: 80 });
  });

  it('refuses a capacity below the seats sold and held, and accepts one exactly at it', async () => {
    const ticketType = await createTicketType(server.dataSource, event, {
      capacity: 50,
      soldCount: 30,
      heldCount: 5,
    });
    const below = await mutate(UPDATE, { input: { id: ticketType.id, capacity: 34 } });
    expect(codesOf(below)).toEqual([['CAPACITY_BELOW_COMMITTED', 'capacity']]);
    expect(below.errors[0].message).toContain('35');

    const exact = await mutate(UPDATE, { input: { id: ticketType.id, capacity: 35 } });
    expect(exact.ticketType).toMatchObject({ capacity: 35, remaining: 0 });
  });

  it('refuses a most-per-order below the fewest-per-order', async () => {
    const ticketType = await createTicketType(server.dataSource, event, { minPerOrder: 2, maxPerOrder: 4 });
    expect(codesOf(await mutate(UPDATE, { input: { id: ticketType.id, maxPerOrder: 1 } }))).toEqual([
      ['MAX_BELOW_MIN', 'maxPerOrder'],
    ]);
  });

  it('sets and clears the sales window, refusing one that ends before it starts', async () => {
    const ticketType = await createTicketType(server.dataSource, event);
    const start = new Date(Date.now() + DAY).toISOString();
    const set = await mutate(UPDATE, { input: { id: ticketType.id, salesStartAt: start } });
    expect(set.ticketType).toMatchObject({ salesStartAt: start, salesEndAt: null });

    const backwards = await mutate(UPDATE, {
      input: { id: ticketType.id, salesEndAt: new Date(Date.now() + DAY / 2).toISOString() },
    });
    expect(codesOf(backwards)).toEqual([['SALES_END_BEFORE_START', 'salesEndAt']]);

    const cleared = await mutate(UPDATE, { input: { id: ticketType.id, salesStartAt: null } });
    expect(cleared.ticketType).toMatchObject({ salesStartAt: null });
  });
});

describe('order, activation and deletion', () => {
  it('reorders ticket types, and refuses a list that is not exactly the event’s ticket types', async () => {
    const a = await createTicketType(server.dataSource, event, { name: 'A', sortOrder: 0 });
    const b = await createTicketType(server.dataSource, event, { name: 'B', sortOrder: 1 });
    const c = await createTicketType(server.dataSource, event, { name: 'C', sortOrder: 2 });

    const payload = await mutate(REORDER, {
      input: { eventId: event.id, ticketTypeIds: [c.id, a.id, b.id] },
    });
    expect(payload.ticketTypes).toEqual([
      { name: 'C', sortOrder: 0 },
      { name: 'A', sortOrder: 1 },
      { name: 'B', sortOrder: 2 },
    ]);
    expect(await catalogNames()).toEqual(['C', 'A', 'B']);

    for (const ticketTypeIds of [
      [a.id, b.id],
      [a.id, a.id, b.id],
      [a.id, b.id, c.id, event.id],
    ]) {
      const refused = await mutate(REORDER, { input: { eventId: event.id, ticketTypeIds } });
      expect(codesOf(refused)).toEqual([['REORDER_MISMATCH', 'ticketTypeIds']]);
    }
  });

  it('deactivates a ticket type (gone from the catalog) and reactivates it', async () => {
    const ticketType = await createTicketType(server.dataSource, event, { name: 'Early bird' });
    expect((await mutate(DEACTIVATE, { id: ticketType.id })).ticketType).toEqual({ active: false });
    expect(await catalogNames()).toEqual([]);
    expect((await mutate(REACTIVATE, { id: ticketType.id })).ticketType).toEqual({ active: true });
    expect(await catalogNames()).toEqual(['Early bird']);
  });

  it('deletes a ticket type with nothing sold or held, and refuses otherwise', async () => {
    const unsold = await createTicketType(server.dataSource, event);
    const sold = await createTicketType(server.dataSource, event, { soldCount: 1 });
    const held = await createTicketType(server.dataSource, event, { heldCount: 1 });

    expect(await mutate(DELETE, { id: unsold.id })).toEqual({ deletedId: unsold.id, errors: [] });
    for (const ticketType of [sold, held]) {
      expect(codesOf(await mutate(DELETE, { id: ticketType.id }))).toEqual([['HAS_SALES', 'id']]);
    }
  });
});

describe('the audit trail of ticket types', () => {
  it('records a price change with its old and new value, in the same transaction as the change', async () => {
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 1000 });
    await mutate(UPDATE, { input: { id: ticketType.id, priceMinor: 1500 } });
    // A refused change writes nothing.
    await mutate(UPDATE, { input: { id: ticketType.id, minPerOrder: 5, maxPerOrder: 4 } });

    const entries = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findBy({ objectId: ticketType.id });
    expect(entries.map((entry) => [entry.action, entry.accountId, entry.changes])).toEqual([
      ['ticketType.update', admin.account.id, { priceMinor: { before: 1000, after: 1500 } }],
    ]);
  });
});

describe('from nothing to the public catalog', () => {
  it('lets an ADMIN create an event with two ticket types and publish it, after which shoppers see it', async () => {
    const created = await server.graphql<{ createEvent: { event: { id: string }; errors: Errors } }>(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code field message } } }`,
      {
        input: {
          slug: 'harbour-festival',
          title: 'Harbour Festival',
          startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 21 * DAY).toISOString(),
          timeZone: 'Europe/Lisbon',
          venue: { name: 'Docks', address: 'Quay 1' },
          currency: 'EUR',
        },
      },
      admin.headers,
    );
    expect(created.data!.createEvent.errors).toEqual([]);
    const eventId = created.data!.createEvent.event.id;
    for (const [name, priceMinor] of [
      ['Day pass', 1500],
      ['Weekend pass', 2500],
    ] as const) {
      expect((await mutate(CREATE, { input: { eventId, name, priceMinor, capacity: 200 } })).errors).toEqual(
        [],
      );
    }
    const published = await server.graphql<{ publishEvent: { event: { status: string }; errors: Errors } }>(
      `mutation ($id: ID!) { publishEvent(id: $id) { event { status } errors { code field message } } }`,
      { id: eventId },
      admin.headers,
    );
    expect(published.data!.publishEvent).toEqual({ event: { status: 'PUBLISHED' }, errors: [] });

    const catalog = await server.graphql<{
      events: { nodes: { slug: string; ticketTypes: { name: string; price: { amountMinor: number } }[] }[] };
    }>(`{ events(first: 50) { nodes { slug ticketTypes { name price { amountMinor } } } } }`);
    expect(catalog.data!.events.nodes.find((node) => node.slug === 'harbour-festival')).toEqual({
      slug: 'harbour-festival',
      ticketTypes: [
        { name: 'Day pass', price: { amountMinor: 1500 } },
        { name: 'Weekend pass', price: { amountMinor: 2500 } },
      ],
    });
  });
});
