import type { JobDefinition } from './job-definition';

/**
 * Every minute, settles PayPal orders whose buyer never came back (or whose answer got lost):
 * ReconciliationService.reconcile. pg-boss sends the scheduled job once per minute across replicas,
 * the singleton policy keeps a slow run from overlapping the next, and every step is idempotent anyway.
 */
export const reconcilePaymentsJob: JobDefinition = {
  queue: 'reconcile-payments',
  cron: '* * * * *',
  queueOptions: { retryLimit: 0, expireInSeconds: 300, retentionSeconds: 3600, policy: 'singleton' },
  async handle(_data, context) {
    const ctx = context.requestContext();
    const settled = await context.services.reconciliation.reconcile(ctx);
    if (settled > 0) context.logger.info({ settled }, 'reconciled PayPal orders');
  },
};
