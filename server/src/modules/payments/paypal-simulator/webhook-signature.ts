/**
 * The simulator's webhook signatures. Real PayPal signs `transmission id|time|webhook id|crc32(body)`
 * with an RSA certificate; the simulator signs the same string with an HMAC under a secret of its own,
 * which is enough for its verify endpoint to accept genuine events and reject forged or altered ones.
 * The body it signs is the compact JSON of the event (what it sends, and what a verify request's
 * `webhook_event` re-serialises to).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** What PayPal puts in paypal-auth-algo; kept so receivers see the real header values. */
export const WEBHOOK_AUTH_ALGO = 'SHA256withRSA';

export interface SignatureInput {
  transmissionId: string;
  transmissionTime: string;
  webhookId: string;
  body: string;
}

export function signWebhook(secret: Buffer, input: SignatureInput): string {
  const message = [input.transmissionId, input.transmissionTime, input.webhookId, crc32(input.body)].join(
    '|',
  );
  return createHmac('sha256', secret).update(message).digest('base64');
}

export function isValidWebhookSignature(secret: Buffer, input: SignatureInput, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, input));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
