import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PaymentProvider, type BookingEntity } from './booking.entity';

/**
 * Money given back for a booking: one row per provider refund (or reversal), whoever started it (the
 * shop refunding a late or second payment, an admin, or the buyer's bank). Unique by the provider's
 * refund id, so a refund reported twice (our call, then its webhook) is counted once. The booking's
 * REFUNDED / PARTIALLY_REFUNDED status is derived from the refunds of the capture that paid it.
 */
@Entity({ name: 'booking_refund' })
@Check('booking_refund_amount_positive', `amount_minor > 0`)
@Index('booking_refund_provider_key', ['provider', 'providerRefundId'], { unique: true })
@Index('booking_refund_booking_idx', ['bookingId'])
export class BookingRefundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne('BookingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'enum', enum: PaymentProvider, enumName: 'payment_provider' })
  provider: PaymentProvider;

  /** The provider's refund id (PayPal: the refund resource id). */
  @Column({ type: 'varchar', length: 64 })
  providerRefundId: string;

  /** The capture refunded: the booking's own, or a late or second payment for it. */
  @Column({ type: 'varchar', length: 64 })
  providerCaptureId: string;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Why (LATE_PAYMENT, SECOND_PAYMENT, AMOUNT_MISMATCH, PROVIDER for refunds seen only by webhook, or an admin's words). */
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** The admin account that asked for it; null for refunds the shop or PayPal made on its own. */
  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  requestedByEmail: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
