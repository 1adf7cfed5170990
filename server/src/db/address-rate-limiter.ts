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

/**
 * One call's count for a statement to make itself (db/functions/charge_rate_limit.sql), in the same
 * row and window as consume() would: the library's key, its limit, and the caller's clock.
 */
export interface StatementRateLimit {
  key: string;
  points: number;
  window_ms: number;
  now_ms: number;
}

/** The wait a count over the limit asks for, in whole seconds (at least one). */
export function retryAfterSeconds(millisecondsLeft: number): number {
  return Math.max(1, Math.ceil(millisecondsLeft / 1000));
}

export class AddressRateLimiter {
  private readonly limiter: RateLimiterPostgres;
  private readonly limit: RateLimit;

  /** `name` keeps the counts of different operations apart (e.g. `createBooking`). */
  constructor(dataSource: DataSource, name: string, limit: RateLimit) {
    this.limit = limit;
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
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(rejection.msBeforeNext) };
    }
  }

  /**
   * The count of one call from `clientAddress` for a statement to make in its own transaction
   * (charge_rate_limit), instead of consume()'s round trip; null for no HTTP client (never limited).
   */
  statementCount(clientAddress: string | null): StatementRateLimit | null {
    if (clientAddress === null) return null;
    return {
      key: this.limiter.getKey(clientAddressKey(clientAddress)),
      points: this.limit.points,
      window_ms: this.limit.windowSeconds * 1000,
      now_ms: Date.now(),
    };
  }
}
