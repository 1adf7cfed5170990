import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiFetch, postToApi } from './api-fetch';

/** A stand-in API: echoes what it got, and names the connection it came on. */
let server: http.Server;
let base: string;
const connections = new Map<object, number>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!connections.has(req.socket)) connections.set(req.socket, connections.size + 1);
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/hang') return;
      const status = req.url === '/refused' ? 400 : 200;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-answer': 'yes' });
      res.end(
        JSON.stringify({
          method: req.method,
          body,
          contentType: req.headers['content-type'],
          chunked: req.headers['transfer-encoding'] ?? null,
          connection: connections.get(req.socket),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('apiFetch (the server GraphQL client to the API)', () => {
  it('sends the body with its length and answers a standard Response with status and headers', async () => {
    const response = await apiFetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }","é":1}',
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-answer')).toBe('yes');
    expect(await response.json()).toMatchObject({
      method: 'POST',
      body: '{"query":"{ __typename }","é":1}',
      contentType: 'application/json',
      chunked: null,
    });
  });

  it('reuses one kept-alive connection for calls one after another', async () => {
    const first = (await (await apiFetch(`${base}/a`)).json()) as { connection: number };
    const second = (await (await apiFetch(`${base}/b`)).json()) as { connection: number };
    expect(second.connection).toBe(first.connection);
  });

  it('passes an error status through like fetch', async () => {
    const response = await apiFetch(`${base}/refused`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(400);
    expect(response.ok).toBe(false);
  });

  it('rejects like fetch when the API cannot be reached, and with the reason when aborted', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(apiFetch(`http://127.0.0.1:${port}/graphql`)).rejects.toThrow('fetch failed');

    const controller = new AbortController();
    const pending = apiFetch(`${base}/hang`, { signal: controller.signal });
    controller.abort(new Error('gone'));
    await expect(pending).rejects.toThrow('gone');
  });

  it('postToApi answers the status and the text, on the same kept-alive connection', async () => {
    const first = await postToApi(`${base}/graphql`, { 'content-type': 'application/json' }, '{"a":"ü"}');
    expect(first.status).toBe(200);
    const echoed = JSON.parse(first.text) as { body: string; chunked: string | null; connection: number };
    expect(echoed).toMatchObject({ body: '{"a":"ü"}', chunked: null });
    const refused = await postToApi(`${base}/refused`, {}, '{}');
    expect(refused.status).toBe(400);
    expect((JSON.parse(refused.text) as { connection: number }).connection).toBe(echoed.connection);
  });
});
