import { randomUUID } from 'node:crypto';
import { dev } from '$app/environment';
import type { Handle, HandleFetch, HandleServerError, RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { apiUrl } from '$lib/server/api';
import { cacheControlFor, hasCookie } from '$lib/server/cache-control';
import { ADDRESS_HEADERS, FORWARDED_USER_AGENT_HEADER } from '$lib/server/client-address';
import { compressHtml } from '$lib/server/compress';
import { crossSiteFormRefusal, isForbiddenCrossSiteForm } from '$lib/server/form-origin';
import { requestClientAddress } from '$lib/server/request-client-address';
import { createApiQuery, createServerGraphQLClient } from '$lib/server/graphql';
import { applySecurityHeaders } from '$lib/server/security-headers';
import { fillTestModeNotice, paymentTestMode } from '$lib/server/test-mode-notice';

/** Headers that describe one hop, not the message; they are not forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length'];

/**
 * The browser talks to the API through this site's own /graphql, so session cookies and CSRF
 * protection work without CORS; PayPal's webhooks (/webhooks/*) reach the API the same way, since in
 * production only the site is reachable. The client address goes along in X-Forwarded-For, which the
 * API believes from this site only (TRUST_PROXY); address headers the client sent are dropped.
 */
async function forwardToApi(event: RequestEvent): Promise<Response> {
  const headers = new Headers(event.request.headers);
  for (const name of [...HOP_BY_HOP, ...ADDRESS_HEADERS, FORWARDED_USER_AGENT_HEADER]) headers.delete(name);
  headers.set('x-forwarded-for', requestClientAddress(event));
  headers.set('x-forwarded-proto', event.url.protocol.replace(':', ''));
  const hasBody = event.request.method !== 'GET' && event.request.method !== 'HEAD';

  const upstream = await fetch(`${apiUrl()}${event.url.pathname}${event.url.search}`, {
    method: event.request.method,
    headers,
    body: hasBody ? await event.request.arrayBuffer() : undefined,
  });
  const responseHeaders = new Headers(upstream.headers);
  // fetch has already decoded the body.
  responseHeaders.delete('content-encoding');
  responseHeaders.delete('content-length');
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

/** Edits a response's headers, copying the response if its headers are immutable (fetch answers). */
function withHeaders(response: Response, edit: (headers: Headers) => void): Response {
  try {
    edit(response.headers);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    edit(headers);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** Whether the pay form may lead to the PayPal simulator; a page whose API is down leads nowhere. */
async function simulatorInUse(event: RequestEvent, response: Response): Promise<boolean> {
  if (!event.locals.graphql || !response.headers.has('content-security-policy')) return false;
  return paymentTestMode(event.locals.graphql).catch(() => false);
}

/**
 * What every answer of the site gets, in one place: Cache-Control (see cache-control.ts), the
 * security headers (security-headers.ts) and, for HTML, compression (compress.ts).
 */
async function finish(event: RequestEvent, response: Response, fromApi: boolean): Promise<Response> {
  const cacheControl = cacheControlFor({
    method: event.request.method,
    url: event.url,
    hasSession: hasCookie(event.request.headers.get('cookie'), env.SESSION_COOKIE_NAME || 'evt_session'),
    status: response.status,
    setsCookie: response.headers.has('set-cookie'),
  });
  const options = {
    production: env.NODE_ENV === 'production',
    paymentTestMode: fromApi ? false : await simulatorInUse(event, response),
  };
  const finished = withHeaders(response, (headers) => {
    headers.set('cache-control', cacheControl);
    applySecurityHeaders(headers, options, !fromApi);
  });
  return compressHtml(event.request, finished);
}

export const handle: Handle = async ({ event, resolve }) => {
  // SvelteKit's own check, which svelte.config.js switches off to let one-click unsubscribes in (like
  // SvelteKit's, not while developing).
  if (!dev && isForbiddenCrossSiteForm(event.request, event.url)) {
    return finish(event, crossSiteFormRefusal(event.request), false);
  }
  // Liveness of the site itself (the container's HEALTHCHECK), independent of the API.
  if (event.url.pathname === '/healthz') {
    return finish(event, new Response('ok', { headers: { 'content-type': 'text/plain' } }), false);
  }
  const { pathname } = event.url;
  const toApi = pathname === '/graphql' || pathname.startsWith('/webhooks/');
  if (!toApi) {
    event.locals.graphql = createServerGraphQLClient(event);
    event.locals.queryApi = createApiQuery(event);
  }
  const response = toApi
    ? await forwardToApi(event)
    : await resolve(event, {
        transformPageChunk: ({ html }) => fillTestModeNotice(html, event.locals.graphql),
      });
  return finish(event, response, toApi);
};

/** Server-side loads reach the API directly; they name the client too, for the API's rate limits and logs. */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  if (!request.url.startsWith(`${apiUrl()}/`)) return fetch(request);
  const headers = new Headers(request.headers);
  for (const name of ADDRESS_HEADERS) headers.delete(name);
  headers.set('x-forwarded-for', requestClientAddress(event));
  return fetch(new Request(request, { headers }));
};

/** Unexpected errors are logged with an id the error page shows; the shopper never sees details. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status === 404) return { message };
  const errorId = randomUUID();
  console.error(`[${errorId}] ${event.request.method} ${event.url.pathname} failed:`, error);
  return { message: 'Something went wrong on our side.', errorId };
};
