import { describe, expect, it } from '@jest/globals';
import { crossSiteFormRefusal, isForbiddenCrossSiteForm } from './form-origin';

const SITE = 'https://tickets.example.org';

function post(path: string, headers: Record<string, string>, method = 'POST') {
  const url = new URL(path, SITE);
  return { request: new Request(url, { method, headers, body: 'x=1' }), url };
}

function forbidden(path: string, headers: Record<string, string>, method = 'POST'): boolean {
  const { request, url } = post(path, headers, method);
  return isForbiddenCrossSiteForm(request, url);
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('cross-site form posts', () => {
  it('refuses a form post from another origin, or with no Origin, whatever the form content type', () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain;charset=UTF-8',
      'application/x-sveltekit-formdata',
    ]) {
      expect(forbidden('/admin/login', { 'content-type': type, origin: 'https://evil.example' })).toBe(true);
    }
    expect(forbidden('/admin/login', FORM)).toBe(true);
    expect(forbidden('/admin/events/1', { ...FORM, origin: 'null' }, 'DELETE')).toBe(true);
    // The path of the unsubscribe route, but not the route itself.
    expect(forbidden('/unsubscribe/abc/more', { ...FORM, origin: 'https://evil.example' })).toBe(true);
  });

  it('lets through same-origin forms, non-form bodies and safe methods, as SvelteKit does', () => {
    expect(forbidden('/admin/login', { ...FORM, origin: SITE })).toBe(false);
    expect(
      forbidden('/graphql', { 'content-type': 'application/json', origin: 'https://evil.example' }),
    ).toBe(false);
    const get = new Request(new URL('/admin', SITE), {
      headers: { ...FORM, origin: 'https://evil.example' },
    });
    expect(isForbiddenCrossSiteForm(get, new URL(get.url))).toBe(false);
  });

  it("lets a mail client's one-click unsubscribe through (RFC 8058)", () => {
    expect(forbidden('/unsubscribe/Zx81QmT0vBn4Lk2Rp7Yc', { ...FORM, origin: 'https://mail.example' })).toBe(
      false,
    );
    expect(forbidden('/unsubscribe/Zx81QmT0vBn4Lk2Rp7Yc', { 'content-type': 'multipart/form-data' })).toBe(
      false,
    );
  });

  it("answers 403 in SvelteKit's words, as JSON when asked", async () => {
    const { request } = post('/admin/login', { ...FORM, accept: 'application/json' });
    const json = crossSiteFormRefusal(request);
    expect(json.status).toBe(403);
    expect(await json.json()).toEqual({ message: 'Cross-site POST form submissions are forbidden' });
    const text = crossSiteFormRefusal(post('/admin/login', FORM).request);
    expect(await text.text()).toBe('Cross-site POST form submissions are forbidden');
  });
});
