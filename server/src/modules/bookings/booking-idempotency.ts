/**
 * createBooking with an idempotency key (one per checkout form): the buyer who goes Back and submits
 * again never holds seats twice. The earlier booking made with the key is
 * - returned as it is when the request is the same (same event, lines, buyer and attendees), or when
 *   it is paid, or PayPal was started for it (the buyer's page then leads to that booking);
 * - released (seats back) when the details changed and it still awaits payment unstarted; the new
 *   booking takes the key over;
 * - left alone when it expired or was cancelled: the key moves to a new booking.
 *
 * Race-safe through the unique index on the key's hash: a booking claims its key after it is written
 * (a free one inside its confirming transaction, so a losing free booking is never written at all; a
 * losing paid hold releases its seats at once) and the loser answers with the winner's booking.
 */
import { normalizeVoucherCode } from '../vouchers/voucher-codes';
import { createHash } from 'node:crypto';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { BookingLifecycleService } from './booking-lifecycle.service';
import type { CreateBookingRequest } from './booking-rules';
import { isAwaitingPayment, lostItsSeats } from './booking-status';
import { BookingEntity } from './booking.entity';

const KEY_INDEX = 'booking_idempotency_key';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The stored form of a key: a leaked table does not hand out working keys. */
export function idempotencyKeyHash(key: string): string {
  return sha256(key);
}

/** What a request asks for, without its key: the same fingerprint means the same booking. */
export function requestFingerprint(request: CreateBookingRequest): string {
  // Answers count only when there are any, so a request without them keeps its earlier fingerprint.
  const answers = [request.answers ?? [], ...request.attendees.map((attendee) => attendee.answers ?? [])];
  const answered = answers.some((given) => given.length > 0);
  return sha256(
    JSON.stringify([
      request.eventId ?? null,
      request.eventSlug ?? null,
      request.lines.map((line) => [line.ticketTypeId, line.quantity]),
      [request.buyer.name.trim(), request.buyer.email.trim().toLowerCase()],
      request.attendees.map((attendee) =>
        attendee.sameAsBuyer
          ? [attendee.ticketTypeId, true]
          : [
              attendee.ticketTypeId,
              false,
              attendee.name?.trim() ?? '',
              attendee.email?.trim().toLowerCase() ?? '',
            ],
      ),
      // Only when given, so requests without a code keep the fingerprints they had before codes.
      ...(request.voucherCode ? [normalizeVoucherCode(request.voucherCode)] : []),
      ...(answered ? [answers] : []),
    ]),
  );
}

/** Whether a failed statement is another booking having claimed the same key first. */
export function isKeyClash(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
    (error.driverError as { constraint?: string }).constraint === KEY_INDEX
  );
}

export interface KeyClaim {
  keyHash: string;
  fingerprint: string;
}

export class BookingIdempotency {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly lifecycle: BookingLifecycleService,
  ) {}

  /** The key's hash and the request's fingerprint, or null for a request without a key. */
  claimOf(request: CreateBookingRequest): KeyClaim | null {
    return request.idempotencyKey
      ? { keyHash: idempotencyKeyHash(request.idempotencyKey), fingerprint: requestFingerprint(request) }
      : null;
  }

  /**
   * Before booking: the earlier booking to answer with, if any. Releases (and unkeys) an earlier one
   * that changed details replace, and unkeys one that no longer holds seats, so the new one can claim
   * the key.
   */
  async previous(ctx: RequestContext, claim: KeyClaim): Promise<BookingEntity | null> {
    const earlier = await this.uow.manager.findOneBy(BookingEntity, { idempotencyKeyHash: claim.keyHash });
    if (!earlier) return null;
    const unchanged = earlier.requestFingerprint === claim.fingerprint;
    const replaceable =
      lostItsSeats(earlier.status) || (isAwaitingPayment(earlier.status) && !earlier.providerOrderId);
    if ((unchanged && !lostItsSeats(earlier.status)) || !replaceable) return earlier;
    await this.uow.withTransaction(ctx, async (tx) => {
      if (isAwaitingPayment(earlier.status)) await this.lifecycle.releaseHold(tx, { bookingId: earlier.id });
      await tx.manager.update(
        BookingEntity,
        { id: earlier.id, idempotencyKeyHash: claim.keyHash },
        { idempotencyKeyHash: null },
      );
    });
    return null;
  }

  /** After writing: the new booking takes the key; throws a key clash (isKeyClash) when another did. */
  async claim(manager: EntityManager, bookingId: string, claim: KeyClaim): Promise<void> {
    await manager.update(
      BookingEntity,
      { id: bookingId },
      { idempotencyKeyHash: claim.keyHash, requestFingerprint: claim.fingerprint },
    );
  }

  /** A paid hold that lost the race for its key: its seats go back at once. */
  async releaseLoser(ctx: RequestContext, bookingId: string): Promise<void> {
    await this.uow.withTransaction(ctx, (tx) => this.lifecycle.releaseHold(tx, { bookingId }));
  }

  /** The booking that won the key. */
  winner(claim: KeyClaim): Promise<BookingEntity | null> {
    return this.uow.manager.findOneBy(BookingEntity, { idempotencyKeyHash: claim.keyHash });
  }
}
