import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { clientAddress, requestUserAgent, trustProxySetting } from './client-address';

/** An app with the API's proxy settings whose only route answers with the address it sees. */
async function addressSeen(
  settings: { trustProxy: string; clientIpHeader?: string },
  headers: Record<string, string>,
  path = '/',
): Promise<string> {
  const app = express();
  app.set('trust proxy', trustProxySetting(settings.trustProxy));
  app.use(clientAddress(settings.clientIpHeader));
  app.get('/', (req, res) => {
    res.send(req.ip);
  });
  app.get('/user-agent', (req, res) => {
    res.send(requestUserAgent(req) ?? '(none)');
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    return await response.text();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('the client address', () => {
  it('comes from the configured header when a trusted proxy sends it', async () => {
    const seen = await addressSeen(
      { trustProxy: 'loopback', clientIpHeader: 'cf-connecting-ip' },
      { 'CF-Connecting-IP': '203.0.113.7', 'X-Forwarded-For': '198.51.100.1' },
    );
    expect(seen).toBe('203.0.113.7');
  });

  it('ignores the header and X-Forwarded-For from a connection that is not a trusted proxy', async () => {
    const seen = await addressSeen(
      { trustProxy: '10.0.0.0/8', clientIpHeader: 'cf-connecting-ip' },
      { 'CF-Connecting-IP': '203.0.113.7', 'X-Forwarded-For': '198.51.100.1' },
    );
    expect(seen).toBe('127.0.0.1');
  });

  it('falls back to X-Forwarded-For from a trusted proxy when the header is not an address', async () => {
    const seen = await addressSeen(
      { trustProxy: 'loopback', clientIpHeader: 'cf-connecting-ip' },
      { 'CF-Connecting-IP': 'not-an-address', 'X-Forwarded-For': '198.51.100.1' },
    );
    expect(seen).toBe('198.51.100.1');
  });

  it('takes X-Forwarded-For from the trusted site when no header is configured', async () => {
    const seen = await addressSeen(
      { trustProxy: 'loopback' },
      { 'CF-Connecting-IP': '203.0.113.7', 'X-Forwarded-For': '198.51.100.1' },
    );
    expect(seen).toBe('198.51.100.1');
  });

  it('reads a whole-number TRUST_PROXY as a hop count', async () => {
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('loopback, 172.30.0.0/24')).toBe('loopback, 172.30.0.0/24');
    const seen = await addressSeen({ trustProxy: '1' }, { 'X-Forwarded-For': '192.0.2.9, 198.51.100.1' });
    expect(seen).toBe('198.51.100.1');
  });
});

describe('the user agent', () => {
  const sitesCall = { 'User-Agent': 'node', 'X-Forwarded-User-Agent': 'Mozilla/5.0 (iPhone) Buyer' };

  it('is the browser’s the site forwards, when the site is a trusted proxy', async () => {
    expect(await addressSeen({ trustProxy: 'loopback' }, sitesCall, '/user-agent')).toBe(
      'Mozilla/5.0 (iPhone) Buyer',
    );
  });

  it('is the caller’s own when the caller is not a trusted proxy', async () => {
    expect(await addressSeen({ trustProxy: '10.0.0.0/8' }, sitesCall, '/user-agent')).toBe('node');
  });

  it('is the caller’s own when nothing is forwarded', async () => {
    expect(await addressSeen({ trustProxy: 'loopback' }, { 'User-Agent': 'curl/8' }, '/user-agent')).toBe(
      'curl/8',
    );
  });
});
