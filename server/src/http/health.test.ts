import { withAdminClient, testServerUrl } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';

describe('health endpoints', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(() => server.close());

  it('answers /healthz while the process is alive', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 when the database is reachable', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('reports 503 on /readyz while the database is unreachable, and recovers by itself', async () => {
    const name = server.database.name;
    const setConnectable = (allowed: boolean) =>
      withAdminClient(testServerUrl(), async (client) => {
        await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS ${allowed}`);
        if (!allowed) {
          await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
            name,
          ]);
        }
      });

    await setConnectable(false);
    try {
      const down = await fetch(`${server.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'not ready', database: 'unreachable' });
    } finally {
      await setConnectable(true);
    }
    const up = await fetch(`${server.url}/readyz`);
    expect(up.status).toBe(200);
  });

  it('sends a request id back, reusing a well-formed one from the caller', async () => {
    const generated = await fetch(`${server.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const reused = await fetch(`${server.url}/healthz`, {
      headers: { 'x-request-id': 'edge-request-12345' },
    });
    expect(reused.headers.get('x-request-id')).toBe('edge-request-12345');
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await fetch(`${server.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Not found' });
  });
});
