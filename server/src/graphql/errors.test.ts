import { testServerUrl, withAdminClient } from '../../test/test-database';
import { onlyError, startTestServer, type TestServer } from '../../test/test-server';

describe('unexpected errors', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://tickets.example.org',
        // Never contacted: the test sends no mail.
        SMTP_URL: 'smtp://127.0.0.1:9',
      },
    });
  });

  afterEach(() => server.close());

  it('reach the client masked, without internals or a stack trace, and with the request id in a header', async () => {
    // The database going away mid-request is an error nobody planned for.
    const name = server.database.name;
    await withAdminClient(testServerUrl(), async (client) => {
      await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    });
    try {
      const response = await server.graphql('{ events { nodes { slug } } }');
      const error = onlyError(response);
      expect(error).toEqual({
        message: 'Internal server error',
        locations: expect.any(Array),
        path: ['events'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(response)).not.toMatch(/postgres|connection|stack/i);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await withAdminClient(testServerUrl(), (client) =>
        client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`),
      );
    }
  });

  it('leave the validation errors of clients intact, field names included', async () => {
    const error = onlyError(await server.graphql('{ events(first: 500) { nodes { slug } } }'));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([{ field: 'first', message: expect.any(String) }]);
  });
});
