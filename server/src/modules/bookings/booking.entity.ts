import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import type { BookingLineEntity } from './booking-line.entity';
import type { TicketEntity } from './ticket.entity';

/**
 * Where a booking is in its life. The allowed changes and every question asked of a status live in
 * booking-status.ts.
 */
export enum BookingStatus {
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  PAYMENT_PENDING = 'PAYMENT_PENDING',
  CONFIRMED = 'CONFIRMED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
}

export enum PaymentProvider {
  PAYPAL = 'PAYPAL',
}

@Entity({ name: 'booking' })
@Check('booking_total_non_negative', `total_minor >= 0`)
@Check('booking_currency_iso', `currency ~ '^[A-Z]{3}$'`)
@Check(
  'booking_hold_has_expiry',
  `status NOT IN ('AWAITING_PAYMENT', 'PAYMENT_PENDING') OR hold_expires_at IS NOT NULL`,
)
@Check('booking_confirmed_has_time', `status <> 'CONFIRMED' OR confirmed_at IS NOT NULL`)
@Check('booking_provider_ids_have_provider', `provider_order_id IS NULL OR payment_provider IS NOT NULL`)
// The expiry sweep reads only unpaid holds, oldest first.
@Index('booking_hold_expiry_idx', ['holdExpiresAt'], { where: `status = 'AWAITING_PAYMENT'` })
@Index('booking_event_created_idx', ['eventId', 'createdAt'])
// The admin list pages through all bookings newest first; the sales overview reads by confirmation time.
@Index('booking_created_idx', ['createdAt', 'id'])
@Index('booking_confirmed_idx', ['confirmedAt'], { where: `confirmed_at IS NOT NULL` })
// Webhooks and reconciliation find a booking by the provider's order id.
@Index('booking_provider_order_key', ['paymentProvider', 'providerOrderId'], {
  unique: true,
  where: `provider_order_id IS NOT NULL`,
})
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short code people read out on the phone, e.g. K7Q-9ZD4. Not a secret: it opens nothing alone. */
  @Index('booking_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  reference: string;

  /** Secret (>=128 bits) in the shopper's links; the only key to the booking from outside. */
  @Index('booking_token_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  token: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 200 })
  buyerName: string;

  @Column({ type: 'varchar', length: 254 })
  buyerEmail: string;

  @Column({
    type: 'enum',
    enum: BookingStatus,
    enumName: 'booking_status',
    default: BookingStatus.AWAITING_PAYMENT,
  })
  status: BookingStatus;

  /** Sum of the lines, computed by the server from database prices, in minor units of `currency`. */
  @Column({ type: 'integer' })
  totalMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Until when the seats are held for payment; null for bookings that never held seats (free ones). */
  @Column({ type: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** When an admin cancelled it (null for holds the buyer cancelled or that expired). */
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /** The admin's reason for cancelling, as told to the buyer. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  cancellationReason: string | null;

  /** How many times an admin resent the confirmation (part of the resend e-mail's cause key). */
  @Column({ type: 'integer', default: 0 })
  confirmationResendCount: number;

  @Column({ type: 'enum', enum: PaymentProvider, enumName: 'payment_provider', nullable: true })
  paymentProvider: PaymentProvider | null;

  /** The provider's order id (PayPal Orders v2), set when the buyer is sent to pay. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  providerOrderId: string | null;

  /** The provider's capture id of the payment that confirmed (or, if the seats were lost, paid) it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  providerCaptureId: string | null;

  /**
   * SHA-256 of the idempotency key the buyer's checkout form sent with createBooking (null without
   * one): submitting the same form again finds this booking instead of holding seats twice.
   */
  @Index('booking_idempotency_key', { unique: true })
  @Column({ type: 'char', length: 64, nullable: true })
  idempotencyKeyHash: string | null;

  /** SHA-256 of what that request asked for (event, lines, buyer, attendees): is a resubmission the same? */
  @Column({ type: 'char', length: 64, nullable: true })
  requestFingerprint: string | null;

  @OneToMany('BookingLineEntity', (line: BookingLineEntity) => line.booking)
  lines?: BookingLineEntity[];

  @OneToMany('TicketEntity', (ticket: TicketEntity) => ticket.booking)
  tickets?: TicketEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
