import type { JobDefinition } from './job-definition';

/**
 * Reminds attendees who have not signed their event's waiver, WAIVER_REMINDER_HOURS before the event
 * (see WaiverRemindersService.sendReminders). Every 10 minutes; a run sends each attendee at most one reminder
 * per offset (the e-mail's cause key), so overlapping runs or replicas never send one twice.
 */
export const waiverRemindersJob: JobDefinition = {
  queue: 'waiver-reminders',
  cron: '*/10 * * * *',
  // A failed run is not retried: the next one, ten minutes later, picks up the same reminders.
  queueOptions: { retryLimit: 0, expireInSeconds: 600, retentionSeconds: 3600 },
  async handle(_data, context) {
    const sent = await context.services.waiverReminders.sendReminders(context.requestContext());
    if (sent > 0) context.logger.info({ sent }, 'queued waiver reminders');
  },
};
