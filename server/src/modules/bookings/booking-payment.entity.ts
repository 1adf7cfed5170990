import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PaymentProvider, type BookingEntity } from './booking.entity';

/**
 * A payment the provider reported for a booking: one row per capture, as last seen (PENDING,
 * COMPLETED, DECLINED, REFUNDED ...). The payment history admins read; the booking row keeps only the
 * capture that paid it, while this also keeps declined attempts and late or second payments.
 */
@Entity({ name: 'booking_payment' })
@Check('booking_payment_amount_non_negative', `amount_minor >= 0`)
@Index('booking_payment_capture_key', ['provider', 'providerCaptureId'], { unique: true })
@Index('booking_payment_booking_idx', ['bookingId'])
export class BookingPaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne('BookingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'enum', enum: PaymentProvider, enumName: 'payment_provider' })
  provider: PaymentProvider;

  /** The provider's order the capture belongs to. */
  @Column({ type: 'varchar', length: 64 })
  providerOrderId: string;

  @Column({ type: 'varchar', length: 64 })
  providerCaptureId: string;

  /** The capture's status as the provider last reported it (PayPal: COMPLETED, PENDING, DECLINED ...). */
  @Column({ type: 'varchar', length: 32 })
  status: string;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** When the shop first learnt of the capture. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When its status last changed. */
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
