import { apiRequest } from '$lib/server/api';
import type { PageServerLoad } from './$types';

interface UpcomingEvents {
  events: {
    nodes: {
      slug: string;
      title: string;
      startsAt: string;
      timeZone: string;
      venue: { name: string };
    }[];
  };
}

const UPCOMING_EVENTS = /* GraphQL */ `
  query UpcomingEvents {
    events(first: 20) {
      nodes {
        slug
        title
        startsAt
        timeZone
        venue {
          name
        }
      }
    }
  }
`;

export const load: PageServerLoad = async ({ fetch }) => {
  const data = await apiRequest<UpcomingEvents>(fetch, UPCOMING_EVENTS);
  return { events: data.events.nodes };
};
