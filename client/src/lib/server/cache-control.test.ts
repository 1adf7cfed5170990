import { describe, expect, it } from '@jest/globals';
import { cacheControlFor, hasCookie, IMMUTABLE, NO_STORE, PUBLIC_PAGE } from './cache-control';

const policy = (path: string, overrides: Partial<Parameters<typeof cacheControlFor>[0]> = {}) =>
  cacheControlFor({
    method: 'GET',
    url: new URL(path, 'https://tickets.example.org'),
    hasSession: false,
    status: 200,
    setsCookie: false,
    ...overrides,
  });

describe('cache control', () => {
  it('lets hashed build assets be cached for a year', () => {
    expect(policy('/_app/immutable/chunks/app.3f2a.js')).toBe(IMMUTABLE);
  });

  it('lets public catalog pages and their navigation data be cached briefly by everyone', () => {
    for (const path of [
      '/',
      '/events',
      '/events/berlin-jazz-night',
      '/events/berlin-jazz-night/__data.json',
    ]) {
      expect(policy(path)).toBe(PUBLIC_PAGE);
    }
    expect(PUBLIC_PAGE).toMatch(/stale-while-revalidate=\d+/);
    expect(policy('/events', { method: 'HEAD' })).toBe(PUBLIC_PAGE);
  });

  it('never stores GraphQL, whatever the method', () => {
    expect(policy('/graphql', { method: 'POST' })).toBe(NO_STORE);
    expect(policy('/graphql?query=%7Bevents%7D')).toBe(NO_STORE);
    expect(policy('/webhooks/paypal')).toBe(NO_STORE);
  });

  it('never stores the admin area', () => {
    expect(policy('/admin')).toBe(NO_STORE);
    expect(policy('/admin/events/42')).toBe(NO_STORE);
    expect(policy('/admin/__data.json')).toBe(NO_STORE);
  });

  it('never stores a public page for a visitor with a session, or a response that sets a cookie', () => {
    expect(policy('/', { hasSession: true })).toBe(NO_STORE);
    expect(policy('/events', { setsCookie: true })).toBe(NO_STORE);
  });

  it('never stores private event links, error pages, form posts or other pages', () => {
    expect(policy('/events/founders-private-tasting?key=abc')).toBe(NO_STORE);
    // A code applied on an event page is the shopper's own: never kept by a shared cache.
    expect(policy('/events/spring-gala?voucher=SPRING20')).toBe(NO_STORE);
    expect(policy('/events/missing', { status: 404 })).toBe(NO_STORE);
    expect(policy('/events/berlin-jazz-night', { method: 'POST' })).toBe(NO_STORE);
    expect(policy('/bookings/4f1c9e')).toBe(NO_STORE);
    expect(policy('/_app/immutable/missing.js', { status: 404 })).toBe(NO_STORE);
  });

  it('finds the session cookie by its exact name', () => {
    expect(hasCookie('theme=dark; evt_session=abc', 'evt_session')).toBe(true);
    expect(hasCookie('not_evt_session=abc', 'evt_session')).toBe(false);
    expect(hasCookie(null, 'evt_session')).toBe(false);
  });
});
