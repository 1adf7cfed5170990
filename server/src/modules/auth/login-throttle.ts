/**
 * Failed sign-ins are limited per account e-mail and per client address (LOGIN_MAX_FAILURES within
 * LOGIN_FAILURE_WINDOW_MINUTES each), counted in PostgreSQL by rate-limiter-flexible so every replica
 * sees the same counts.
 *
 * An attempt first reserves one failure on both counters (one atomic upsert each), so concurrent
 * attempts cannot slip past the limit together. If either counter is then over the limit the attempt is
 * refused without looking at the password. A successful attempt, or a refused one, gives its
 * reservation back: only real failures count.
 */
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

export interface LoginThrottleOptions {
  maxFailures: number;
  failureWindowSeconds: number;
}

export type Reservation =
  { allowed: true; release(): Promise<void> } | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  private readonly limiter: RateLimiterPostgres;

  constructor(dataSource: DataSource, options: LoginThrottleOptions) {
    this.limiter = new RateLimiterPostgres({
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'login_failure_counter',
      // The table comes from a migration.
      tableCreated: true,
      keyPrefix: 'login',
      points: options.maxFailures,
      duration: options.failureWindowSeconds,
    });
  }

  /** Keys of the counters one attempt counts against; e-mails are hashed so the table holds none. */
  private keys(email: string, clientAddress: string): string[] {
    const emailDigest = createHash('sha256').update(email).digest('hex');
    return [`email:${emailDigest}`, `ip:${clientAddress}`];
  }

  async reserve(email: string, clientAddress: string): Promise<Reservation> {
    const keys = this.keys(email, clientAddress);
    const results: RateLimiterRes[] = await Promise.all(keys.map((key) => this.limiter.penalty(key, 1)));
    const release = async () => {
      await Promise.all(keys.map((key) => this.limiter.reward(key, 1)));
    };
    const over = results.filter((result) => result.consumedPoints > this.limiter.points);
    if (over.length > 0) {
      await release();
      const waitMs = Math.max(...over.map((result) => result.msBeforeNext));
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    return { allowed: true, release };
  }
}
