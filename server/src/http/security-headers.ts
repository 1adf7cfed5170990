/**
 * Security headers of the API's answers, the same as the site's (client/src/lib/server/
 * security-headers.ts). The API answers JSON, so its policy lets nothing run; the one HTML page it
 * serves at /graphql, the explorer's landing page (development only; Apollo's Sandbox or GraphiQL, see
 * http/explorer.ts), carries its own policy in a <meta> (Sandbox: nonce'd scripts and styles from
 * Apollo's CDN, its iframe), so the header adds only what a <meta> cannot: no framing.
 */
import type { RequestHandler } from 'express';

/** Answers that are not pages: nothing may load, run, frame them or be posted from them. */
export const NON_PAGE_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Apollo's Sandbox page: its own <meta> policy applies; this header only forbids framing it. */
export const SANDBOX_PAGE_POLICY = "frame-ancestors 'none'; form-action 'none'";

export const HSTS = 'max-age=31536000; includeSubDomains';

/** The headers every HTML page gets besides its Content-Security-Policy. */
export function pageSecurityHeaders(production: boolean): Record<string, string> {
  return {
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    ...(production && { 'strict-transport-security': HSTS }),
  };
}

export function securityHeaders(options: { production: boolean; explorer: boolean }): RequestHandler {
  const headers = pageSecurityHeaders(options.production);
  return (req, res, next) => {
    res.set(headers);
    // The explorer's landing page (http/explorer.ts); the offline explorer sets its own policy.
    const sandboxPage = options.explorer && req.method === 'GET' && req.path === '/graphql';
    res.set('content-security-policy', sandboxPage ? SANDBOX_PAGE_POLICY : NON_PAGE_POLICY);
    next();
  };
}
