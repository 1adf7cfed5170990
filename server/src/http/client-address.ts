/**
 * The client address everything downstream uses (`req.ip`: rate limits, logs). Express derives
 * `req.ip` from X-Forwarded-For, believing only the hops TRUST_PROXY names. With CLIENT_IP_HEADER set
 * (e.g. `cf-connecting-ip`, when a Cloudflare tunnel reaches the API directly) the address comes from
 * that header instead, but only when the connection itself comes from a trusted proxy and the value is
 * an IP address, so a client that reaches the API directly cannot choose its own address.
 */
import net from 'node:net';
import type { Request, RequestHandler } from 'express';

/**
 * TRUST_PROXY as express wants it: a whole number is a hop count (express reads a string as a list of
 * addresses and would reject "1"), anything else an address, subnet or name list such as `loopback`.
 */
export function trustProxySetting(value: string): string | number {
  return /^\d+$/.test(value) ? Number(value) : value;
}

type TrustFunction = (address: string, hop: number) => boolean;

/** The address named by `header` when a trusted proxy sent it, else undefined. */
export function addressFromHeader(req: Request, header: string): string | undefined {
  const peer = req.socket.remoteAddress;
  const trust = req.app.get('trust proxy fn') as TrustFunction | undefined;
  if (!peer || !trust || !trust(peer, 0)) return undefined;
  const given = req.headers[header];
  const value = typeof given === 'string' ? given.trim() : undefined;
  return value && net.isIP(value) ? value : undefined;
}

/**
 * The site's server calls the API for the buyer (form actions, server loads): its own user agent is
 * `node`, so it sends the browser's in this header. Believed only from a trusted proxy, like the address.
 */
export const FORWARDED_USER_AGENT_HEADER = 'x-forwarded-user-agent';

/** The user agent of the person behind a request: the forwarded one from a trusted proxy, else its own. */
export function requestUserAgent(req: Request): string | null {
  const peer = req.socket.remoteAddress;
  const trust = req.app.get('trust proxy fn') as TrustFunction | undefined;
  const forwarded = req.headers[FORWARDED_USER_AGENT_HEADER];
  if (peer && trust?.(peer, 0) && typeof forwarded === 'string' && forwarded.trim()) return forwarded.trim();
  return req.headers['user-agent'] ?? null;
}

export function clientAddress(header: string | undefined): RequestHandler {
  return (req, _res, next) => {
    const fromHeader = header ? addressFromHeader(req, header) : undefined;
    // Shadows express's `ip` getter for this request only.
    if (fromHeader) Object.defineProperty(req, 'ip', { value: fromHeader, configurable: true });
    next();
  };
}
