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

/**
 * A kind of ticket for one event, with its own price and capacity. `soldCount` and `heldCount` are
 * changed only by single conditional statements; a CHECK constraint backs the no-oversell rule up.
 */
@Entity({ name: 'ticket_type' })
@Check('ticket_type_price_non_negative', `price_minor >= 0`)
@Check(
  'ticket_type_counters_valid',
  `sold_count >= 0 AND held_count >= 0 AND sold_count + held_count <= capacity`,
)
@Check('ticket_type_order_limits_valid', `min_per_order >= 1 AND max_per_order >= min_per_order`)
@Check(
  'ticket_type_sales_window_valid',
  `sales_start_at IS NULL OR sales_end_at IS NULL OR sales_end_at > sales_start_at`,
)
@Index('ticket_type_event_sort_idx', ['eventId', 'sortOrder'])
export class TicketTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne('EventEntity', (event: EventEntity) => event.ticketTypes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Price in minor units of the event's currency (cents; yen for JPY). */
  @Column({ type: 'integer' })
  priceMinor: number;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'integer', default: 0 })
  soldCount: number;

  @Column({ type: 'integer', default: 0 })
  heldCount: number;

  @Column({ type: 'integer', default: 1 })
  minPerOrder: number;

  @Column({ type: 'integer', default: 10 })
  maxPerOrder: number;

  @Column({ type: 'timestamptz', nullable: true })
  salesStartAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  salesEndAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  /** Hidden: shown and sold only to holders of an access code that applies to it (modules/vouchers). */
  @Column({ type: 'boolean', default: false })
  isHidden: boolean;

  /**
   * Not a column: the seats left in the tightest capacity pool it is in (null: in none), set by
   * readers that load pools (withPoolRemaining in capacity-pools.ts); absent, pools are not counted.
   */
  poolRemaining?: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
