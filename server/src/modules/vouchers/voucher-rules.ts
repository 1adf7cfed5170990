/**
 * When a code may be used, as pure functions of the code, the request and the time: which ticket
 * types it shows, and what is wrong with using it for a booking. The final word on uses is
 * PostgreSQL's (use_booking_voucher, in the step that takes the seats); these are the first look that
 * explains a refusal.
 */
import { bookingError, type TicketTypesById } from '../bookings/booking-rules';
import { BookingErrorCode, type BookingError } from '../bookings/bookings.types';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { ticketsCovered, voucherAppliesTo } from './voucher-pricing';
import { VoucherUseUnit, type VoucherEntity } from './voucher.entity';

/**
 * THE message for a code that cannot be used, whatever the reason (unknown, not yet or no longer
 * valid, disabled, used up, for other tickets): one message, so trying codes tells nothing about
 * which exist.
 */
export const INVALID_VOUCHER_MESSAGE = 'This code is not valid for these tickets.';

/** Not disabled, and `now` inside its validity window. */
export function voucherUsableAt(voucher: VoucherEntity, now: Date): boolean {
  if (voucher.disabledAt) return false;
  if (voucher.validFrom && now < voucher.validFrom) return false;
  if (voucher.validUntil && now >= voucher.validUntil) return false;
  return true;
}

/** The uses a booking of these lines counts: its tickets the code applies to, or one booking. */
export function usesOf(
  voucher: VoucherEntity,
  lines: readonly { ticketTypeId: string; quantity: number }[],
): number {
  return voucher.useUnit === VoucherUseUnit.TICKETS ? ticketsCovered(voucher, lines) : 1;
}

/** Uses left now (null: no limit). */
export function usesLeft(voucher: VoucherEntity): number | null {
  return voucher.maxUses === null ? null : Math.max(0, voucher.maxUses - voucher.usedCount);
}

/**
 * The ticket types a shopper holding `voucher` (a usable one, or null) sees and may book: the visible
 * ones, and the hidden ones an access code applies to.
 */
export function ticketTypesShownWith<T extends Pick<TicketTypeEntity, 'id' | 'isHidden'>>(
  ticketTypes: readonly T[],
  voucher: VoucherEntity | null,
): T[] {
  return ticketTypes.filter(
    (ticketType) =>
      !ticketType.isHidden || Boolean(voucher?.revealsHidden && voucherAppliesTo(voucher, ticketType.id)),
  );
}

/**
 * The ticket types as a holder of `voucher` may book them: a code that reserves seats adds the seats
 * set aside for it (counted as held) to what its ticket type and its pools have left. A first look only: the block
 * is taken by take_booking_seats / use_booking_voucher.
 */
export function withReservedSeats<T extends Pick<TicketTypeEntity, 'id' | 'heldCount' | 'poolRemaining'>>(
  ticketTypes: readonly T[],
  voucher: VoucherEntity | null,
): T[] {
  if (!voucher?.reservesSeats || voucher.reservedSeats === 0) return [...ticketTypes];
  return ticketTypes.map((ticketType) =>
    ticketType.id === voucher.ticketTypeIds[0]
      ? {
          ...ticketType,
          heldCount: Math.max(0, ticketType.heldCount - voucher.reservedSeats),
          // The block is counted in the type's pools too.
          ...(ticketType.poolRemaining != null && {
            poolRemaining: ticketType.poolRemaining + voucher.reservedSeats,
          }),
        }
      : ticketType,
  );
}

/** The one error for a code that cannot be used (field `voucherCode`). */
export function invalidVoucher(): BookingError {
  return bookingError(BookingErrorCode.INVALID_VOUCHER, INVALID_VOUCHER_MESSAGE, 'voucherCode');
}

/**
 * What is wrong with using `voucher` (null: no such code) for a request whose lines passed the
 * booking rules against `byId`: INVALID_VOUCHER, or VOUCHER_LIMIT_PER_BOOKING naming its limit.
 */
export function voucherErrors(
  request: { lines: readonly { ticketTypeId: string; quantity: number }[] },
  voucher: VoucherEntity | null,
  byId: TicketTypesById,
  now: Date,
): BookingError[] {
  if (!voucher || !voucherUsableAt(voucher, now)) return [invalidVoucher()];
  const lines = request.lines.filter((line) => byId.has(line.ticketTypeId));
  const covered = ticketsCovered(voucher, lines);
  if (covered === 0) return [invalidVoucher()];
  const left = usesLeft(voucher);
  if (left !== null && usesOf(voucher, lines) > left) return [invalidVoucher()];
  if (voucher.maxPerBooking !== null && covered > voucher.maxPerBooking) {
    return [
      bookingError(
        BookingErrorCode.VOUCHER_LIMIT_PER_BOOKING,
        `This code applies to at most ${voucher.maxPerBooking} tickets per booking.`,
        'voucherCode',
      ),
    ];
  }
  return [];
}
