/**
 * Texts organisers write (messages to attendees, their own wording of the transactional e-mails) are
 * Markdown, rendered by markdown-it with raw HTML turned off, so any HTML typed in shows as text, and
 * markdown-it's link check drops javascript:, vbscript:, file: and data: links. Placeholders such as
 * `{event.title}` are filled in after the Markdown is rendered, with the values HTML-escaped (or as
 * they are, in the plain-text part), so a buyer's name can neither inject HTML nor Markdown.
 */
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './mail-template';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
// Only links written with their scheme (or www.): a placeholder such as {buyer.name} looks like a
// domain (.name is one), and must stay a placeholder.
markdown.linkify.set({ fuzzyLink: false });

const PLACEHOLDER = /\{([a-zA-Z][\w.]*)\}/g;

/** The `{…}` names in a text that are not among `known` (for a form's field error). */
export function unknownPlaceholderNames(text: string, known: Iterable<string>): string[] {
  const allowed = new Set(known);
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!allowed.has(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Replaces each `{name}` that `values` has with its escaped value; others stay as written (the caller
 * decides whether that is an error, see unknownPlaceholderNames).
 */
export function fillPlaceholders(
  text: string,
  values: Record<string, string>,
  escape: (name: string, value: string) => string,
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? escape(name, values[name]) : whole,
  );
}

const isHttpUrl = (value: string | undefined): value is string =>
  value !== undefined && /^https?:\/\//i.test(value) && URL.canParse(value);

// markdown-it writes the target of `[text]({booking.url})` percent-encoded: `href="%7Bbooking.url%7D"`.
const PLACEHOLDER_LINK = /<a href="%7B([a-zA-Z][\w.]*)%7D"([^>]*)>([\s\S]*?)<\/a>/g;

/**
 * Markdown as safe HTML, placeholders filled in escaped. `linkNames`: placeholders whose values are
 * URLs, shown as links when alone and usable as a link's target (`[text]({booking.url})`); a link to
 * one without a usable URL keeps only its text.
 */
export function markdownHtml(
  body: string,
  values: Record<string, string>,
  linkNames: ReadonlySet<string> = new Set(),
): string {
  const isLink = (name: string) => linkNames.has(name) && Object.hasOwn(values, name);
  const filled = fillPlaceholders(markdown.render(body), values, (name, value) =>
    isLink(name) && isHttpUrl(value)
      ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`
      : escapeHtml(value),
  );
  // After the filling: an escaped value can never form `<a href="%7B…%7D"` itself.
  return filled.replace(PLACEHOLDER_LINK, (whole, name: string, attributes: string, text: string) => {
    if (!isLink(name)) return whole;
    return isHttpUrl(values[name]) ? `<a href="${escapeHtml(values[name])}"${attributes}>${text}</a>` : text;
  });
}

/** The plain-text part: the Markdown as written (it reads as text), placeholders filled in. */
export function markdownText(body: string, values: Record<string, string>): string {
  return fillPlaceholders(body, values, (_name, value) => value);
}

/** A subject with its placeholders filled in, on one line. */
export function subjectLine(subject: string, values: Record<string, string>): string {
  return fillPlaceholders(subject, values, (_name, value) => value)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}
