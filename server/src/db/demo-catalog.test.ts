import { startTestServer, type TestServer } from '../../test/test-server';
import { atLocalTime, DEMO_PRIVATE_EVENT_SLUG, demoPrivateEventLink, seedDemoCatalog } from './demo-catalog';

describe('the demo catalog', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(() => server.close());

  it('seeds a living catalog once: listed events, a free one, a sold-out one; past and private ones unlisted', async () => {
    expect(await seedDemoCatalog(server.dataSource)).toBeGreaterThanOrEqual(6);
    expect(await seedDemoCatalog(server.dataSource)).toBe(0);

    const response = await server.graphql<{
      events: {
        nodes: {
          slug: string;
          timeZone: string;
          ticketTypes: { availability: string; price: { amountMinor: number } }[];
        }[];
      };
    }>(
      '{ events(first: 100) { nodes { slug timeZone ticketTypes { availability price { amountMinor } } } } }',
    );
    const events = response.data!.events.nodes;

    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(new Set(events.map((event) => event.timeZone)).size).toBeGreaterThanOrEqual(4);
    expect(events.some((event) => event.ticketTypes.every((type) => type.price.amountMinor === 0))).toBe(
      true,
    );
    expect(events.some((event) => event.ticketTypes.every((type) => type.availability === 'SOLD_OUT'))).toBe(
      true,
    );
    expect(events.map((event) => event.slug)).not.toContain(DEMO_PRIVATE_EVENT_SLUG);
    expect(events.map((event) => event.slug)).not.toContain('autumn-gala-last-year');
  });

  it('backs every seat shown as sold with a confirmed, paid booking and an issued ticket; Sydney requires a waiver, Berlin has a picture and several types', async () => {
    await seedDemoCatalog(server.dataSource);
    const mismatched = await server.dataSource.query(
      `SELECT tt.name, tt.sold_count, count(t.id)::int AS tickets
         FROM ticket_type tt
         LEFT JOIN ticket t ON t.ticket_type_id = tt.id AND t.status = 'ISSUED' AND t.short_code IS NOT NULL
         LEFT JOIN booking b ON b.id = t.booking_id AND b.status = 'CONFIRMED'
        GROUP BY tt.id HAVING tt.sold_count <> count(b.id)`,
    );
    expect(mismatched).toEqual([]);
    const [{ sold }] = await server.dataSource.query('SELECT sum(sold_count)::int AS sold FROM ticket_type');
    expect(sold).toBeGreaterThan(100);
    const unpaid = await server.dataSource.query(
      `SELECT b.reference FROM booking b
        WHERE b.total_minor > 0 AND NOT EXISTS (
          SELECT 1 FROM booking_payment p WHERE p.booking_id = b.id AND p.amount_minor = b.total_minor)`,
    );
    expect(unpaid).toEqual([]);

    const response = await server.graphql<{
      sydney: { waiverRequired: boolean; description: string };
      berlin: { imageUrl: string | null; ticketTypes: unknown[] };
    }>(
      `{ sydney: event(slug: "sydney-harbour-run") { waiverRequired description }
         berlin: event(slug: "berlin-jazz-night") { imageUrl ticketTypes { id } } }`,
    );
    expect(response.data?.sydney).toEqual({
      waiverRequired: true,
      description: expect.stringContaining('waiver'),
    });
    expect(response.data?.berlin.imageUrl).toMatch(/^\/demo\/.+\.svg$/);
    expect(response.data?.berlin.ticketTypes.length).toBeGreaterThanOrEqual(2);
  });

  it('prints a private link that opens the private event', async () => {
    await seedDemoCatalog(server.dataSource);
    const link = new URL((await demoPrivateEventLink(server.dataSource, 'http://localhost:3400'))!);
    expect(link.pathname).toBe(`/events/${DEMO_PRIVATE_EVENT_SLUG}`);
    const key = link.searchParams.get('key')!;
    expect(Buffer.from(key, 'base64url').length * 8).toBeGreaterThanOrEqual(128);

    const response = await server.graphql(
      'query ($slug: String!, $key: String) { event(slug: $slug, accessKey: $key) { title } }',
      {
        slug: DEMO_PRIVATE_EVENT_SLUG,
        key,
      },
    );
    expect(response.data?.event).toEqual({ title: expect.stringContaining('Private') });
  });
});

describe('atLocalTime', () => {
  const shown = (instant: Date, timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(instant);

  it('gives the instant a wall clock in the zone shows, in summer and in winter', () => {
    const winter = new Date('2026-01-10T12:00:00Z');
    const summer = new Date('2026-07-10T12:00:00Z');
    expect(shown(atLocalTime(winter, 0, 20, 'Europe/Berlin'), 'Europe/Berlin')).toBe('10/01/2026, 20:00');
    expect(shown(atLocalTime(summer, 0, 20, 'Europe/Berlin'), 'Europe/Berlin')).toBe('10/07/2026, 20:00');
    expect(shown(atLocalTime(summer, 2, 18.5, 'America/New_York'), 'America/New_York')).toBe(
      '12/07/2026, 18:30',
    );
    expect(shown(atLocalTime(winter, 1, 9, 'Asia/Tokyo'), 'Asia/Tokyo')).toBe('11/01/2026, 09:00');
  });
});
