/**
 * What organisers write in messages is Markdown with placeholders (email/markdown-text.ts renders it
 * safely); this file says which placeholders a message may use.
 */
import { markdownHtml, markdownText, subjectLine, unknownPlaceholderNames } from '../email/markdown-text';

/** The placeholders a message may use, with what they stand for (shown in the admin form). */
export const MESSAGE_PLACEHOLDERS = {
  name: "The recipient's name (the buyer's, or the attendee's)",
  'event.title': "The event's title",
  'event.startsAt': "The event's start, in its own time zone",
  'event.venue': "The venue's name",
  'booking.reference': 'The booking reference, e.g. K7Q-9ZD4',
  'booking.url':
    'The link to the booking, for buyers (empty for attendees: a link to it keeps only its words)',
} as const;

/** Placeholders whose values are URLs: links when alone, or the target of `[text]({booking.url})`. */
const LINK_PLACEHOLDERS: ReadonlySet<string> = new Set(['booking.url']);

export type PlaceholderValues = Record<keyof typeof MESSAGE_PLACEHOLDERS, string>;

/** The `{…}` names in a text that are not placeholders a message may use (for the form's error). */
export function unknownPlaceholders(text: string): string[] {
  return unknownPlaceholderNames(text, Object.keys(MESSAGE_PLACEHOLDERS));
}

/** The body as HTML for the e-mail's HTML part: safe Markdown, placeholders filled in escaped. */
export function messageHtml(body: string, values: PlaceholderValues): string {
  return markdownHtml(body, values, LINK_PLACEHOLDERS);
}

/** The body for the plain-text part: the Markdown as written (it reads as text), placeholders filled. */
export function messageText(body: string, values: PlaceholderValues): string {
  return markdownText(body, values);
}

/** A subject with its placeholders filled in, on one line. */
export function messageSubject(subject: string, values: PlaceholderValues): string {
  return subjectLine(subject, values);
}
