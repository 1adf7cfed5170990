import { DELIVER_EMAIL_QUEUE } from '../modules/email/email.service';
import type { JobDefinition } from './job-definition';

/**
 * Sends one outbox message. Its job is enqueued in the transaction that enqueued the message
 * (EmailService.enqueue sends it with `tx.enqueue`, through the queue the runner attaches to the unit
 * of work when it starts), so it exists exactly when
 * the message does. A failed send throws, and pg-boss retries it with exponential backoff (2 s, 4 s,
 * 8 s ... about 2.3 hours over 12 retries); after the last retry the message is kept as FAILED for
 * admins to resend. `deliver` claims the message first, so a message is sent once even if the
 * sweep (deliver-due-emails) or another worker reaches it at the same time.
 */
export const deliverEmailJob: JobDefinition<{ emailId: string }> = {
  queue: DELIVER_EMAIL_QUEUE,
  // A confirmation should arrive within seconds, and a burst of bookings should not queue up behind
  // one slow SMTP exchange: a few workers per process, polling every half second.
  workers: 4,
  pollingIntervalSeconds: 0.5,
  queueOptions: {
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 300,
    retentionSeconds: 7 * 24 * 3600,
  },
  async handle({ emailId }, context, job) {
    const ctx = context.requestContext();
    try {
      await context.services.email.deliver(ctx, emailId);
    } catch (error) {
      if (job && job.retryCount >= job.retryLimit) {
        const reason = error instanceof Error ? error.message : String(error);
        await context.services.email.markFailed(
          ctx,
          emailId,
          `gave up after ${job.retryCount + 1} attempts: ${reason}`,
        );
        context.logger.error({ err: error, emailId }, 'e-mail delivery failed for good');
        return;
      }
      throw error;
    }
  },
};
