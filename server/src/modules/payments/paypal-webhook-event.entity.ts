import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A PayPal webhook event that was verified and applied. PayPal delivers events at least once; the
 * event id as primary key lets a repeated delivery be recognised and acknowledged without effect.
 */
@Entity({ name: 'paypal_webhook_event' })
export class PayPalWebhookEventEntity {
  /** PayPal's event id (WH-...). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  eventId: string;

  @Column({ type: 'varchar', length: 100 })
  eventType: string;

  /** The resource the event was about (order, capture or refund id). */
  @Column({ type: 'varchar', length: 64 })
  resourceId: string;

  /** The retention job deletes by this (PayPalWebhooksService.deleteOldWebhookEvents). */
  @Index('paypal_webhook_event_processed_at_idx')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
