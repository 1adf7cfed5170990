/**
 * POST /webhooks/paypal: PayPal's event notifications. The body is read raw, because PayPal's
 * signature covers its exact bytes. Answers:
 *   200  verified and applied, or a repeat of an event applied before, or about nothing of ours
 *   400  not a genuine PayPal event (signature refused, or not an event at all): nothing changes;
 *        obvious forgeries (payments/paypal-webhook-precheck.ts) without asking PayPal
 *   429  too many deliveries from the client's address (Retry-After): PayPal delivers it again
 *   503  PayPal could not be asked (to verify, or for the order's state): PayPal delivers it again
 */
import express, { Router } from 'express';
import { createRequestContext } from '../../common/request-context';
import type { Logger } from '../../logger';
import type { AddressRateLimiter } from '../../db/address-rate-limiter';
import { PaymentProviderError } from '../payments/payment-errors';
import { parsePayPalWebhookEvent } from '../payments/paypal-webhook-event';
import { webhookPrecheckRefusal } from '../payments/paypal-webhook-precheck';
import type { PayPalGateway } from '../payments/paypal.gateway';
import type { PayPalWebhooksService } from './paypal-webhooks.service';

export const PAYPAL_WEBHOOK_PATH = '/webhooks/paypal';

export interface PayPalWebhookDependencies {
  gateway: PayPalGateway;
  webhooks: PayPalWebhooksService;
  clock: () => Date;
  /** Deliveries per client address. */
  limiter: AddressRateLimiter;
  certOrigins: readonly string[];
  maxClockSkewMs: number;
}

export function paypalWebhookRoutes({
  gateway,
  webhooks,
  clock,
  limiter,
  certOrigins,
  maxClockSkewMs,
}: PayPalWebhookDependencies): Router {
  const router = Router();
  router.post(PAYPAL_WEBHOOK_PATH, express.raw({ type: () => true, limit: '256kb' }), async (req, res) => {
    const log = (req as unknown as { log: Logger }).log;
    const rate = await limiter.consume(req.ip ?? 'unknown');
    if (!rate.allowed) {
      log.warn('PayPal webhook refused: too many deliveries from this address');
      res.setHeader('Retry-After', String(rate.retryAfterSeconds));
      res.status(429).json({ error: 'Too many requests, try again later' });
      return;
    }
    // PayPal stamps transmissions by the real clock: compared with ours, not the app's (tests move it).
    const refusal = webhookPrecheckRefusal(req.headers, { certOrigins, maxClockSkewMs, now: new Date() });
    if (refusal) {
      log.warn({ refusal }, 'PayPal webhook refused before verification');
      res.status(400).json({ error: 'Invalid webhook' });
      return;
    }
    const rawBody = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    let genuine: boolean;
    try {
      genuine = await gateway.verifyWebhookSignature({ headers: req.headers, rawBody });
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      log.warn({ err: error }, 'PayPal webhook could not be verified now');
      res.status(503).json({ error: 'Verification unavailable, try again later' });
      return;
    }
    const event = genuine ? parsePayPalWebhookEvent(rawBody) : null;
    if (!event) {
      log.warn('PayPal webhook refused: signature not verified');
      res.status(400).json({ error: 'Invalid webhook' });
      return;
    }
    try {
      const ctx = createRequestContext({ requestId: String(req.id), now: clock(), logger: log });
      const outcome = await webhooks.handleWebhookEvent(ctx, event);
      log.info({ eventId: event.eventId, eventType: event.eventType, outcome }, 'PayPal webhook');
      res.status(200).json({ outcome });
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      log.warn({ err: error, eventId: event.eventId }, 'PayPal webhook not applied now');
      res.status(503).json({ error: 'Try again later' });
    }
  });
  return router;
}
