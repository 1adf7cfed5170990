/**
 * What happened to a booking's money, as the buyer is told it: what was paid and when, each refund
 * and when, what PayPal has accepted but not completed, and what the organiser still holds. One
 * reckoning for the booking page (`Booking.account`) and the booking e-mails, so they never disagree
 * with each other or with the admin's view of refunds.
 */
import type { EntityManager } from 'typeorm';
import { BookingPaymentEntity } from './booking-payment.entity';
import { BookingRefundEntity } from './booking-refund.entity';
import { wasPaid } from './booking-status';
import type { BookingEntity } from './booking.entity';

/** An amount that moved, and when. */
export interface MoneyMovementEntry {
  amountMinor: number;
  at: Date;
}

export interface BookingAccountEntry {
  currency: string;
  /** Completed payments, oldest first (refunded or not: the money was taken). */
  payments: MoneyMovementEntry[];
  /** Refunds of any of its payments, oldest first. */
  refunds: MoneyMovementEntry[];
  paidMinor: number;
  refundedMinor: number;
  /** Accepted by the provider, not completed yet: nothing taken so far. */
  pendingMinor: number;
  /** Paid less refunded: what the organiser still holds. */
  retainedMinor: number;
}

/** Capture statuses whose money was taken from the buyer (a later refund does not undo the taking). */
const TAKEN_STATUSES = new Set(['COMPLETED', 'REFUNDED', 'PARTIALLY_REFUNDED']);
const PENDING_STATUS = 'PENDING';

type AccountBooking = Pick<
  BookingEntity,
  'status' | 'confirmedAt' | 'providerCaptureId' | 'totalMinor' | 'currency'
>;
type AccountPayment = Pick<
  BookingPaymentEntity,
  'providerCaptureId' | 'status' | 'amountMinor' | 'createdAt'
>;
type AccountRefund = Pick<BookingRefundEntity, 'amountMinor' | 'createdAt'>;

/** The account of a booking from its payment history and refunds. */
export function bookingAccountOf(
  booking: AccountBooking,
  payments: readonly AccountPayment[],
  refunds: readonly AccountRefund[],
): BookingAccountEntry {
  const taken = payments.filter((payment) => TAKEN_STATUSES.has(payment.status));
  const entries = taken.map((payment) => ({ amountMinor: payment.amountMinor, at: payment.createdAt }));
  // A paid booking whose capture has no history row (recorded before the history existed) still
  // shows what paid it: its total, at its confirmation.
  const ownCaptureListed = taken.some((payment) => payment.providerCaptureId === booking.providerCaptureId);
  if (wasPaid(booking) && booking.totalMinor > 0 && booking.confirmedAt && !ownCaptureListed) {
    entries.push({ amountMinor: booking.totalMinor, at: booking.confirmedAt });
  }
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  const refundEntries = refunds
    .map((refund) => ({ amountMinor: refund.amountMinor, at: refund.createdAt }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const sum = (items: readonly { amountMinor: number }[]) =>
    items.reduce((total, item) => total + item.amountMinor, 0);
  const paidMinor = sum(entries);
  const refundedMinor = sum(refundEntries);
  return {
    currency: booking.currency,
    payments: entries,
    refunds: refundEntries,
    paidMinor,
    refundedMinor,
    pendingMinor: sum(payments.filter((payment) => payment.status === PENDING_STATUS)),
    retainedMinor: Math.max(0, paidMinor - refundedMinor),
  };
}

/** Reads a booking's payment history and refunds and reckons its account (in or outside a transaction). */
export async function loadBookingAccount(
  manager: EntityManager,
  booking: AccountBooking & { id: string },
): Promise<BookingAccountEntry> {
  const [payments, refunds] = await Promise.all([
    manager.find(BookingPaymentEntity, { where: { bookingId: booking.id } }),
    manager.find(BookingRefundEntity, { where: { bookingId: booking.id } }),
  ]);
  return bookingAccountOf(booking, payments, refunds);
}
