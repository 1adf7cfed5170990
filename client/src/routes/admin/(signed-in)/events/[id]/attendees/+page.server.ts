import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { requireEvent } from '$lib/server/attendees';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 25;

const AttendeesDocument = graphql(`
  query AdminEventAttendees(
    $eventId: ID!
    $first: Int!
    $after: String
    $search: String!
    $searching: Boolean!
  ) {
    adminEvent(id: $eventId) {
      ...AdminAttendeeEventFields
    }
    eventWaiver(eventId: $eventId) {
      required
      current {
        version
      }
    }
    eventQuestions(eventId: $eventId) {
      id
      label
      hidden
    }
    eventAttendees(eventId: $eventId, first: $first, after: $after) @skip(if: $searching) {
      nodes {
        ...AdminAttendeeFields
        answers {
          questionId
          display
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    findTickets(eventId: $eventId, search: $search) @include(if: $searching) {
      ...AdminAttendeeFields
      answers {
        questionId
        display
      }
    }
  }
`);

const RecordPaperWaiverDocument = graphql(`
  mutation AdminRecordPaperWaiver($input: RecordPaperWaiverInput!) {
    recordPaperWaiver(input: $input) {
      ticketId
      signature {
        version
        signerName
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const ResendWaiverRequestDocument = graphql(`
  mutation AdminResendWaiverRequest($ticketId: ID!) {
    resendWaiverRequest(ticketId: $ticketId) {
      ticketId
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const search = url.searchParams.get('q')?.trim().slice(0, 200) ?? '';
  const after = search ? null : url.searchParams.get('after');
  const variables = { eventId: params.id, first: PAGE_SIZE, search, searching: search !== '' };
  let result = await locals.graphql
    .query(AttendeesDocument, { ...variables, after }, { requestPolicy: 'network-only' })
    .toPromise();
  // A stale or edited cursor: show the first page rather than fail.
  if (after && result.error?.graphQLErrors.some((problem) => problem.extensions?.code === 'BAD_USER_INPUT'))
    result = await locals.graphql
      .query(AttendeesDocument, { ...variables, after: null }, { requestPolicy: 'network-only' })
      .toPromise();
  const data = unwrap(result);
  const confirm = url.searchParams.get('confirm');
  // The question columns chosen (`?col=<questionId>`, several), in the event's order.
  const chosen = new Set(url.searchParams.getAll('col'));
  return {
    questions: data.eventQuestions,
    columns: data.eventQuestions.filter((question) => chosen.has(question.id)),
    event: requireEvent(data.adminEvent),
    waiver: data.eventWaiver,
    search,
    isFirstPage: !after,
    attendees: data.findTickets ?? data.eventAttendees?.nodes ?? [],
    pageInfo: data.eventAttendees?.pageInfo ?? null,
    confirm: confirm === 'paper' || confirm === 'resend' ? confirm : null,
    confirmTicketId: url.searchParams.get('ticket'),
  };
};

const ticketIdOf = (form: FormData) => String(form.get('ticketId') ?? '');

export const actions: Actions = {
  /** ADMIN and STAFF: the attendee signed the waiver on paper at the door. */
  paperWaiver: async ({ locals, request }) => {
    await actionRole(locals);
    const form = await request.formData();
    const ticketId = ticketIdOf(form);
    const signerName = String(form.get('signerName') ?? '').trim();
    const failed = (errors: Record<string, string>) =>
      fail(400, { kind: 'paperWaiver' as const, ticketId, signerName, errors });
    if (signerName.length < 2) return failed({ signerName: 'Enter the name the attendee signed with.' });
    const outcome = await runPayloadMutation(
      locals.graphql,
      RecordPaperWaiverDocument,
      { input: { ticketId, signerName } },
      (data) => data.recordPaperWaiver,
    );
    if (!outcome.ok) return failed(outcome.fieldErrors);
    const version = outcome.payload.signature?.version;
    return {
      kind: 'notice' as const,
      message: `Paper waiver recorded for ${signerName}${version ? ` (version ${version})` : ''}: they can be checked in.`,
    };
  },

  /** ADMIN only: e-mail the attendee a new signing link. */
  resendWaiver: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const ticketId = ticketIdOf(await request.formData());
    const outcome = await runPayloadMutation(
      locals.graphql,
      ResendWaiverRequestDocument,
      { ticketId },
      (data) => data.resendWaiverRequest,
    );
    if (!outcome.ok) return fail(400, { kind: 'problem' as const, message: outcome.message });
    return { kind: 'notice' as const, message: 'A new signing link is on its way to the attendee.' };
  },
};
