/**
 * What counts as an e-mail address: exactly the API's rule. The API checks addresses with
 * class-validator's `@IsEmail()`, which is validator.js's `isEmail` with its default options; the
 * site calls the same function of the same validator version (package.json pins both), so the form
 * never accepts an address the API refuses (`kim@example`: no top-level domain) or the reverse.
 * server/src/modules/bookings/email-rule.test.ts and email-address.test.ts here check the same cases.
 */
import isEmail from 'validator/lib/isEmail';

/** Longest address the API stores (RFC 5321's 254). */
export const MAX_EMAIL_LENGTH = 254;

export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && isEmail(value);
}
