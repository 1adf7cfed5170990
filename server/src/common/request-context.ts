/**
 * The request context (Vendure's RequestContext is the model): who is asking, when, and how to log
 * it, with nothing of GraphQL or HTTP in it. Every service method takes `(ctx, input)`; resolvers,
 * jobs, the CLI and tests build one with `createRequestContext`, so a service cannot tell (and need
 * not care) which of them called it.
 */
import { randomUUID } from 'node:crypto';
import { createLogger, type Logger } from '../logger';
import type { AdminRole } from './admin-role';
import type { ApiTokenScope } from './api-token-scope';

/** The API token a request came with (`Authorization: Bearer …`): audited with the entries it causes. */
export interface ActorApiToken {
  id: string;
  name: string;
  scopes: readonly ApiTokenScope[];
}

/** The signed-in account a request acts for (for an API token: the ADMIN who made it, with the token's role). */
export interface Actor {
  accountId: string;
  email: string;
  role: AdminRole;
  /** The session the request came with (logout ends it; a password change keeps only it); null for jobs and the CLI. */
  sessionId: string | null;
  /** Set when the request came with an API token rather than a session; absent or null otherwise. */
  apiToken?: ActorApiToken | null;
}

export interface RequestContext {
  /** Also sent back in the X-Request-Id header, and on every log line of the request. */
  readonly requestId: string;
  /** The request's clock reading: one request never mixes two notions of "now". */
  readonly now: Date;
  readonly logger: Logger;
  /** The signed-in account, or null for an anonymous shopper, a job or the CLI. */
  readonly actor: Actor | null;
  /** The client's address (express `req.ip`, which honours TRUST_PROXY); null when not over HTTP. */
  readonly clientAddress: string | null;
  /** The client's User-Agent (at most 500 characters), or null; kept with waiver signatures. */
  readonly userAgent: string | null;
}

export interface RequestContextFields {
  requestId?: string;
  now?: Date;
  logger?: Logger;
  actor?: Actor | null;
  clientAddress?: string | null;
  userAgent?: string | null;
}

const MAX_USER_AGENT_LENGTH = 500;
const silentLogger = createLogger('silent');

/** The one way to make a context: unset fields get a fresh id, the current time, no actor, no client. */
export function createRequestContext(fields: RequestContextFields = {}): RequestContext {
  return Object.freeze({
    requestId: fields.requestId ?? randomUUID(),
    now: fields.now ?? new Date(),
    logger: fields.logger ?? silentLogger,
    actor: fields.actor ?? null,
    clientAddress: fields.clientAddress ?? null,
    userAgent: fields.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
  });
}

/** A context for background work (a job run, the CLI): no actor, the given logger, named by `task`. */
export function systemContext(task: string, logger?: Logger, now: Date = new Date()): RequestContext {
  return createRequestContext({ requestId: `${task}:${randomUUID()}`, now, logger: logger?.child({ task }) });
}

/**
 * The actor of a request the authorization layer already let through. Throws (a programming error,
 * not a client's) when there is none: the operation is missing its @Authorized.
 */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('requireActor: the operation is missing its authorization check');
  return ctx.actor;
}
