import { expireHoldsJob } from './expire-holds.job';
import type { JobDefinition } from './job-definition';

/** Every background job the runner knows. */
export const jobDefinitions: JobDefinition[] = [expireHoldsJob];
