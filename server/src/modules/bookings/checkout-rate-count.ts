/**
 * createBooking's one count per call against its client address's limit (CHECKOUT_RATE_LIMIT), made
 * exactly once. A paid booking that reaches its statement is counted by it (reserve_paid_booking
 * charges the limit first, in the same transaction), so an on-sale's bookings need no round trip of
 * their own for it; every other call (refused, malformed, free, from a waiting-list offer, a
 * resubmitted form) is counted by the limiter itself, before anything it writes.
 */
import type { AddressRateLimiter, StatementRateLimit } from '../../db/address-rate-limiter';
import { tooManyAttempts } from './booking-rules';
import type { BookingError } from './bookings.types';

export class CheckoutRateCount {
  private counted = false;

  constructor(
    private readonly limiter: AddressRateLimiter,
    private readonly clientAddress: string | null,
  ) {}

  /** The count for the statement about to run (reserve_paid_booking's rate_limit), or undefined. */
  forStatement(): StatementRateLimit | undefined {
    return this.counted ? undefined : (this.limiter.statementCount(this.clientAddress) ?? undefined);
  }

  /**
   * The statement given forStatement() ended: it committed the count (a statement that returns, even
   * without a row), or refused the call as past the limit, after which counting again would only
   * repeat the refusal. A statement refused for any other reason rolled its count back: not this.
   */
  settledByStatement(): void {
    this.counted = true;
  }

  /** Counts the call now unless it was: TOO_MANY_ATTEMPTS past the limit, else null. */
  async count(): Promise<BookingError | null> {
    if (this.counted) return null;
    this.counted = true;
    const verdict = await this.limiter.consume(this.clientAddress);
    return verdict.allowed ? null : tooManyAttempts(verdict.retryAfterSeconds);
  }
}
