import type { BookingStatus } from '$lib/gql/graphql';

/** The booking statuses a message may pick, those with valid tickets first. */
export const MESSAGE_STATUSES: readonly BookingStatus[] = [
  'CONFIRMED',
  'PARTIALLY_REFUNDED',
  'AWAITING_PAYMENT',
  'PAYMENT_PENDING',
  'CANCELLED',
  'REFUNDED',
  'EXPIRED',
];

/** What the API picks when none is ticked: bookings with valid tickets. */
export const DEFAULT_STATUSES: readonly string[] = ['CONFIRMED', 'PARTIALLY_REFUNDED'];
