/**
 * A fixed budget of requests per client address in a window, counted in PostgreSQL by
 * rate-limiter-flexible (the same store as the sign-in throttle, login-throttle.ts), so every replica
 * sees the same counts. Addresses are keyed as sign-in failures are (an IPv6 address by its /64).
 * For what anonymous callers can repeat, such as PayPal's webhook route.
 */
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { clientAddressKey } from './login-throttle';

export interface AddressRateLimit {
  /** Names the counters (rows are `<keyPrefix>:<address>`). */
  keyPrefix: string;
  /** Requests allowed per address in one window. */
  points: number;
  windowSeconds: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class AddressRateLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(dataSource: DataSource, limit: AddressRateLimit) {
    this.limiter = new RateLimiterPostgres({
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'login_failure_counter',
      // The table comes from a migration.
      tableCreated: true,
      keyPrefix: limit.keyPrefix,
      points: limit.points,
      duration: limit.windowSeconds,
    });
  }

  /** Counts one request from the address (one atomic upsert) and says whether it is within budget. */
  async consume(clientAddress: string): Promise<RateDecision> {
    try {
      await this.limiter.consume(clientAddressKey(clientAddress), 1);
      return { allowed: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }
}
