/**
 * How the site's server reaches the API: node:http over a keep-alive agent. Node's fetch (undici)
 * costs far more per call here: it sends even a string body as a stream (headers and body in
 * separate socket writes, each a loopback round through the kernel's TCP stack) and runs the WHATWG
 * stream machinery both ways; profiled on the event page, the hop cost ~1 ms of site CPU per render.
 * node:http sends the headers and the body in one write.
 */
import http from 'node:http';

/** Connections to the API are reused across requests; the agent honours the API's keep-alive timeout. */
const agent = new http.Agent({ keepAlive: true });
const IDLE_TIMEOUT_MS = 300_000;

export interface ApiAnswer {
  status: number;
  statusText: string;
  /** Names and values in turn, as received (http.IncomingMessage.rawHeaders). */
  rawHeaders: string[];
  body: Buffer;
}

/** One request to the API (an http: URL), its whole answer read; rejects like fetch on a network failure. */
export function requestApi(
  url: URL,
  options: {
    method: string;
    headers: http.OutgoingHttpHeaders;
    body: string | null;
    signal?: AbortSignal | null;
  },
): Promise<ApiAnswer> {
  const { body, signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<ApiAnswer>((resolve, reject) => {
    const headers = { ...options.headers };
    if (body !== null) headers['content-length'] = Buffer.byteLength(body);
    const request = http.request(url, { method: options.method, headers, agent, timeout: IDLE_TIMEOUT_MS });
    // node:http waits forever by default; undici's fetch gave up after this long without data.
    request.on('timeout', () => request.destroy(new Error('The API sent nothing for 300 s.')));
    const onAbort = () => request.destroy(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const fail = (error: unknown) => {
      signal?.removeEventListener('abort', onAbort);
      // What fetch rejects with on a network failure, so callers (urql) see the same error.
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
    };
    request.on('error', fail);
    request.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', fail);
      incoming.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve({
          status: incoming.statusCode ?? 500,
          statusText: incoming.statusMessage ?? '',
          rawHeaders: incoming.rawHeaders,
          body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
        });
      });
    });
    request.end(body ?? undefined);
  });
}

function headerRecord(headers: HeadersInit | undefined): http.OutgoingHttpHeaders {
  if (!headers) return {};
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(headers);
  return { ...headers };
}

/**
 * A fetch for the server's urql client (requestApi answered as a standard Response). Anything it does
 * not handle (another protocol, a Request object, a body that is not a string) goes to the global fetch.
 */
export async function apiFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = typeof input === 'string' ? new URL(input) : input instanceof URL ? input : null;
  const body = init.body ?? null;
  if (!url || url.protocol !== 'http:' || (body !== null && typeof body !== 'string')) {
    return fetch(input, init);
  }
  const answer = await requestApi(url, {
    method: init.method ?? 'GET',
    headers: headerRecord(init.headers),
    body,
    signal: init.signal,
  });
  const headers = new Headers();
  for (let i = 0; i < answer.rawHeaders.length; i += 2)
    headers.append(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
  // A Response may carry no body with these statuses.
  const empty = answer.status === 204 || answer.status === 205 || answer.status === 304;
  return new Response(empty ? null : (answer.body as Uint8Array<ArrayBuffer>), {
    status: answer.status,
    statusText: answer.statusText,
    headers,
  });
}

/**
 * A POST whose answer is read as text: requestApi for an http: URL (no Response object, whose header
 * checks and body stream cost the event page ~0.05 ms per read), the global fetch otherwise.
 */
export async function postToApi(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; statusText: string; text: string }> {
  const target = new URL(url);
  if (target.protocol !== 'http:') {
    const response = await fetch(target, { method: 'POST', headers, body });
    return { status: response.status, statusText: response.statusText, text: await response.text() };
  }
  const answer = await requestApi(target, { method: 'POST', headers, body });
  return { status: answer.status, statusText: answer.statusText, text: answer.body.toString('utf8') };
}
