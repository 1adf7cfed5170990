import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { WaitingListStatus } from './waiting-list-status';

/**
 * One person waiting for seats of a sold-out ticket type (pretix's waiting list, Hi.Events' timed
 * offers). In line by `position` (then `createdAt`) per ticket type. An OFFERED entry holds its
 * `quantity` seats in ticket_type.held_count and its pools' used_count, like a booking's hold, until
 * `offerExpiresAt`: db/functions/make_waiting_list_offers.sql takes them, accepting (createBooking
 * with the offer's token) or expiry gives them back. The offer link's token is kept only hashed.
 */
@Entity({ name: 'waiting_list_entry' })
@Check('waiting_list_entry_quantity_valid', `quantity >= 1`)
@Check(
  'waiting_list_entry_offer_valid',
  `status <> 'OFFERED' OR (offer_expires_at IS NOT NULL AND offer_token_hash IS NOT NULL)`,
)
@Index('waiting_list_entry_line_idx', ['ticketTypeId', 'status', 'position'])
@Index('waiting_list_entry_event_idx', ['eventId', 'status'])
@Index('waiting_list_entry_email_key', ['ticketTypeId', 'emailKey'], {
  unique: true,
  where: `status IN ('WAITING', 'OFFERED')`,
})
@Index('waiting_list_entry_offer_token_key', ['offerTokenHash'], { unique: true })
@Index('waiting_list_entry_offer_due_idx', ['offerExpiresAt'], { where: `status = 'OFFERED'` })
export class WaitingListEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'uuid' })
  ticketTypeId: string;

  @ManyToOne('TicketTypeEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_type_id' })
  ticketType?: TicketTypeEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** The e-mail as compared (bookingEmailKey): one person waits once per ticket type. */
  @Column({ type: 'varchar', length: 320 })
  emailKey: string;

  @Column({ type: 'integer' })
  quantity: number;

  /** Place in line (smaller first); moving an entry changes it. */
  @Column({ type: 'double precision' })
  position: number;

  @Column({
    type: 'enum',
    enum: WaitingListStatus,
    enumName: 'waiting_list_status',
    default: WaitingListStatus.WAITING,
  })
  status: WaitingListStatus;

  @Column({ type: 'varchar', length: 64, nullable: true })
  offerTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  offeredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  offerExpiresAt: Date | null;

  /** The booking made with the offer (ACCEPTED). */
  @Column({ type: 'uuid', nullable: true })
  bookingId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An event's waiting-list settings; an event without a row has the defaults (list on, automatic
 * offers on, 24 h to accept), like Hi.Events, where a sold-out ticket offers the list unless turned off.
 */
@Entity({ name: 'waiting_list_settings' })
@Check('waiting_list_settings_offer_hours_valid', `offer_hours BETWEEN 1 AND 168`)
export class WaitingListSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'boolean', default: true })
  autoOffer: boolean;

  @Column({ type: 'integer', default: 24 })
  offerHours: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
