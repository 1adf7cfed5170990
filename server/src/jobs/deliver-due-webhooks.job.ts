import type { JobDefinition } from './job-definition';

/**
 * Webhook deliveries whose (next) attempt is due: retries after their backoff, deliveries that waited
 * for an earlier one of their booking, and any whose deliver-webhook job was lost. Every minute across
 * the replicas, and every WEBHOOK_SWEEP_SECONDS in each process; claims keep two sweeps apart.
 */
export const deliverDueWebhooksJob: JobDefinition = {
  queue: 'deliver-due-webhooks',
  cron: '* * * * *',
  intervalSeconds: (config) => config.webhooks.sweepSeconds,
  queueOptions: { retryLimit: 0, expireInSeconds: 300, retentionSeconds: 3600, policy: 'singleton' },
  async handle(_data, context) {
    const counts = await context.services.webhookDelivery.deliverDue(context.requestContext(), 200);
    if (counts.DELIVERED + counts.RETRY + counts.FAILED > 0) {
      context.logger.info({ ...counts }, 'swept the webhook outbox');
    }
  },
};
