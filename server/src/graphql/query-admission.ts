/**
 * Admission control for GraphQL queries that the public cache does not answer: at most
 * `GRAPHQL_QUERY_CONCURRENCY` go on to Apollo at once in this process, the next ones wait their turn
 * (up to `GRAPHQL_QUERY_QUEUE_LIMIT`, then 503 with Retry-After: 1) holding nothing but their request.
 * Without it, 100 concurrent uncached reads all started, each kept its context and the rows it had
 * read while it waited for a pooled connection for its next statement, and all of that outlived the
 * young generation: promoted, then marked by major garbage collections. Gating in front of Apollo
 * rather than at execution matters: gated at execution, the waiting requests' contexts were promoted
 * just the same and the CPU per query did not move. Mutations are not gated here (createBooking has
 * its own gate, common/admission-gate.ts, whose answers are the API's contract).
 */
import type { RequestHandler } from 'express';
import { AdmissionGate } from '../common/admission-gate';

const SERVER_BUSY = {
  errors: [
    {
      message: 'The server is busy. Please try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    },
  ],
};

/** Express middleware for /graphql, after the body is parsed and before Apollo. */
export function queryAdmission(
  limits: { concurrency: number; queueLimit: number },
  isMutation: (query: string) => boolean,
): RequestHandler {
  const gate = new AdmissionGate(limits.concurrency, limits.queueLimit);
  return (req, res, next) => {
    const body = (req.method === 'GET' ? req.query : req.body) as { query?: unknown } | undefined;
    // Anything without a document goes straight on: Apollo answers it with an error at once.
    if (typeof body?.query !== 'string' || isMutation(body.query)) return next();
    void gate.run(
      () =>
        new Promise<void>((finished) => {
          // A client that went away while it waited gets nothing: its 'close' has been and gone, and
          // waiting for it would keep the turn forever.
          if (res.closed) return finished();
          // 'close' follows 'finish', and also comes when the client goes away first.
          res.once('close', finished);
          next();
        }),
      () => {
        res.status(503).set('Retry-After', '1').json(SERVER_BUSY);
      },
    );
  };
}
