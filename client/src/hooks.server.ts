import type { Handle } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/api';

/** Headers that describe one hop, not the message; they are not forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length'];

/**
 * The browser talks to the API through this site's own /graphql, so session cookies and CSRF
 * protection work without CORS. The client address goes along in X-Forwarded-For.
 */
export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname !== '/graphql') return resolve(event);

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
