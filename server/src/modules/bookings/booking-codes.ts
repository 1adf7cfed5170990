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
