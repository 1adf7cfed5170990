/**
 * Rate-limited mutations answer with a payload error that carries `retryAfterSeconds`; HTTP clients,
 * proxies and scripts look for the `Retry-After` header instead, so the answer carries both.
 */
import type { GraphQLContext } from './context';

interface RetryablePayload {
  errors: readonly { retryAfterSeconds?: number | null }[];
}

/** Sets `Retry-After` on the HTTP answer when one of the payload's errors says when to try again. */
export function withRetryAfter<Payload extends RetryablePayload>(
  context: Pick<GraphQLContext, 'response'>,
  payload: Payload,
): Payload {
  const waits = payload.errors.map((error) => error.retryAfterSeconds ?? 0).filter((seconds) => seconds > 0);
  if (waits.length > 0) context.response.retryAfter(Math.max(...waits));
  return payload;
}
