/**
 * What the attendee list and the door screen read about an event and its attendees. The fragments
 * are spread into those pages' queries (codegen adds their text to each document).
 */
import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';

export const AttendeeFieldsFragment = graphql(`
  fragment AdminAttendeeFields on AttendeeTicket {
    ticketId
    code
    shortCode
    attendeeName
    attendeeEmail
    ticketTypeName
    bookingReference
    bookingStatus
    valid
    checkedInAt
    checkedInBy
    waiverStatus
    waiverMethod
    waiverVersion
    waiverSignedAt
    doorAnswers {
      questionId
      label
      display
    }
  }
`);

export const AttendeeEventFieldsFragment = graphql(`
  fragment AdminAttendeeEventFields on AdminEvent {
    id
    slug
    title
    startsAt
    endsAt
    timeZone
  }
`);

/** The event a page is about, or that page's 404. */
export function requireEvent<Event>(event: Event | null | undefined): Event {
  if (!event) error(404, 'There is no such event.');
  return event;
}
