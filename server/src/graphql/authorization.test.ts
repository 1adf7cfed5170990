/**
 * Walks the built schema: every Query and Mutation field outside the public allow-list must refuse an
 * anonymous caller with UNAUTHENTICATED, and every field outside the STAFF allow-list must refuse STAFF
 * with FORBIDDEN. Each operation is sent with arguments of the right shape (generated from the schema),
 * so a refusal cannot be a validation error in disguise: only the expected code passes. API tokens of
 * each scope are walked the same way: each may call exactly the operations listed for it below.
 */
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { createApiToken, type TestApiToken } from '../../test/api-tokens';
import { loginAs, type SignedIn } from '../../test/auth';
import { startTestServer, type GraphQLResponse, type TestServer } from '../../test/test-server';
import { AdminRole } from '../modules/accounts/admin-account.entity';
import { buildAppSchema } from './schema';

/** Operations anyone may call. Adding one here is a security decision: review it. */
const PUBLIC = new Set([
  'Query.events',
  'Query.event',
  'Query.shopInfo',
  'Query.booking',
  'Mutation.createBooking',
  'Mutation.startPayment',
  'Mutation.capturePayment',
  'Mutation.cancelPayment',
  'Query.me',
  'Mutation.login',
  'Mutation.logout',
  'Query.waiverToSign',
  'Mutation.signWaiver',
  'Mutation.unsubscribe',
  // Trying a code changes nothing; it is limited per client address and answers every bad code alike.
  'Mutation.applyVoucher',
  // The booking token is the key, as for Query.booking; limited per client address, and only until
  // the event's cut-off for answers.
  'Mutation.updateBookingAnswers',
  // The booking token is the key, as for Query.booking; links per attendee are capped.
  'Mutation.openWaiverSigning',
  // Setting one's own password from an e-mailed link: gated by the link's 256-bit token, and the
  // request for one is the same for every address and limited per client address.
  'Query.passwordRules',
  'Query.passwordLink',
  'Mutation.requestPasswordReset',
  'Mutation.setPasswordWithLink',
  // Joining a sold-out ticket's waiting list: limited per client address and capped per e-mail, as
  // bookings are; it holds no seats until an offer is made.
  'Mutation.joinWaitingList',
  // The offer's token (192 bits, stored hashed) is the key, as for Query.booking.
  'Query.waitingListOffer',
]);

/** Operations STAFF may call besides the public ones (ADMIN may call everything). */
const STAFF_ALLOWED = new Set([
  'Mutation.changePassword',
  'Query.adminEvents',
  'Query.adminEvent',
  'Query.eventWaiver',
  'Query.waiverSignaturesCsv',
  'Mutation.recordPaperWaiver',
  'Query.findTickets',
  'Query.eventAttendees',
  'Query.eventAttendeesCsv',
  'Query.eventQuestions',
  'Mutation.checkInTicket',
  'Mutation.undoCheckIn',
  'Query.checkInCounts',
  'Query.adminBookings',
  'Query.adminBooking',
  'Query.adminBookingsCsv',
  'Query.currencies',
  // The door may see who is waiting; moving, removing and offering are ADMIN's.
  'Query.waitingList',
]);

/** Operations only a signed-in person may call: no API token, whatever its scope. */
const SESSION_ONLY = new Set(['Mutation.changePassword', 'Mutation.createApiToken']);

/** Operations an API token of each narrow scope may call besides the public ones. */
const EVENT_READS = ['Query.adminEvents', 'Query.adminEvent', 'Query.currencies'];
const NARROW_SCOPES: Record<string, Set<string>> = {
  BOOKINGS_READ: new Set([
    ...EVENT_READS,
    'Query.adminBookings',
    'Query.adminBooking',
    'Query.adminBookingsCsv',
  ]),
  CHECK_IN: new Set([
    ...EVENT_READS,
    'Query.findTickets',
    'Mutation.checkInTicket',
    'Mutation.undoCheckIn',
    'Query.checkInCounts',
    'Query.eventAttendees',
    'Query.eventWaiver',
    'Mutation.recordPaperWaiver',
  ]),
};

const SCALAR_SAMPLES: Record<string, string> = {
  String: '"sample"',
  ID: '"00000000-0000-4000-8000-000000000000"',
  Int: '1',
  Float: '1.5',
  Boolean: 'true',
  DateTime: '"2030-01-01T10:00:00Z"',
  Currency: '"EUR"',
  TimeZone: '"Europe/Berlin"',
  EmailAddress: '"sample@example.com"',
  URL: '"https://example.com/image.png"',
};

