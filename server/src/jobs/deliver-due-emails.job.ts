import type { JobDefinition } from './job-definition';

/**
 * The safety net under deliver-email: every minute, delivers waiting messages whose backoff has
 * passed (a message whose job was lost, or enqueued while no job runner was installed).
 */
export const deliverDueEmailsJob: JobDefinition = {
  queue: 'deliver-due-emails',
  cron: '* * * * *',
  queueOptions: { retryLimit: 0, expireInSeconds: 300, retentionSeconds: 3600, policy: 'singleton' },
  async handle(_data, context) {
    const { delivered, failed } = await context.services.email.deliverDue(context.requestContext(), 50);
    if (delivered + failed > 0) context.logger.info({ delivered, failed }, 'swept the e-mail outbox');
  },
};
