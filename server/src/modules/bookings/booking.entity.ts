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
import type { VoucherEntity } from '../vouchers/voucher.entity';
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
/**
 * Bookings that take seats without payment (holds awaiting payment, free bookings), per event and
 * buyer e-mail and per event and address, which check_open_booking_limits.sql counts in every
 * booking's statement. Expression indexes on `event_id::text || ' ' || key`, each only over rows
 * with its key, created by migration OpenBookingKeyIndexPredicates (TypeORM cannot describe them:
 * kept out of schema synchronisation): neither can serve the other's lookup, so the count is planned
 * right even before the table has statistics, as in an on-sale's first minutes.
 */
@Index('booking_open_email_idx', { synchronize: false })
@Index('booking_open_address_idx', { synchronize: false })
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

  /**
   * SHA-256 (hex) of the secret token made with the booking (192 bits, returned to the buyer once):
   * the key to the booking from outside. Later e-mails carry links of their own (BookingLinkEntity).
   */
  @Index('booking_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 200 })
  buyerName: string;

  @Column({ type: 'varchar', length: 254 })
  buyerEmail: string;

  /**
   * The buyer's e-mail as the open-booking caps compare it (bookingEmailKey: lower case, no
   * `+tag`); null for bookings made before the caps.
   */
  @Column({ type: 'varchar', length: 254, nullable: true })
  buyerEmailKey: string | null;

  /**
   * The client address the booking was made from, as per-address limits count it (an IPv6 /64);
   * null when not made over HTTP (an admin tool, a test) or before the caps.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddressKey: string | null;

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

  /**
   * The latest a hold may ever run to, the payment's extension included: creation plus
   * BOOKING_HOLD_MAX_MINUTES (null for free bookings, and for bookings made before it existed, whose
   * limit counts from createdAt).
   */
  @Column({ type: 'timestamptz', nullable: true })
  holdDeadline: Date | null;

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

  /** The code (voucher) the booking used, if any (modules/vouchers). */
  @Index('booking_voucher_idx', { where: `voucher_id IS NOT NULL` })
  @Column({ type: 'uuid', nullable: true })
  voucherId: string | null;

  @ManyToOne('VoucherEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voucher_id' })
  voucher?: VoucherEntity;

  /** That code as it was typed in, stored (upper case; codes never change), for views and exports. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  voucherCode: string | null;

  /** The uses of its code the booking counts (its tickets the code applies to, or 1 per booking). */
  @Column({ type: 'integer', default: 0 })
  voucherUses: number;

  @OneToMany('BookingLineEntity', (line: BookingLineEntity) => line.booking)
  lines?: BookingLineEntity[];

  @OneToMany('TicketEntity', (ticket: TicketEntity) => ticket.booking)
  tickets?: TicketEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A link to a booking minted for an e-mail sent after the booking was made (a confirmation settled by
 * a webhook, a cancellation, a refund, an admin's resend): only the SHA-256 of its token is stored,
 * the e-mail is rendered when the token is made, so no one needs the token again (as waiver links).
 * Every link of a booking stays valid, like the token made with it.
 */
@Entity({ name: 'booking_link' })
export class BookingLinkEntity {
  /** SHA-256 (hex) of the token. */
  @Column({ type: 'char', length: 64, primary: true })
  tokenHash: string;

  @Index('booking_link_booking_idx')
  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne('BookingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
