import { graphql } from '$lib/gql';
import { csvFileName } from '$lib/server/attachment';
import { csvDownload } from '$lib/server/csv-download';
import type { RequestHandler } from './$types';

const AttendeesCsvDocument = graphql(`
  query AdminEventAttendeesCsv($eventId: ID!) {
    eventAttendeesCsv(eventId: $eventId)
    adminEvent(id: $eventId) {
      slug
    }
  }
`);

/** The event's attendees with check-in and waiver status, as a CSV file. ADMIN and STAFF. */
export const GET: RequestHandler = (event) =>
  csvDownload(event, {
    document: AttendeesCsvDocument,
    variables: { eventId: event.params.id },
    pick: (data) => data.eventAttendeesCsv,
    fileName: (data) => csvFileName('attendees', data.adminEvent?.slug ?? event.params.id, new Date()),
    returnTo: `/admin/events/${event.params.id}/attendees`,
  });
