import { DELIVER_WEBHOOK_QUEUE } from '../modules/webhooks/webhook-outbox';
import type { JobDefinition } from './job-definition';

/**
 * Attempts one webhook delivery soon after the change that caused it committed (the job is written by
 * that change's transaction, see webhook-outbox.ts). The queue does not retry it: a failed attempt
 * is rescheduled by the delivery itself (webhook-delivery.service.ts, about 3 days of backoff) and
 * picked up by deliver-due-webhooks, as is a delivery waiting for an earlier one of its booking.
 */
export const deliverWebhookJob: JobDefinition<{ deliveryId: string }> = {
  queue: DELIVER_WEBHOOK_QUEUE,
  workers: 2,
  pollingIntervalSeconds: 0.5,
  queueOptions: { retryLimit: 0, expireInSeconds: 300, retentionSeconds: 24 * 3600 },
  async handle({ deliveryId }, context) {
    await context.services.webhookDelivery.deliver(context.requestContext(), deliveryId);
  },
};
