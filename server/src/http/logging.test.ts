import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from '../logger';
import { startTestServer, type TestServer } from '../../test/test-server';

describe('request logs', () => {
  const lines: Record<string, unknown>[] = [];
  let server: TestServer;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const logger = pino({ level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    server = await startTestServer({ logger });
  });

  afterAll(() => server.close());

  it('are JSON lines with the request id, and never carry credentials', async () => {
    const response = await server.graphql(
      '{ events { nodes { slug } } }',
      {},
      {
        authorization: 'Bearer secret-token-123',
        cookie: 'evt_session=secret-session-456',
        'x-request-id': 'trace-abcdef-123',
      },
    );
    // An API token this server never issued: refused, and logged without it.
    expect(response.status).toBe(401);

    const requestLine = lines.find(
      (line) => (line.req as { id?: string } | undefined)?.id === 'trace-abcdef-123',
    );
    expect(requestLine).toMatchObject({
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 401 },
      msg: 'request completed',
    });
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain('secret-token-123');
    expect(everything).not.toContain('secret-session-456');
  });
});
