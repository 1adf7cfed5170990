/**
 * The identifiers a booking shows to people: a short reference and ticket codes (the secret link
 * token is in booking-links.ts).
 */
import { randomBytes, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a reference read out on the phone cannot be misheard as another. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short human reference like "K7Q-9ZD4" (31^7, about 2^34 values; uniqueness is checked on insert). */
export function newBookingReference(): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  const part = (length: number) => Array.from({ length }, pick).join('');
  return `${part(3)}-${part(4)}`;
}

/** A ticket's QR code value: 160 random bits, URL-safe (27 characters). */
export function newTicketCode(): string {
  return randomBytes(20).toString('base64url');
}

/**
 * Crockford's base 32: digits and letters without I, L, O and U, so a code typed from a printed ticket
 * survives case, 0/O and 1/I/L confusions (they are read as the same symbol).
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Symbols in a ticket's short code: 10 x 5 = 50 random bits, unique (a unique index). */
export const TICKET_SHORT_CODE_LENGTH = 10;

/** A ticket's short code for typing at the door, e.g. "7KQ2M9X4TB" (shown as "7KQ2M-9X4TB"). */
export function newTicketShortCode(): string {
  const bytes = randomBytes(TICKET_SHORT_CODE_LENGTH);
  return Array.from(bytes, (byte) => CROCKFORD_ALPHABET[byte & 31]).join('');
}

/**
 * What door staff typed, as a stored short code: case, dashes and spaces ignored, I/L read as 1 and O
 * as 0 (Crockford's rules); null when it cannot be one (wrong length, other characters).
 */
export function normalizeTicketShortCode(typed: string): string | null {
  const symbols = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (symbols.length !== TICKET_SHORT_CODE_LENGTH) return null;
  for (const symbol of symbols) if (!CROCKFORD_ALPHABET.includes(symbol)) return null;
  return symbols;
}

/** "7KQ2M-9X4TB": two halves, easier to read out and type. */
export function formatTicketShortCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}
