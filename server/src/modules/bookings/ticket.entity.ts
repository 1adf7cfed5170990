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
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { BookingEntity } from './booking.entity';

/** A ticket's life: named at booking, issued (with its code) at confirmation, void if never paid. */
export enum TicketStatus {
  PENDING = 'PENDING',
  ISSUED = 'ISSUED',
  VOID = 'VOID',
}

/** One seat of a booking and the person who uses it. */
@Entity({ name: 'ticket' })
@Check('ticket_issued_has_code', `status <> 'ISSUED' OR (code IS NOT NULL AND issued_at IS NOT NULL)`)
@Check('ticket_pending_has_no_code', `status <> 'PENDING' OR code IS NULL`)
@Index('ticket_booking_position_key', ['bookingId', 'position'], { unique: true })
@Index('ticket_ticket_type_idx', ['ticketTypeId'])
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne('BookingEntity', (booking: BookingEntity) => booking.tickets, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  /** Order of the attendee in the booking request, for a stable display. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'uuid' })
  ticketTypeId: string;

  @ManyToOne('TicketTypeEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ticket_type_id' })
  ticketType?: TicketTypeEntity;

  @Column({ type: 'varchar', length: 200 })
  attendeeName: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  attendeeEmail: string | null;

  /** Unguessable (>=128 bits) code shown as the QR; set only when the ticket is issued. */
  @Index('ticket_code_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  code: string | null;

  /**
   * What door staff type when a QR code will not scan: 10 Crockford base-32 symbols (see
   * booking-codes.ts), given with the code. It finds the ticket; the long code stays the QR's secret.
   */
  @Index('ticket_short_code_key', { unique: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  shortCode: string | null;

  @Column({ type: 'enum', enum: TicketStatus, enumName: 'ticket_status', default: TicketStatus.PENDING })
  status: TicketStatus;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  /** When the ticket was checked in at the door (once; see modules/checkin). */
  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  /** The staff account that checked it in. */
  @Column({ type: 'uuid', nullable: true })
  checkedInById: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  checkedInByEmail: string | null;

  /**
   * The scanner's id for the attempt that checked it in: the same attempt sent again (its answer was
   * lost on a flaky connection) is told it succeeded, any other is ALREADY_CHECKED_IN.
   */
  @Column({ type: 'uuid', nullable: true })
  checkInAttemptId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
