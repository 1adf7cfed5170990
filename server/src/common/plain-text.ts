/**
 * Text a shopper types that the shop later prints in its own pages and e-mails (buyer and attendee
 * names): it must be plain text, so a "name" cannot carry a link or a phishing line into a message the
 * shop sends. Links are found by linkify-it (markdown-it's link finder: schemes, `www.`, bare domains
 * with a known top-level domain, e-mail addresses), not by a home-made pattern that either misses
 * `evil.example.com` or refuses "St.John".
 */
import { ValidateBy } from 'class-validator';
import LinkifyIt from 'linkify-it';

const links = new LinkifyIt();
/**
 * Control characters (newlines, tabs, escapes ...), and the invisible bidirectional and zero-width
 * formatting characters that make text read differently from what it is.
 */
const CONTROL_OR_INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** What is wrong with `value` as plain text, or null when nothing is. */
export function plainTextProblem(value: string): string | null {
  if (CONTROL_OR_INVISIBLE.test(value)) return 'must not contain control or invisible formatting characters';
  if (links.test(value)) return 'must not contain a web address or e-mail address';
  return null;
}

/** class-validator rule for input fields that must be plain text (see plainTextProblem). */
export function IsPlainText(): PropertyDecorator {
  return ValidateBy({
    name: 'isPlainText',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || plainTextProblem(value) === null,
      defaultMessage: (args) => plainTextProblem(String(args?.value)) ?? 'must be plain text',
    },
  });
}
