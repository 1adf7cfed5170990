/**
 * Where the site's server finds the API: API_URL (e.g. http://api:4400 in Docker), else the API's
 * default port on loopback. Server-only: browsers always talk to this site's own /graphql.
 */
import { env } from '$env/dynamic/private';

export function apiUrl(): string {
  return (env.API_URL || `http://127.0.0.1:${env.API_PORT || '4400'}`).replace(/\/+$/, '');
}

/** Runs a GraphQL operation against the API from the site's server (SSR loads). */
export async function apiRequest<T>(
  fetchFn: typeof fetch,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetchFn(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) {
    throw new Error(
      body.errors?.map((error) => error.message).join('; ') || `API answered ${response.status}`,
    );
  }
  return body.data;
}
