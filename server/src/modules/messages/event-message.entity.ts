import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BookingStatus } from '../bookings/booking.entity';
import type { EventEntity } from '../events/event.entity';
import { MessageAudience } from './reminder-rule.entity';

/** Where a message to attendees is: waiting for its time, going out, done, or called off. */
export enum EventMessageStatus {
  SCHEDULED = 'SCHEDULED',
  SENDING = 'SENDING',
  /** Every recipient's e-mail is in the outbox (each one's delivery is told per recipient). */
  SENT = 'SENT',
  CANCELLED = 'CANCELLED',
}

/** Check-in filter of a message. */
export enum CheckInFilter {
  ANY = 'ANY',
  CHECKED_IN = 'CHECKED_IN',
  NOT_CHECKED_IN = 'NOT_CHECKED_IN',
}

/** Waiver filter of a message. */
export enum WaiverFilter {
  ANY = 'ANY',
  SIGNED = 'SIGNED',
  /** Asked to sign and not signed yet. */
  UNSIGNED = 'UNSIGNED',
}

/** Which bookings' people a message goes to; a ticket must match every part. */
export interface RecipientFilter {
  /** Empty: every ticket type. */
  ticketTypeIds: string[];
  bookingStatuses: BookingStatus[];
  checkIn: CheckInFilter;
  waiver: WaiverFilter;
}

/**
 * A message an organiser writes to the people of an event (subject and Markdown body), sent now or at
 * a time through the outbox, one e-mail per recipient (event-message-recipient rows).
 */
@Entity({ name: 'event_message' })
@Index('event_message_event_idx', ['eventId', 'createdAt'])
@Index('event_message_due_idx', ['sendAt'], { where: `status IN ('SCHEDULED', 'SENDING')` })
export class EventMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  /** Markdown; raw HTML in it is shown as text (message-markdown.ts). */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'enum', enum: MessageAudience, enumName: 'message_audience' })
  audience: MessageAudience;

  @Column({ type: 'jsonb' })
  filter: RecipientFilter;

  @Column({
    type: 'enum',
    enum: EventMessageStatus,
    enumName: 'event_message_status',
    default: EventMessageStatus.SCHEDULED,
  })
  status: EventMessageStatus;

  /** When it goes out (the time "send now" was pressed, or the one chosen). */
  @Column({ type: 'timestamptz', precision: 3 })
  sendAt: Date;

  /** Recipients the filter matched when sending began (progress counts against it). */
  @Column({ type: 'integer', nullable: true })
  recipientCount: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  createdByEmail: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One recipient of a message and its e-mail in the outbox, written in one transaction (so: once). */
@Entity({ name: 'event_message_recipient' })
@Index('event_message_recipient_key', ['messageId', 'recipientKey'], { unique: true })
export class EventMessageRecipientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  messageId: string;

  @ManyToOne('EventMessageEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: EventMessageEntity;

  /** `<bookingId>:<address in lower case>`. */
  @Column({ type: 'text' })
  recipientKey: string;

  @Index('event_message_recipient_booking_idx')
  @Column({ type: 'uuid' })
  bookingId: string;

  @Column({ type: 'varchar', length: 254 })
  address: string;

  @Column({ type: 'uuid' })
  emailMessageId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
