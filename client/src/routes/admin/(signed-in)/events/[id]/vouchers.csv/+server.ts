import { graphql } from '$lib/gql';
import { csvFileName } from '$lib/server/attachment';
import { csvDownload } from '$lib/server/csv-download';
import type { RequestHandler } from './$types';

const VouchersCsvDocument = graphql(`
  query AdminVouchersCsv($eventId: ID!) {
    adminVouchersCsv(eventId: $eventId)
    adminEvent(id: $eventId) {
      slug
    }
  }
`);

/** The event's codes as a CSV file (the layout importVouchers reads). ADMIN only. */
export const GET: RequestHandler = (event) =>
  csvDownload(event, {
    document: VouchersCsvDocument,
    variables: { eventId: event.params.id },
    pick: (data) => data.adminVouchersCsv,
    fileName: (data) => csvFileName('codes', data.adminEvent?.slug ?? event.params.id, new Date()),
    returnTo: `/admin/events/${event.params.id}/vouchers`,
  });
