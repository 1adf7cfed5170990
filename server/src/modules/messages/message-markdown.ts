/**
 * What organisers write (message bodies) is Markdown, rendered by markdown-it with raw HTML turned
 * off, so any HTML typed in shows as text, and markdown-it's link check drops javascript:, vbscript:,
 * file: and data: links. Placeholders such as `{name}` or `{event.title}` are filled in after the
 * Markdown is rendered, with the values HTML-escaped (or as they are, in the plain-text part), so a
 * buyer's name can neither inject HTML nor Markdown.
 */
import MarkdownIt from 'markdown-it';
import { escapeHtml } from '../email/mail-template';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

/** The placeholders a message may use, with what they stand for (shown in the admin form). */
export const MESSAGE_PLACEHOLDERS = {
  name: "The recipient's name (the buyer's, or the attendee's)",
  'event.title': "The event's title",
  'event.startsAt': "The event's start, in its own time zone",
  'event.venue': "The venue's name",
  'booking.reference': 'The booking reference, e.g. K7Q-9ZD4',
} as const;

export type PlaceholderValues = Record<keyof typeof MESSAGE_PLACEHOLDERS, string>;

const PLACEHOLDER = /\{([a-zA-Z][\w.]*)\}/g;

/** The `{…}` names in a text that are not placeholders a message may use (for the form's error). */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!(name in MESSAGE_PLACEHOLDERS)) unknown.add(name);
  }
  return [...unknown];
}

function fill(text: string, values: PlaceholderValues, escape: (value: string) => string): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? escape(values[name as keyof PlaceholderValues]) : whole,
  );
}

/** The body as HTML for the e-mail's HTML part: safe Markdown, placeholders filled in escaped. */
export function messageHtml(body: string, values: PlaceholderValues): string {
  return fill(markdown.render(body), values, escapeHtml);
}

/** The body for the plain-text part: the Markdown as written (it reads as text), placeholders filled. */
export function messageText(body: string, values: PlaceholderValues): string {
  return fill(body, values, (value) => value);
}

/** A subject with its placeholders filled in, on one line. */
export function messageSubject(subject: string, values: PlaceholderValues): string {
  return fill(subject, values, (value) => value)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}
