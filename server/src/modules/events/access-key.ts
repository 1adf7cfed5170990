import { randomBytes } from 'node:crypto';

/** A private event's secret: 192 random bits, URL-safe. */
export function newAccessKey(): string {
  return randomBytes(24).toString('base64url');
}

/** The shopper's link to a private event. */
export function privateEventLink(siteUrl: string, slug: string, accessKey: string): string {
  return `${siteUrl}/events/${encodeURIComponent(slug)}?key=${encodeURIComponent(accessKey)}`;
}
