/** Codes as people type them, and codes the organiser has the shop draw for them. */
import { randomBytes } from 'node:crypto';
import { CROCKFORD_ALPHABET } from '../bookings/booking-codes';

/** Random symbols in a drawn code: 16 x 5 = 80 random bits, after the organiser's prefix. */
export const DRAWN_CODE_SYMBOLS = 16;

/**
 * A code as stored and compared: spaces dropped, upper case ("summer 20" and "SUMMER20" are one code).
 * Codes are kept case-insensitive because people read them off paper and type them on phones.
 */
export function normalizeVoucherCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

/**
 * A code nobody can guess: the prefix, then 80 random bits in Crockford's base 32 (no I, L, O, U),
 * e.g. "VIP-7KQ2M9X4TB3HZ8NP". Guessing is also limited per address (applyVoucher, createBooking).
 */
export function newVoucherCode(prefix: string): string {
  const bytes = randomBytes(DRAWN_CODE_SYMBOLS);
  const symbols = Array.from(bytes, (byte) => CROCKFORD_ALPHABET[byte & 31]).join('');
  return normalizeVoucherCode(prefix ? `${prefix}-${symbols}` : symbols);
}
