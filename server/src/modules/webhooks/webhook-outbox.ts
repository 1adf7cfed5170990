/**
 * The webhook outbox: `recordWebhookEvent` is a step of the unit of work that made the change. It
 * writes the event's body once (webhook_message), one delivery per endpoint subscribed to its type,
 * and a delivery job per delivery, all in the caller's transaction: nothing is sent for a change that
 * rolls back, and nothing is lost for one that commits. With no endpoint subscribed it costs one
 * indexed read and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../db/unit-of-work';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_PAYLOAD_VERSION, type WebhookEventType } from './webhook-event-types';

/** The queue of the job that attempts one delivery (jobs/deliver-webhook.job.ts). */
export const DELIVER_WEBHOOK_QUEUE = 'deliver-webhook';

/** The body every delivery has (docs/webhooks.md): `data` depends on `type`. */
export interface WebhookBody {
  id: string;
  type: string;
  version: number;
  timestamp: string;
  data: object;
}

/**
 * Records that `type` happened, for delivery to every enabled endpoint subscribed to it. Events of one
 * `orderingKey` (a booking's id, an event's id) reach each endpoint in the order they were recorded.
 * `data` is built only when someone is subscribed.
 */
export async function recordWebhookEvent(
  tx: Transaction,
  type: WebhookEventType,
  orderingKey: string,
  data: () => Promise<object>,
): Promise<void> {
  const { manager, ctx } = tx;
  const endpoints = (await manager.query(
    'SELECT id FROM webhook_endpoint WHERE disabled_at IS NULL AND $1 = ANY(event_types) ORDER BY id',
    [type],
  )) as { id: string }[];
  if (endpoints.length === 0) return;
  const id = randomUUID();
  const wireName = WEBHOOK_EVENT_TYPES[type].wireName;
  const body: WebhookBody = {
    id,
    type: wireName,
    version: WEBHOOK_PAYLOAD_VERSION,
    timestamp: ctx.now.toISOString(),
    data: await data(),
  };
  const [message] = (await manager.query(
    `INSERT INTO webhook_message (id, type, ordering_key, body, created_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING sequence`,
    [id, wireName, orderingKey, JSON.stringify(body), ctx.now],
  )) as { sequence: string }[];
  const deliveries = (await manager.query(
    `INSERT INTO webhook_delivery (message_id, endpoint_id, ordering_key, sequence, type, status, next_attempt_at)
     SELECT $1, endpoint_id, $2, $3, $4, 'PENDING', $5 FROM unnest($6::uuid[]) AS endpoint_id
     RETURNING id`,
    [id, orderingKey, message.sequence, wireName, ctx.now, endpoints.map((endpoint) => endpoint.id)],
  )) as { id: string }[];
  for (const delivery of deliveries) await tx.enqueue(DELIVER_WEBHOOK_QUEUE, { deliveryId: delivery.id });
}
