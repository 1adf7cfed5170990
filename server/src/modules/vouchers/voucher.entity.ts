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
import type { EventEntity } from '../events/event.entity';

/** What a code does to the price of the tickets it applies to (voucher-pricing.ts has the rule). */
export enum VoucherDiscountKind {
  /** No discount: an access code only. */
  NONE = 'NONE',
  /** `discountValue` percent (1-100) off each ticket. */
  PERCENTAGE = 'PERCENTAGE',
  /** `discountValue` minor units off each ticket. */
  AMOUNT_OFF = 'AMOUNT_OFF',
  /** Each ticket costs `discountValue` minor units (or its own price, if lower). */
  SET_PRICE = 'SET_PRICE',
}

/** What one use of a code is: a ticket it applies to, or a booking. */
export enum VoucherUseUnit {
  TICKETS = 'TICKETS',
  BOOKINGS = 'BOOKINGS',
}

/**
 * A code of one event: a discount, an access code that reveals hidden ticket types (and, if the
 * organiser wants, opens a private event without its link), or both. `usedCount` is changed only by
 * use_booking_voucher / return_booking_voucher (db/functions), in the same statement or transaction
 * that takes or gives back the booking's seats; the CHECK backs the "never over-used" rule up.
 * What a code does (kind, value, ticket types) never changes once made: a booking priced from a code
 * read a moment ago is then still priced right. Only its limits and `disabledAt` change.
 */
@Entity({ name: 'voucher' })
@Index('voucher_event_code_key', ['eventId', 'code'], { unique: true })
@Check('voucher_used_within_max', `used_count >= 0 AND (max_uses IS NULL OR used_count <= max_uses)`)
@Check(
  'voucher_discount_value_valid',
  `discount_value >= 0 AND (discount_kind <> 'PERCENTAGE' OR discount_value <= 100)`,
)
@Check(
  'voucher_limits_positive',
  `(max_uses IS NULL OR max_uses >= 0) AND (max_per_booking IS NULL OR max_per_booking >= 1)`,
)
@Check('voucher_validity_valid', `valid_from IS NULL OR valid_until IS NULL OR valid_until > valid_from`)
@Check(
  'voucher_reserved_seats_valid',
  `reserved_seats >= 0 AND (reserves_seats OR reserved_seats = 0) AND (NOT reserves_seats OR (cardinality(ticket_type_ids) = 1 AND use_unit = 'TICKETS' AND max_uses IS NOT NULL AND valid_until IS NOT NULL AND used_count + reserved_seats <= max_uses))`,
)
export class VoucherEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** The code as typed by the organiser, upper case (codes are compared upper case: normalizeVoucherCode). */
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'enum', enum: VoucherDiscountKind, enumName: 'voucher_discount_kind' })
  discountKind: VoucherDiscountKind;

  /** Percent for PERCENTAGE; minor units of the event's currency otherwise (0 for NONE). */
  @Column({ type: 'integer', default: 0 })
  discountValue: number;

  /** An access code: the hidden ticket types it applies to are shown and sold to its holders. */
  @Column({ type: 'boolean', default: false })
  revealsHidden: boolean;

  /** Opens the event, when private, without its private link. */
  @Column({ type: 'boolean', default: false })
  opensPrivateEvent: boolean;

  /**
   * Reserves seats for its holders: its uses left are set aside on its one ticket type (counted in
   * that type's held_count, so nobody else can buy them) until used or until the code stops being
   * valid (validUntil, or disabled), when release_voucher_blocks gives them back to general sale.
   */
  @Column({ type: 'boolean', default: false })
  reservesSeats: boolean;

  /**
   * Seats set aside for it right now (part of its ticket type's held_count): its uses left while it
   * is valid, 0 once released. Changed only with the seat counters (db/functions, seat-inventory.ts).
   */
  @Column({ type: 'integer', default: 0 })
  reservedSeats: number;

  /** The ticket types it applies to; empty: all of the event's. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  ticketTypeIds: string[];

  @Column({ type: 'timestamptz', nullable: true })
  validFrom: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  /** How many uses it has (in `useUnit`); null: no limit. */
  @Column({ type: 'integer', nullable: true })
  maxUses: number | null;

  @Column({
    type: 'enum',
    enum: VoucherUseUnit,
    enumName: 'voucher_use_unit',
    default: VoucherUseUnit.BOOKINGS,
  })
  useUnit: VoucherUseUnit;

  /** Uses taken by bookings holding or having bought seats (given back on expiry or cancellation). */
  @Column({ type: 'integer', default: 0 })
  usedCount: number;

  /** How many of a booking's tickets it may apply to; null: no limit. */
  @Column({ type: 'integer', nullable: true })
  maxPerBooking: number | null;

  /** Set when an organiser disabled it: from then on no booking can use it. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
