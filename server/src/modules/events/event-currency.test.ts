/**
 * One money exponent (common/money): events are priced only in currencies PayPal accepts, and every
 * price the API shows carries the decimals PayPal is sent it with, from the admin's form to the shop.
 */
import { loginAs, type SignedIn } from '../../../test/auth';
import { createEvent, createTicketType, DAY } from '../../../test/factories';
import { onlyError, startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';

const CURRENCIES = `{ currencies { code name decimals } }`;
const CREATE_EVENT = `mutation ($input: CreateEventInput!) {
  createEvent(input: $input) { event { id slug currency currencyDecimals } errors { code field message } }
}`;
const UPDATE_EVENT = `mutation ($input: UpdateEventInput!) {
  updateEvent(input: $input) { event { title currency currencyDecimals } errors { code field message } }
}`;
const PUBLISH = `mutation ($id: ID!) { publishEvent(id: $id) { errors { code } } }`;
const CREATE_TICKET_TYPE = `mutation ($input: CreateTicketTypeInput!) {
  createTicketType(input: $input) { ticketType { price { amountMinor currency decimals } } errors { code } }
}`;
const SHOP_PRICES = `query ($slug: String!) {
  event(slug: $slug) { ticketTypes { price { amountMinor currency decimals } } }
}`;
const ADMIN_EVENT = `query ($id: ID!) {
  adminEvent(id: $id) { currencyDecimals ticketTypes { price { amountMinor currency decimals } } }
}`;

type Problem = { code: string; field: string | null; message: string };
type EventResult = { event: Record<string, unknown> | null; errors: Problem[] };

let server: TestServer;
let admin: SignedIn;

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterEach(async () => {
  await server.close();
});

async function adminQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await server.graphql<Record<string, T>>(query, variables, admin.headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

const newEvent = (currency: string) => ({
  slug: `gala-${currency.toLowerCase()}`,
  title: 'Gala',
  startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
  endsAt: new Date(Date.now() + 10 * DAY + 4 * 3600_000).toISOString(),
  timeZone: 'Europe/Budapest',
  venue: { name: 'Vigadó' },
  currency,
});

describe('the currencies an event can be priced in', () => {
  it('lists PayPal’s currencies with PayPal’s decimals: none for HUF, JPY and TWD, and no KWD', async () => {
    const response = await server.graphql<{ currencies: { code: string; name: string; decimals: number }[] }>(
      CURRENCIES,
      {},
      admin.headers,
    );
    const decimals = Object.fromEntries(response.data!.currencies.map((c) => [c.code, c.decimals]));
    expect(decimals).toMatchObject({ HUF: 0, JPY: 0, TWD: 0, EUR: 2, USD: 2, GBP: 2 });
    expect(decimals).not.toHaveProperty('KWD');
    expect(response.data!.currencies.find((c) => c.code === 'HUF')?.name).toBe('Hungarian forint');
  });

  it('refuses to create an event in KWD, which PayPal does not take, naming the field', async () => {
    const error = onlyError(await server.graphql(CREATE_EVENT, { input: newEvent('KWD') }, admin.headers));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([
      { field: 'currency', message: expect.stringMatching(/PayPal/) },
    ]);
  });

  it('refuses to move an event to KWD, naming the field, and leaves it as it was', async () => {
    const event = await createEvent(server.dataSource, { currency: 'EUR' });
    const response = await server.graphql(
      UPDATE_EVENT,
      { input: { id: event.id, title: 'Renamed', currency: 'KWD' } },
      admin.headers,
    );
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('currency');
    const [row] = await server.dataSource.query('SELECT title, currency FROM event WHERE id = $1', [
      event.id,
    ]);
    expect(row).toEqual({ title: 'Test Event', currency: 'EUR' });
  });
});

describe('a price typed in the admin is the same price in the shop', () => {
  // What the admin form posts for "1500" (no decimals) or "15.00" (EUR): priceMinor 1500.
  it.each([
    ['HUF', 0],
    ['JPY', 0],
    ['TWD', 0],
    ['EUR', 2],
  ])(
    'prices a %s event in minor units with %i decimals, in the admin and in the shop',
    async (currency, decimals) => {
      const created = await adminQuery<EventResult>(CREATE_EVENT, { input: newEvent(currency) });
      expect(created.errors).toEqual([]);
      expect(created.event).toMatchObject({ currency, currencyDecimals: decimals });
      const eventId = created.event!.id as string;
      const ticketType = await adminQuery<{ ticketType: unknown; errors: unknown[] }>(CREATE_TICKET_TYPE, {
        input: { eventId, name: 'Standard', priceMinor: 1500, capacity: 10 },
      });
      expect(ticketType).toEqual({
        ticketType: { price: { amountMinor: 1500, currency, decimals } },
        errors: [],
      });
      expect((await adminQuery<{ errors: unknown[] }>(PUBLISH, { id: eventId })).errors).toEqual([]);

      const shop = await server.graphql<{ event: { ticketTypes: { price: unknown }[] } }>(SHOP_PRICES, {
        slug: created.event!.slug,
      });
      expect(shop.data!.event.ticketTypes).toEqual([{ price: { amountMinor: 1500, currency, decimals } }]);
    },
  );
});

describe('events stored in a currency PayPal does not take (before the list existed)', () => {
  it('still shows their prices with the currency’s ISO decimals (KWD 3)', async () => {
    const event = await createEvent(server.dataSource, { currency: 'KWD' });
    await createTicketType(server.dataSource, event, { priceMinor: 1234 });
    expect(await adminQuery(ADMIN_EVENT, { id: event.id })).toEqual({
      currencyDecimals: 3,
      ticketTypes: [{ price: { amountMinor: 1234, currency: 'KWD', decimals: 3 } }],
    });
  });

  it('can still be edited, and moved to an accepted currency but not to another refused one', async () => {
    const event = await createEvent(server.dataSource, { currency: 'KWD' });
    const renamed = await adminQuery<EventResult>(UPDATE_EVENT, {
      input: { id: event.id, title: 'Renamed', currency: 'kwd' },
    });
    expect(renamed).toEqual({
      event: { title: 'Renamed', currency: 'KWD', currencyDecimals: 3 },
      errors: [],
    });

    const refused = await server.graphql(
      UPDATE_EVENT,
      { input: { id: event.id, currency: 'BHD' } },
      admin.headers,
    );
    expect(onlyError(refused).extensions?.field).toBe('currency');

    const moved = await adminQuery<EventResult>(UPDATE_EVENT, { input: { id: event.id, currency: 'EUR' } });
    expect(moved.event).toMatchObject({ currency: 'EUR', currencyDecimals: 2 });
  });
});
