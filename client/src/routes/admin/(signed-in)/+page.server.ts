import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import type { PageServerLoad } from './$types';

const DashboardDocument = graphql(`
  query AdminDashboard($isAdmin: Boolean!) {
    adminEvents(first: 6, filter: { time: UPCOMING }) {
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
  return { upcoming: data.adminEvents, failedEmails: data.emailMessages ?? null };
};
