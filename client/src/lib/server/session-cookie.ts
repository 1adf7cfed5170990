/**
 * The admin session cookie is set by the API (login) and cleared by it (logout). When the site's
 * server makes those calls in a form action, the API's Set-Cookie is copied onto the site's own
 * response with the API's attributes (the API sets no Domain, so the cookie stays on this site).
 */
import type { Cookies } from '@sveltejs/kit';

export interface ParsedSetCookie {
  name: string;
  value: string;
  options: {
    path: string;
    httpOnly: boolean;
    secure: boolean;
    sameSite?: 'lax' | 'strict' | 'none';
    maxAge?: number;
    expires?: Date;
  };
}

export function parseSetCookie(header: string): ParsedSetCookie | null {
  const [pair, ...attributes] = header.split(';');
  const equals = pair.indexOf('=');
  if (equals <= 0) return null;
  const parsed: ParsedSetCookie = {
    name: pair.slice(0, equals).trim(),
    value: pair.slice(equals + 1).trim(),
    options: { path: '/', httpOnly: false, secure: false },
  };
  for (const attribute of attributes) {
    const [rawKey, ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'path') parsed.options.path = value || '/';
    else if (key === 'httponly') parsed.options.httpOnly = true;
    else if (key === 'secure') parsed.options.secure = true;
    else if (key === 'samesite') {
      const lower = value.toLowerCase();
      if (lower === 'lax' || lower === 'strict' || lower === 'none') parsed.options.sameSite = lower;
    } else if (key === 'max-age' && /^-?\d+$/.test(value)) parsed.options.maxAge = Number(value);
    else if (key === 'expires' && !Number.isNaN(Date.parse(value))) parsed.options.expires = new Date(value);
  }
  return parsed;
}

/** Copies every Set-Cookie of an API response onto this request's response. */
export function forwardSetCookies(response: Response, cookies: Cookies): void {
  for (const header of response.headers.getSetCookie()) {
    const parsed = parseSetCookie(header);
    if (!parsed) continue;
    // The value is already encoded as the API wrote it.
    cookies.set(parsed.name, parsed.value, { ...parsed.options, encode: (value) => value });
  }
}
