import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WebhookEventType } from './webhook-event-types';

/**
 * A URL an ADMIN registered to receive webhook events of the chosen types. Its signing secret
 * (`whsec_…`) is kept as is, since every delivery is signed with it; it is shown to the admin once.
 * An endpoint that keeps failing is disabled (disabledAt, disabledReason) and its admins are e-mailed.
 */
@Entity({ name: 'webhook_endpoint' })
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  /** What it is for, in the admin's words. */
  @Column({ type: 'varchar', length: 200, default: '' })
  description: string;

  /** WebhookEventType values it receives. */
  @Column({ type: 'text', array: true })
  eventTypes: WebhookEventType[];

  /** `whsec_` + base64 of 32 random bytes: the HMAC-SHA256 key (Standard Webhooks). */
  @Column({ type: 'varchar', length: 100 })
  secret: string;

  /** The ADMIN who registered it (no foreign key: endpoints outlive accounts). */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set while it receives nothing: by an admin, or after deliveries kept failing. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  disabledReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null;
}
