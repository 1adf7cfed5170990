import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { BookingsResolver } from '../modules/bookings/bookings.resolver';
import { CheckoutResolver } from '../modules/checkout/checkout.resolver';
import { EventsResolver } from '../modules/events/events.resolver';
import { ShopResolver } from '../modules/shop/shop.resolver';

export const resolvers: NonEmptyArray<Function> = [
  EventsResolver,
  ShopResolver,
  BookingsResolver,
  CheckoutResolver,
];

/** The API's schema, built from the TypeGraphQL classes; arguments are validated with class-validator. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: true,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  // TypeGraphQL has no option for the root types' descriptions; Sandbox shows them first.
  const queryType = schema.getQueryType();
  if (queryType) queryType.description = 'Everything a client can read.';
  const mutationType = schema.getMutationType();
  if (mutationType) mutationType.description = 'Everything a client can change.';
  return schema;
}

/** The SDL committed as schema.graphql: sorted, so it changes only when the API does. */
export function printSchemaSDL(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
