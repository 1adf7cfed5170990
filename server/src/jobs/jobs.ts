import { cancelEventBookingJob } from './cancel-event-booking.job';
import { deleteExpiredRecordsJob } from './delete-expired-records.job';
import { deliverDueEmailsJob } from './deliver-due-emails.job';
import { deliverEmailJob } from './deliver-email.job';
import { eventMessagesJob } from './event-messages.job';
import { deliverDueWebhooksJob } from './deliver-due-webhooks.job';
import { deliverWebhookJob } from './deliver-webhook.job';
import { expireHoldsJob } from './expire-holds.job';
import type { JobDefinition } from './job-definition';
import { reconcilePaymentsJob } from './reconcile-payments.job';
import { waiverRemindersJob } from './waiver-reminders.job';
import { waitingListOffersJob } from './waiting-list-offers.job';

/** Every background job the runner knows. */
export const jobDefinitions: JobDefinition[] = [
  expireHoldsJob,
  deliverEmailJob as JobDefinition,
  deliverDueEmailsJob,
  reconcilePaymentsJob,
  waiverRemindersJob,
  deleteExpiredRecordsJob,
  eventMessagesJob,
  deliverWebhookJob as JobDefinition,
  deliverDueWebhooksJob,
  waitingListOffersJob,
  cancelEventBookingJob as JobDefinition,
];
