import { loadShopperEvent, PRIVATE_EVENT_HEADERS } from '$lib/server/events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const accessKey = url.searchParams.get('key');
  const event = await loadShopperEvent(locals.graphql, params.slug, accessKey);
  const isPrivate = event.visibility === 'PRIVATE';
  if (isPrivate) setHeaders(PRIVATE_EVENT_HEADERS);
  // The key goes back into the page only for the event it opens (the calendar and checkout links).
  return { event, accessKey: isPrivate ? accessKey : null };
};
