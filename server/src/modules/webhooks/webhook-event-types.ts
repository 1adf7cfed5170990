/**
 * The kinds of webhook events, as data: the GraphQL enum value an admin subscribes to, the `type`
 * string in the delivered body, and what it means. To add one (e.g. a waiting-list offer): add a row
 * here, a payload builder in webhook-payloads.ts, one call where the change happens, and its section
 * in docs/webhooks.md. Receivers must ignore types they do not know.
 */

/** Version of the delivered body's shape; bumped only for a change a receiver could trip on. */
export const WEBHOOK_PAYLOAD_VERSION = 1;

export enum WebhookEventType {
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_REFUNDED = 'BOOKING_REFUNDED',
  TICKET_CHECKED_IN = 'TICKET_CHECKED_IN',
  WAIVER_SIGNED = 'WAIVER_SIGNED',
  EVENT_PUBLISHED = 'EVENT_PUBLISHED',
  EVENT_UPDATED = 'EVENT_UPDATED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  WAITING_LIST_OFFERED = 'WAITING_LIST_OFFERED',
}

export interface WebhookEventTypeInfo {
  /** The `type` of the delivered body. */
  wireName: string;
  description: string;
}

export const WEBHOOK_EVENT_TYPES: Record<WebhookEventType, WebhookEventTypeInfo> = {
  [WebhookEventType.BOOKING_CONFIRMED]: {
    wireName: 'booking.confirmed',
    description: 'A booking was confirmed: paid (capture completed) or free; its tickets are issued.',
  },
  [WebhookEventType.BOOKING_CANCELLED]: {
    wireName: 'booking.cancelled',
    description: 'An admin cancelled a booking (its seats went back on sale, its tickets stopped admitting).',
  },
  [WebhookEventType.BOOKING_REFUNDED]: {
    wireName: 'booking.refunded',
    description:
      'A refund of a booking was recorded, in full or in part (`data.refund.full`); sent once per refund.',
  },
  [WebhookEventType.TICKET_CHECKED_IN]: {
    wireName: 'ticket.checked_in',
    description: 'A ticket was checked in at the door.',
  },
  [WebhookEventType.WAIVER_SIGNED]: {
    wireName: 'waiver.signed',
    description:
      'An attendee signed their waiver (online through their link, or on paper as recorded at the door).',
  },
  [WebhookEventType.EVENT_PUBLISHED]: {
    wireName: 'event.published',
    description: 'An event was published: it is on sale (public, or to holders of its private link).',
  },
  [WebhookEventType.EVENT_UPDATED]: {
    wireName: 'event.updated',
    description: 'An admin changed an event’s details (title, times, venue, visibility ...).',
  },
  [WebhookEventType.EVENT_CANCELLED]: {
    wireName: 'event.cancelled',
    description: 'An event was cancelled.',
  },
  [WebhookEventType.WAITING_LIST_OFFERED]: {
    wireName: 'waiting_list.offered',
    description:
      'Seats were offered to someone on a waiting list (held for them until `data.offer.expiresAt`; the offer e-mail is on its way).',
  },
};
