import type { JobDefinition } from './job-definition';

/**
 * Gives the seats of unpaid bookings back once their hold has run out. Scheduled every minute (pg-boss
 * runs a scheduled job once across replicas) and, because a minute is long for a sold-out show, also
 * swept every JOBS_EXPIRY_SWEEP_SECONDS in each process: the sweep is idempotent, so overlapping runs
 * expire each booking once.
 */
export const expireHoldsJob: JobDefinition = {
  queue: 'expire-holds',
  cron: '* * * * *',
  intervalSeconds: (config) => config.jobs.expirySweepSeconds,
  // A failed sweep is not retried: the next one, a minute later at most, does the same work.
  queueOptions: { retryLimit: 0, expireInSeconds: 120, retentionMinutes: 60 },
  async handle(_data, context) {
    const expired = await context.services.bookings.expireHolds(context.now());
    if (expired > 0) context.logger.info({ expired }, 'expired booking holds');
  },
};
