import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity';

export enum WebhookDeliveryStatus {
  /** Waiting for its (next) attempt, or being attempted (claimedUntil in the future). */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** Every attempt of the retry schedule failed; an admin can resend it. */
  FAILED = 'FAILED',
}

/**
 * The outbox: one event that happened (its body, exactly as signed and sent), written in the
 * transaction of the change. `sequence` orders the events of one ordering key (a booking, an event).
 */
@Entity({ name: 'webhook_message' })
export class WebhookMessageEntity {
  /** Also the `webhook-id` header and the body's `id`: receivers deduplicate on it. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', generated: 'increment' })
  sequence: string;

  /** The wire name, e.g. "booking.confirmed". */
  @Column({ type: 'varchar', length: 64 })
  type: string;

  /** Events with the same key (a booking's id, an event's id) are delivered to an endpoint in order. */
  @Column({ type: 'varchar', length: 64 })
  orderingKey: string;

  /** The JSON body, byte for byte as signed. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}

/** One message for one endpoint: its state in the retry schedule. */
@Entity({ name: 'webhook_delivery' })
@Index('webhook_delivery_message_endpoint_key', ['messageId', 'endpointId'], { unique: true })
@Index('webhook_delivery_due_idx', ['nextAttemptAt'], { where: `status = 'PENDING'` })
@Index('webhook_delivery_order_idx', ['endpointId', 'orderingKey', 'sequence'], {
  where: `status = 'PENDING'`,
})
@Index('webhook_delivery_endpoint_idx', ['endpointId', 'createdAt'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  messageId: string;

  @ManyToOne(() => WebhookMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: WebhookMessageEntity;

  @Column({ type: 'uuid' })
  endpointId: string;

  @ManyToOne('WebhookEndpointEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpointEntity;

  /** Copied from the message, for the ordering check. */
  @Column({ type: 'varchar', length: 64 })
  orderingKey: string;

  @Column({ type: 'bigint' })
  sequence: string;

  /** Copied from the message, for the log. */
  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'varchar', length: 16 })
  status: WebhookDeliveryStatus;

  /** Attempts so far (a resend starts the schedule again but keeps counting). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Attempts of the current schedule (reset by a resend): picks the next wait. */
  @Column({ type: 'int', default: 0 })
  scheduleAttempts: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  /** A worker is attempting it until then (another may take it over after). */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One HTTP attempt of a delivery: what came back (or why nothing did), and how long it took. */
@Entity({ name: 'webhook_delivery_attempt' })
@Index('webhook_delivery_attempt_delivery_idx', ['deliveryId', 'attemptedAt'])
export class WebhookDeliveryAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDeliveryEntity;

  @Column({ type: 'timestamptz' })
  attemptedAt: Date;

  /** The `webhook-timestamp` sent (seconds). */
  @Column({ type: 'bigint' })
  signedTimestamp: string;

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'int' })
  durationMs: number;

  /** The first characters of the response body (never more than 1000). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  responseBody: string | null;

  /** Why no response came (refused address, timeout, connection error). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}
