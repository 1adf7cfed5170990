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

/**
 * The client part of an address that failures count against: an IPv4 address as it is (also when
 * IPv4-mapped), an IPv6 address by its /64 network, since one subscriber usually gets a whole /64 and
 * could otherwise rotate through addresses.
 */
export function clientAddressKey(address: string): string {
  const plain = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) return mapped[1];
  if (!plain.includes(':')) return plain;
  const [head, tail] = plain.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? headParts
      : [
          ...headParts,
          ...Array<string>(Math.max(0, 8 - headParts.length - tailParts.length)).fill('0'),
          ...tailParts,
        ];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
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
    return [`email:${emailDigest}`, `ip:${clientAddressKey(clientAddress)}`];
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
