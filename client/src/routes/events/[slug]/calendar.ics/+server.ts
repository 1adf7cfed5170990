import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { EVENT_NOT_FOUND, PRIVATE_EVENT_HEADERS } from '$lib/server/events';
import type { RequestHandler } from './$types';

/** The API writes the file, the same one booking confirmations attach (one UID per event). */
const EventCalendarDocument = graphql(`
  query EventCalendar($slug: String!, $accessKey: String) {
    event(slug: $slug, accessKey: $accessKey) {
      slug
      visibility
      calendarFile
    }
  }
`);

/** The event as an iCalendar file, for "Add to calendar". */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const { event } = unwrap(
    await locals.graphql
      .query(
        EventCalendarDocument,
        { slug: params.slug, accessKey: url.searchParams.get('key') || null },
        { requestPolicy: 'network-only' },
      )
      .toPromise(),
  );
  if (!event) error(404, EVENT_NOT_FOUND);
  return new Response(event.calendarFile, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
      ...(event.visibility === 'PRIVATE' ? PRIVATE_EVENT_HEADERS : {}),
    },
  });
};
