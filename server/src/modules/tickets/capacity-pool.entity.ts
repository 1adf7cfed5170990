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
import type { TicketTypeEntity } from './ticket-type.entity';

/**
 * Seats shared by several ticket types of one event (pretix's quota, Hi.Events' capacity assignment):
 * "Adult" and "Child" share 100 seats; or, with `allTicketTypes`, the event's total capacity (at most
 * one per event). A ticket type may be in several pools; a booking takes seats from its ticket types
 * and from every pool they are in, atomically (db/functions/take_pool_seats.sql).
 *
 * `usedCount` is the seats held or sold of its ticket types (held and sold together, so a payment
 * that turns held seats into sold ones leaves it alone); only the statements of seat-inventory.ts and
 * capacity-pool-admin.service.ts (which recounts it under the same locks) change it. The CHECK backs
 * the no-oversell rule up.
 */
@Entity({ name: 'capacity_pool' })
@Check('capacity_pool_counters_valid', `used_count >= 0 AND used_count <= capacity`)
@Index('capacity_pool_event_idx', ['eventId'])
@Index('capacity_pool_event_total_key', ['eventId'], { unique: true, where: 'all_ticket_types' })
export class CapacityPoolEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'integer', default: 0 })
  usedCount: number;

  /** The event's total capacity: every ticket type of the event, present and future, is in it. */
  @Column({ type: 'boolean', default: false })
  allTicketTypes: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A ticket type in a pool (pools with `allTicketTypes` have no rows here: they cover every one). */
@Entity({ name: 'capacity_pool_ticket_type' })
@Index('capacity_pool_ticket_type_ticket_type_idx', ['ticketTypeId'])
export class CapacityPoolTicketTypeEntity {
  @PrimaryColumn({ type: 'uuid' })
  poolId: string;

  @PrimaryColumn({ type: 'uuid' })
  ticketTypeId: string;

  @ManyToOne('CapacityPoolEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id' })
  pool?: CapacityPoolEntity;

  @ManyToOne('TicketTypeEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_type_id' })
  ticketType?: TicketTypeEntity;
}
