/**
 * What every resolver receives: the request context (common/request-context.ts, which services take),
 * plus what only the GraphQL layer needs. Services never see this object.
 */
import type { RequestContext } from '../common/request-context';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** Sets or clears the session cookie on the response (HttpOnly, SameSite=Lax, Path=/, no Domain). */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What resolvers may add to the HTTP answer besides cookies. */
export interface ResponseHeaders {
  /** `Retry-After: <seconds>` (the largest, if set twice): see retry-after.ts. */
  retryAfter(seconds: number): void;
}

export interface GraphQLContext {
  /** The request context services take: request id, now, logger, actor, client address, user agent. */
  ctx: RequestContext;
  services: Services;
  /** Per-request DataLoaders (batched reads for nested fields). */
  loaders: Loaders;
  /** The response's session cookie: set and cleared by resolvers only, never by services. */
  sessionCookie: SessionCookie;
  /** Headers of the HTTP answer (Retry-After); set by resolvers only. */
  response: ResponseHeaders;
}
