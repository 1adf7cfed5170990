import { expireHoldsJob } from './expire-holds.job';
import type { JobDefinition } from './job-definition';
import { waiverRemindersJob } from './waiver-reminders.job';

/** Every background job the runner knows. */
export const jobDefinitions: JobDefinition[] = [expireHoldsJob, waiverRemindersJob];
