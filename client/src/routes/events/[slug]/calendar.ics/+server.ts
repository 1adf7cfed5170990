import { loadShopperEvent, PRIVATE_EVENT_HEADERS } from '$lib/server/events';
import { eventCalendarFile } from './calendar-file';
import type { RequestHandler } from './$types';

/** The event as an iCalendar file, for "Add to calendar". */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const event = await loadShopperEvent(locals.graphql, params.slug, url.searchParams.get('key'));
  const isPrivate = event.visibility === 'PRIVATE';
  const body = eventCalendarFile(event, {
    // A private event's secret link stays out of calendars, which are often shared or synced.
    pageUrl: isPrivate ? null : new URL(`/events/${event.slug}`, url).href,
    host: url.hostname,
    now: new Date(),
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
      ...(isPrivate ? PRIVATE_EVENT_HEADERS : {}),
    },
  });
};
