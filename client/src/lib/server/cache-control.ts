/**
 * Cache-Control for every response of the site, so Cloudflare (and browsers) may cache what is public
 * and never store what is personal:
 * - `/_app/immutable/*` (hashed build assets): cached for a year, immutable.
 * - public catalog pages (`/`, `/events`, `/events/<slug>` and their `__data.json`), answered 200 to a
 *   GET without a session: shared caching for a minute, then served stale while revalidating.
 * - `/graphql`, `/admin/*`, `/webhooks/*`, requests with the session cookie, responses that set a cookie, private
 *   event links (`?key=`), other methods and every other page: `private, no-store`.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const PUBLIC_PAGE = 'public, max-age=30, s-maxage=60, stale-while-revalidate=300';
export const NO_STORE = 'private, no-store';

/** Pages anyone sees alike; the storefront adds its public listing pages here. */
export const PUBLIC_CATALOG_PATHS: RegExp[] = [/^\/$/, /^\/events\/?$/, /^\/events\/[^/]+\/?$/];

export interface CachePolicyInput {
  method: string;
  url: URL;
  /** The request carries the session cookie. */
  hasSession: boolean;
  status: number;
  /** The response sets a cookie. */
  setsCookie: boolean;
}

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The page a SvelteKit client-side navigation loads data for (`/events/x/__data.json` -> `/events/x`). */
function pagePath(pathname: string): string {
  return pathname.endsWith('/__data.json') ? pathname.slice(0, -'/__data.json'.length) || '/' : pathname;
}

export function cacheControlFor(input: CachePolicyInput): string {
  const { pathname, searchParams } = input.url;
  if (pathname.startsWith('/_app/immutable/') && input.status === 200) return IMMUTABLE;
  if (['/graphql', '/admin', '/webhooks'].some((prefix) => isUnder(pathname, prefix))) return NO_STORE;
  if (input.hasSession || input.setsCookie) return NO_STORE;
  if (input.method !== 'GET' && input.method !== 'HEAD') return NO_STORE;
  // A private event's key, or a code a shopper applied: that page is theirs alone.
  if (searchParams.has('key') || searchParams.has('voucher')) return NO_STORE;
  const page = pagePath(pathname);
  if (input.status === 200 && PUBLIC_CATALOG_PATHS.some((pattern) => pattern.test(page))) return PUBLIC_PAGE;
  return NO_STORE;
}

/** Whether a Cookie header holds a cookie called `name`. */
export function hasCookie(cookieHeader: string | null, name: string): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(';').some((pair) => pair.split('=')[0].trim() === name);
}
