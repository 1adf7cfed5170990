import type { Logger } from '../logger';
import type { AdminRole } from '../modules/accounts/admin-account.entity';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** The signed-in account of a request, from its session cookie. */
export interface Viewer {
  accountId: string;
  email: string;
  role: AdminRole;
  /** The session the request came with (logout ends it; a password change keeps only it). */
  sessionId: string;
}

/** Sets or clears the session cookie on the response (HttpOnly, SameSite=Lax, Path=/, no Domain). */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver receives. */
export interface GraphQLContext {
  /** Also sent back in the X-Request-Id header, and on every log line of the request. */
  requestId: string;
  logger: Logger;
  /** The request's clock reading: one response never mixes two notions of "now". */
  now: Date;
  services: Services;
  loaders: Loaders;
  /** The signed-in account, or null for an anonymous caller. */
  viewer: Viewer | null;
  sessionCookie: SessionCookie;
  /** The client's address (express `req.ip`, which honours TRUST_PROXY); sign-in limits count per address. */
  clientAddress: string;
  /** The request's User-Agent header (at most 500 characters), or null; kept with waiver signatures. */
  userAgent: string | null;
}
