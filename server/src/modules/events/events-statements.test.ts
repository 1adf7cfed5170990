import { createEvent, createTicketType } from '../../../test/factories';
import { StatementCounter } from '../../../test/statement-counter';
import { startTestServer, type TestServer } from '../../../test/test-server';

const CATALOG = /* GraphQL */ `
  query Catalog {
    events(first: 100) {
      nodes {
        slug
        ticketTypes {
          name
          remaining
          availability
          price {
            amountMinor
            currency
          }
        }
      }
    }
  }
`;

describe('SQL statements of the events list with ticket types', () => {
  const counter = new StatementCounter();
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ queryLogger: counter });
  });

  afterAll(() => server.close());

  async function addEvents(count: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      const event = await createEvent(server.dataSource, { startsInDays: 1 + index / 10 });
      for (let type = 0; type < 3; type++)
        await createTicketType(server.dataSource, event, { sortOrder: type });
    }
  }

  async function statementsForCatalog(expectedEvents: number): Promise<number> {
    counter.reset();
    const response = await server.graphql<{ events: { nodes: { ticketTypes: unknown[] }[] } }>(CATALOG);
    expect(response.errors).toBeUndefined();
    expect(response.data!.events.nodes).toHaveLength(expectedEvents);
    expect(response.data!.events.nodes.every((event) => event.ticketTypes.length === 3)).toBe(true);
    return counter.count;
  }

  it('stays the same as the list grows from 10 to 100 events (no N+1)', async () => {
    await addEvents(10);
    const withTen = await statementsForCatalog(10);
    await addEvents(90);
    const withHundred = await statementsForCatalog(100);

    expect(withTen).toBeLessThanOrEqual(2);
    expect(withHundred).toBe(withTen);
  });
});

const SERIES_LISTING = /* GraphQL */ `
  query SeriesListing {
    events(first: 100) {
      nodes {
        slug
        isSeries
        dateCount
        dates(first: 1) {
          startsAt
          availability
          seatsLeft
        }
      }
    }
  }
`;

describe('SQL statements of the events list with series (the home page)', () => {
  const counter = new StatementCounter();
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ queryLogger: counter });
  });

  afterAll(() => server.close());

  async function addSeries(count: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      const series = await createEvent(server.dataSource, { isSeries: true, startsInDays: 1 + index / 10 });
      await createTicketType(server.dataSource, series);
      for (let date = 0; date < 2; date++) {
        const dated = await createEvent(server.dataSource, {
          seriesId: series.id,
          startsInDays: 1 + index / 10 + date * 7,
        });
        await createTicketType(server.dataSource, dated);
      }
    }
  }

  async function statementsForListing(expectedSeries: number): Promise<number> {
    counter.reset();
    const response = await server.graphql<{
      events: { nodes: { isSeries: boolean; dateCount: number; dates: unknown[] }[] };
    }>(SERIES_LISTING);
    expect(response.errors).toBeUndefined();
    const series = response.data!.events.nodes.filter((event) => event.isSeries);
    expect(series).toHaveLength(expectedSeries);
    expect(series.every((event) => event.dateCount === 2 && event.dates.length === 1)).toBe(true);
    return counter.count;
  }

  it('stays the same as the list grows from 2 to 10 series, with their next date and date count', async () => {
    await addSeries(2);
    const withTwo = await statementsForListing(2);
    await addSeries(8);
    const withTen = await statementsForListing(10);

    expect(withTen).toBe(withTwo);
  });
});
