/**
 * The event as an iCalendar (RFC 5545) file: attached to the booking confirmation and served by the
 * site's "Add to calendar" link (Event.calendarFile), so both are the same file with the same UID and
 * a calendar that imports both keeps one entry. The `ics` package writes it; its line folding counts
 * characters, so lines are folded again here by octets (75 at most, never inside a character).
 * A private event's secret link stays out of it: calendars are often shared or synced.
 */
import { createEvent } from 'ics';
import { EventStatus, EventVisibility, type EventEntity } from './event.entity';

/** One UID per event everywhere it is offered. */
export function calendarUid(eventId: string): string {
  return `event-${eventId}@event-sales`;
}

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldCalendarLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Undoes any folding (CRLF followed by a space or tab), then folds every line by octets. */
export function refoldCalendar(text: string): string {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line, index, lines) => line !== '' || index < lines.length - 1)
    .map(foldCalendarLine)
    .join('\r\n');
}

/** The file: UTC instants, so every calendar shows the event at the right local time. */
export function eventCalendarFile(
  event: Pick<
    EventEntity,
    'id' | 'slug' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'status' | 'visibility' | 'venue'
  >,
  publicUrl: string,
): string {
  const location = [event.venue.name, ...event.venue.address.split(/\r?\n/)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  const url =
    event.visibility === EventVisibility.PUBLIC
      ? `${publicUrl}/events/${encodeURIComponent(event.slug)}`
      : null;
  const { error, value } = createEvent({
    uid: calendarUid(event.id),
    productId: 'event-sales/tickets',
    method: 'PUBLISH',
    title: event.title,
    description: event.description ?? '',
    location,
    ...(url ? { url } : {}),
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: event.status === EventStatus.CANCELLED ? 'CANCELLED' : 'CONFIRMED',
  });
  if (error || !value) throw error ?? new Error('ics produced no calendar entry');
  return refoldCalendar(value);
}
