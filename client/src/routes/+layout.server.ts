import { loadShopInfo } from '$lib/server/shop-info';
import type { LayoutServerLoad } from './$types';

/**
 * Whether payments run in test mode, for the notice on every page. It reads nothing of the request,
 * so SvelteKit runs it once per full page load, not on every client-side navigation.
 */
export const load: LayoutServerLoad = async ({ locals }) => {
  const { paymentTestMode } = await loadShopInfo(locals.graphql);
  return { paymentTestMode };
};
