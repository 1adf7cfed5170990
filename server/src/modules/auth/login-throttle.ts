/**
 * Failed sign-ins (and wrong current passwords on a password change) are limited so that a stranger
 * cannot lock an account's owner out, counted in PostgreSQL by rate-limiter-flexible so every replica
 * sees the same counts:
 * - per (account e-mail, client address): LOGIN_MAX_FAILURES within LOGIN_FAILURE_WINDOW_MINUTES, the
 *   brute force from one place;
 * - per client address, whatever the e-mail: the same limit, password spraying from one place;
 * - per account e-mail, from every address together: LOGIN_ACCOUNT_MAX_FAILURES within
 *   LOGIN_ACCOUNT_FAILURE_WINDOW_MINUTES, a much higher hard limit against a distributed brute force.
 *   Below it, each failure past LOGIN_MAX_FAILURES doubles a wait (1 s, 2 s, 4 s, … up to
 *   LOGIN_MAX_DELAY_MINUTES) that every address which has already failed for the account must sit
 *   out. An address with no failure for the account is not held up, so the owner still signs in while
 *   a stranger hammers the account, until the hard limit.
 *
 * An attempt first reserves one failure on the counters (one atomic upsert each), so concurrent
 * attempts cannot slip past a limit together. If a counter is then over its limit the attempt is
 * refused without looking at the password. A successful attempt, or a refused one, gives its
 * reservation back: only real failures count; a real failure also starts the account's wait.
 */
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { clientAddressKey } from '../../common/client-address-key';

export interface LoginThrottleOptions {
  /** Failures allowed per (account, address) and per address in one window. */
  maxFailures: number;
  failureWindowSeconds: number;
  /** Failures allowed per account from all addresses together in its window: the hard limit. */
  accountMaxFailures: number;
  accountFailureWindowSeconds: number;
  /** The longest wait the doubling per-account delay reaches. */
  maxDelaySeconds: number;
}

export type Reservation =
  | {
      allowed: true;
      /** The attempt succeeded: its reserved failure is given back. */
      release(): Promise<void>;
      /** The attempt failed: it stays counted, and past the threshold the account's wait doubles. */
      fail(): Promise<void>;
    }
  | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  /** Per (account, address) and per address. */
  private readonly perAddress: RateLimiterPostgres;
  /** Per account, from every address. */
  private readonly perAccount: RateLimiterPostgres;
  /** The account's current wait for addresses that have failed for it: a row blocked until then. */
  private readonly delays: RateLimiterPostgres;

  constructor(
    dataSource: DataSource,
    private readonly options: LoginThrottleOptions,
  ) {
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'login_failure_counter',
        // The table comes from a migration.
        tableCreated: true,
        keyPrefix,
        points,
        duration,
      });
    this.perAddress = limiter('login', options.maxFailures, options.failureWindowSeconds);
    this.perAccount = limiter(
      'login-account',
      options.accountMaxFailures,
      options.accountFailureWindowSeconds,
    );
    this.delays = limiter('login-delay', 1, options.maxDelaySeconds);
  }

  async reserve(email: string, clientAddress: string): Promise<Reservation> {
    // E-mails are hashed so the table holds none.
    const account = createHash('sha256').update(email).digest('hex');
    const address = clientAddressKey(clientAddress);
    const pairKey = `pair:${account}:${address}`;
    const addressKey = `ip:${address}`;
    const [pair, perAddress, perAccount]: RateLimiterRes[] = await Promise.all([
      this.perAddress.penalty(pairKey, 1),
      this.perAddress.penalty(addressKey, 1),
      this.perAccount.penalty(account, 1),
    ]);
    const release = async () => {
      await Promise.all([
        this.perAddress.reward(pairKey, 1),
        this.perAddress.reward(addressKey, 1),
        this.perAccount.reward(account, 1),
      ]);
    };

    const waitsMs = [
      ...[pair, perAddress]
        .filter((result) => result.consumedPoints > this.options.maxFailures)
        .map((result) => result.msBeforeNext),
      ...(perAccount.consumedPoints > this.options.accountMaxFailures ? [perAccount.msBeforeNext] : []),
    ];
    // consumedPoints include this attempt's reservation: the wait applies only to an address that has
    // failed for the account before, once the account has failed more often than the threshold.
    if (
      waitsMs.length === 0 &&
      pair.consumedPoints > 1 &&
      perAccount.consumedPoints > this.options.maxFailures + 1
    ) {
      const delay = await this.delays.get(account);
      if (delay && delay.consumedPoints > this.delays.points && delay.msBeforeNext > 0)
        waitsMs.push(delay.msBeforeNext);
    }
    if (waitsMs.length > 0) {
      await release();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waitsMs) / 1000)) };
    }

    const fail = async () => {
      const beyondThreshold = perAccount.consumedPoints - this.options.maxFailures;
      if (beyondThreshold <= 0) return;
      const seconds = Math.min(this.options.maxDelaySeconds, 2 ** (beyondThreshold - 1));
      // Concurrent failures may each set theirs; the wait is then at worst one doubling short.
      await this.delays.block(account, seconds);
    };
    return { allowed: true, release, fail };
  }
}
