/**
 * Sustained concurrent traffic for fault tests: `concurrency` clients, each sending one GraphQL POST
 * after another over keep-alive connections (as a proxy in front of the API does), until stopped.
 * Every request's outcome is kept with its times, so a test can judge what happened around a fault.
 *
 * The clients behave as Node's documentation asks of an HTTP client: a request that fails because
 * the server closed a reused idle connection before answering (`reusedSocket` and no response) was
 * never read by the server, so it is sent once more on a fresh connection.
 *
 *   const load = startLoad({ url, concurrency: 16, nextRequest: (i) => ({ kind: 'read', query }) });
 *   ...fault...
 *   const outcomes = await load.stop();
 */
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventEntity } from '../src/modules/events/event.entity';
import type { TicketTypeEntity } from '../src/modules/tickets/ticket-type.entity';
import { bookingInput } from './factories';

export interface LoadRequest {
  /** A label for the kind of request, to tell them apart in assertions. */
  kind: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface RequestOutcome {
  kind: string;
  variables: Record<string, unknown> | undefined;
  /** Date.now() when the request was sent and when its outcome was known. */
  sentAt: number;
  settledAt: number;
  /** The HTTP status, when an answer arrived in full. */
  status?: number;
  /** The parsed JSON body of that answer. */
  body?: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  /** Why no full answer arrived: the socket error's code (ECONNREFUSED, ECONNRESET ...) or TIMEOUT. */
  error?: string;
  /** True when the answer had begun to arrive when the error happened (a cut response). */
  cutMidResponse?: boolean;
  /** Whether the (last) attempt went out on a kept-alive connection that had carried requests before. */
  reusedSocket: boolean;
  /** 2 when the request was sent again after its kept-alive connection closed under it. */
  attempts: number;
  /** The X-Request-Id the (last) attempt carried: the API logs it with every request it reads. */
  requestId: string;
}

export interface LoadOptions {
  url: string;
  concurrency: number;
  /** The next request of client `client` (0-based), called once per request. */
  nextRequest: (client: number, sequence: number) => LoadRequest;
  /** Longest wait for one answer before it counts as TIMEOUT (default 30 s). */
  requestTimeoutMs?: number;
  /** Pause after a refused or failed request, so a client does not spin (default 50 ms). */
  pauseAfterErrorMs?: number;
  /** The clients stop by themselves after this long, even if nobody calls stop() (default 2 min). */
  maxDurationMs?: number;
}

export interface Load {
  /** Outcomes so far (a live array). */
  readonly outcomes: RequestOutcome[];
  /** Stops sending, waits for the requests in flight, and returns every outcome. */
  stop(): Promise<RequestOutcome[]>;
}

type Attempt = Pick<RequestOutcome, 'status' | 'body' | 'error' | 'cutMidResponse' | 'reusedSocket'>;

function send(
  agent: http.Agent,
  url: string,
  payload: string,
  requestId: string,
  timeoutMs: number,
): Promise<Attempt> {
  return new Promise((resolve) => {
    let settled = false;
    let responseStarted = false;
    const finish = (attempt: Attempt) => {
      if (settled) return;
      settled = true;
      resolve(attempt);
    };
    const request = http.request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
        'x-request-id': requestId,
      },
    });
    request.setTimeout(timeoutMs, () => {
      request.destroy(Object.assign(new Error('no answer in time'), { code: 'TIMEOUT' }));
    });
    request.on('response', (response) => {
      responseStarted = true;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        if (!response.complete) return; // 'aborted' / 'error' reports it
        let body: RequestOutcome['body'];
        try {
          body = JSON.parse(text) as RequestOutcome['body'];
        } catch {
          body = undefined;
        }
        finish({ status: response.statusCode, body, reusedSocket: request.reusedSocket });
      });
      response.on('error', (error: NodeJS.ErrnoException) =>
        finish({
          error: error.code ?? error.message,
          cutMidResponse: true,
          reusedSocket: request.reusedSocket,
        }),
      );
      response.on('aborted', () =>
        finish({ error: 'ECONNRESET', cutMidResponse: true, reusedSocket: request.reusedSocket }),
      );
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish({
        error: error.code ?? error.message,
        cutMidResponse: responseStarted,
        reusedSocket: request.reusedSocket,
      }),
    );
    request.end(payload);
  });
}

