/**
 * The address of the person behind a request. With CLIENT_IP_HEADER set (`cf-connecting-ip` behind a
 * Cloudflare tunnel, where only the tunnel can reach the site) it is that header when it holds an IP
 * address; otherwise, or when the header is absent (a health check from inside the container), the
 * connection's own address. Client-supplied X-Forwarded-For is never believed here.
 */
import { isIP } from 'node:net';

export function clientAddress(
  headers: Headers,
  header: string | undefined,
  connectionAddress: () => string,
): string {
  const given = header ? headers.get(header)?.trim() : undefined;
  return given && isIP(given) ? given : connectionAddress();
}

/** Headers through which a client could claim an address; the site never passes them on to the API. */
export const ADDRESS_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-real-ip',
  'true-client-ip',
  'cf-connecting-ip',
];

/**
 * The browser's user agent as this site's server passes it to the API (its own is `node`). A client
 * may not send it through the site: the site drops it and sets it itself.
 */
export const FORWARDED_USER_AGENT_HEADER = 'x-forwarded-user-agent';
