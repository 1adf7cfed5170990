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
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}

export enum EventVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

/** Where an event takes place; stored as venue_* columns of the event. */
export class VenueColumns {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  address: string;
}

@Entity({ name: 'event' })
@Check('event_ends_after_start', `ends_at > starts_at`)
@Check('event_private_has_key', `visibility = 'PUBLIC' OR access_key IS NOT NULL`)
@Check('event_currency_iso', `currency ~ '^[A-Z]{3}$'`)
@Check('event_series_shape', `NOT (is_series AND series_id IS NOT NULL)`)
@Index('event_series_dates_idx', ['seriesId', 'startsAt'])
@Index('event_public_listing_idx', ['startsAt', 'id'], {
  where: `status = 'PUBLISHED' AND visibility = 'PUBLIC'`,
})
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('event_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column(() => VenueColumns, { prefix: 'venue' })
  venue: VenueColumns;

  // Millisecond precision, like JavaScript dates: list cursors carry startsAt and must match it exactly.
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt: Date;

  /** Until when buyers may change their checkout answers from the booking link; null: until it starts. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answersEditableUntil: Date | null;

  /** IANA time zone the event is shown in, e.g. Europe/Berlin. */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** ISO 4217 code; every price of the event is in it. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.DRAFT })
  status: EventStatus;

  @Column({
    type: 'enum',
    enum: EventVisibility,
    enumName: 'event_visibility',
    default: EventVisibility.PUBLIC,
  })
  visibility: EventVisibility;

  /** Secret part of a private event's link (>=128 bits); null for public events. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  accessKey: string | null;

  @Column({ type: 'text', nullable: true })
  imageUrl: string | null;

  /** What the picture shows, for people who cannot see it; null: the picture is decoration. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  imageAlt: string | null;

  /**
   * Whether each attendee with an address of their own (not the buyer's) is e-mailed their own
   * ticket when the booking is confirmed (bookings/booking-notifications.ts).
   */
  @Column({ type: 'boolean', default: true })
  sendAttendeeTickets: boolean;

  /**
   * A series (event-series.service.ts): a template never booked itself, whose dates are events of
   * their own naming it in `seriesId`. False for single events and for dates.
   */
  @Column({ type: 'boolean', default: false })
  isSeries: boolean;

  /** The series this event is a date of; null for single events and series. */
  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne('EventEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'FK_event_series' })
  series?: EventEntity;

  @OneToMany('TicketTypeEntity', (ticketType: TicketTypeEntity) => ticketType.event)
  ticketTypes?: TicketTypeEntity[];

  /**
   * Changes with every change to the event or its ticket types other than seat counts (database
   * triggers keep it; never written from here). Bookings made from a cached copy of the catalog
   * name the version they were checked against (migration CatalogVersion).
   */
  @Column({ type: 'integer', default: 1, insert: false, update: false })
  catalogVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
