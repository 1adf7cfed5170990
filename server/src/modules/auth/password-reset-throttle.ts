/**
 * "Forgot password" requests are anonymous and send e-mail, so each client address may ask only a few
 * times per window (PASSWORD_RESET_MAX_REQUESTS per PASSWORD_RESET_WINDOW_MINUTES), counted in
 * PostgreSQL beside the sign-in failures so every replica sees the same count. Every request counts,
 * whether or not the address has an account: counting only real accounts would tell them apart.
 */
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { clientAddressKey } from './login-throttle';

export class PasswordResetThrottle {
  private readonly perAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource, options: { maxRequests: number; windowSeconds: number }) {
    this.perAddress = new RateLimiterPostgres({
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'login_failure_counter',
      tableCreated: true,
      keyPrefix: 'password-reset',
      points: options.maxRequests,
      duration: options.windowSeconds,
    });
  }

  /** Counts one request from the address (one atomic upsert); refused past the limit. */
  async take(
    clientAddress: string,
  ): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
    try {
      await this.perAddress.consume(`ip:${clientAddressKey(clientAddress)}`, 1);
      return { allowed: true };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  }
}
