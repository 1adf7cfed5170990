/**
 * The one place a GraphQL client is made. The browser gets one for the site's own /graphql (the
 * site's server forwards it to the API, so cookies and CSRF protection work without CORS); the
 * site's server gets one per request for the API itself (see $lib/server/graphql.ts).
 */
import { Client, cacheExchange, fetchExchange, type CombinedError } from '@urql/svelte';

export interface GraphQLClientOptions {
  /** Absolute URL of the API on the server; the same-origin '/graphql' in the browser. */
  url: string;
  /** The server's fetch to the API ($lib/server/api-fetch.ts); the global fetch otherwise. */
  fetch?: typeof fetch;
  /** Extra request headers (the server forwards the shopper's address and cookies). */
  headers?: Record<string, string>;
}

export function createGraphQLClient({ url, fetch, headers }: GraphQLClientOptions): Client {
  return new Client({
    url,
    fetch,
    exchanges: [cacheExchange, fetchExchange],
    // @urql/core 6 sends queries as GET by default, which Apollo's CSRF prevention refuses.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'content-type': 'application/json', ...headers } }),
  });
}

/** Turns a failed operation into an exception, so a load fails loudly instead of showing half a page. */
export function unwrap<T>(result: { data?: T; error?: CombinedError }): T {
  if (result.error) throw result.error;
  if (result.data === undefined) throw new Error('The API returned no data.');
  return result.data;
}
