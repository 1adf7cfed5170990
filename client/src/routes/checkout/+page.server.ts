/**
 * TEMPORARY: the checkout is not built yet (it waits for the bookings and PayPal API). This route
 * takes the event page's choice, checks it against the API's current limits and shows it back on a
 * "checkout opens soon" page. It reserves nothing and charges nothing.
 */
import { fail } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadShopperEvent } from '$lib/server/events';
import type { Actions, PageServerLoad } from './$types';

export interface ChosenTickets {
  eventTitle: string;
  eventHref: string;
  lines: { name: string; quantity: number }[];
}

export const load: PageServerLoad = async () => ({});

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const form = await request.formData();
    const slug = String(form.get('event') ?? '');
    const accessKey = form.get('key') ? String(form.get('key')) : null;
    if (!slug) return fail(400, { problem: 'No event was chosen.', chosen: null });

    const event = await loadShopperEvent(locals.graphql, slug, accessKey);
    const eventPath = resolve('/events/[slug]', { slug: event.slug });
    const eventHref = `${eventPath}${accessKey ? `?key=${encodeURIComponent(accessKey)}` : ''}`;
    const lines: ChosenTickets['lines'] = [];
    for (const ticket of event.ticketTypes) {
      const quantity = Number(form.get(`quantity.${ticket.id}`) ?? 0);
      if (!Number.isInteger(quantity) || quantity === 0) continue;
      if (quantity < ticket.minPerOrder || quantity > ticket.maxPurchasable) {
        return fail(400, {
          problem: `${ticket.name}: ${ticket.maxPurchasable === 0 ? 'no longer available' : `choose between ${ticket.minPerOrder} and ${ticket.maxPurchasable}`}.`,
          chosen: { eventTitle: event.title, eventHref, lines: [] },
        });
      }
      lines.push({ name: ticket.name, quantity });
    }
    if (lines.length === 0) {
      return fail(400, {
        problem: 'No tickets were chosen.',
        chosen: { eventTitle: event.title, eventHref, lines: [] },
      });
    }
    return { problem: null, chosen: { eventTitle: event.title, eventHref, lines } satisfies ChosenTickets };
  },
};
