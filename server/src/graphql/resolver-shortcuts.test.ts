import { execute, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from './schema';
import { EventEntity } from '../modules/events/event.entity';

let schema: GraphQLSchema;

/** TypeGraphQL's per-call parameter reading (not exported: reached by its path inside the package). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const typeGraphqlHelpers = require(
  require.resolve('type-graphql').replace(/index\.js$/, 'resolvers/helpers.js'),
);

beforeAll(async () => {
  schema = await buildAppSchema();
});

function fieldsOf(typeName: string): Record<string, { resolve: (...args: unknown[]) => unknown }> {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return type.getFields() as never;
}

function eventEntity(): EventEntity {
  return Object.assign(new EventEntity(), {
    id: 'e1',
    slug: 'concert',
    currency: 'EUR',
    endsAt: new Date('2030-01-01T23:00:00Z'),
  });
}

/** A context with just what Event.ticketTypes reads, recording the calls it gets. */
function contextFor(ticketTypeLoads: string[]) {
  return {
    ctx: { now: new Date('2029-12-01T00:00:00Z'), actor: null },
    services: {
      ticketTypes: {
        toPublicView: (_ctx: unknown, ticketType: { id: string }, event: EventEntity) => ({
          id: ticketType.id,
          price: { amountMinor: 1250, currency: event.currency },
        }),
      },
    },
    loaders: {
      activeTicketTypesByEventId: {
        load: async (eventId: string) => {
          ticketTypeLoads.push(eventId);
          return [{ id: 't1' }];
        },
      },
    },
  };
}

it('calls a field resolver taking only its parent and the context directly, with the same answer', async () => {
  const { ticketTypes } = fieldsOf('Event');
  const loads: string[] = [];
  const context = contextFor(loads);
  const getParams = jest.spyOn(typeGraphqlHelpers, 'getParams');
  // Called as graphql calls it: its answer is the resolver method's, from the parent and the context.
  const answer = await ticketTypes.resolve(eventEntity(), {}, context, {});
  expect(answer).toEqual([{ id: 't1', price: { amountMinor: 1250, currency: 'EUR' } }]);
  expect(loads).toEqual(['e1']);
  expect(getParams).not.toHaveBeenCalled();
  getParams.mockRestore();
});

it('leaves a parent TypeGraphQL converts to its declared class to TypeGraphQL', async () => {
  // Money.decimals takes `@Root() amount: Money`; a plain { amountMinor, currency } is converted.
  const loads: string[] = [];
  const result = await execute({
    schema,
    document: parse('{ events(first: 1) { nodes { ticketTypes { price { amountMinor decimals } } } } }'),
    contextValue: {
      ...contextFor(loads),
      services: {
        ...contextFor(loads).services,
        events: {
          listUpcomingPublic: async () => ({ events: [eventEntity()], cursors: ['c'], hasNextPage: false }),
        },
      },
    },
  });
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual({
    events: { nodes: [{ ticketTypes: [{ price: { amountMinor: 1250, decimals: 2 } }] }] },
  });
});

it('keeps the role check of a field resolver with @Authorized', async () => {
  const fields = fieldsOf('AdminBooking');
  const emailsOf = jest.fn(async () => []);
  const anonymous = { ctx: { actor: null }, services: { adminBookingViews: { emailsOf } } };
  await expect(
    Promise.resolve().then(() => fields.emails.resolve({ id: 'b1' }, {}, anonymous, {})),
  ).rejects.toThrow();
  expect(emailsOf).not.toHaveBeenCalled();
});
