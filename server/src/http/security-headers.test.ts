import { book, paidEvent, started } from '../../test/checkout';
import { startTestServer, type TestServer } from '../../test/test-server';
import { HSTS, NON_PAGE_POLICY, pageSecurityHeaders, SANDBOX_PAGE_POLICY } from './security-headers';

/** The headers every HTML page of the API (and the site) carries besides its policy. */
function expectPageHeaders(response: Response): void {
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('same-origin');
}

describe('security headers of the API', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(() => server.close());

  it('lets nothing run in, frame or sniff its JSON answers', async () => {
    for (const response of [
      await fetch(`${server.url}/healthz`),
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await fetch(`${server.url}/no-such-route`),
    ]) {
      expectPageHeaders(response);
      expect(response.headers.get('content-security-policy')).toBe(NON_PAGE_POLICY);
      expect(response.headers.has('strict-transport-security')).toBe(false);
    }
  });

  it('leaves the Sandbox page its own <meta> policy and forbids framing it', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectPageHeaders(response);
    expect(response.headers.get('content-security-policy')).toBe(SANDBOX_PAGE_POLICY);
    expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
  });

  it("gives the PayPal simulator's approval page a policy that lets its forms lead back to the shop", async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token } = await book(server, event, ticketType, 1);
    const { approvalUrl } = await started(server, token);
    const response = await fetch(approvalUrl);
    expect(response.status).toBe(200);
    expectPageHeaders(response);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'none'; style-src 'sha256-[\w+/=]+';/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain(`form-action 'self' ${new URL(server.config.site.publicUrl).origin}`);
  });

  it('asks for HTTPS in production only', () => {
    expect(pageSecurityHeaders(true)['strict-transport-security']).toBe(HSTS);
    expect(pageSecurityHeaders(false)).not.toHaveProperty('strict-transport-security');
  });
});
