/**
 * Bench only (`npm run bench`, "storefront vs framework limit"): the event page rendered by this same
 * server from data held in memory, so the bench can tell what our data fetching costs against what
 * SvelteKit's render alone allows. Refused (404) unless the site runs with BENCH_FRAMEWORK_LIMIT=1 and
 * not in production (NODE_ENV=production, as the site's image runs).
 */
import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { EVENT_NOT_FOUND, loadShopperEvent, type ShopperEvent } from '$lib/server/events';
import type { PageServerLoad } from './$types';

/** The event as first read from the API, by slug: every later render uses it as it is. */
const inMemory = new Map<string, ShopperEvent>();

export const load: PageServerLoad = async ({ locals, params }) => {
  if (env.BENCH_FRAMEWORK_LIMIT !== '1' || env.NODE_ENV === 'production') error(404, EVENT_NOT_FOUND);
  let event = inMemory.get(params.slug);
  if (!event) {
    event = await loadShopperEvent(locals.graphql, params.slug, null);
    inMemory.set(params.slug, event);
  }
  return { event, accessKey: null, voucher: null, voucherCode: null, voucherProblem: null };
};
