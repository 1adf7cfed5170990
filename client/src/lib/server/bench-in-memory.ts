/**
 * Bench only (`npm run bench`, "storefront vs framework limit"): the event page rendered by this same
 * server from data held in memory, so the bench can tell what our data fetching costs against what
 * SvelteKit's render alone allows. On only when the site runs with BENCH_FRAMEWORK_LIMIT=1, outside
 * production (the site's image sets NODE_ENV=production), and the page is asked with `?bench-in-memory`.
 * Server code only: a route of its own would have split the event page's client chunk in two.
 */
import { env } from '$env/dynamic/private';
import type { ShopperEvent } from '$lib/server/events';

/** The event as first read from the API, by slug and key: every later render uses it as it is. */
const remembered = new Map<string, ShopperEvent>();

export function benchInMemory(url: URL): boolean {
  return (
    url.searchParams.has('bench-in-memory') &&
    env.BENCH_FRAMEWORK_LIMIT === '1' &&
    env.NODE_ENV !== 'production'
  );
}

export async function inMemoryEvent(key: string, read: () => Promise<ShopperEvent>): Promise<ShopperEvent> {
  let event = remembered.get(key);
  if (!event) {
    event = await read();
    remembered.set(key, event);
  }
  return event;
}
