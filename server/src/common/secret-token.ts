/**
 * Secrets handed to people (session cookies, booking and waiver links) are stored only as their
 * SHA-256: a copy of the database opens nothing. Each is looked up by its digest through a unique
 * index, so no secret is ever compared in JavaScript; the lookup's timing tells at most where a
 * guess's digest sorts, which does not help guess 128+ random bits.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new URL-safe secret of `bytes` random bytes (at least 16: 128 bits). */
export function newSecretToken(bytes = 32): string {
  if (bytes < 16) throw new Error('a secret token needs at least 128 random bits');
  return randomBytes(bytes).toString('base64url');
}

/** What is stored of a secret token: its SHA-256, 64 hex characters. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
