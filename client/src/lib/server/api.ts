/**
 * Where the site's server finds the API: API_URL (e.g. http://api:4400 in Docker), else the API's
 * default port on loopback. Server-only: browsers always talk to this site's own /graphql.
 */
import { env } from '$env/dynamic/private';

export function apiUrl(): string {
  return (env.API_URL || `http://127.0.0.1:${env.API_PORT || '4400'}`).replace(/\/+$/, '');
}
