/**
 * What every resolver receives: the request context (common/request-context.ts, which services take),
 * plus what only the GraphQL layer needs. Services never see this object.
 */
import type { Actor, RequestContext } from '../common/request-context';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/**
 * The signed-in account of a request, from its session cookie (always has a session). Only
 * booking-admin.service.ts still uses it: drop it with requireViewer once #15's booking
 * restructuring lands (services use Actor and requireActor from common/request-context.ts).
 */
export type Viewer = Actor & { sessionId: string };

/** Sets or clears the session cookie on the response (HttpOnly, SameSite=Lax, Path=/, no Domain). */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext {
  /** The request context services take: request id, now, logger, actor, client address, user agent. */
  ctx: RequestContext;
  services: Services;
  /** Per-request DataLoaders (batched reads for nested fields). */
  loaders: Loaders;
  /** The response's session cookie: set and cleared by resolvers only, never by services. */
  sessionCookie: SessionCookie;
}
