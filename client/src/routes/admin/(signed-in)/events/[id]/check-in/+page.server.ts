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
    checkInCounts(eventId: $eventId) {
      checkedIn
      expected
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

const UndoCheckInDocument = graphql(`
  mutation AdminUndoCheckIn($input: UndoCheckInInput!) {
    undoCheckIn(input: $input) {
      ticket {
        ...AdminAttendeeFields
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

/** The longest code or name the API accepts to look up (CheckInTicketInput.code). */
const MAX_SEARCH = 64;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async ({ locals, params }) => {
  const data = unwrap(
    await locals.graphql
      .query(CheckInEventDocument, { eventId: params.id }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  return {
    event: requireEvent(data.adminEvent),
    waiverRequired: data.eventWaiver?.required ?? false,
    counts: data.checkInCounts,
  };
};

/** The scanner's id for this attempt, sent again on a retry (see CheckInTicketInput.attemptId). */
function attemptIdOf(form: FormData): string | null {
  const id = String(form.get('attemptId') ?? '');
  return UUID.test(id) ? id : null;
}

async function checkIn({ locals, params }: RequestEvent, code: string, attemptId: string | null) {
  const result = await locals.graphql
    .mutation(CheckInTicketDocument, { input: { code, eventId: params.id, attemptId } })
    .toPromise();
  return { kind: 'result' as const, code, attempt: unwrap(result).checkInTicket };
}

function searchError(search: string, message: string) {
  return fail(400, { kind: 'lookup' as const, search, errors: { search: message } });
}

export const actions: Actions = {
  /**
   * What door staff typed: a ticket's code or short code (any case, with dashes) checks that ticket
   * in at once; otherwise part of a name lists the matching attendees to pick from.
   */
  lookup: async (event) => {
    await actionRole(event.locals);
    const form = await event.request.formData();
    const search = String(form.get('search') ?? '').trim();
    if (!search) return searchError(search, 'Enter a ticket code or part of the attendee’s name.');
    if (search.length > MAX_SEARCH) return searchError(search, `Enter at most ${MAX_SEARCH} characters.`);
    // The API decides what is a code (it knows the short codes' rules); a name is no code.
    const attempt = await checkIn(event, search, attemptIdOf(form));
    if (attempt.attempt.errors[0]?.code !== 'TICKET_NOT_FOUND') return attempt;
    const { findTickets: matches } = unwrap(
      await event.locals.graphql
        .query(FindTicketsDocument, { eventId: event.params.id, search }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (matches.length === 0) return attempt;
    return { kind: 'matches' as const, search, matches };
  },

  /** A code from the scanner or from the list of matches. */
  checkIn: async (event) => {
    await actionRole(event.locals);
    const form = await event.request.formData();
    const code = String(form.get('code') ?? '').trim();
    if (!code || code.length > MAX_SEARCH) return searchError(code, 'That is not a ticket code.');
    return checkIn(event, code, attemptIdOf(form));
  },

  /** Undoes the check-in just shown (a wrong ticket scanned, someone who left before entering). */
  undo: async ({ locals, params, request }) => {
    await actionRole(locals);
    const ticketId = String((await request.formData()).get('ticketId') ?? '');
    if (!UUID.test(ticketId)) return searchError('', 'That is not a ticket.');
    const result = await locals.graphql
      .mutation(UndoCheckInDocument, { input: { ticketId, eventId: params.id } })
      .toPromise();
    return { kind: 'undo' as const, attempt: unwrap(result).undoCheckIn };
  },
};
