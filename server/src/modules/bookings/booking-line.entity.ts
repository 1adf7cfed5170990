import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { BookingEntity } from './booking.entity';

/** How many tickets of one type a booking has, at the price of the moment it was made. */
@Entity({ name: 'booking_line' })
@Check('booking_line_quantity_positive', `quantity > 0`)
@Check('booking_line_price_non_negative', `unit_price_minor >= 0`)
@Check('booking_line_discount_valid', `unit_discount_minor >= 0 AND unit_discount_minor <= unit_price_minor`)
@Index('booking_line_booking_type_key', ['bookingId', 'ticketTypeId'], { unique: true })
@Index('booking_line_ticket_type_idx', ['ticketTypeId'])
export class BookingLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne('BookingEntity', (booking: BookingEntity) => booking.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'uuid' })
  ticketTypeId: string;

  @ManyToOne('TicketTypeEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ticket_type_id' })
  ticketType?: TicketTypeEntity;

  @Column({ type: 'integer' })
  quantity: number;

  /** Price of one ticket when the booking was made, in minor units of the booking's currency. */
  @Column({ type: 'integer' })
  unitPriceMinor: number;

  /** What the booking's code took off each ticket of the line (voucher-pricing.ts); 0 without one. */
  @Column({ type: 'integer', default: 0 })
  unitDiscountMinor: number;
}
