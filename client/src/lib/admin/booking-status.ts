/** How the admin area names and colours each booking status (badge classes of Bootstrap). */
export const BOOKING_STATUS_LABELS: Record<string, { label: string; badge: string }> = {
  AWAITING_PAYMENT: { label: 'Awaiting payment', badge: 'warning' },
  PAYMENT_PENDING: { label: 'Payment pending', badge: 'warning' },
  CONFIRMED: { label: 'Confirmed', badge: 'success' },
  PARTIALLY_REFUNDED: { label: 'Partially refunded', badge: 'info' },
  REFUNDED: { label: 'Refunded', badge: 'dark' },
  CANCELLED: { label: 'Cancelled', badge: 'secondary' },
  EXPIRED: { label: 'Expired', badge: 'light' },
};

export function bookingStatusLabel(status: string): { label: string; badge: string } {
  return BOOKING_STATUS_LABELS[status] ?? { label: status, badge: 'secondary' };
}
