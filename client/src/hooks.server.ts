import type { Handle, HandleServerError } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { apiUrl } from '$lib/server/api';
import { createServerGraphQLClient } from '$lib/server/graphql';

/** Headers that describe one hop, not the message; they are not forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length'];

/**
 * The browser talks to the API through this site's own /graphql, so session cookies and CSRF
 * protection work without CORS. The client address goes along in X-Forwarded-For.
 */
export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname !== '/graphql') {
    event.locals.graphql = createServerGraphQLClient(event);
    return resolve(event);
  }

  const headers = new Headers(event.request.headers);
  for (const name of HOP_BY_HOP) headers.delete(name);
  headers.set('x-forwarded-for', event.getClientAddress());
  headers.set('x-forwarded-proto', event.url.protocol.replace(':', ''));
  const hasBody = event.request.method !== 'GET' && event.request.method !== 'HEAD';

  const upstream = await fetch(`${apiUrl()}/graphql${event.url.search}`, {
    method: event.request.method,
    headers,
    body: hasBody ? await event.request.arrayBuffer() : undefined,
  });
  const responseHeaders = new Headers(upstream.headers);
  // fetch has already decoded the body.
  responseHeaders.delete('content-encoding');
  responseHeaders.delete('content-length');
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
};

/** Unexpected errors are logged with an id the error page shows; the shopper never sees details. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status === 404) return { message };
  const errorId = randomUUID();
  console.error(`[${errorId}] ${event.request.method} ${event.url.pathname} failed:`, error);
  return { message: 'Something went wrong on our side.', errorId };
};
