/**
 * A fixed-window request limit per client address for what anonymous callers can repeat
 * (createBooking, startPayment), counted in PostgreSQL by rate-limiter-flexible (the store sign-in
 * throttling uses too) so every replica shares one count. One call consumes one point with one
 * atomic upsert; past the limit the caller is told how long to wait.
 */
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { clientAddressKey } from '../common/client-address-key';

export interface RateLimit {
  /** Calls allowed per address in one window. */
  points: number;
  windowSeconds: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class AddressRateLimiter {
  private readonly limiter: RateLimiterPostgres;

  /** `name` keeps the counts of different operations apart (e.g. `createBooking`). */
  constructor(dataSource: DataSource, name: string, limit: RateLimit) {
    this.limiter = new RateLimiterPostgres({
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'rate_limit_counter',
      // The table comes from a migration.
      tableCreated: true,
      keyPrefix: name,
      points: limit.points,
      duration: limit.windowSeconds,
    });
  }

  /** Counts one call from `clientAddress`; null (no HTTP client: jobs, the CLI) is never limited. */
  async consume(clientAddress: string | null): Promise<RateLimitVerdict> {
    if (clientAddress === null) return { allowed: true };
    try {
      await this.limiter.consume(clientAddressKey(clientAddress), 1);
      return { allowed: true };
    } catch (rejection) {
      // The library rejects with a RateLimiterRes past the limit, with an Error when the store fails.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }
}
