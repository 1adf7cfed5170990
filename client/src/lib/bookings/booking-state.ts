/**
 * What a booking's page says at its top, for each status, told from what happened to its money
 * (`Booking.account`): a cancelled booking that was paid and refunded is never "nothing was charged".
 */
import { formatMoney, type MoneyView } from '../format';

export interface BookingAccountSummary {
  paid: MoneyView;
  pending: MoneyView;
  refunded: MoneyView;
  retained: MoneyView;
}

export interface BookingState {
  heading: string;
  /** Bootstrap alert tone. */
  tone: 'success' | 'warning' | 'info' | 'secondary';
  text: string;
}

/** "€40.00 was refunded; the organiser holds nothing more of your payment." and the like. */
function refundSentence(account: BookingAccountSummary): string {
  const { paid, refunded, retained } = account;
  const refundedPart =
    refunded.amountMinor === 0
      ? 'Nothing has been refunded so far'
      : refunded.amountMinor >= paid.amountMinor
        ? `Your payment of ${formatMoney(paid)} was refunded in full`
        : `${formatMoney(refunded)} of your ${formatMoney(paid)} payment was refunded`;
  const heldPart =
    retained.amountMinor === 0
      ? 'the organiser holds none of your money'
      : `the organiser still holds ${formatMoney(retained)}`;
  return `${refundedPart}, and ${heldPart}.`;
}

export function bookingState(booking: { status: string; account: BookingAccountSummary }): BookingState {
  const { account } = booking;
  const paid = account.paid.amountMinor > 0;
  const pending = account.pending.amountMinor > 0;
  switch (booking.status) {
    case 'CONFIRMED':
      return {
        heading: 'Your booking is confirmed',
        tone: 'success',
        text: `Thank you! ${paid ? `You paid ${formatMoney(account.paid)}. ` : ''}Your tickets are below and on their way to you by e-mail. Show each QR code at the door.`,
      };
    case 'AWAITING_PAYMENT':
      return {
        heading: 'Your booking awaits payment',
        tone: 'warning',
        text: 'Your seats are held for a short time. Nothing has been charged yet: pay to receive your tickets.',
      };
    case 'PAYMENT_PENDING':
      return {
        heading: 'Your payment is being completed',
        tone: 'info',
        text: `PayPal has not completed your payment${pending ? ` of ${formatMoney(account.pending)}` : ''} yet. We e-mail your tickets as soon as it has.`,
      };
    case 'EXPIRED':
      return {
        heading: 'This booking has expired',
        tone: 'secondary',
        text: paid
          ? `It was not paid in time, and its seats went back on sale. A payment arrived late: ${refundSentence(account)}`
          : 'It was not paid in time, and its seats went back on sale. Nothing was charged.',
      };
    case 'CANCELLED':
      if (paid) {
        return {
          heading: 'This booking was cancelled',
          tone: 'secondary',
          text: `The organiser cancelled it after you paid, and its tickets are no longer valid. ${refundSentence(account)}`,
        };
      }
      return {
        heading: 'This booking was cancelled',
        tone: 'secondary',
        text: pending
          ? `It was cancelled while PayPal was completing your payment of ${formatMoney(account.pending)}: that payment is refunded in full once it completes.`
          : 'It was called off before payment, and its seats went back on sale. Nothing was charged.',
      };
    case 'PARTIALLY_REFUNDED':
      return {
        heading: 'Your booking is confirmed',
        tone: 'info',
        text: `${refundSentence(account)} Your tickets below are still valid.`,
      };
    case 'REFUNDED':
    default:
      return {
        heading: 'This booking was refunded',
        tone: 'secondary',
        text: `${refundSentence(account)} Its tickets are no longer valid.`,
      };
  }
}
