import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { createEvent, createTicketType } from '../../test/factories';
import { onlyError, startTestServer, type TestServer } from '../../test/test-server';
import { SELECTION_LIMITS, selectionLimitProblem } from './limits';

/** Every document the site sends, as codegen recorded them (client/src/lib/gql/gql.ts). */
function siteDocuments(): string[] {
  const generated = fs.readFileSync(path.resolve(__dirname, '../../../client/src/lib/gql/gql.ts'), 'utf8');
  const map = generated.slice(generated.indexOf('type Documents = {'));
  const documents = [...map.matchAll(/^\s*("(?:[^"\\]|\\.)*"): typeof types\./gm)].map(
    (match) => JSON.parse(match[1]) as string,
  );
  if (documents.length === 0) throw new Error('no documents found in gql.ts');
  return documents;
}

describe('query limits', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      env: {
        GRAPHQL_MAX_DEPTH: '5',
        GRAPHQL_MAX_ALIASES: '5',
        GRAPHQL_MAX_COST: '500',
        GRAPHQL_MAX_TOKENS: '1000',
      },
    });
    const event = await createEvent(server.dataSource, { slug: 'limits' });
    await createTicketType(server.dataSource, event);
  });

  afterAll(() => server.close());

  it('answers a query within every limit', async () => {
    const response = await server.graphql('{ events(first: 5) { nodes { slug ticketTypes { name } } } }');
    expect(response.errors).toBeUndefined();
  });

  it('rejects a query nested deeper than the limit, before running it', async () => {
    const response = await server.graphql(
      '{ events { edges { node { ticketTypes { price { amountMinor } } } } } }',
    );
    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/depth limit of 5 exceeded/i);
  });

  it('rejects an alias bomb', async () => {
    const aliases = Array.from({ length: 50 }, (_, index) => `a${index}: event(slug: "limits") { slug }`);
    const response = await server.graphql(`{ ${aliases.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(onlyError(response).message).toMatch(/aliases limit of 5 exceeded/i);
  });

  it('rejects a query whose estimated cost is too high, naming cost and limit', async () => {
    const response = await server.graphql(
      '{ events(first: 100) { nodes { slug title ticketTypes { name remaining price { amountMinor currency } } } } }',
    );
    const error = onlyError(response);
    expect(response.status).toBe(400);
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.extensions?.maxCost).toBe(500);
    expect(error.extensions?.cost as number).toBeGreaterThan(500);
  });

  it('estimates a repeated document again when a variable sizes a list, and refuses bad variables each time', async () => {
    const query =
      'query Sized($first: Int) { events(first: $first) { nodes { slug title ticketTypes { name } } } }';
    const small = await server.graphql(query, { first: 5 });
    expect(small.errors).toBeUndefined();
    const large = await server.graphql(query, { first: 100 });
    expect(onlyError(large).extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await server.graphql(query, { first: 5 })).errors).toBeUndefined();

    // A document whose cost no variable changes is estimated once; its variables are still checked.
    const fixed = 'query Fixed($slug: String!) { event(slug: $slug) { slug } }';
    expect((await server.graphql(fixed, { slug: 'limits' })).errors).toBeUndefined();
    for (let attempt = 0; attempt < 2; attempt++) {
      const wrong = await server.graphql(fixed, { slug: 5 });
      expect(wrong.status).toBe(400);
      expect(onlyError(wrong).extensions?.code).toBe('BAD_USER_INPUT');
      expect(onlyError(wrong).message).toMatch(/\$slug/);
    }
  });

  it('rejects a document with too many tokens before parsing it all', async () => {
    const fields = Array.from({ length: 1500 }, () => '__typename').join(' ');
    const response = await server.graphql(`{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(onlyError(response).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a field repeated more often than allowed, before the standard validation', async () => {
    const repeated = Array.from({ length: SELECTION_LIMITS.sameResponseKey + 1 }, () => 'slug').join(' ');
    const response = await server.graphql(`{ events(first: 1) { nodes { ${repeated} } } }`);
    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/"slug" is selected more than 10 times/);
  });

  it('counts fields inside inline fragments with the selection set around them', async () => {
    const fragments = Array.from(
      { length: SELECTION_LIMITS.sameResponseKey + 1 },
      () => '... on Query { a: __typename }',
    );
    const response = await server.graphql(`{ ${fragments.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(onlyError(response).message).toMatch(/"a" is selected more than/);
  });

  it('still answers a field repeated up to the limit', async () => {
    const repeated = Array.from({ length: SELECTION_LIMITS.sameResponseKey }, () => 'slug').join(' ');
    const response = await server.graphql(`{ events(first: 1) { nodes { ${repeated} } } }`);
    expect(response.errors).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a simple cross-site GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('refuses a body over 100 kB', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('answers malformed JSON with 400, not a server error', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });
});

describe('introspection and the landing page', () => {
  it('can be switched off by configuration', async () => {
    const server = await startTestServer({ env: { GRAPHQL_INTROSPECTION: 'false' } });
    try {
      const response = await server.graphql('{ __schema { queryType { name } } }');
      expect(onlyError(response).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await server.close();
    }
  });

  it('serves Apollo Sandbox to browsers outside production', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('embeddable-sandbox');
    } finally {
      await server.close();
    }
  });
});

describe('repeated fields at the default token limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('refuses a near-5000-token document repeating one field, with a coded error', async () => {
    // The costliest shape for the standard rules (about 300 ms of validation unguarded, see the bench).
    const query = `{ ${Array.from({ length: 555 }, () => 'event(slug: "a") { slug }').join(' ')} }`;
    const response = await server.graphql(query);
    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/"event" is selected more than 10 times/);
  });

  it('refuses more fragments spread side by side than allowed', async () => {
    const count = SELECTION_LIMITS.fragmentSpreads + 1;
    const names = Array.from({ length: count }, (_, index) => `F${index}`);
    const query = `{ ${names.map((name) => `...${name}`).join(' ')} } ${names
      .map((name) => `fragment ${name} on Query { __typename }`)
      .join(' ')}`;
    const response = await server.graphql(query);
    expect(response.status).toBe(400);
    expect(onlyError(response).message).toMatch(/spreads 31 fragments; the limit is 30/);
  });

  it("passes every document of the site's codegen'd client", () => {
    for (const document of siteDocuments()) expect(selectionLimitProblem(parse(document))).toBeNull();
  });
});
