import { parseBookingFilters } from '$lib/admin/booking-filters';
import { graphql } from '$lib/gql';
import type { BookingStatus } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import type { PageServerLoad } from './$types';

const AdminBookingListDocument = graphql(`
  query AdminBookingList($filter: AdminBookingFilterInput, $after: String) {
    adminBookings(first: 25, filter: $filter, after: $after) {
      nodes {
        id
        reference
        status
        createdAt
        buyer {
          name
          email
        }
        event {
          id
          title
          timeZone
        }
        ticketCount
        total {
          amountMinor
          currency
          decimals
        }
        refunded {
          amountMinor
          currency
          decimals
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    adminEvents(first: 100, filter: { includeDates: true, excludeSeries: true }) {
      nodes {
        id
        title
        startsAt
        timeZone
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url }) => {
  const { values, errors, filter } = parseBookingFilters(url.searchParams);
  const variables = { filter: { ...filter, statuses: filter.statuses as BookingStatus[] | null } };
  const after = url.searchParams.get('after');
  const result = await locals.graphql.query(AdminBookingListDocument, { ...variables, after }).toPromise();
  // A stale cursor (edited link): show the first page rather than fail.
  const staleCursor =
    after && result.error?.graphQLErrors.some((error) => error.extensions?.code === 'BAD_USER_INPUT');
  const data = staleCursor
    ? unwrap(await locals.graphql.query(AdminBookingListDocument, { ...variables, after: null }).toPromise())
    : unwrap(result);
  return {
    filters: values,
    errors,
    bookings: data.adminBookings,
    events: data.adminEvents.nodes,
    isFirstPage: !after || Boolean(staleCursor),
  };
};
