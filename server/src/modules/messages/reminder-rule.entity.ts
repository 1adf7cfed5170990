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

/** Who a reminder or a message goes to. */
export enum MessageAudience {
  /** One e-mail per booking, to the buyer, with the booking's link. */
  BUYERS = 'BUYERS',
  /** One e-mail per address among a booking's attendees (an attendee without one: the buyer's). */
  ATTENDEES = 'ATTENDEES',
}

/**
 * "Remind them N days and H hours before the start": sent once to each recipient when the time comes
 * (modules/messages/reminder-sending.service.ts). Days count in the event's own time zone (the day
 * before a 19:00 start is 19:00 the day before, across a change of clocks too); hours and minutes are
 * then taken off as elapsed time.
 */
@Entity({ name: 'reminder_rule' })
@Check('reminder_rule_offset_non_negative', `offset_days >= 0 AND offset_minutes >= 0`)
@Check('reminder_rule_offset_positive', `offset_days > 0 OR offset_minutes > 0`)
@Index('reminder_rule_event_idx', ['eventId'])
export class ReminderRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** Whole days before the start, counted on the event's local calendar. */
  @Column({ type: 'integer' })
  offsetDays: number;

  /** Hours and minutes before that, as elapsed minutes. */
  @Column({ type: 'integer' })
  offsetMinutes: number;

  @Column({ type: 'enum', enum: MessageAudience, enumName: 'message_audience' })
  audience: MessageAudience;

  /** Only recipients with a ticket of one of these types; empty: every ticket type. */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  ticketTypeIds: string[];

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /**
   * Since when the rule is in force (made, switched on, or its time changed): a send time before it
   * has passed already and is never caught up, so a rule added late sends nothing for the past.
   */
  @Column({ type: 'timestamptz', precision: 3 })
  activeFrom: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One recipient a rule has reached: the unique (rule, recipient) pair is written in the transaction
 * that writes the e-mail to the outbox, so a recipient gets a rule's reminder once, whichever replica
 * or run gets there first.
 */
@Entity({ name: 'reminder_delivery' })
@Index('reminder_delivery_rule_recipient_key', ['ruleId', 'recipientKey'], { unique: true })
export class ReminderDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ruleId: string;

  @ManyToOne('ReminderRuleEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id' })
  rule?: ReminderRuleEntity;

  /** `<bookingId>:<address in lower case>`: one e-mail per booking and address. */
  @Column({ type: 'text' })
  recipientKey: string;

  @Index('reminder_delivery_booking_idx')
  @Column({ type: 'uuid' })
  bookingId: string;

  /** The outbox message (its status and sending time tell how delivery went). */
  @Column({ type: 'uuid' })
  emailMessageId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
