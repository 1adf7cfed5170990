/**
 * The text of an API token: "evt_" (so secret scanners and people recognise it) and 256 random bits,
 * URL-safe. Only its SHA-256 is stored (common/secret-token.ts).
 */
import { newSecretToken } from '../../common/secret-token';

export const API_TOKEN_PREFIX = 'evt_';
const API_TOKEN_PATTERN = /^evt_[A-Za-z0-9_-]{43}$/;

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${newSecretToken(32)}`;
}

/** True for a string that could be a token this server issued (saves a query for garbage). */
export function looksLikeApiToken(value: string): boolean {
  return API_TOKEN_PATTERN.test(value);
}

/**
 * The token of an `Authorization` header: undefined without the header, null when it is there but
 * is not `Bearer <token>` (which the caller refuses rather than treat as anonymous).
 */
export function bearerTokenOf(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1] : null;
}
