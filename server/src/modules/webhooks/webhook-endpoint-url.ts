/**
 * Which URLs an endpoint may have: https:// in production (http:// also in development, for a
 * receiver on one's own machine), no user name or password in it (it would be shown and logged), and
 * in production no loopback, private or link-local host written as such. Names that resolve to such
 * addresses are refused at delivery (outbound-address-guard.ts).
 */
import net from 'node:net';
import { isNonPublicAddress } from './outbound-address-guard';

/** What is wrong with `value` as an endpoint URL, or null when nothing is. */
export function endpointUrlProblem(value: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL, e.g. https://example.com/webhooks';
  }
  if (value.length > 2000) return 'must have at most 2000 characters';
  if (production && url.protocol !== 'https:') return 'must start with https://';
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'must start with https:// (or http:// in development)';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (production) {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const literal = net.isIP(host) !== 0;
    if ((literal && isNonPublicAddress(host)) || host === 'localhost' || host.endsWith('.localhost')) {
      return 'must be on the public internet (no loopback, private or link-local address)';
    }
  }
  return null;
}
