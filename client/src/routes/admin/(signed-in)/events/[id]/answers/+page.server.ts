/**
 * The answers overview of an event (ADMIN only): each checkout question with how many answered it
 * (confirmed bookings) and, for choice and yes/no questions, how often each answer was given.
 */
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireAdmin } from '$lib/server/admin';
import { requireEvent } from '$lib/server/attendees';
import type { PageServerLoad } from './$types';

const AnswerSummariesDocument = graphql(`
  query AdminQuestionAnswerSummaries($eventId: ID!) {
    adminEvent(id: $eventId) {
      ...AdminAttendeeEventFields
    }
    questionAnswerSummaries(eventId: $eventId) {
      question {
        id
        label
        type
        scope
        hidden
      }
      answered
      counts {
        label
        count
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, parent }) => {
  requireAdmin((await parent()).me.role);
  const data = unwrap(
    await locals.graphql
      .query(AnswerSummariesDocument, { eventId: params.id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  return { event: requireEvent(data.adminEvent), summaries: data.questionAnswerSummaries };
};
