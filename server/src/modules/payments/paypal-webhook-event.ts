/**
 * Reads what a webhook handler needs from a PayPal event: its id (to deduplicate), its type, and the
 * order and capture it is about (to fetch the truth from PayPal). Only for events whose signature
 * PayPalGateway.verifyWebhookSignature accepted; the event's own data is never trusted beyond ids.
 */

export interface PayPalWebhookEvent {
  /** PayPal's event id (WH-...): the same event delivered twice has the same id. */
  eventId: string;
  /** E.g. PAYMENT.CAPTURE.COMPLETED, CHECKOUT.ORDER.APPROVED. */
  eventType: string;
  /** checkout-order, capture, refund ... */
  resourceType: string;
  /** The id of the resource: order, capture or refund. */
  resourceId: string;
  /** The order concerned, when the event says (order events; capture events via related ids). */
  orderId?: string;
  /** The capture concerned (capture events; refund and reversal events via their "up" link). */
  captureId?: string;
  /** When PayPal created the event. */
  createdAt?: Date;
}

interface RawEvent {
  id?: unknown;
  event_type?: unknown;
  resource_type?: unknown;
  create_time?: unknown;
  resource?: {
    id?: unknown;
    supplementary_data?: { related_ids?: { order_id?: unknown } };
    links?: { rel?: unknown; href?: unknown }[];
  };
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Null when the body is not a PayPal event (no id, type or resource id). */
export function parsePayPalWebhookEvent(rawBody: string): PayPalWebhookEvent | null {
  let event: RawEvent;
  try {
    event = JSON.parse(rawBody) as RawEvent;
  } catch {
    return null;
  }
  if (event === null || typeof event !== 'object') return null;
  const eventId = text(event.id);
  const eventType = text(event.event_type);
  const resourceId = text(event.resource?.id);
  if (!eventId || !eventType || !resourceId) return null;

  const resourceType = text(event.resource_type) ?? '';
  const parsed: PayPalWebhookEvent = { eventId, eventType, resourceType, resourceId };
  if (resourceType === 'checkout-order') parsed.orderId = resourceId;
  if (resourceType === 'capture') {
    parsed.captureId = resourceId;
    parsed.orderId = text(event.resource?.supplementary_data?.related_ids?.order_id);
  }
  if (resourceType === 'refund') {
    const up = event.resource?.links?.find((link) => link.rel === 'up');
    parsed.captureId = text(up?.href)?.match(/\/v2\/payments\/captures\/([^/?#]+)/)?.[1];
  }
  const createdAt = text(event.create_time);
  if (createdAt && !Number.isNaN(Date.parse(createdAt))) parsed.createdAt = new Date(createdAt);
  return parsed;
}
