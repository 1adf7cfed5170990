/**
 * What a PayPal webhook delivery must look like before PayPal is asked to verify it: every
 * transmission header present, a certificate URL on one of PayPal's hosts over HTTPS (in test mode
 * also the built-in simulator's own), and a transmission time close to now. Each delivery, retries
 * included, is a new transmission with its own time; anything else is refused without a PayPal call,
 * so a flood of forgeries costs us no verification round trips.
 */

/** The hosts PayPal serves its webhook signing certificates from. */
export const PAYPAL_CERT_HOSTS: readonly string[] = ['api.paypal.com', 'api.sandbox.paypal.com'];

export const PAYPAL_TRANSMISSION_HEADERS = [
  'paypal-auth-algo',
  'paypal-cert-url',
  'paypal-transmission-id',
  'paypal-transmission-sig',
  'paypal-transmission-time',
] as const;

export interface WebhookPrecheckOptions {
  /** Accepted certificate URL origins, e.g. `https://api.paypal.com`. */
  certOrigins: readonly string[];
  /** How far the transmission time may be from now, either way. */
  maxClockSkewMs: number;
  now: Date;
}

/** Why the delivery is refused without asking PayPal, or null when PayPal should verify it. */
export function webhookPrecheckRefusal(
  headers: Record<string, string | string[] | undefined>,
  options: WebhookPrecheckOptions,
): string | null {
  const header = (name: string) => {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const missing = PAYPAL_TRANSMISSION_HEADERS.filter((name) => !header(name));
  if (missing.length > 0) return `missing ${missing.join(', ')}`;

  let certOrigin: string;
  try {
    certOrigin = new URL(header('paypal-cert-url')!).origin;
  } catch {
    return 'paypal-cert-url is not a URL';
  }
  if (!options.certOrigins.includes(certOrigin)) return `paypal-cert-url on ${certOrigin}, not PayPal`;

  const sentAt = Date.parse(header('paypal-transmission-time')!);
  if (Number.isNaN(sentAt)) return 'paypal-transmission-time is not a time';
  if (Math.abs(options.now.getTime() - sentAt) > options.maxClockSkewMs) {
    return 'paypal-transmission-time too far from now';
  }
  return null;
}
