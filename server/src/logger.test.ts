/**
 * The logger's net for errors that were not reduced at their source: whatever a logged error carries,
 * headers, credentials, tokens and passwords do not reach the line, at any depth.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import { stdSerializers } from 'pino';
import { captureLogs } from '../test/log-capture';
import { serializeLoggedError } from './logger';

const PASSWORD = 'pa55word-Qv7Lm2';
const TOKEN = 'tok3n-Hs81Jd0Wq';

/** A real axios error from a request with credentials, to a loopback port that resets it. */
async function axiosErrorWithCredentials(): Promise<unknown> {
  const server = net.createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await axios.post(`http://127.0.0.1:${port}/v1/oauth2/token`, `client_secret=${PASSWORD}`, {
      auth: { username: 'client', password: PASSWORD },
      headers: { 'X-Api-Token': TOKEN },
      timeout: 2000,
    });
    throw new Error('the request should have failed');
  } catch (error) {
    return error;
  } finally {
    server.close();
  }
}

function expectNoCredentials(text: string) {
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(Buffer.from(`client:${PASSWORD}`).toString('base64'));
  expect(text).not.toContain(TOKEN);
}

describe('logged errors', () => {
  it('keep name, code and message of an HTTP client error, but none of its request', async () => {
    const error = await axiosErrorWithCredentials();
    const log = captureLogs();
    log.logger.warn({ err: error }, 'call failed');
    log.logger.warn({ err: new Error('wrapped', { cause: error }) }, 'call failed');
    expectNoCredentials(log.text());
    const [line] = log.lines.map((text) => JSON.parse(text) as { err: Record<string, unknown> });
    expect(line.err).toMatchObject({ type: 'AxiosError', code: 'ECONNRESET' });
    expect(line.err.message).toMatch(/ECONNRESET/);
  });

  it('drop credentials at any depth, and in text', () => {
    const error = Object.assign(new Error(`login to smtp://ops:${PASSWORD}@mail.example.org failed`), {
      details: { attempt: { request: { headers: { authorization: `Bearer ${TOKEN}` } } } },
      options: { nested: { deeper: { password: PASSWORD, accessToken: TOKEN, note: `Basic ${TOKEN}` } } },
      replies: [`AUTH PLAIN ${Buffer.from(`\0ops\0${PASSWORD}`).toString('base64')}`],
    });
    const log = captureLogs();
    log.logger.error({ err: error, error: { cause: error } }, 'failed');
    expectNoCredentials(log.text());
    expect(log.text()).not.toContain(Buffer.from(`\0ops\0${PASSWORD}`).toString('base64'));
    expect(log.text()).toContain('mail.example.org');
  });

  it('are cleaned after pino-http ran pino-std-serializers on them', async () => {
    const error = await axiosErrorWithCredentials();
    expectNoCredentials(JSON.stringify(serializeLoggedError(stdSerializers.err(error as Error))));
  });

  it('stop at a depth cap on circular or very deep objects', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    const log = captureLogs();
    log.logger.error({ err: Object.assign(new Error('deep'), { loop }) }, 'failed');
    expect(log.lines).toHaveLength(1);
  });
});