/** A GraphQL literal of `type`, filling only required input fields. */
function sampleLiteral(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleLiteral(type.ofType);
  if (isListType(type)) return `[${sampleLiteral(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return `{ ${fields.map((field) => `${field.name}: ${sampleLiteral(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type) && type.name in SCALAR_SAMPLES) return SCALAR_SAMPLES[type.name];
  throw new Error(`add a sample value for the scalar ${String(type)} to SCALAR_SAMPLES`);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => `${arg.name}: ${sampleLiteral(arg.type)}`);
  const argList = args.length > 0 ? `(${args.join(', ')})` : '';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${argList}${selection} }`;
}

interface Operation {
  name: string;
  document: string;
  field: string;
}

let server: TestServer;
let staff: SignedIn;
let tokens: Record<string, TestApiToken>;
let operations: Operation[];

beforeAll(async () => {
  server = await startTestServer();
  staff = await loginAs(server, AdminRole.STAFF);
  const admin = await loginAs(server, AdminRole.ADMIN);
  tokens = {};
  for (const scope of ['ADMIN', 'STAFF', 'BOOKINGS_READ', 'CHECK_IN']) {
    tokens[scope] = await createApiToken(server, admin, [scope]);
  }
  const schema = await buildAppSchema();
  operations = (
    [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as ['query' | 'mutation', GraphQLObjectType][]
  ).flatMap(([kind, type]) =>
    Object.values(type.getFields()).map((field) => ({
      name: `${type.name}.${field.name}`,
      field: field.name,
      document: operationFor(kind, field),
    })),
  );
});

afterAll(() => server.close());

/** The error code the operation's own field got, or "none" when it ran. */
function codeOf(response: GraphQLResponse, field: string): string {
  const error = response.errors?.find((candidate) => candidate.path?.[0] === field) ?? response.errors?.[0];
  return error ? String(error.extensions?.code) : 'none';
}

it('finds the operations it is meant to check', () => {
  const names = operations.map((operation) => operation.name);
  for (const name of [...PUBLIC, ...STAFF_ALLOWED]) expect(names).toContain(name);
  expect(names.length).toBeGreaterThan(PUBLIC.size + STAFF_ALLOWED.size);
});

it('refuses every non-public operation to an anonymous caller with UNAUTHENTICATED', async () => {
  const outcomes: Record<string, string> = {};
  for (const operation of operations.filter((candidate) => !PUBLIC.has(candidate.name))) {
    const response = await server.graphql(operation.document);
    outcomes[operation.name] = codeOf(response, operation.field);
  }
  const expected = Object.fromEntries(Object.keys(outcomes).map((name) => [name, 'UNAUTHENTICATED']));
  expect(outcomes).toEqual(expected);
});

it('refuses every ADMIN-only operation to STAFF with FORBIDDEN', async () => {
  const outcomes: Record<string, string> = {};
  for (const operation of operations) {
    if (PUBLIC.has(operation.name) || STAFF_ALLOWED.has(operation.name)) continue;
    const response = await server.graphql(operation.document, {}, staff.headers);
    outcomes[operation.name] = codeOf(response, operation.field);
  }
  const expected = Object.fromEntries(Object.keys(outcomes).map((name) => [name, 'FORBIDDEN']));
  expect(outcomes).toEqual(expected);
});

it('lets STAFF through to the operations allowed to STAFF', async () => {
  for (const operation of operations.filter((candidate) => STAFF_ALLOWED.has(candidate.name))) {
    const response = await server.graphql(operation.document, {}, staff.headers);
    expect([operation.name, codeOf(response, operation.field)]).not.toEqual([operation.name, 'FORBIDDEN']);
    expect([operation.name, codeOf(response, operation.field)]).not.toEqual([
      operation.name,
      'UNAUTHENTICATED',
    ]);
  }
});

describe.each([
  ['ADMIN', (name: string) => !SESSION_ONLY.has(name)],
  ['STAFF', (name: string) => STAFF_ALLOWED.has(name) && !SESSION_ONLY.has(name)],
  ['BOOKINGS_READ', (name: string) => NARROW_SCOPES.BOOKINGS_READ.has(name)],
  ['CHECK_IN', (name: string) => NARROW_SCOPES.CHECK_IN.has(name)],
])('an API token with scope %s', (scope, allowed) => {
  it('may call exactly its operations and the public ones; every other one is FORBIDDEN', async () => {
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const operation of operations) {
      const response = await server.graphql(operation.document, {}, tokens[scope].headers);
      const code = codeOf(response, operation.field);
      const refused = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
      outcomes[operation.name] = refused ? code : 'allowed';
      expected[operation.name] =
        PUBLIC.has(operation.name) || allowed(operation.name) ? 'allowed' : 'FORBIDDEN';
    }
    expect(outcomes).toEqual(expected);
  });
});
