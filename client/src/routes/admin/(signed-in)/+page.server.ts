import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import type { PageServerLoad } from './$types';

graphql(`
  fragment DashboardSalesFigures on SalesFigures {
    ticketsSold
    bookings
    revenue {
      currency
      gross {
        amountMinor
        currency
        decimals
      }
      refunded {
        amountMinor
        currency
        decimals
      }
      net {
        amountMinor
        currency
        decimals
      }
    }
  }
`);

const DashboardDocument = graphql(`
  query AdminDashboard($isAdmin: Boolean!) {
    salesOverview(days: 30) @include(if: $isAdmin) {
      timeZone
      today {
        ...DashboardSalesFigures
      }
      last7Days {
        ...DashboardSalesFigures
      }
      last30Days {
        ...DashboardSalesFigures
      }
      daily {
        date
        ticketsSold
        revenue {
          currency
          gross {
            amountMinor
            decimals
          }
        }
      }
    }
    recentBookings: adminBookings(first: 5) {
      nodes {
        id
        reference
        status
        createdAt
        buyer {
          name
        }
        event {
          title
        }
        ticketCount
        total {
          amountMinor
          currency
          decimals
        }
      }
    }
    adminEvents(first: 6, filter: { time: UPCOMING, includeDates: true, excludeSeries: true }) {
      nodes {
        id
        title
        status
        visibility
        startsAt
        timeZone
        sales {
          capacity
          sold
          held
          remaining
          revenue @include(if: $isAdmin) {
            amountMinor
            currency
            decimals
          }
        }
        ticketTypes {
          id
          name
          active
          capacity
          sold
          held
          remaining
        }
        capacityPools {
          id
          name
          capacity
          used
          remaining
          allTicketTypes
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    emailMessages(first: 10, filter: { status: FAILED }) @include(if: $isAdmin) {
      nodes {
        id
        subject
        recipients
        lastError
        updatedAt
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  const isAdmin = me.role === 'ADMIN';
  const data = unwrap(await locals.graphql.query(DashboardDocument, { isAdmin }).toPromise());
  return {
    upcoming: data.adminEvents,
    failedEmails: data.emailMessages ?? null,
    sales: data.salesOverview ?? null,
    recentBookings: data.recentBookings.nodes,
  };
};
