/**
 * What a save in the event editor sends, decided from the form and the event as last saved: plain
 * functions, so the rules are tested without SvelteKit or the API.
 */
import type { UpdateEventInput } from '$lib/gql/graphql';
import type { EventLike, ParsedEventForm } from './event-form';

/** The event's details as saved: what the details form is compared with (visibility has its own form). */
export type SavedEventDetails = Omit<EventLike, 'visibility'> & { id: string };

/** The details form once it parsed without errors. */
export type EventDetailsInput = NonNullable<ParsedEventForm['input']>;

/**
 * The update to send: the event's id and only the fields that changed, so e.g. an unchanged
 * currency is not refused once tickets are sold. Times compare as instants (the API may write the
 * same moment differently); an emptied picture address is sent as '' (the API's "remove it").
 */
export function eventChanges(saved: SavedEventDetails, input: EventDetailsInput): UpdateEventInput {
  const changes: UpdateEventInput = { id: saved.id };
  if (input.title !== saved.title) changes.title = input.title;
  if (input.slug !== saved.slug) changes.slug = input.slug;
  if (input.description !== saved.description) changes.description = input.description;
  if (input.venue.name !== saved.venue.name || input.venue.address !== saved.venue.address)
    changes.venue = input.venue;
  if (input.timeZone !== saved.timeZone) changes.timeZone = input.timeZone;
  if (Date.parse(input.startsAt) !== Date.parse(saved.startsAt)) changes.startsAt = input.startsAt;
  if (Date.parse(input.endsAt) !== Date.parse(saved.endsAt)) changes.endsAt = input.endsAt;
  if (input.currency !== saved.currency) changes.currency = input.currency;
  if ((input.imageUrl ?? '') !== (saved.imageUrl ?? '')) changes.imageUrl = input.imageUrl ?? '';
  if ((input.imageAlt ?? '') !== (saved.imageAlt ?? '')) changes.imageAlt = input.imageAlt ?? '';
  if (input.sendAttendeeTickets !== (saved.sendAttendeeTickets ?? true))
    changes.sendAttendeeTickets = input.sendAttendeeTickets;
  return changes;
}

/**
 * The ticket types' order after moving one a place up or down, or null when there is nothing to
 * send: the type is not among them (any more) or is already first or last.
 */
export function movedTicketTypeOrder(
  ids: readonly string[],
  ticketTypeId: string,
  direction: 'up' | 'down',
): string[] | null {
  const from = ids.indexOf(ticketTypeId);
  const to = from + (direction === 'up' ? -1 : 1);
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const order = [...ids];
  [order[from], order[to]] = [order[to], order[from]];
  return order;
}
