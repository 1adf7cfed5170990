import http from 'node:http';
import { startTestServer, type TestServer } from '../../test/test-server';

/** Sends a GraphQL POST whose body arrives in two parts, so the request is in flight in between. */
function slowRequest(url: string): {
  sendRest: () => void;
  response: Promise<{ status: number; body: string }>;
} {
  const body = JSON.stringify({ query: '{ events(first: 1) { nodes { slug } } }' });
  const request = http.request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
  });
  request.write(body.slice(0, 10));
  return { sendRest: () => request.end(body.slice(10)), response };
}

describe('graceful shutdown', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ env: { SHUTDOWN_TIMEOUT_MS: '5000' } });
  });

  // close() after the test's own app.stop(): it also stops the PayPal simulator, whose listening
  // server otherwise kept the jest worker from exiting.
  afterEach(() => server.close());

  it('lets a request in flight finish, refuses new connections, and reports not ready meanwhile', async () => {
    const inFlight = slowRequest(server.url);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const stopping = server.app.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    inFlight.sendRest();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { events: { nodes: [] } } });
    await stopping;
  });
});
