import { error } from '@sveltejs/kit';
import { bookingFilterQuery, parseBookingFilters } from '$lib/admin/booking-filters';
import { graphql } from '$lib/gql';
import type { BookingStatus } from '$lib/gql/graphql';
import { csvDownload } from '$lib/server/csv-download';
import type { RequestHandler } from './$types';

const AdminBookingsCsvDocument = graphql(`
  query AdminBookingsCsv($filter: AdminBookingFilterInput) {
    adminBookingsCsv(filter: $filter)
  }
`);

/** The bookings table as a CSV file, with the same filters as the table it is linked from. ADMIN and STAFF. */
export const GET: RequestHandler = (event) => {
  const { values, errors, filter } = parseBookingFilters(event.url.searchParams);
  if (Object.keys(errors).length) error(400, Object.values(errors).join(' '));
  return csvDownload(event, {
    document: AdminBookingsCsvDocument,
    variables: { filter: { ...filter, statuses: filter.statuses as BookingStatus[] | null } },
    pick: (data) => data.adminBookingsCsv,
    fileName: `bookings-${new Date().toISOString().slice(0, 10)}.csv`,
    returnTo: `/admin/bookings${bookingFilterQuery(values)}`,
  });
};
