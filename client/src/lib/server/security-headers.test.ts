import { describe, expect, it } from '@jest/globals';
import { applySecurityHeaders, formActionDirective, HSTS, NON_PAGE_POLICY } from './security-headers';

const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-abc'; frame-ancestors 'none'";

function headersOf(init: Record<string, string>, production = false, paymentTestMode = false, own = true) {
  const headers = new Headers(init);
  applySecurityHeaders(headers, { production, paymentTestMode }, own);
  return headers;
}

describe('security headers', () => {
  it('gives a page its form-action: itself and PayPal, plus the simulator only in test mode', () => {
    expect(formActionDirective(false)).toBe(
      "form-action 'self' https://www.paypal.com https://www.sandbox.paypal.com",
    );
    expect(formActionDirective(true)).toContain('http://127.0.0.1:*');
    const policy = headersOf({ 'content-security-policy': PAGE_POLICY }, false, true).get(
      'content-security-policy',
    );
    expect(policy).toBe(`${PAGE_POLICY}; ${formActionDirective(true)}`);
  });

  it('gives answers without a policy the deny-all one, and leaves the API its own', () => {
    expect(headersOf({ 'content-type': 'text/csv' }).get('content-security-policy')).toBe(NON_PAGE_POLICY);
    const apiPolicy = "frame-ancestors 'none'";
    expect(
      headersOf({ 'content-security-policy': apiPolicy }, false, false, false).get('content-security-policy'),
    ).toBe(apiPolicy);
  });

  it('forbids framing and sniffing, keeps referrers on the site, and asks for HTTPS in production only', () => {
    const headers = headersOf({});
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
    expect(headers.has('strict-transport-security')).toBe(false);
    expect(headersOf({}, true).get('strict-transport-security')).toBe(HSTS);
  });
});
