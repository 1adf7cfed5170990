/** The webhook event types an endpoint can receive (the API's WebhookEventType), in words. */
export const WEBHOOK_EVENT_TYPES = [
  { value: 'BOOKING_CONFIRMED', wire: 'booking.confirmed', label: 'Booking confirmed (paid or free)' },
  { value: 'BOOKING_CANCELLED', wire: 'booking.cancelled', label: 'Booking cancelled' },
  { value: 'BOOKING_REFUNDED', wire: 'booking.refunded', label: 'Booking refunded (in full or in part)' },
  { value: 'TICKET_CHECKED_IN', wire: 'ticket.checked_in', label: 'Ticket checked in' },
  { value: 'WAIVER_SIGNED', wire: 'waiver.signed', label: 'Waiver signed' },
  { value: 'EVENT_PUBLISHED', wire: 'event.published', label: 'Event published' },
  { value: 'EVENT_UPDATED', wire: 'event.updated', label: 'Event changed' },
  { value: 'EVENT_CANCELLED', wire: 'event.cancelled', label: 'Event cancelled' },
  { value: 'WAITING_LIST_OFFERED', wire: 'waiting_list.offered', label: 'Waiting-list seats offered' },
] as const;

export type WebhookEventTypeValue = (typeof WEBHOOK_EVENT_TYPES)[number]['value'];

/** The wire names of some event types, for a list. */
export function wireNames(types: readonly string[]): string {
  return WEBHOOK_EVENT_TYPES.filter((type) => types.includes(type.value))
    .map((type) => type.wire)
    .join(', ');
}
