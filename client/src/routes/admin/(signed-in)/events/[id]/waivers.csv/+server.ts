import { graphql } from '$lib/gql';
import { csvFileName } from '$lib/server/attachment';
import { csvDownload } from '$lib/server/csv-download';
import type { RequestHandler } from './$types';

const WaiverSignaturesCsvDocument = graphql(`
  query AdminWaiverSignaturesCsv($eventId: ID!) {
    waiverSignaturesCsv(eventId: $eventId)
    adminEvent(id: $eventId) {
      slug
    }
  }
`);

/** The event's signed waivers (who, when, which version, how) as a CSV file. ADMIN and STAFF. */
export const GET: RequestHandler = (event) =>
  csvDownload(event, {
    document: WaiverSignaturesCsvDocument,
    variables: { eventId: event.params.id },
    pick: (data) => data.waiverSignaturesCsv,
    fileName: (data) => csvFileName('waivers', data.adminEvent?.slug ?? event.params.id, new Date()),
    returnTo: `/admin/events/${event.params.id}/attendees`,
  });
