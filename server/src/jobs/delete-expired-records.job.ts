import type { JobDefinition } from './job-definition';

/**
 * Once a day, deletes records that only ever accumulate and are of no use once old: the ids of
 * processed PayPal webhook events past PAYPAL_WEBHOOK_EVENT_RETENTION_DAYS, admin sessions that
 * have ended, and outgoing webhook events (with their delivery log) past WEBHOOK_LOG_RETENTION_DAYS
 * once none of their deliveries is pending, and files uploaded for FILE questions that no answer took
within a day. Business records (bookings, payments, refunds, audit log, e-mails, waivers) are kept.
 * Failed sign-in counters are deleted by rate-limiter-flexible itself, pg-boss's finished jobs by
 * pg-boss's maintenance (deleted 7 days after they finish). Deletes in short batches,
 * so two runs at once (replicas) only share the work.
 */
export const deleteExpiredRecordsJob: JobDefinition = {
  queue: 'delete-expired-records',
  // 03:17 UTC: a quiet hour, off the minute other schedules use.
  cron: '17 3 * * *',
  // A failed run is retried once; tomorrow's run would catch up anyway.
  queueOptions: { retryLimit: 1, retryDelay: 600, expireInSeconds: 3600, policy: 'singleton' },
  async handle(_data, context) {
    const ctx = context.requestContext();
    const paypalWebhookEvents = await context.services.paypalWebhooks.deleteOldWebhookEvents(ctx);
    const adminSessions = await context.services.auth.deleteEndedSessions(ctx);
    const webhookMessages = await context.services.webhookDelivery.deleteOldMessages(ctx);
    const unusedUploads = await context.services.questionFiles.deleteUnused(ctx);
    context.logger.info(
      { deleted: { paypalWebhookEvents, adminSessions, webhookMessages, unusedUploads } },
      'deleted expired records',
    );
  },
};
