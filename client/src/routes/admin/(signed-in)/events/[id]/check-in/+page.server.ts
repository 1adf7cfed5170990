import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { actionRole } from '$lib/server/admin';
import { requireEvent } from '$lib/server/attendees';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const CheckInEventDocument = graphql(`
  query AdminCheckInEvent($eventId: ID!) {
    adminEvent(id: $eventId) {
      ...AdminAttendeeEventFields
    }
    eventWaiver(eventId: $eventId) {
      required
    }
  }
`);

const FindTicketsDocument = graphql(`
  query AdminFindTickets($eventId: ID!, $search: String!) {
    findTickets(eventId: $eventId, search: $search) {
      ...AdminAttendeeFields
    }
  }
`);

const CheckInTicketDocument = graphql(`
  mutation AdminCheckInTicket($input: CheckInTicketInput!) {
    checkInTicket(input: $input) {
      ticket {
        ...AdminAttendeeFields
      }
      errors {
        code
        ...UserErrorFields
        checkedInAt
        checkedInBy
      }
    }
  }
`);

/** The longest code or name the API accepts to look up (CheckInTicketInput.code). */
const MAX_SEARCH = 64;

export const load: PageServerLoad = async ({ locals, params }) => {
  const data = unwrap(
    await locals.graphql
      .query(CheckInEventDocument, { eventId: params.id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  return { event: requireEvent(data.adminEvent), waiverRequired: data.eventWaiver?.required ?? false };
};

async function checkIn({ locals, params }: RequestEvent, code: string) {
  const result = await locals.graphql
    .mutation(CheckInTicketDocument, { input: { code, eventId: params.id } })
    .toPromise();
  return { kind: 'result' as const, code, attempt: unwrap(result).checkInTicket };
}

function searchError(search: string, message: string) {
  return fail(400, { kind: 'lookup' as const, search, errors: { search: message } });
}

export const actions: Actions = {
  /**
   * What door staff typed: a ticket code checks that ticket in at once; part of a name lists the
   * matching attendees to pick from. A code of another event or no ticket at all is refused with
   * the reason the API gives.
   */
  lookup: async (event) => {
    await actionRole(event.locals);
    const search = String((await event.request.formData()).get('search') ?? '').trim();
    if (!search) return searchError(search, 'Enter a ticket code or part of the attendee’s name.');
    if (search.length > MAX_SEARCH) return searchError(search, `Enter at most ${MAX_SEARCH} characters.`);
    const { findTickets: matches } = unwrap(
      await event.locals.graphql
        .query(FindTicketsDocument, { eventId: event.params.id, search }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (matches.length === 0 || matches[0].code === search) return checkIn(event, search);
    return { kind: 'matches' as const, search, matches };
  },

  /** A code from the scanner or from the list of matches. */
  checkIn: async (event) => {
    await actionRole(event.locals);
    const code = String((await event.request.formData()).get('code') ?? '').trim();
    if (!code || code.length > MAX_SEARCH) return searchError(code, 'That is not a ticket code.');
    return checkIn(event, code);
  },
};
