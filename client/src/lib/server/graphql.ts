/**
 * The GraphQL client for server loads and actions: calls the API directly (not through this site's
 * /graphql) with the shopper's address, so the API's logs and rate limits see the real client.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Client } from '@urql/svelte';
import { createGraphQLClient } from '$lib/graphql/client';
import { apiUrl } from './api';
import { apiFetch } from './api-fetch';
import { FORWARDED_USER_AGENT_HEADER } from './client-address';
import { requestClientAddress } from './request-client-address';

/** What every call to the API for a browser's request carries: its address, user agent and cookies. */
export function apiRequestHeaders(event: RequestEvent): Record<string, string> {
  const headers: Record<string, string> = {
    'x-forwarded-for': requestClientAddress(event),
    'x-forwarded-proto': event.url.protocol.replace(':', ''),
  };
  // This server's own user agent is `node`: the API records the browser's (e.g. on a waiver signature),
  // believing the header from this site only (TRUST_PROXY), like the address.
  const userAgent = event.request.headers.get('user-agent');
  if (userAgent) headers[FORWARDED_USER_AGENT_HEADER] = userAgent;
  // Sessions (the admin area) live in cookies on this site's domain; the API reads them.
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.cookie = cookie;
  return headers;
}

export function createServerGraphQLClient(event: RequestEvent): Client {
  return createGraphQLClient({
    url: `${apiUrl()}/graphql`,
    // Not SvelteKit's event.fetch (nor undici's fetch under it): api-fetch.ts says why. The headers the
    // API needs (address, user agent, cookies) are all set here; no cookie jar or origin is involved.
    fetch: apiFetch,
    headers: apiRequestHeaders(event),
  });
}

