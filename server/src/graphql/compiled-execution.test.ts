import {
  execute,
  GraphQLEnumType,
  GraphQLError,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  parse,
} from 'graphql';
import { createHash } from 'node:crypto';
import { buildAppSchema } from './schema';
import { compiledExecutor, enumValuesAreTheirNames, type GatewayExecutor } from './compiled-execution';

type GatewayGraphQLRequestContext = Parameters<GatewayExecutor>[0];

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
});

/** What Apollo hands a gateway's executor, for one document. */
function requestFor(
  source: string,
  context: object,
  operationName?: string,
  variables?: Record<string, unknown>,
): GatewayGraphQLRequestContext {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition) =>
      definition.kind === 'OperationDefinition' &&
      (operationName === undefined || definition.name?.value === operationName),
  );
  return {
    document,
    operation,
    operationName: operationName ?? null,
    request: { query: source, operationName, variables },
    context,
    queryHash: createHash('sha256').update(source).digest('hex'),
  } as unknown as GatewayGraphQLRequestContext;
}

/** A context whose services answer the catalog from memory: `events` and `ticketTypes` only. */
function catalogContext(failTicketTypes = false) {
  const event = {
    id: 'e1',
    slug: 'concert',
    title: 'Concert',
    startsAt: new Date('2030-01-01T20:00:00Z'),
    endsAt: new Date('2030-01-01T23:00:00Z'),
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    venue: { name: 'Hall', address: '' },
  };
  return {
    ctx: { now: new Date('2029-12-01T00:00:00Z'), actor: null },
    services: {
      events: {
        listUpcomingPublic: async () => ({ events: [event], cursors: ['c1'], hasNextPage: false }),
      },
      ticketTypes: {
        toPublicView: (_ctx: unknown, ticketType: { id: string; name: string }) => ({
          id: ticketType.id,
          name: ticketType.name,
          price: { amountMinor: 1250, currency: 'EUR' },
          remaining: 3,
        }),
      },
    },
    loaders: {
      activeTicketTypesByEventId: {
        load: async () => {
          if (failTicketTypes) throw new GraphQLError('no ticket types today');
          return [{ id: 't1', name: 'Standing' }];
        },
      },
    },
  };
}

const CATALOG = `query Catalog { events(first: 5) { nodes { slug startsAt venue { name } ticketTypes { id name price { amountMinor currency decimals } remaining } } } }`;

it('answers a query as graphql-js does', async () => {
  const executor = compiledExecutor(schema);
  const context = catalogContext();
  const request = requestFor(CATALOG, context, 'Catalog');
  const expected = await execute({ schema, document: request.document, contextValue: context });
  expect(expected.errors).toBeUndefined();
  // Twice: compiled, then from the compiled operations remembered.
  expect(await executor(request)).toEqual(expected);
  expect(await executor(request)).toEqual(expected);
});

it('leaves a query that ends with errors to graphql-js, which then writes them', async () => {
  const executor = compiledExecutor(schema);
  const context = catalogContext(true);
  const request = requestFor(CATALOG, context, 'Catalog');
  const expected = await execute({ schema, document: request.document, contextValue: context });
  expect(expected.errors?.map((error) => error.message)).toEqual(['no ticket types today']);
  const answer = await executor(request);
  expect(answer).toEqual(expected);
  expect(answer.errors?.[0]).toBeInstanceOf(GraphQLError);
  expect(answer.errors?.[0].path).toEqual(['events', 'nodes', 0, 'ticketTypes']);
});

it('names an operation the document does not have, as graphql-js does', async () => {
  const executor = compiledExecutor(schema);
  const answer = await executor({
    ...requestFor('query A { __typename }', catalogContext()),
    operation: undefined,
    request: { query: 'query A { __typename }', operationName: 'B' },
  } as unknown as GatewayGraphQLRequestContext);
  expect(answer.errors?.map((error) => error.message)).toEqual(['Unknown operation named "B".']);
});

it('refuses variables that do not fit their types in graphql-js’s words', async () => {
  const executor = compiledExecutor(schema);
  const source = 'query Catalog($first: Int!) { events(first: $first) { nodes { slug } } }';
  const request = requestFor(source, catalogContext(), 'Catalog', { first: 'many' });
  const expected = await execute({
    schema,
    document: request.document,
    contextValue: catalogContext(),
    variableValues: { first: 'many' },
  });
  expect(expected.errors).toHaveLength(1);
  expect(await executor(request)).toEqual(expected);
});

it('writes leaves as the resolvers return them, which for the API’s enums is their names', async () => {
  // Were an enum's value not its name, its leaves would have to be serialized (see the next test).
  expect(enumValuesAreTheirNames(schema)).toBe(true);
  const executor = compiledExecutor(schema);
  const context = catalogContext();
  const source =
    'query Availability { events(first: 1) { nodes { ticketTypes { availability remaining } } } }';
  context.services.ticketTypes.toPublicView = () =>
    ({ availability: 'SOLD_OUT', remaining: 0 }) as unknown as ReturnType<
      typeof context.services.ticketTypes.toPublicView
    >;
  const request = requestFor(source, context, 'Availability');
  const expected = await execute({ schema, document: request.document, contextValue: context });
  expect(expected.data).toEqual({
    events: { nodes: [{ ticketTypes: [{ availability: 'SOLD_OUT', remaining: 0 }] }] },
  });
  expect(await executor(request)).toEqual(expected);
});

it('serializes every leaf of a schema with an enum whose value is not its name', async () => {
  const size = new GraphQLEnumType({ name: 'Size', values: { LARGE: { value: 'large' } } });
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      size: { type: new GraphQLNonNull(size), resolve: () => 'large' },
      count: { type: GraphQLInt, resolve: () => '3' },
    },
  });
  const sizes = new GraphQLSchema({ query });
  expect(enumValuesAreTheirNames(sizes)).toBe(false);
  const answer = await compiledExecutor(sizes)(requestFor('query Q { size count }', {}, 'Q'));
  expect(answer).toEqual({ data: { size: 'LARGE', count: 3 } });
});
