import { SEND_EVENT_MESSAGES_QUEUE } from '../modules/messages/event-message-sending.service';
import type { JobDefinition } from './job-definition';

/**
 * Sends due reminders (reminder rules) and due messages to attendees. Every minute (once across
 * replicas), also swept every JOBS_MESSAGES_SWEEP_SECONDS in each process, and nudged by "send now":
 * overlapping runs share the work, as each recipient is reached once (messages/recipient-fanout.ts).
 */
export const eventMessagesJob: JobDefinition = {
  queue: SEND_EVENT_MESSAGES_QUEUE,
  cron: '* * * * *',
  intervalSeconds: (config) => config.jobs.messagesSweepSeconds,
  pollingIntervalSeconds: 0.5,
  // A failed run is not retried: the next one, a minute later at most, does the same work.
  queueOptions: { retryLimit: 0, expireInSeconds: 600, retentionSeconds: 3600 },
  async handle(_data, context) {
    const ctx = context.requestContext();
    const reminders = await context.services.reminderSending.sendDueReminders(ctx);
    const messages = await context.services.eventMessageSending.sendDueMessages(ctx);
    if (reminders + messages > 0)
      context.logger.info({ reminders, messages }, 'queued reminders and messages');
  },
};
