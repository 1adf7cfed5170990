import { graphql } from '$lib/gql';
import type { EventStatus, EventTimeFilter, EventVisibility } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import type { PageServerLoad } from './$types';

const AdminEventListDocument = graphql(`
  query AdminEventList($filter: AdminEventFilterInput, $after: String) {
    adminEvents(first: 20, filter: $filter, after: $after) {
      nodes {
        id
        slug
        title
        status
        visibility
        startsAt
        timeZone
        isSeries
        dateCount
        sales {
          capacity
          sold
          held
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((item) => item === value) ?? null;
}

export const load: PageServerLoad = async ({ locals, url }) => {
  const filters = {
    q: url.searchParams.get('q')?.trim().slice(0, 200) ?? '',
    status: oneOf<EventStatus>(url.searchParams.get('status'), ['DRAFT', 'PUBLISHED', 'CANCELLED']),
    visibility: oneOf<EventVisibility>(url.searchParams.get('visibility'), ['PUBLIC', 'PRIVATE']),
    // Upcoming unless asked otherwise; "all" lists both.
    time:
      url.searchParams.get('time') === 'all'
        ? null
        : (oneOf<EventTimeFilter>(url.searchParams.get('time'), ['UPCOMING', 'PAST']) ?? 'UPCOMING'),
  };
  const after = url.searchParams.get('after');
  const result = await locals.graphql
    .query(AdminEventListDocument, {
      filter: {
        search: filters.q || null,
        status: filters.status,
        visibility: filters.visibility,
        time: filters.time,
      },
      after,
    })
    .toPromise();
  // A stale cursor (edited link): show the first page rather than fail.
  if (after && result.error?.graphQLErrors.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) {
    const first = unwrap(
      await locals.graphql
        .query(AdminEventListDocument, {
          filter: {
            search: filters.q || null,
            status: filters.status,
            visibility: filters.visibility,
            time: filters.time,
          },
          after: null,
        })
        .toPromise(),
    );
    return { filters, events: first.adminEvents, isFirstPage: true };
  }
  return { filters, events: unwrap(result).adminEvents, isFirstPage: !after };
};
