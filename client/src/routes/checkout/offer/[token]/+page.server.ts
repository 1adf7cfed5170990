/**
 * The link in a waiting-list offer e-mail: an open offer continues to the checkout with the seats held
 * for it (`/checkout?...&offer=<token>`: the offered ticket type and quantity chosen, the token sent
 * with createBooking); an expired or used one, or one whose event was cancelled, says so, with a link
 * to the event.
 */
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadWaitingListOffer } from '$lib/server/waiting-list-offer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  setHeaders({ 'x-robots-tag': 'noindex, nofollow', 'cache-control': 'private, no-store' });
  const offer = await loadWaitingListOffer(locals.graphql, params.token);
  if (offer?.open) {
    const query = new URLSearchParams({ event: offer.eventSlug });
    if (offer.eventAccessKey) query.set('key', offer.eventAccessKey);
    query.set(`quantity.${offer.ticketTypeId}`, String(offer.quantity));
    query.set('offer', params.token);
    redirect(303, `${resolve('/checkout')}?${query}`);
  }
  return {
    offer: offer && {
      status: offer.status,
      eventCancelled: offer.eventCancelled,
      eventTitle: offer.eventTitle,
      eventHref: `${resolve('/events/[slug]', { slug: offer.eventSlug })}${
        offer.eventAccessKey ? `?key=${encodeURIComponent(offer.eventAccessKey)}` : ''
      }`,
    },
  };
};
