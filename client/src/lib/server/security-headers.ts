/**
 * Security headers of every response of the site (hooks.server.ts applies them in one place). Pages
 * carry SvelteKit's Content-Security-Policy (kit.csp in svelte.config.js, script hashes included);
 * this adds its run-time part, form-action, and a deny-all policy for everything that is not a page.
 */

/**
 * PayPal's checkout pages. "Pay with PayPal" is a plain form POST answered by a redirect there, and
 * browsers check form-action against every redirect of a form submission.
 */
export const PAYPAL_CHECKOUT_ORIGINS = ['https://www.paypal.com', 'https://www.sandbox.paypal.com'];

/** The API's built-in PayPal simulator (test mode only) listens on a loopback port chosen at start. */
export const SIMULATOR_ORIGINS = ['http://127.0.0.1:*'];

/** Policy of answers that are not pages (downloads, redirects, the API's JSON): nothing may run. */
export const NON_PAGE_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** One year; sent only in production, where the site is reached over HTTPS. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** Where the site's forms may go: itself and, after the pay form, PayPal (or its simulator). */
export function formActionDirective(paymentTestMode: boolean): string {
  const sources = ["'self'", ...PAYPAL_CHECKOUT_ORIGINS, ...(paymentTestMode ? SIMULATOR_ORIGINS : [])];
  return `form-action ${sources.join(' ')}`;
}

export interface SecurityHeaderOptions {
  production: boolean;
  /** Payments go to the PayPal simulator (the API says so; see test-mode-notice.ts). */
  paymentTestMode: boolean;
}

/**
 * Sets the security headers on `headers`. A page's policy (from SvelteKit) gets form-action; any
 * other answer without a policy of its own gets the deny-all one. `ownAnswer` is false for answers
 * the API gave (the proxied /graphql and /webhooks), which keep the API's policy as it is.
 */
export function applySecurityHeaders(
  headers: Headers,
  options: SecurityHeaderOptions,
  ownAnswer = true,
): void {
  const policy = headers.get('content-security-policy');
  if (policy && ownAnswer && !/(^|;)\s*form-action\s/.test(policy)) {
    headers.set('content-security-policy', `${policy}; ${formActionDirective(options.paymentTestMode)}`);
  } else if (!policy) {
    headers.set('content-security-policy', NON_PAGE_POLICY);
  }
  headers.set('x-frame-options', 'DENY');
  headers.set('x-content-type-options', 'nosniff');
  // Same-origin: links in booking pages and private event links (`?key=`) never leak their token.
  headers.set('referrer-policy', 'same-origin');
  if (options.production) headers.set('strict-transport-security', HSTS);
}