export function startLoad(options: LoadOptions): Load {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const pauseMs = options.pauseAfterErrorMs ?? 50;
  const outcomes: RequestOutcome[] = [];
  const run = Math.random().toString(36).slice(2, 8);
  let stopped = false;
  const deadline = setTimeout(() => (stopped = true), options.maxDurationMs ?? 120_000);

  async function client(index: number): Promise<void> {
    for (let sequence = 0; !stopped; sequence++) {
      const { kind, query, variables } = options.nextRequest(index, sequence);
      const payload = JSON.stringify({ query, variables });
      let sentAt = Date.now();
      let attempts = 1;
      let requestId = `load-${run}-${index}-${sequence}-1`;
      let attempt = await send(agent, options.url, payload, requestId, timeoutMs);
      if (attempt.error && attempt.reusedSocket && !attempt.cutMidResponse) {
        // The server closed an idle kept-alive connection as this request went out: it never read it.
        sentAt = Date.now();
        attempts = 2;
        requestId = `load-${run}-${index}-${sequence}-2`;
        attempt = await send(agent, options.url, payload, requestId, timeoutMs);
      }
      outcomes.push({ kind, variables, sentAt, settledAt: Date.now(), attempts, requestId, ...attempt });
      if (attempt.error || (attempt.status ?? 500) >= 500) {
        await sleep(pauseMs);
      }
    }
  }

  const clients = Array.from({ length: options.concurrency }, (_, index) => client(index));
  return {
    outcomes,
    async stop() {
      stopped = true;
      clearTimeout(deadline);
      await Promise.all(clients);
      agent.destroy();
      return outcomes;
    },
  };
}

// ---- The traffic of a sale ----------------------------------------------------------------------

export const CATALOG_READ = /* GraphQL */ `
  query Catalog {
    events(first: 10) {
      nodes {
        slug
        ticketTypes {
          name
          remaining
        }
      }
    }
  }
`;

export const RESERVE = /* GraphQL */ `
  mutation Reserve($input: CreateBookingInput!) {
    createBooking(input: $input) {
      booking {
        id
      }
      errors {
        code
      }
    }
  }
`;

/** Half catalog reads, half one-seat reservations of `ticketType`. */
export function catalogAndReservations(event: EventEntity, ticketType: TicketTypeEntity) {
  return (client: number): LoadRequest =>
    client % 2 === 0
      ? { kind: 'read', query: CATALOG_READ }
      : { kind: 'reserve', query: RESERVE, variables: { input: bookingInput(event, [[ticketType, 1]]) } };
}

/** An answer in full, with data and no GraphQL errors (a SOLD_OUT payload is a proper answer too). */
export function answered(outcome: RequestOutcome): boolean {
  return outcome.status === 200 && !outcome.body?.errors && Boolean(outcome.body?.data);
}

/** The booking a reservation's answer reports, if any. */
export function reservedBookingId(outcome: RequestOutcome): string | undefined {
  const payload = outcome.body?.data?.createBooking as { booking: { id: string } | null } | undefined;
  return payload?.booking?.id;
}

/** The request ids an API process logged (pino-http logs each request it read, answered or not). */
export function loggedRequestIds(output: string): Set<string> {
  const ids = new Set<string>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const id = (JSON.parse(line) as { req?: { id?: unknown } }).req?.id;
      if (typeof id === 'string') ids.add(id);
    } catch {
      // not a log line
    }
  }
  return ids;
}
