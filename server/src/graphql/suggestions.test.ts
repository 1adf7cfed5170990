/**
 * With introspection off (production), validation errors do not name schema fields, arguments, types
 * or enum values the client did not ask for: no "Did you mean ...?" to map the schema by guessing.
 */
import { productionTestEnv, startTestServer, type TestServer } from '../../test/test-server';
import { withoutSuggestions } from './errors';

/** Typos and what graphql-js would suggest for each. */
const TYPOS: [string, string, RegExp][] = [
  ['a field', '{ evnts { nodes { slug } } }', /Cannot query field "evnts" on type "Query"/],
  ['an argument', '{ events(frist: 5) { nodes { slug } } }', /Unknown argument "frist"/],
  ['a type', 'query ($id: Idd!) { event(id: $id) { slug } }', /Unknown type "Idd"/],
  [
    'an enum value',
    '{ adminBookings(filter: { statuses: [CONFIRMD] }) { nodes { id } } }',
    /Value "CONFIRMD" does not exist in "BookingStatus" enum/,
  ],
];

/** The error messages, and the whole answer as text (extensions included). */
async function errorsFor(server: TestServer, query: string): Promise<{ messages: string; answer: string }> {
  const response = await server.graphql(query);
  expect(response.errors?.length).toBeGreaterThan(0);
  const messages = (response.errors ?? []).map((error) => error.message).join('\n');
  return { messages, answer: JSON.stringify(response) };
}

describe('with introspection off (production)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: productionTestEnv });
    expect(server.config.graphql.introspection).toBe(false);
  });

  afterAll(() => server.close());

  it.each(TYPOS)('a typo in %s gets the error, without a suggestion', async (_what, query, expected) => {
    const { messages, answer } = await errorsFor(server, query);
    expect(messages).toMatch(expected);
    expect(answer).not.toMatch(/did you mean/i);
  });

  it('leaves a typo in a variable value without a suggestion too', async () => {
    const response = await server.graphql(
      'query ($s: [BookingStatus!]) { adminBookings(filter: { statuses: $s }) { nodes { id } } }',
      { s: ['CONFIRMD'] },
    );
    const text = JSON.stringify(response.errors);
    expect(text).toMatch(/CONFIRMD/);
    expect(text).not.toMatch(/did you mean|"CONFIRMED"/i);
  });
});

describe('with introspection on (development)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    expect(server.config.graphql.introspection).toBe(true);
  });

  afterAll(() => server.close());

  it('keeps the suggestion, a help while developing', async () => {
    const { messages } = await errorsFor(server, TYPOS[0][1]);
    expect(messages).toMatch(/Did you mean "events"/);
  });
});

describe('withoutSuggestions', () => {
  it('strips every form graphql-js 16 uses, and nothing else', () => {
    expect(
      withoutSuggestions('Cannot query field "evnts" on type "Query". Did you mean "events" or "event"?'),
    ).toBe('Cannot query field "evnts" on type "Query".');
    expect(
      withoutSuggestions(
        'Value "CONFIRMD" does not exist in "BookingStatus" enum. Did you mean the enum value "CONFIRMED"?',
      ),
    ).toBe('Value "CONFIRMD" does not exist in "BookingStatus" enum.');
    expect(withoutSuggestions('Field "x" is not defined by type "In". Did you mean "a", "b", or "c"?')).toBe(
      'Field "x" is not defined by type "In".',
    );
    expect(withoutSuggestions('Syntax Error: Expected Name, found "}".')).toBe(
      'Syntax Error: Expected Name, found "}".',
    );
  });
});
