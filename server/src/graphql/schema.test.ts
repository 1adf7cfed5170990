import fs from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { findProjectRoot } from '../config';
import { buildAppSchema, printSchemaSDL } from './schema';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
});

it('matches the committed schema.graphql (run `npm run schema` after changing the API)', () => {
  const committed = fs.readFileSync(path.join(findProjectRoot(), 'schema.graphql'), 'utf8');
  expect(printSchemaSDL(schema)).toBe(committed);
});

it('describes every type, field, argument and enum value, for readers of Apollo Sandbox', () => {
  const undocumented: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!type.description) undocumented.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
  }
  // Built-in scalars (String, Int, ...) come documented by graphql-js.
  expect(undocumented).toEqual([]);
});

it('reads plain fields directly and keeps resolvers that check roles or compute', () => {
  const field = (type: string, name: string) => {
    const found = schema.getType(type);
    if (!found || !('getFields' in found)) throw new Error(`no type ${type}`);
    return (found.getFields() as Record<string, { resolve?: unknown }>)[name];
  };
  expect(field('Event', 'slug').resolve).toBeUndefined();
  expect(field('TicketType', 'remaining').resolve).toBeUndefined();
  // @Authorized(ADMIN): the auth check stays.
  expect(field('EventSales', 'revenue').resolve).toBeInstanceOf(Function);
  // A @FieldResolver.
  expect(field('Event', 'ticketTypes').resolve).toBeInstanceOf(Function);
  expect(field('Money', 'decimals').resolve).toBeInstanceOf(Function);
});
