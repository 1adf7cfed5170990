import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireAdmin } from '$lib/server/admin';
import { requireEvent } from '$lib/server/attendees';
import type { PageServerLoad } from './$types';

const EmailTextsDocument = graphql(`
  query AdminEventEmailTexts($eventId: ID!) {
    adminEvent(id: $eventId) {
      ...AdminAttendeeEventFields
    }
    eventEmailTexts(eventId: $eventId) {
      kind
      title
      sentWhen
      subject
      customised
      lastFailure
      lastFailureAt
      updatedAt
      updatedByEmail
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, parent }) => {
  requireAdmin((await parent()).me.role);
  const data = unwrap(
    await locals.graphql
      .query(EmailTextsDocument, { eventId: params.id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  return { event: requireEvent(data.adminEvent), texts: data.eventEmailTexts ?? [] };
};
