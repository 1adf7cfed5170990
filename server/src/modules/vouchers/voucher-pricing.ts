/**
 * What a code takes off a booking's price, as pure functions. THE RULE (docs/vouchers.md says the
 * same): the discount is worked out per ticket in minor units of the event's currency (its exponent:
 * cents for EUR, yen for JPY), so every amount is a whole number of minor units, then
 *   PERCENTAGE  p% off: floor((price * p + 50) / 100), i.e. rounded half up to a minor unit;
 *   AMOUNT_OFF  the amount off, at most the price (never below zero);
 *   SET_PRICE   the ticket costs the set price, or its own price if that is lower;
 *   NONE        nothing off (an access code).
 * A line's discount is its unit discount times its quantity, and the total is the sum of the lines,
 * so what a buyer sees per line adds up to what PayPal is asked for. Lines the code does not apply to
 * keep their price. A total of 0 makes the booking free (confirmed at once, no payment).
 */
import { lineTotalMinor, type PricedBooking } from '../bookings/booking-rules';
import { VoucherDiscountKind, type VoucherEntity } from './voucher.entity';

/** What a code takes off one ticket of `priceMinor`, in minor units (0 <= discount <= price). */
export function unitDiscount(
  voucher: Pick<VoucherEntity, 'discountKind' | 'discountValue'>,
  priceMinor: number,
): number {
  const value = voucher.discountValue;
  switch (voucher.discountKind) {
    case VoucherDiscountKind.PERCENTAGE:
      return Math.min(priceMinor, Math.floor((priceMinor * value + 50) / 100));
    case VoucherDiscountKind.AMOUNT_OFF:
      return Math.min(priceMinor, value);
    case VoucherDiscountKind.SET_PRICE:
      return Math.max(0, priceMinor - value);
    case VoucherDiscountKind.NONE:
      return 0;
  }
}

/** Whether the code applies to tickets of this type (no types chosen: all of the event's). */
export function voucherAppliesTo(
  voucher: Pick<VoucherEntity, 'ticketTypeIds'>,
  ticketTypeId: string,
): boolean {
  return voucher.ticketTypeIds.length === 0 || voucher.ticketTypeIds.includes(ticketTypeId);
}

/** How many of the booking's tickets the code applies to. */
export function ticketsCovered(
  voucher: Pick<VoucherEntity, 'ticketTypeIds'>,
  lines: readonly { ticketTypeId: string; quantity: number }[],
): number {
  return lines
    .filter((line) => voucherAppliesTo(voucher, line.ticketTypeId))
    .reduce((sum, line) => sum + line.quantity, 0);
}

/** A priced booking with its code's discount on every line it applies to, and the total after it. */
export function discountBooking(
  priced: PricedBooking,
  voucher: Pick<VoucherEntity, 'discountKind' | 'discountValue' | 'ticketTypeIds'>,
): PricedBooking {
  const lines = priced.lines.map((line) => ({
    ...line,
    unitDiscountMinor: voucherAppliesTo(voucher, line.ticketTypeId)
      ? unitDiscount(voucher, line.unitPriceMinor)
      : 0,
  }));
  const totalMinor = lines.reduce((sum, line) => sum + lineTotalMinor(line), 0);
  return { ...priced, lines, totalMinor, free: totalMinor === 0 };
}
