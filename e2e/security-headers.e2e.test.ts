/**
 * Every kind of answer of the site, asked for over plain HTTP: pages carry the Content-Security-Policy
 * (script hashes, no inline scripts, form-action for the PayPal redirect), no framing, nosniff,
 * same-origin referrers and, the site running in production mode here, HSTS; HTML is compressed. The
 * browser tests prove the policy breaks no page (support/security-checks.ts).
 */
import { AdminRole } from '../server/src/modules/accounts/admin-account.entity';
import { EventVisibility } from '../server/src/modules/events/event.entity';
import { loginAs } from '../server/test/auth';
import { book, started } from '../server/test/checkout';
import { createEvent, createTicketType } from '../server/test/factories';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let adminCookie: string;
let bookingToken: string;
let privateKey: string;

beforeAll(async () => {
  stack = await startStack();
  const event = await createEvent(stack.dataSource, { slug: 'harbour-lights', title: 'Harbour Lights' });
  const ticketType = await createTicketType(stack.dataSource, event, { priceMinor: 2500 });
  const hidden = await createEvent(stack.dataSource, {
    slug: 'founders-tasting',
    title: 'Founders’ Tasting',
    visibility: EventVisibility.PRIVATE,
  });
  privateKey = hidden.accessKey!;
  await createTicketType(stack.dataSource, hidden, { priceMinor: 5000 });
  bookingToken = (await book(stack.api, event, ticketType, 1)).token;
  adminCookie = (await loginAs(stack.api, AdminRole.ADMIN)).headers.cookie;
});

afterAll(() => stack?.close());

function expectBaseHeaders(response: Response): void {
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('same-origin');
  expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
}

interface PageCase {
  kind: string;
  path: () => string;
  status: number;
  cookie?: () => string;
  /** The page runs SvelteKit's inline start-up script (all but the csr=false booking page). */
  startsApp: boolean;
}

const pages: PageCase[] = [
  { kind: 'home page', path: () => '/', status: 200, startsApp: true },
  { kind: 'public event page', path: () => '/events/harbour-lights', status: 200, startsApp: true },
  {
    kind: 'private event page',
    path: () => `/events/founders-tasting?key=${encodeURIComponent(privateKey)}`,
    status: 200,
    startsApp: true,
  },
  {
    kind: 'checkout of a private event',
    path: () => `/checkout?event=founders-tasting&key=${encodeURIComponent(privateKey)}`,
    status: 200,
    startsApp: true,
  },
  {
    kind: 'pay page',
    path: () => `/checkout/pay?booking=${encodeURIComponent(bookingToken)}`,
    status: 200,
    startsApp: true,
  },
  {
    kind: 'booking page',
    path: () => `/bookings/${encodeURIComponent(bookingToken)}`,
    status: 200,
    startsApp: false,
  },
  { kind: 'sign-in page', path: () => '/admin/login', status: 200, startsApp: true },
  { kind: 'admin dashboard', path: () => '/admin', status: 200, cookie: () => adminCookie, startsApp: true },
  { kind: 'not-found page', path: () => '/events/no-such-event', status: 404, startsApp: true },
];

test.each(pages)('the $kind carries the policy and every security header, compressed', async (page) => {
  const response = await fetch(`${stack.siteUrl}${page.path()}`, {
    headers: { 'accept-encoding': 'br', ...(page.cookie && { cookie: page.cookie() }) },
    redirect: 'manual',
  });
  expect(response.status).toBe(page.status);
  expectBaseHeaders(response);
  const policy = response.headers.get('content-security-policy') ?? '';
  // Inline scripts run only by their hash: SvelteKit's start-up script, nothing injected.
  const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1];
  expect(scriptSrc).toMatch(page.startsApp ? /^'self' 'sha256-[\w+/=]+'$/ : /^'self'$/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("img-src 'self' data: https:");
  expect(policy).toContain("connect-src 'self'");
  // The pay form's POST is answered by a redirect to PayPal, here the simulator on loopback.
  expect(policy).toContain(
    "form-action 'self' https://www.paypal.com https://www.sandbox.paypal.com http://127.0.0.1:*",
  );
  expect(response.headers.get('content-encoding')).toBe('br');
  expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
  // fetch decodes brotli itself: the body must be the page.
  expect(await response.text()).toMatch(/^<!doctype html>/);
});

test('HTML is gzipped for clients without brotli and sent plain to those that accept neither', async () => {
  const gzip = await fetch(`${stack.siteUrl}/`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gzip.headers.get('content-encoding')).toBe('gzip');
  const plain = await fetch(`${stack.siteUrl}/`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers.has('content-encoding')).toBe(false);
  expect(await plain.text()).toMatch(/^<!doctype html>/);
});

test('downloads, the GraphQL proxy and health checks get nosniff, no framing and a deny-all policy', async () => {
  for (const [path, init] of [
    ['/events/harbour-lights/calendar.ics', {}],
    ['/admin/bookings.csv', { headers: { cookie: adminCookie } }],
    ['/healthz', {}],
    [
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      },
    ],
  ] as const) {
    const response = await fetch(`${stack.siteUrl}${path}`, init);
    expect(`${path} ${response.status}`).toBe(`${path} 200`);
    expectBaseHeaders(response);
    expect(response.headers.get('content-security-policy')).toMatch(
      /^default-src 'none'; frame-ancestors 'none'/,
    );
    expect(response.headers.has('content-encoding')).toBe(false);
  }
});

test("the PayPal simulator's approval page carries the security headers and may lead back to the shop", async () => {
  const { approvalUrl } = await started(stack.api, bookingToken);
  const response = await fetch(approvalUrl);
  expect(response.status).toBe(200);
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('same-origin');
  const policy = response.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain(`form-action 'self' ${stack.siteUrl}`);
});
