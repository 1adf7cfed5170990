import { error, redirect } from '@sveltejs/kit';
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

/** The bookings table as a CSV file, with the same filters as the table it is linked from. */
export const GET: RequestHandler = async ({ locals, url }) => {
  const { values, errors, filter } = parseBookingFilters(url.searchParams);
  if (Object.keys(errors).length) error(400, Object.values(errors).join(' '));
  const result = await locals.graphql
    .query(
      AdminBookingsCsvDocument,
      { filter: { ...filter, statuses: filter.statuses as BookingStatus[] | null } },
      { requestPolicy: 'network-only' },
    )
    .toPromise();
  const code = result.error?.graphQLErrors[0]?.extensions?.code;
  // Endpoints do not get the signed-in layout's redirect: do the same here.
  if (code === 'UNAUTHENTICATED') {
    redirect(303, `/admin/login?next=${encodeURIComponent(`/admin/bookings${bookingFilterQuery(values)}`)}`);
  }
  if (code === 'FORBIDDEN') error(403, 'Your account may not export bookings.');
  // E.g. more bookings than one file may hold: say so rather than fail.
  if (code === 'BAD_USER_INPUT') error(400, result.error!.graphQLErrors[0].message);
  if (result.error || !result.data) throw result.error ?? new Error('The API returned no data.');
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(`bookings-${day}.csv`, result.data.adminBookingsCsv);
};
